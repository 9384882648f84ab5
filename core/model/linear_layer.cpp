// Linear layer over plain tensors.
#include "model/linear_layer.h"

#include <ATen/ATen.h>

namespace mien {

at::Tensor LinearLayer::forward(const at::Tensor& x) const { return at::linear(x, weight_, bias_); }

void LinearLayer::to(const at::TensorOptions& options) {
  weight_ = weight_.to(options);
  if (bias_.defined()) bias_ = bias_.to(options);
}

}  // namespace mien
