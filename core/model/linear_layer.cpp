// Linear layer over plain tensors.
#include "model/linear_layer.h"

#include <ATen/ATen.h>

namespace mien {

at::Tensor LinearLayer::forward(const at::Tensor& x) const {
  return int8_ ? int8_->forward(x) : at::linear(x, weight_, bias_);
}

void LinearLayer::quantizeInt8() { int8_ = std::make_shared<DynamicInt8Linear>(weight_, bias_); }

void LinearLayer::to(const at::TensorOptions& options) {
  weight_ = weight_.to(options);
  if (bias_.defined()) bias_ = bias_.to(options);
}

}  // namespace mien
