// Turns [N, classes] probabilities and [N, D] features into the Classifier interface's per-face results.
#pragma once
#include <ATen/Tensor.h>
#include <vector>

#include "model/classifier.h"

namespace mien {

std::vector<Classifier::Classification> classificationRows(const at::Tensor& probabilities, const at::Tensor& features);
std::vector<std::vector<float>> featureRows(const at::Tensor& features);  // [N, D] -> N float rows

}  // namespace mien
