// Where and how precisely the model runs: CUDA (fp16 by default) when present, CPU (fp32 by default) otherwise.
#pragma once
#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>
#include <optional>
#include <string>

#include "model/precision.h"

namespace mien {

enum class DevicePreference { Auto, Cpu, Cuda };

struct ComputeDevice {
  c10::Device device = c10::Device(c10::kCPU);
  Precision precision = Precision::Fp32;  // of the image encoder; the text side stays at textDtype()

  c10::ScalarType visionDtype() const;  // int8 keeps float32 activations
  c10::ScalarType textDtype() const;    // float32 on the CPU, float16 on CUDA
  std::string describe() const;         // "CPU (int8)", "CUDA:0 (fp16)"
};

// Throws ModelError when CUDA is demanded but absent, or the precision cannot run on the chosen device.
ComputeDevice chooseComputeDevice(DevicePreference preference, std::optional<Precision> precision = std::nullopt);

}  // namespace mien
