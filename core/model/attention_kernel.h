// One attention head in one pass on AVX-512, straight from the packed QKV rows into the context's columns: scores,
// mask, softmax and the weighted sum of values for a few queries at a time, all in the core's caches.
#pragma once
#include <cstdint>
#include <vector>

namespace mien {

// Where one batch item's rows lie: token t's q, k and v for head h start at qkv + t * 3 * width + {0, 1, 2} *
// width + h * headDim; its context goes to context + t * width + h * headDim.
struct AttentionRows {
  const float* qkv = nullptr;
  float* context = nullptr;
  std::int64_t tokens = 0, width = 0, headDim = 0;
  const float* additiveMask = nullptr;  // [tokens, tokens] or null
};

// Whether this CPU and head size take the fused kernel (AVX-512, a head a multiple of 16 wide, at most 64).
bool fusedAttentionRuns(std::int64_t headDim);

// softmax(q kᵀ · scale + mask) v for head `head`; `scratch` is reused between calls on one thread.
void attendOneHead(const AttentionRows& rows, std::int64_t head, float scale, std::vector<float>& scratch);

}  // namespace mien
