// Weights are numbers: a tensor holding NaN or infinity (a damaged file, a diverged training) is refused when it
// is loaded, before it can turn into NaN probabilities in a result.
#pragma once
#include <ATen/Tensor.h>
#include <string>

#include "model/tensor_map.h"

namespace mien {

bool isFinite(const at::Tensor& tensor);  // integer tensors always are
class MappedFile;

// Throws ModelError naming the file and the first tensor that is not finite. Views of `mapping` have their pages let
// go as soon as they are checked, so the check never holds the whole file.
void requireFiniteWeights(const TensorMap& tensors, const std::string& path, const MappedFile* mapping = nullptr);

}  // namespace mien
