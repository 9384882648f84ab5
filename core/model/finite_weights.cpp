#include "model/finite_weights.h"

#include <ATen/ATen.h>

#include "common/errors.h"

namespace mien {

bool isFinite(const at::Tensor& tensor) {
  return !at::isFloatingType(tensor.scalar_type()) || at::isfinite(tensor).all().item<bool>();
}

void requireFiniteWeights(const TensorMap& tensors, const std::string& path) {
  for (const auto& [name, tensor] : tensors)
    if (!isFinite(tensor))
      throw ModelError("'" + path + "': tensor '" + name + "' holds values that are not a finite number (NaN or " +
                       "infinity), so the file is damaged or comes from a training that diverged; use another file.");
}

}  // namespace mien
