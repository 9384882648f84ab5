// Writes named tensors as a safetensors file, atomically.
#pragma once
#include <map>
#include <string>

#include "model/tensor_map.h"

namespace mien {

void writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata = {});

}  // namespace mien
