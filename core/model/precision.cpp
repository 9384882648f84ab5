// Precision names and what this machine supports.
#include "model/precision.h"

#include <ATen/Context.h>

#include "common/errors.h"
#include "model/blas_runtime.h"

namespace mien {

Precision precisionFromName(const std::string& name) {
  if (name == "fp32") return Precision::Fp32;
  if (name == "int8") return Precision::Int8;
  if (name == "bf16") return Precision::Bf16;
  if (name == "fp16") return Precision::Fp16;
  throw ModelError("Unknown precision '" + name + "'; use fp32, int8, bf16 or fp16.");
}

std::string precisionName(Precision p) {
  switch (p) {
    case Precision::Fp32: return "fp32";
    case Precision::Int8: return "int8";
    case Precision::Bf16: return "bf16";
    case Precision::Fp16: return "fp16";
  }
  return "?";
}

std::vector<Precision> supportedPrecisions(bool cuda) {
  if (cuda) return {Precision::Fp32, Precision::Fp16};
  std::vector<Precision> modes = {Precision::Fp32};
  if (!at::globalContext().supportedQEngines().empty()) modes.push_back(Precision::Int8);
  if (detectCpuFeatures().hasBf16()) modes.push_back(Precision::Bf16);
  return modes;
}

}  // namespace mien
