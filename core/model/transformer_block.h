// One residual attention block of CLIP: x + attn(ln_1(x)), then x + mlp(ln_2(x)).
#pragma once
#include <ATen/Tensor.h>
#include <string>

#include "model/clip_config.h"
#include "model/linear_layer.h"

namespace mien {

struct LayerNormWeights {
  at::Tensor weight, bias;
  at::Tensor forward(const at::Tensor& x, double eps) const;  // computed in fp32 as OpenAI's LayerNorm does
  void to(const at::TensorOptions& options);
};

LayerNormWeights layerNormFrom(const TensorMap& w, const std::string& prefix);

class TransformerBlock {
 public:
  TransformerBlock(const TensorMap& weights, const std::string& prefix, std::int64_t heads, double eps,
                   Activation activation);

  // x: [batch, tokens, width]; additiveMask: [tokens, tokens] or undefined.
  at::Tensor forward(const at::Tensor& x, const at::Tensor& additiveMask) const;
  void to(const at::TensorOptions& options);
  void prepare(Precision precision);  // packs the Linear layers for the kernel that runs `precision`

 private:
  at::Tensor attention(const at::Tensor& x, const at::Tensor& additiveMask) const;

  LayerNormWeights ln1_, ln2_;
  LinearLayer inProj_, outProj_, fc_, proj_;
  std::int64_t heads_;
  double eps_;
};

}  // namespace mien
