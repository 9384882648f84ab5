// Attention on LibTorch's batched matmul and softmax. Tried and measured (ViT-B/32, batch 1 and 8, 2 cores,
// interleaved): oneDNN's strided matmuls straight on the QKV buffer (scale and mask fused, softmax in place,
// context written into its output columns, no copies) took 1.03-1.09x this path's time: at 50 tokens the
// products are too small for three more parallel regions per block to pay.
#include "model/attention.h"

#include <ATen/ATen.h>
#include <cmath>
#include <torch/version.h>

namespace mien {
namespace {

at::Tensor libTorchAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask) {
  const auto batch = qkv.size(0), tokens = qkv.size(1), width = qkv.size(2) / 3, headDim = width / heads;
  // [B, L, 3W] -> [3, B, H, L, Dh]
  const at::Tensor split = qkv.view({batch, tokens, 3, heads, headDim}).permute({2, 0, 3, 1, 4});
  const at::Tensor q = split[0], k = split[1], v = split[2];
#if TORCH_VERSION_MAJOR >= 2
  const at::Tensor context = at::scaled_dot_product_attention(q, k, v, additiveMask);
#else
  at::Tensor scores = at::matmul(q, k.transpose(-2, -1)).mul_(1.0 / std::sqrt(static_cast<double>(headDim)));
  if (additiveMask.defined()) scores.add_(additiveMask);
  const at::Tensor context = at::matmul(at::softmax(scores, -1), v);
#endif
  return context.transpose(1, 2).reshape({batch, tokens, width});  // [B, H, L, Dh] -> [B, L, W]
}

}  // namespace

at::Tensor multiHeadAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask) {
  return libTorchAttention(qkv, heads, additiveMask);
}

}  // namespace mien
