// Numeric precision of the image encoder, chosen per run: fp32 is the reference.
#pragma once
#include <string>
#include <vector>

namespace mien {

enum class Precision { Fp32, Int8, Bf16, Fp16 };

Precision precisionFromName(const std::string& name);  // "fp32", "int8", "bf16", "fp16"; throws ModelError
std::string precisionName(Precision p);
// The modes this machine and build can run on `cuda` or the CPU.
std::vector<Precision> supportedPrecisions(bool cuda);

}  // namespace mien
