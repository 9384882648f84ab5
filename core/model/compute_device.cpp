// Device selection, guarded at run time so the same code builds against CPU-only and CUDA LibTorch.
#include "model/compute_device.h"

#include <ATen/Context.h>
#include <algorithm>

#include "common/errors.h"

namespace mien {

c10::ScalarType ComputeDevice::visionDtype() const {
  switch (precision) {
    case Precision::Fp16: return c10::kHalf;
    case Precision::Bf16: return c10::kBFloat16;
    default: return c10::kFloat;
  }
}

c10::ScalarType ComputeDevice::textDtype() const { return device.is_cuda() ? c10::kHalf : c10::kFloat; }

std::string ComputeDevice::describe() const {
  std::string name = device.is_cuda() ? "CUDA:" + std::to_string(device.has_index() ? device.index() : 0) : "CPU";
  return name + " (" + precisionName(precision) + ")";
}

ComputeDevice chooseComputeDevice(DevicePreference preference, std::optional<Precision> precision) {
  const bool cudaPresent = at::hasCUDA();
  if (preference == DevicePreference::Cuda && !cudaPresent)
    throw ModelError("CUDA was requested but this build of LibTorch or this machine has no CUDA device; run on the CPU instead.",
                     Remedy::UseCpu);
  ComputeDevice d;
  const bool cuda = preference != DevicePreference::Cpu && cudaPresent;
  if (cuda) d.device = c10::Device(c10::kCUDA, 0);
  d.precision = precision.value_or(cuda ? Precision::Fp16 : Precision::Fp32);
  const auto supported = supportedPrecisions(cuda);
  if (std::find(supported.begin(), supported.end(), d.precision) == supported.end()) {
    std::string names;
    for (auto p : supported) names += (names.empty() ? "" : ", ") + precisionName(p);
    throw ModelError("Precision " + precisionName(d.precision) + " cannot run on " + (cuda ? "CUDA" : "this CPU") +
                     "; choose one of: " + names + ".");
  }
  return d;
}


}  // namespace mien
