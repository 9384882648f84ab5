// Reads the weights of a TorchScript archive (OpenAI's published ViT-*.pt files) as data: the module tree in
// data.pkl through the restricted unpickler, tensors from the zip's records. Nothing in the archive runs:
// its code/ folder is never read, and a scripted __setstate__ is never called.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/tensor_map.h"

namespace mien {

// Keys are the module tree's dotted attribute paths, as named_parameters() and named_buffers() give them,
// without the non-weight entries OpenAI's loader drops (input_resolution, context_length, vocab_size).
// Throws ModelError naming the file for anything that is not a tree of plain modules and tensors.
TensorMap readTorchScriptParameters(const std::string& path);
TensorMap parseTorchScriptParameters(const std::uint8_t* data, std::size_t size, const std::string& name);

}  // namespace mien
