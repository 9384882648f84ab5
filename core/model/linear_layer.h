// y = x Wᵀ + b, the one place every Linear of the encoder goes through (so precision modes live in one spot).
#pragma once
#include <ATen/Tensor.h>

namespace mien {

class LinearLayer {
 public:
  LinearLayer() = default;
  LinearLayer(at::Tensor weight, at::Tensor bias) : weight_(std::move(weight)), bias_(std::move(bias)) {}

  at::Tensor forward(const at::Tensor& x) const;
  void to(const at::TensorOptions& options);
  const at::Tensor& weight() const { return weight_; }

 private:
  at::Tensor weight_, bias_;
};

}  // namespace mien
