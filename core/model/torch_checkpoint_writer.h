// Writes tensors in the authors' checkpoint format: torch.save of an OrderedDict state dict.
#pragma once
#include <string>

#include "model/tensor_map.h"

namespace mien {

// Equivalent of torch.save(state_dict, path) or, with `wrapKey`, torch.save({wrapKey: state_dict}, path).
// Written atomically; tensors are saved from the CPU, contiguous, with their own dtype.
void writeTorchStateDict(const std::string& path, const TensorMap& tensors, const std::string& wrapKey = "");

}  // namespace mien
