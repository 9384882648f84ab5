// Finding a training run's newest per-epoch checkpoint (`epoch-<N>.safetensors`), for Exp-CLIP and GFER alike.
#pragma once
#include <string>

namespace mien {

std::string latestCheckpoint(const std::string& dir);  // its path, or "" when there is none

}  // namespace mien
