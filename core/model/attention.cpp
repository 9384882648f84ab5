// Attention without copies: with oneDNN, q·kᵀ reads q and k where the QKV projection wrote them (strided
// matmul, the 1/√d scale and the mask fused), softmax runs in place, and p·v writes each head's context
// straight into its columns of the [batch, tokens, width] output. The LibTorch path permutes and copies.
#include "model/attention.h"

#include <ATen/ATen.h>
#include <cmath>
#include <torch/version.h>

#include "model/linear_layer.h"

#ifdef MIEN_HAVE_ONEDNN
#include <map>
#include <mutex>
#include <omp.h>
#include <oneapi/dnnl/dnnl.hpp>
#include <tuple>
#include <unordered_map>

#include "model/blas_runtime.h"
#endif

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

#ifdef MIEN_HAVE_ONEDNN
using DataType = dnnl::memory::data_type;
using Dims = dnnl::memory::dims;

dnnl::engine& cpuEngine() {
  static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  return engine;
}

struct AttentionKernels {
  dnnl::matmul scores, context;
  dnnl::softmax_v2_forward softmax;
  dnnl::memory::desc qDesc, kDesc, vDesc, scoresDesc, probabilitiesDesc, contextDesc, maskDesc;
  std::size_t scratchpadBytes = 0;
};

// q, k and v of head h at token t sit at qkv[b, t, part * W + h * Dh]; the context of head h goes to
// out[b, t, h * Dh].
AttentionKernels makeKernels(std::int64_t batch, std::int64_t tokens, std::int64_t width, std::int64_t heads,
                             DataType type, bool masked) {
  const std::int64_t headDim = width / heads, row = 3 * width;
  AttentionKernels k;
  k.qDesc = dnnl::memory::desc({batch, heads, tokens, headDim}, type, Dims{tokens * row, headDim, row, 1});
  k.kDesc = dnnl::memory::desc({batch, heads, headDim, tokens}, type, Dims{tokens * row, headDim, 1, row});
  k.vDesc = dnnl::memory::desc({batch, heads, tokens, headDim}, type, Dims{tokens * row, headDim, row, 1});
  k.scoresDesc = dnnl::memory::desc({batch, heads, tokens, tokens}, DataType::f32, dnnl::memory::format_tag::abcd);
  k.probabilitiesDesc = dnnl::memory::desc({batch, heads, tokens, tokens}, type, dnnl::memory::format_tag::abcd);
  k.contextDesc = dnnl::memory::desc({batch, heads, tokens, headDim}, type, Dims{tokens * width, headDim, width, 1});
  k.maskDesc = dnnl::memory::desc({1, 1, tokens, tokens}, DataType::f32, dnnl::memory::format_tag::abcd);

  dnnl::primitive_attr scoresAttr;
  scoresAttr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
  scoresAttr.set_output_scales(0, {static_cast<float>(1.0 / std::sqrt(static_cast<double>(headDim)))});
  if (masked) {
    dnnl::post_ops ops;
    ops.append_binary(dnnl::algorithm::binary_add, k.maskDesc);
    scoresAttr.set_post_ops(ops);
  }
  const dnnl::matmul::primitive_desc scoresPd(dnnl::matmul::desc(k.qDesc, k.kDesc, k.scoresDesc), scoresAttr, cpuEngine());
  dnnl::primitive_attr plain;
  plain.set_scratchpad_mode(dnnl::scratchpad_mode::user);
  const dnnl::softmax_v2_forward::primitive_desc softmaxPd(
      dnnl::softmax_v2_forward::desc(dnnl::prop_kind::forward_inference, dnnl::algorithm::softmax_accurate,
                                     k.scoresDesc, k.probabilitiesDesc, 3),
      plain, cpuEngine());
  const dnnl::matmul::primitive_desc contextPd(dnnl::matmul::desc(k.probabilitiesDesc, k.vDesc, k.contextDesc), plain,
                                               cpuEngine());
  k.scores = dnnl::matmul(scoresPd);
  k.softmax = dnnl::softmax_v2_forward(softmaxPd);
  k.context = dnnl::matmul(contextPd);
  k.scratchpadBytes = std::max({scoresPd.scratchpad_desc().get_size(), softmaxPd.scratchpad_desc().get_size(),
                                contextPd.scratchpad_desc().get_size()});
  return k;
}

