// y = act(x Wᵀ + b), the one place every Linear of the encoder goes through, so precisions and kernels live in
// one spot: which kernel runs each precision on this CPU is decided here, once per process.
#pragma once
#include <ATen/Tensor.h>
#include <memory>
#include <optional>
#include <string>

#include "model/clip_config.h"
#include "model/precision.h"

namespace mien {

class DynamicInt8Linear;
class OneDnnLinear;
class PackedFp32Linear;
class PackedInt8Linear;

enum class LinearKernel {
  LibTorch,      // at::linear: the system BLAS (fp32), LibTorch's own bf16 path
  LibTorchInt8,  // LibTorch's quantized engine, dynamic int8 (dynamic_int8_linear)
  OneDnn,        // oneDNN matmul with packed weights and fused post-ops (onednn_linear)
  PackedFp32,    // Mien's AVX2 fp32 product on weights packed at load (packed_fp32_linear)
  PackedInt8,    // Mien's AVX2 int8 product, dynamic quantisation, weights packed at load (packed_int8_linear)
};

// The kernel for `precision` on this CPU and build. MIEN_KERNELS=libtorch in the environment keeps LibTorch's
// kernels everywhere (to compare in benchmarks); MIEN_KERNELS=onednn asks for oneDNN wherever it can run;
// MIEN_KERNELS=packed runs fp32 and int8 on Mien's packed AVX2 kernels also where oneDNN's would run.
LinearKernel linearKernelFor(Precision precision);
std::string linearKernelName(Precision precision);  // "oneDNN 2.6.3 matmul u8s8 (gemm:jit)", for sidecars
std::string linearKernelDescription();              // every CPU precision, one line (--version, benchmarks)

class LinearLayer {
 public:
  LinearLayer() = default;
  LinearLayer(at::Tensor weight, at::Tensor bias, std::optional<Activation> activation = std::nullopt)
      : weight_(std::move(weight)), bias_(std::move(bias)), activation_(activation) {}

  at::Tensor forward(const at::Tensor& x) const;
  void to(const at::TensorOptions& options);
  // Packs the weights once for the kernel that runs `precision` on the CPU (weights already converted by to()).
  void prepare(Precision precision);

 private:
  at::Tensor activate(at::Tensor y) const;
  template <typename PackedKernel>
  at::Tensor forwardOn(const PackedKernel& kernel, const at::Tensor& x) const;

  at::Tensor weight_, bias_;
  std::optional<Activation> activation_;
  std::shared_ptr<DynamicInt8Linear> int8_;
  std::shared_ptr<OneDnnLinear> onednn_;
  std::shared_ptr<PackedFp32Linear> packed_;
  std::shared_ptr<PackedInt8Linear> packedInt8_;
};

}  // namespace mien
