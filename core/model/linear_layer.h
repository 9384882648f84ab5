// y = x Wᵀ + b, the one place every Linear of the encoder goes through (so precision modes live in one spot).
#pragma once
#include <ATen/Tensor.h>
#include <memory>

#include "model/dynamic_int8_linear.h"

namespace mien {

class LinearLayer {
 public:
  LinearLayer() = default;
  LinearLayer(at::Tensor weight, at::Tensor bias) : weight_(std::move(weight)), bias_(std::move(bias)) {}

  at::Tensor forward(const at::Tensor& x) const;
  void to(const at::TensorOptions& options);
  void quantizeInt8();  // from now on forward() runs dynamic int8
  const at::Tensor& weight() const { return weight_; }

 private:
  at::Tensor weight_, bias_;
  std::shared_ptr<DynamicInt8Linear> int8_;
};

}  // namespace mien
