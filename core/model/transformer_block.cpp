// CLIP residual attention block: one QKV product, attention (model/attention), one MLP with its activation fused.
#include "model/owned_copy.h"
#include "model/transformer_block.h"

#include <ATen/ATen.h>

#include "model/attention.h"

namespace mien {

at::Tensor LayerNormWeights::forward(const at::Tensor& x, double eps) const {
  if (x.scalar_type() == at::kFloat) return at::layer_norm(x, {x.size(-1)}, weight, bias, eps);
  return at::layer_norm(x.to(at::kFloat), {x.size(-1)}, weight, bias, eps).to(x.scalar_type());
}

void LayerNormWeights::to(const at::TensorOptions& options) {  // kept in fp32 whatever the model runs in
  weight = ownedCopy(weight, options.dtype(at::kFloat));
  bias = ownedCopy(bias, options.dtype(at::kFloat));
}

LayerNormWeights layerNormFrom(const TensorMap& w, const std::string& prefix) {
  return {w.at(prefix + ".weight"), w.at(prefix + ".bias")};
}

TransformerBlock::TransformerBlock(const TensorMap& w, const std::string& p, std::int64_t heads, double eps,
                                   Activation activation)
    : ln1_(layerNormFrom(w, p + "ln_1")),
      ln2_(layerNormFrom(w, p + "ln_2")),
      inProj_(w.at(p + "attn.in_proj_weight"), w.at(p + "attn.in_proj_bias")),
      outProj_(w.at(p + "attn.out_proj.weight"), w.at(p + "attn.out_proj.bias")),
      fc_(w.at(p + "mlp.c_fc.weight"), w.at(p + "mlp.c_fc.bias"), activation),
      proj_(w.at(p + "mlp.c_proj.weight"), w.at(p + "mlp.c_proj.bias")),
      heads_(heads),
      eps_(eps) {}

void TransformerBlock::to(const at::TensorOptions& options) {
  ln1_.to(options);
  ln2_.to(options);
  inProj_.to(options);
  outProj_.to(options);
  fc_.to(options);
  proj_.to(options);
}

void TransformerBlock::prepare(Precision precision) {
  for (LinearLayer* layer : {&inProj_, &outProj_, &fc_, &proj_}) layer->prepare(precision);
}

at::Tensor TransformerBlock::attention(const at::Tensor& x, const at::Tensor& additiveMask) const {
  return outProj_.forward(multiHeadAttention(inProj_.forward(x), heads_, additiveMask));
}

at::Tensor TransformerBlock::forward(const at::Tensor& input, const at::Tensor& additiveMask) const {
  at::Tensor x = input + attention(ln1_.forward(input, eps_), additiveMask);
  return x + proj_.forward(fc_.forward(ln2_.forward(x, eps_)));  // fc_ applies the activation
}

}  // namespace mien
