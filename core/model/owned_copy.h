// A weight converted into memory of its own.
#pragma once
#include <ATen/ATen.h>

namespace mien {

// `t` in `options` in memory of its own, even where it is already of that type: weights read as views of a file's
// memory map are read-only, and the file's pages are let go only once nothing holds them.
inline at::Tensor ownedCopy(const at::Tensor& t, const at::TensorOptions& options) {
  return t.to(options, /*non_blocking=*/false, /*copy=*/true);
}

}  // namespace mien
