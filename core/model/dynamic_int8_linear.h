// Dynamic int8 quantisation of one Linear layer: weights quantised once (per output channel), activations
// quantised on the fly by the quantized engine LibTorch has (oneDNN, FBGEMM or QNNPACK).
#pragma once
#include <ATen/Tensor.h>
#include <ATen/core/ivalue.h>

namespace mien {

class DynamicInt8Linear {
 public:
  DynamicInt8Linear(const at::Tensor& weight, const at::Tensor& bias);  // throws ModelError
  at::Tensor forward(const at::Tensor& x) const;

 private:
  c10::IValue packed_;
};

// Picks the best quantized engine once (oneDNN, then FBGEMM, then QNNPACK); false when none exists.
bool selectQuantizedEngine();

}  // namespace mien
