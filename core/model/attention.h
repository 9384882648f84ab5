// Multi-head attention over one packed QKV projection: the one place its kernel is chosen.
#pragma once
#include <ATen/Tensor.h>
#include <cstdint>

namespace mien {

// qkv [batch, tokens, 3 * width] (q, k, v side by side, each `heads` heads wide), additiveMask [tokens, tokens]
// or undefined -> context [batch, tokens, width], heads side by side, in qkv's type.
at::Tensor multiHeadAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask);

}  // namespace mien
