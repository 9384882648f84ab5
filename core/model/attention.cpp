// Attention on LibTorch's batched matmul and softmax, its heads split over the threads: each thread runs its own
// heads' two products and softmax. Left to one batched matmul, each head's product went to the BLAS, which runs on
// one thread beside oneDNN's kernels. Tried and measured (ViT-B/32, batch 1 and 8, 2 cores, interleaved): oneDNN's
// strided matmuls straight on the QKV buffer (scale and mask fused, softmax in place, context written into its
// output columns, no copies) took 1.03-1.09x this path's time: at 50 tokens the products are too small for three
// more parallel regions per block to pay.
#include "model/attention.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/ThreadLocalState.h>
#include <cmath>

namespace mien {

at::Tensor multiHeadAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask) {
  const auto batch = qkv.size(0), tokens = qkv.size(1), width = qkv.size(2) / 3, headDim = width / heads;
  // [B, L, 3W] -> [3, B, H, L, Dh] -> q, k, v as [B·H, L, Dh]
  const at::Tensor split = qkv.view({batch, tokens, 3, heads, headDim}).permute({2, 0, 3, 1, 4});
  const auto headsOf = [&](std::int64_t which) { return split[which].reshape({batch * heads, tokens, headDim}); };
  const at::Tensor q = headsOf(0), k = headsOf(1), v = headsOf(2);
  const double scale = 1.0 / std::sqrt(static_cast<double>(headDim));
  at::Tensor context = at::empty({batch * heads, tokens, headDim}, qkv.options());
  const auto headsFrom = [&](std::int64_t begin, std::int64_t end) {
    at::Tensor scores = at::bmm(q.slice(0, begin, end), k.slice(0, begin, end).transpose(1, 2)).mul_(scale);
    if (additiveMask.defined()) scores.add_(additiveMask);
    at::Tensor out = context.slice(0, begin, end);
    at::bmm_out(out, at::softmax(scores, -1), v.slice(0, begin, end));
  };
  if (!qkv.is_cpu()) {  // a GPU takes every head in one batched launch
    headsFrom(0, batch * heads);
  } else {
    const at::ThreadLocalState callers;  // InferenceMode and grad mode are per thread: the others take the caller's
    at::parallel_for(0, batch * heads, 1, [&](std::int64_t begin, std::int64_t end) {
      const at::ThreadLocalStateGuard same(callers);
      headsFrom(begin, end);
    });
  }
  // [B·H, L, Dh] -> [B, L, H·Dh]
  return context.view({batch, heads, tokens, headDim}).transpose(1, 2).reshape({batch, tokens, width});
}

}  // namespace mien
