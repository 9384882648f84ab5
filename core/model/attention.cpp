// Attention: in fp32 on an AVX-512 CPU the fused kernel (model/attention_kernel), each thread taking whole heads
// straight from the QKV rows into the context's columns (ViT-B/32 and B/16, batch 1 and 8, interleaved: 0.93-0.98x
// the time of the path below in fp32, 0.85-0.96x in int8). Elsewhere LibTorch's batched matmul and softmax, the
// heads split over the threads (left to one batched matmul, each head's product went to the BLAS, which runs on
// one thread beside oneDNN's kernels). bf16 stays there: converting its QKV to fp32 for the fused kernel did not
// pay (0.98-1.05x).
// Tried and measured (ViT-B/32, batch 1 and 8, 2 cores, interleaved): oneDNN's strided matmuls straight on the
// QKV buffer took 1.03-1.09x the LibTorch path's time: at 50 tokens the products are too small for three more
// parallel regions per block to pay.
#include "model/attention.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <ATen/ThreadLocalState.h>
#include <cmath>
#include <vector>

#include "model/attention_kernel.h"

namespace mien {
namespace {

bool fusedKernelTakes(const at::Tensor& qkv, std::int64_t headDim) {
  return qkv.is_cpu() && qkv.scalar_type() == at::kFloat && fusedAttentionRuns(headDim);
}

at::Tensor fusedAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask, double scale) {
  const at::Tensor packed = qkv.contiguous();
  const at::Tensor mask = additiveMask.defined() ? additiveMask.to(at::kFloat).contiguous() : at::Tensor();
  const auto batch = qkv.size(0), tokens = qkv.size(1), width = qkv.size(2) / 3;
  at::Tensor context = at::empty({batch, tokens, width}, qkv.options());
  const float* in = packed.data_ptr<float>();
  const float* maskRows = mask.defined() ? mask.data_ptr<float>() : nullptr;
  float* out = context.data_ptr<float>();
  at::parallel_for(0, batch * heads, 1, [&](std::int64_t begin, std::int64_t end) {
    std::vector<float> scratch;
    for (std::int64_t item = begin; item < end; ++item) {
      const std::int64_t b = item / heads;
      const AttentionRows rows{in + b * tokens * 3 * width, out + b * tokens * width, tokens, width, width / heads,
                               maskRows};
      attendOneHead(rows, item % heads, static_cast<float>(scale), scratch);
    }
  });
  return context;
}

}  // namespace

at::Tensor multiHeadAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask) {
  const auto batch = qkv.size(0), tokens = qkv.size(1), width = qkv.size(2) / 3, headDim = width / heads;
  const double scale = 1.0 / std::sqrt(static_cast<double>(headDim));
  if (fusedKernelTakes(qkv, headDim)) return fusedAttention(qkv, heads, additiveMask, scale);
  // [B, L, 3W] -> [3, B, H, L, Dh] -> q, k, v as [B·H, L, Dh]
  const at::Tensor split = qkv.view({batch, tokens, 3, heads, headDim}).permute({2, 0, 3, 1, 4});
  const auto headsOf = [&](std::int64_t which) { return split[which].reshape({batch * heads, tokens, headDim}); };
  const at::Tensor q = headsOf(0), k = headsOf(1), v = headsOf(2);
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
