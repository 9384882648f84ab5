// --version text.
#include "version_info.h"

#include <ATen/Context.h>
#include <torch/version.h>

#include "common/build_info.h"
#include "model/blas_runtime.h"
#include "model/linear_layer.h"
#include "model/compute_device.h"

namespace mien {

std::string versionText(const std::string& program) {
  return program + " " + MIEN_VERSION + " (commit " + MIEN_GIT_COMMIT + ")\nLibTorch " + TORCH_VERSION +
         "\nDevice: " + chooseComputeDevice(DevicePreference::Auto).describe() + "; " + std::to_string(physicalCoreCount()) +
         " physical cores\nCPU: " + detectCpuFeatures().describe() + "\nBLAS: " + blasKernelChoice().describe() +
         "\nKernels: " + linearKernelDescription() + "\n";
}

}  // namespace mien