const AttentionKernels& kernelsFor(std::int64_t batch, std::int64_t tokens, std::int64_t width, std::int64_t heads,
                                   DataType type, bool masked) {
  using Key = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, int, bool>;
  static std::mutex mutex;
  static std::map<Key, AttentionKernels> cache;
  const Key key{batch, tokens, width, heads, static_cast<int>(type), masked};
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, makeKernels(batch, tokens, width, heads, type, masked)).first;
  return it->second;
}

at::Tensor oneDnnAttention(const at::Tensor& qkvIn, std::int64_t heads, const at::Tensor& additiveMask) {
  const at::Tensor qkv = qkvIn.contiguous();
  const auto batch = qkv.size(0), tokens = qkv.size(1), width = qkv.size(2) / 3;
  const DataType type = qkv.scalar_type() == at::kBFloat16 ? DataType::bf16 : DataType::f32;
  const bool masked = additiveMask.defined();
  const AttentionKernels& k = kernelsFor(batch, tokens, width, heads, type, masked);
  const at::Tensor mask = masked ? additiveMask.to(at::kFloat).contiguous() : at::Tensor();

  at::Tensor scores = at::empty({batch, heads, tokens, tokens}, qkv.options().dtype(at::kFloat));
  at::Tensor probabilities = type == DataType::f32 ? scores : at::empty(scores.sizes(), qkv.options());
  at::Tensor out = at::empty({batch, tokens, width}, qkv.options());
  at::Tensor scratchpad = at::empty({static_cast<std::int64_t>(k.scratchpadBytes)}, qkv.options().dtype(at::kByte));
  const dnnl::engine& engine = cpuEngine();
  const std::size_t element = qkv.element_size();
  auto* base = static_cast<char*>(qkv.data_ptr());
  const dnnl::memory q(k.qDesc, engine, base), kT(k.kDesc, engine, base + width * element),
      v(k.vDesc, engine, base + 2 * width * element), s(k.scoresDesc, engine, scores.data_ptr()),
      p(k.probabilitiesDesc, engine, probabilities.data_ptr()), c(k.contextDesc, engine, out.data_ptr()),
      pad(dnnl::memory::desc({static_cast<std::int64_t>(k.scratchpadBytes)}, DataType::u8, dnnl::memory::format_tag::a),
          engine, scratchpad.data_ptr());

  const int threads = configuredThreads();  // OpenMP's count is per calling thread (see onednn_linear)
  if (threads > 0 && omp_get_max_threads() != threads) omp_set_num_threads(threads);
  dnnl::stream stream(engine);
  std::unordered_map<int, dnnl::memory> scoreArgs = {
      {DNNL_ARG_SRC, q}, {DNNL_ARG_WEIGHTS, kT}, {DNNL_ARG_DST, s}, {DNNL_ARG_SCRATCHPAD, pad}};
  if (masked)
    scoreArgs[DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1] = dnnl::memory(k.maskDesc, engine, mask.data_ptr());
  k.scores.execute(stream, scoreArgs);
  k.softmax.execute(stream, {{DNNL_ARG_SRC, s}, {DNNL_ARG_DST, p}, {DNNL_ARG_SCRATCHPAD, pad}});
  k.context.execute(stream, {{DNNL_ARG_SRC, p}, {DNNL_ARG_WEIGHTS, v}, {DNNL_ARG_DST, c}, {DNNL_ARG_SCRATCHPAD, pad}});
  stream.wait();
  return out;
}
#endif

}  // namespace

at::Tensor multiHeadAttention(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& additiveMask) {
#ifdef MIEN_HAVE_ONEDNN
  // Where the Linear layers of this type run on oneDNN (its AVX-512 kernels; not with MIEN_KERNELS=libtorch).
  const bool bf16 = qkv.scalar_type() == at::kBFloat16;
  if (qkv.device().is_cpu() && (bf16 || qkv.scalar_type() == at::kFloat) &&
      linearKernelFor(bf16 ? Precision::Bf16 : Precision::Fp32) == LinearKernel::OneDnn && !std::getenv("MIEN_AB_ATTENTION"))
    return oneDnnAttention(qkv, heads, additiveMask);
#endif
  return libTorchAttention(qkv, heads, additiveMask);
}

}  // namespace mien
