// Paths of the shared fixtures and helpers to compare tensors with their float64 references.
#pragma once
#include <ATen/Tensor.h>
#include <string>

#include "model/tensor_map.h"

namespace mien::test {

std::string sharedPath(const std::string& relative);    // ../shared/<relative>
std::string testDataPath(const std::string& relative);  // tests/data/<relative>

TensorMap clipTinyExpected();

// max |a - b| / max |b|, in float64.
double relativeError(const at::Tensor& actual, const at::Tensor& expected);

// Writes `bytes` to `path`, creating or truncating it.
void writeBytes(const std::string& path, const std::string& bytes);
std::string readBytes(const std::string& path);

}  // namespace mien::test
