// Reads the parameters of a TorchScript archive (OpenAI's published ViT-*.pt files) as a state dict.
#pragma once
#include <string>

#include "model/tensor_map.h"

namespace mien {

// Loads with torch::jit::load onto the CPU; keys are the archive's named parameters and buffers,
// without the non-weight entries OpenAI's loader drops (input_resolution, context_length, vocab_size).
TensorMap readTorchScriptParameters(const std::string& path);

}  // namespace mien
