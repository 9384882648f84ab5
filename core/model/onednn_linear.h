// One Linear layer run by oneDNN's matmul primitive: weights reordered once into the layout the kernel wants,
// bias and activation fused as post-ops; fp32, bf16, or int8 (u8 activations × s8 weights, per-output-channel
// weight scales, activations quantised per tensor on each call, as dynamic quantisation does).
// Only built where CMake found oneDNN (MIEN_HAVE_ONEDNN); linear_layer decides when it is used.
#pragma once
#include <ATen/Tensor.h>
#include <memory>
#include <optional>
#include <string>

#include "model/clip_config.h"
#include "model/precision.h"

namespace mien {

class OneDnnLinear {
 public:
  // weight [N, K] and bias [N] in any float type; precision Fp32, Bf16 or Int8. Throws ModelError when this
  // CPU has no oneDNN kernel for the precision.
  OneDnnLinear(const at::Tensor& weight, const at::Tensor& bias, Precision precision,
               std::optional<Activation> activation);
  ~OneDnnLinear();

  // x [..., K] (float32; bfloat16 for Bf16) -> [..., N] in x's type.
  at::Tensor forward(const at::Tensor& x) const;
  std::string implementation() const;  // oneDNN's name of the kernel it picked ("brg:avx512_core_vnni", "gemm:jit")

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// oneDNN's version and the best instruction set its kernels use on this CPU ("2.6.3, AVX2").
std::string oneDnnDescription();
bool oneDnnHasBrgemm();  // AVX-512 matmul kernels (weights pre-packed, small-M friendly)
bool oneDnnHasVnni();    // int8 dot products without 16-bit saturation

}  // namespace mien
