// Device selection, guarded at run time so the same code builds against CPU-only and CUDA LibTorch.
#include "model/compute_device.h"

#include <ATen/Context.h>

#include "common/errors.h"

namespace mien {

std::string ComputeDevice::describe() const {
  std::string name = device.is_cuda() ? "CUDA:" + std::to_string(device.has_index() ? device.index() : 0) : "CPU";
  return name + " (" + (dtype == c10::kHalf ? "float16" : dtype == c10::kBFloat16 ? "bfloat16" : "float32") + ")";
}

ComputeDevice chooseComputeDevice(DevicePreference preference) {
  const bool cuda = at::hasCUDA();
  if (preference == DevicePreference::Cuda && !cuda)
    throw ModelError("CUDA was requested but this build of LibTorch or this machine has no CUDA device; use --device cpu.");
  if (preference != DevicePreference::Cpu && cuda) return {c10::Device(c10::kCUDA, 0), c10::kHalf};
  return {c10::Device(c10::kCPU), c10::kFloat};
}

DevicePreference devicePreferenceFromName(const std::string& name) {
  if (name == "auto") return DevicePreference::Auto;
  if (name == "cpu") return DevicePreference::Cpu;
  if (name == "cuda") return DevicePreference::Cuda;
  throw ModelError("Unknown device '" + name + "'; use auto, cpu or cuda.");
}

}  // namespace mien
