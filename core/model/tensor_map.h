// Named tensors as read from or written to a weights file, in key order.
#pragma once
#include <ATen/Tensor.h>
#include <map>
#include <string>

namespace mien {

using TensorMap = std::map<std::string, at::Tensor>;

}  // namespace mien
