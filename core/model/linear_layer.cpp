// Linear layer over plain tensors, and the choice of kernel per precision.
#include "model/owned_copy.h"
#include "model/linear_layer.h"

#include <ATen/ATen.h>
#include <cstdlib>
#include <map>
#include <mutex>

#include "model/blas_runtime.h"
#include "model/dynamic_int8_linear.h"
#include "model/openmp_threads.h"
#include "model/packed_fp32_linear.h"
#include "model/packed_int8_linear.h"
#ifdef MIEN_HAVE_ONEDNN
#include "model/onednn_linear.h"
#endif

namespace mien {
namespace {

enum class KernelRequest { Auto, LibTorch, OneDnn, Packed };

KernelRequest kernelRequest() {
  static const KernelRequest request = [] {
    const char* v = std::getenv("MIEN_KERNELS");
    const std::string value = v ? v : "";
    if (value == "libtorch") return KernelRequest::LibTorch;
    if (value == "onednn") return KernelRequest::OneDnn;
    return value == "packed" ? KernelRequest::Packed : KernelRequest::Auto;
  }();
  return request;
}

bool packedKernelRuns(Precision p) {
  return (p == Precision::Fp32 || p == Precision::Int8) && packedKernelsRun();
}

#ifdef MIEN_HAVE_ONEDNN
// oneDNN runs by default only where it has its pre-packed AVX-512 kernels (brgemm). On AVX2 its matmul is a
// plain GEMM that repacks the weights on every call: measured on a 2-core AVX2 EPYC (ViT-B/32, batch 8,
// 1 thread, interleaved), its int8 took 2.62-2.76 s against 2.33-2.35 s for LibTorch's dynamic int8, and its
// fp32 is no faster than OpenBLAS (microbenchmark, M = 50-1576 rows). MIEN_KERNELS=onednn still asks for it.
bool oneDnnRuns(Precision p) {
  if (p == Precision::Fp16 || kernelRequest() == KernelRequest::LibTorch) return false;
  if (kernelRequest() == KernelRequest::Packed && packedKernelRuns(p)) return false;
  if (p == Precision::Bf16 || kernelRequest() == KernelRequest::Auto) return oneDnnHasBrgemm();
  return true;
}
#endif

}  // namespace

LinearKernel linearKernelFor(Precision precision) {
#ifdef MIEN_HAVE_ONEDNN
  if (oneDnnRuns(precision)) return LinearKernel::OneDnn;
#endif
  // Where oneDNN has no pre-packed kernel: measured on a 2-core AVX2 EPYC (interleaved, see README).
  if (kernelRequest() != KernelRequest::LibTorch && packedKernelRuns(precision))
    return precision == Precision::Fp32 ? LinearKernel::PackedFp32 : LinearKernel::PackedInt8;
  return precision == Precision::Int8 ? LinearKernel::LibTorchInt8 : LinearKernel::LibTorch;
}

std::string linearKernelName(Precision precision) {
  switch (linearKernelFor(precision)) {
    case LinearKernel::OneDnn: {
#ifdef MIEN_HAVE_ONEDNN
      static std::mutex mutex;
      static std::map<Precision, std::string> implementations;  // oneDNN's name for the kernel it picks
      std::lock_guard<std::mutex> lock(mutex);
      if (!implementations.count(precision))
        implementations[precision] = OneDnnLinear(at::zeros({64, 64}), {}, precision, std::nullopt).implementation();
      const std::string types = precision == Precision::Int8 ? "u8s8" : precision == Precision::Bf16 ? "bf16" : "f32";
      return oneDnnDescription() + " matmul " + types + " (" + implementations[precision] + ")";
#endif
      break;
    }
    case LinearKernel::PackedFp32: return "Mien AVX2 fp32 (weights packed at load, bias and activation fused)";
    case LinearKernel::PackedInt8: return "Mien AVX2 int8 (u8 x s8, 7-bit activations, weights packed at load)";
    case LinearKernel::LibTorchInt8: return "LibTorch dynamic int8 (quantized::linear_dynamic)";
    case LinearKernel::LibTorch: break;
  }
  if (precision == Precision::Fp32) return "BLAS sgemm (" + blasKernelChoice().describe() + ")";
  return "LibTorch " + precisionName(precision);
}

std::string linearKernelDescription() {
  std::string text;
  for (Precision p : supportedPrecisions(false)) text += (text.empty() ? "" : "; ") + precisionName(p) + ": " + linearKernelName(p);
  return text;
}

at::Tensor LinearLayer::activate(at::Tensor y) const {
  if (!activation_) return y;
  return *activation_ == Activation::QuickGelu ? y * at::sigmoid(y * 1.702) : at::gelu(y);
}

at::Tensor LinearLayer::forward(const at::Tensor& x) const {
#ifdef MIEN_HAVE_ONEDNN
  if (onednn_) return onednn_->forward(x);
#endif
  if (packed_) return forwardOn(*packed_, x);
  // Unlike oneDNN's VNNI products, AVX2's int8 products at few rows take milliseconds: both threads pay off
  // (ViT-B/32 int8 at batch 1 on a 2-core AVX2 EPYC: 111.5 -> 77.4 ms).
  if (packedInt8_) return forwardOn(*packedInt8_, x);
  const ProductThreads product;
  return activate(int8_ ? int8_->forward(x) : at::linear(x, weight_, bias_));
}

template <typename PackedKernel>
at::Tensor LinearLayer::forwardOn(const PackedKernel& kernel, const at::Tensor& x) const {
  const at::Tensor rows = x.reshape({-1, kernel.inputs()}).to(at::kFloat).contiguous();
  at::Tensor out = at::empty({rows.size(0), kernel.outputs()}, rows.options());
  const bool fused = activation_ == Activation::QuickGelu;
  useConfiguredThreads();
  {
    const ProductThreads product;
    kernel.multiply(rows.data_ptr<float>(), rows.size(0), out.data_ptr<float>(),
                    fused ? PackedEpilogue::QuickGelu : PackedEpilogue::None);
  }
  std::vector<std::int64_t> shape = x.sizes().vec();
  shape.back() = kernel.outputs();
  return fused ? out.view(shape) : activate(out.view(shape));
}

void LinearLayer::prepare(Precision precision) {
  if (!weight_.device().is_cpu()) return;
  switch (linearKernelFor(precision)) {
    case LinearKernel::OneDnn:
#ifdef MIEN_HAVE_ONEDNN
      onednn_ = std::make_shared<OneDnnLinear>(weight_, bias_, precision, activation_);
      weight_ = bias_ = at::Tensor();  // packed now: the plain copy is not kept
#endif
      break;
    case LinearKernel::PackedFp32:
    case LinearKernel::PackedInt8: {
      const at::Tensor w = weight_.to(at::kFloat).contiguous();
      const at::Tensor b = bias_.defined() ? bias_.to(at::kFloat).contiguous() : at::Tensor();
      const float* biasValues = b.defined() ? b.data_ptr<float>() : nullptr;
      if (precision == Precision::Fp32)
        packed_ = std::make_shared<PackedFp32Linear>(w.data_ptr<float>(), biasValues, w.size(0), w.size(1));
      else
        packedInt8_ = std::make_shared<PackedInt8Linear>(w.data_ptr<float>(), biasValues, w.size(0), w.size(1));
      weight_ = bias_ = at::Tensor();
      break;
    }
    case LinearKernel::LibTorchInt8:
      int8_ = std::make_shared<DynamicInt8Linear>(weight_, bias_);
      weight_ = at::Tensor();
      break;
    case LinearKernel::LibTorch: break;
  }
}

void LinearLayer::to(const at::TensorOptions& options) {
  weight_ = ownedCopy(weight_, options);
  if (bias_.defined()) bias_ = ownedCopy(bias_, options);
}

}  // namespace mien
