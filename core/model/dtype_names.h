// Names of tensor element types in safetensors headers and PyTorch storage classes.
#pragma once
#include <c10/core/ScalarType.h>
#include <optional>
#include <string>

namespace mien {

std::optional<at::ScalarType> scalarTypeFromSafetensorsName(const std::string& name);
std::string safetensorsName(at::ScalarType type);  // throws ModelError for types safetensors lacks

// "FloatStorage" -> kFloat, as written by torch.save.
std::optional<at::ScalarType> scalarTypeFromStorageName(const std::string& name);
std::string storageName(at::ScalarType type);

}  // namespace mien
