// CLIP's text tower: token and position embeddings, causal blocks, final LN, pooling at end-of-text, projection.
#pragma once
#include <ATen/Tensor.h>
#include <vector>

#include "model/clip_config.h"
#include "model/transformer_block.h"

namespace mien {

class TextTransformer {
 public:
  TextTransformer(const TensorMap& weights, const ClipConfig& config);

  // tokens: [N, context] integer ids, end-of-text being the largest id in each row (as in CLIP) -> [N, embed]
  at::Tensor forward(const at::Tensor& tokens) const;
  void to(const at::TensorOptions& options);

 private:
  ClipTextConfig config_;
  double eps_;
  at::Tensor tokenEmbedding_;  // as read on the CPU (its rows are converted as they are gathered)
  at::Tensor positions_, projection_, causalMask_;
  LayerNormWeights lnFinal_;
  std::vector<TransformerBlock> blocks_;
};

}  // namespace mien
