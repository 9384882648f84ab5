// Which device and dtype the model runs on: CUDA (fp16 weights) when present, CPU (fp32) otherwise.
#pragma once
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>
#include <string>

namespace mien {

enum class DevicePreference { Auto, Cpu, Cuda };

struct ComputeDevice {
  c10::Device device = c10::Device(c10::kCPU);
  c10::ScalarType dtype = c10::kFloat;
  std::string describe() const;  // "CPU (float32)", "CUDA:0 (float16)"
};

// Throws ModelError when CUDA is demanded but this build or machine has none.
ComputeDevice chooseComputeDevice(DevicePreference preference);
DevicePreference devicePreferenceFromName(const std::string& name);  // "auto", "cpu", "cuda"

}  // namespace mien
