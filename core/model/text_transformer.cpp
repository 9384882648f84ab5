// CLIP text transformer over plain tensors.
#include "model/text_transformer.h"

#include <ATen/ATen.h>
#include <limits>

#include "common/errors.h"
#include "model/openmp_threads.h"
#include "model/owned_copy.h"

namespace mien {

TextTransformer::TextTransformer(const TensorMap& w, const ClipConfig& config)
    : config_(config.text),
      eps_(config.layerNormEps),
      tokenEmbedding_(w.at("token_embedding.weight")),
      positions_(w.at("positional_embedding")),
      projection_(w.at("text_projection")),
      lnFinal_(layerNormFrom(w, "ln_final")) {
  for (std::int64_t i = 0; i < config_.layers; ++i)
    blocks_.emplace_back(w, "transformer.resblocks." + std::to_string(i) + ".", config_.heads, eps_,
                         config.activation);
  causalMask_ = at::full({config_.contextLength, config_.contextLength}, -std::numeric_limits<float>::infinity())
                    .triu_(1)
                    .to(tokenEmbedding_.scalar_type());
}

void TextTransformer::to(const at::TensorOptions& options) {
  // On the CPU the prompts' rows are gathered from the embedding table as read (the file's view, 49408 rows) and
  // only they are converted: the table is a third of the text tower.
  if (!options.device().is_cpu()) tokenEmbedding_ = ownedCopy(tokenEmbedding_, options);
  positions_ = ownedCopy(positions_, options);
  projection_ = ownedCopy(projection_, options);
  causalMask_ = causalMask_.to(options);
  lnFinal_.to(options);
  // Packed for the fp32 kernel the image tower would use: with oneDNN running the image, BLAS is left one thread.
  const bool packed = options.dtype() == at::kFloat;
  for (auto& b : blocks_) {
    b.to(options);
    if (packed) b.prepare(Precision::Fp32);
  }
}

at::Tensor TextTransformer::forward(const at::Tensor& tokens) const {
  if (tokens.dim() != 2 || tokens.size(1) != config_.contextLength)
    throw ModelError("The text encoder needs [N, " + std::to_string(config_.contextLength) + "] token ids but got " +
                     shapeText(tokens.sizes().vec()) + ".");
  const at::Tensor ids = tokens.to(tokenEmbedding_.device(), at::kLong);
  if (ids.numel() && (ids.min().item<std::int64_t>() < 0 || ids.max().item<std::int64_t>() >= config_.vocabSize))
    throw ModelError("A token id lies outside this model's vocabulary of " + std::to_string(config_.vocabSize) + ".");
  // Under the causal mask no token sees the ones after it, so the end-of-text token's output depends only on the
  // tokens up to it: the padding after the longest prompt's end is left out (a prompt is ~10 of the 77 tokens).
  const at::Tensor endOfText = ids.argmax(-1);
  const std::int64_t used = ids.size(0) ? endOfText.max().item<std::int64_t>() + 1 : config_.contextLength;
  const at::Tensor mask = causalMask_.narrow(0, 0, used).narrow(1, 0, used).contiguous();
  at::Tensor x = at::embedding(tokenEmbedding_, ids.narrow(1, 0, used)).to(positions_.options()) +
                 positions_.narrow(0, 0, used);
  const SmallWorkThreads smallWork(x.size(0) * used);
  for (const auto& block : blocks_) x = block.forward(x, mask);
  x = lnFinal_.forward(x, eps_);
  const at::Tensor pooled = x.index({at::arange(x.size(0), ids.options()), endOfText});
  return at::matmul(pooled, projection_);
}

}  // namespace mien
