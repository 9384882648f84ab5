// CLIP's image tower: patch embedding, class token, positions, pre-LN, blocks, post-LN on the class token, projection.
#pragma once
#include <ATen/Tensor.h>
#include <vector>

#include "model/clip_config.h"
#include "model/transformer_block.h"

namespace mien {

class VisionTransformer {
 public:
  VisionTransformer(const TensorMap& weights, const ClipConfig& config);

  at::Tensor forward(const at::Tensor& images) const;  // [B, 3, R, R] -> [B, embed]
  // Converts the weights and packs each block's Linear layers for the kernel that runs `precision`.
  void to(const at::TensorOptions& options, Precision precision);

 private:
  ClipVisionConfig config_;
  double eps_;
  LinearLayer patches_;  // the patch embedding, conv1's weights as a [width, 3·patch²] matrix
  at::Tensor classEmbedding_, positions_, projection_;
  LayerNormWeights lnPre_, lnPost_;
  std::vector<TransformerBlock> blocks_;
};

}  // namespace mien
