// Turns [N, classes] probabilities and [N, D] features into the Classifier interface's per-face results.
#pragma once
#include <ATen/Tensor.h>
#include <vector>

#include "model/classifier.h"

namespace mien {

// `dimensions` [N, dims] may be undefined (no dimensions).
std::vector<Classifier::Classification> classificationRows(const at::Tensor& probabilities, const at::Tensor& features,
                                                           const at::Tensor& dimensions = {});
std::vector<std::vector<float>> featureRows(const at::Tensor& features);  // [N, D] -> N float rows
at::Tensor featureTensor(const std::vector<std::vector<float>>& rows);    // N float rows of one size -> [N, D]

}  // namespace mien
