// Reads Hugging Face safetensors files (single or sharded) into CPU tensors, validating every offset.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/tensor_map.h"

namespace mien {

// Parses safetensors bytes; `name` is used in error messages.
TensorMap parseSafetensors(const std::uint8_t* data, std::size_t size, const std::string& name);

// Reads one .safetensors file.
TensorMap readSafetensors(const std::string& path);

// Reads model.safetensors, or every shard named in model.safetensors.index.json, from a directory.
TensorMap readSafetensorsDirectory(const std::string& dir);

}  // namespace mien
