// The packed-params class is not in LibTorch's installed headers, so the ops are called boxed through
// the dispatcher and the packed weights are held as an IValue.
#include "model/dynamic_int8_linear.h"

#include <ATen/ATen.h>
#include <ATen/core/dispatch/Dispatcher.h>
#include <mutex>

#include "common/errors.h"
#include "model/blas_runtime.h"

namespace mien {
namespace {

std::vector<c10::IValue> callBoxed(const char* op, std::vector<c10::IValue> stack) {
  const auto handle = c10::Dispatcher::singleton().findSchemaOrThrow(op, "");
  handle.callBoxed(&stack);
  return stack;
}

}  // namespace

bool selectQuantizedEngine() {
  static const bool selected = [] {
    const auto engines = at::globalContext().supportedQEngines();
    for (auto wanted : {at::QEngine::ONEDNN, at::QEngine::FBGEMM, at::QEngine::QNNPACK})
      for (auto e : engines)
        if (e == wanted) {
          at::globalContext().setQEngine(wanted);
          return true;
        }
    return false;
  }();
  return selected;
}

DynamicInt8Linear::DynamicInt8Linear(const at::Tensor& weight, const at::Tensor& bias) {
  if (!selectQuantizedEngine()) throw ModelError("This LibTorch has no quantized engine, so int8 is not available.");
  const at::Tensor w = weight.to(at::kFloat).contiguous();
  const at::Tensor scales = (w.abs().amax(1).clamp_min(1e-8) / 127.0).to(at::kDouble);
  const at::Tensor zeroPoints = at::zeros({w.size(0)}, at::kLong);
  const c10::optional<at::Tensor> b = bias.defined() ? c10::optional<at::Tensor>(bias.to(at::kFloat)) : c10::nullopt;
  try {
    packed_ = callBoxed("quantized::linear_prepack",
                        {at::quantize_per_channel(w, scales, zeroPoints, 0, at::kQInt8), b})[0];
  } catch (const c10::Error&) {  // engines without per-channel support: one scale for the tensor
    const double scale = w.abs().max().item<double>() / 127.0;
    packed_ = callBoxed("quantized::linear_prepack", {at::quantize_per_tensor(w, std::max(scale, 1e-8), 0, at::kQInt8), b})[0];
  }
}

at::Tensor DynamicInt8Linear::forward(const at::Tensor& x) const {
  // Without VNNI the u8×s8 pairs are summed in saturating 16-bit lanes: 7-bit activations (reduce_range) keep
  // them in range (8-bit ones cost 9 % relative error on such a CPU, measured by test_linear_kernels).
  static const bool reduceRange = !detectCpuFeatures().avx512vnni;
  return callBoxed("quantized::linear_dynamic", {x.contiguous(), packed_, reduceRange})[0].toTensor();
}

}  // namespace mien
