// CLIP vision transformer over plain tensors.
#include "model/owned_copy.h"
#include "model/vision_transformer.h"

#include <ATen/ATen.h>

#include "common/errors.h"
#include "model/openmp_threads.h"

namespace mien {

VisionTransformer::VisionTransformer(const TensorMap& w, const ClipConfig& config)
    : config_(config.vision),
      eps_(config.layerNormEps),
      patches_(w.at("visual.conv1.weight").flatten(1), {}),
      classEmbedding_(w.at("visual.class_embedding")),
      positions_(w.at("visual.positional_embedding")),
      projection_(w.at("visual.proj")),
      lnPre_(layerNormFrom(w, "visual.ln_pre")),
      lnPost_(layerNormFrom(w, "visual.ln_post")) {
  for (std::int64_t i = 0; i < config_.layers; ++i)
    blocks_.emplace_back(w, "visual.transformer.resblocks." + std::to_string(i) + ".", config_.heads, eps_,
                         config.activation);
}

void VisionTransformer::to(const at::TensorOptions& options, Precision precision) {
  patches_.to(options);
  patches_.prepare(precision);
  classEmbedding_ = ownedCopy(classEmbedding_, options);
  positions_ = ownedCopy(positions_, options);
  projection_ = ownedCopy(projection_, options);
  lnPre_.to(options);
  lnPost_.to(options);
  for (auto& b : blocks_) {  // block by block, so that only one block's unpacked weights exist at a time
    b.to(options);
    b.prepare(precision);
  }
}

at::Tensor VisionTransformer::forward(const at::Tensor& images) const {
  if (images.dim() != 4 || images.size(1) != 3 || images.size(2) != config_.imageSize ||
      images.size(3) != config_.imageSize)
    throw ModelError("The image encoder needs [batch, 3, " + std::to_string(config_.imageSize) + ", " +
                     std::to_string(config_.imageSize) + "] input but got " + shapeText(images.sizes().vec()) + ".");
  const auto batch = images.size(0), grid = config_.imageSize / config_.patchSize, p = config_.patchSize;
  // The patch embedding (a convolution whose stride is its kernel) as one product over the cut-out patches:
  // LibTorch's convolution reorders its weights on every call (3.6 ms of ViT-B/32's batch-1 time).
  const at::Tensor cut = images.to(classEmbedding_.options())
                             .view({batch, 3, grid, p, grid, p})
                             .permute({0, 2, 4, 1, 3, 5})  // [B, gy, gx, channel, py, px]
                             .reshape({batch, grid * grid, 3 * p * p});
  at::Tensor x = patches_.forward(cut);  // [B, g*g, W]
  x = at::cat({classEmbedding_.view({1, 1, -1}).expand({batch, 1, config_.width}), x}, 1);
  const SmallWorkThreads smallWork(batch * x.size(1));
  x = lnPre_.forward(x + positions_, eps_);
  for (const auto& block : blocks_) x = block.forward(x, {});
  return at::matmul(lnPost_.forward(x.select(1, 0), eps_), projection_);
}

}  // namespace mien
