// Sizes of a CLIP model, read from its weights (and config.json when present), never assumed.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/tensor_map.h"

namespace mien {

enum class Activation { QuickGelu, Gelu };

struct ClipVisionConfig {
  std::int64_t width = 0, layers = 0, heads = 0, patchSize = 0, gridSize = 0, imageSize = 0;
};

struct ClipTextConfig {
  std::int64_t width = 0, layers = 0, heads = 0, contextLength = 0, vocabSize = 0;
};

struct ClipConfig {
  ClipVisionConfig vision;
  ClipTextConfig text;
  std::int64_t embedDim = 0;
  double layerNormEps = 1e-5;
  Activation activation = Activation::QuickGelu;

  // Reads the sizes from an OpenAI-layout state dict. Head counts default to width / 64, as OpenAI's
  // build_model does; a Hugging Face config.json overrides them.
  static ClipConfig fromStateDict(const TensorMap& weights, const std::string& path,
                                  std::optional<std::int64_t> visionHeads = std::nullopt,
                                  std::optional<std::int64_t> textHeads = std::nullopt);

  // Every tensor an OpenAI-layout CLIP ViT of these sizes has, with its shape.
  std::map<std::string, std::vector<std::int64_t>> expectedShapes() const;

  std::string describe() const;  // "ViT 12x768/16 @224, text 12x512, embed 512"
};

// Checks keys, shapes and dtypes against `config`; errors name the key (as `sourceKey` maps it), expected and found.
void validateClipWeights(const TensorMap& weights, const ClipConfig& config, const std::string& path,
                         const std::map<std::string, std::string>& sourceKey = {});

std::string shapeText(const std::vector<std::int64_t>& shape);

}  // namespace mien
