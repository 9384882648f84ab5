// Published CLIP ViT sizes (Radford et al. 2021, table 20) and shape-correct random weights.
#include "model/clip_architectures.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <cmath>

#include "common/errors.h"

namespace mien {

std::vector<std::string> publishedClipNames() { return {"ViT-B/32", "ViT-B/16", "ViT-L/14"}; }

ClipConfig publishedClipConfig(const std::string& name) {
  ClipConfig c;
  c.text = {512, 12, 8, 77, 49408};
  c.embedDim = 512;
  if (name == "ViT-B/32") c.vision = {768, 12, 12, 32, 7, 224};
  else if (name == "ViT-B/16") c.vision = {768, 12, 12, 16, 14, 224};
  else if (name == "ViT-L/14") {
    c.vision = {1024, 24, 16, 14, 16, 224};
    c.text = {768, 12, 12, 77, 49408};
    c.embedDim = 768;
  } else {
    throw ModelError("Unknown CLIP architecture '" + name + "'; use ViT-B/32, ViT-B/16 or ViT-L/14.");
  }
  return c;
}

TensorMap randomClipWeights(const ClipConfig& config, std::uint64_t seed) {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  TensorMap w;
  for (const auto& [key, shape] : config.expectedShapes()) {
    const bool isNormGain = key.find("ln_") != std::string::npos && key.size() > 7 &&
                            key.compare(key.size() - 7, 7, ".weight") == 0;
    const double fanIn = shape.size() >= 2 ? static_cast<double>(shape.back()) : 1.0;
    at::Tensor t = at::empty(shape).normal_(0.0, 0.02 / std::sqrt(std::max(1.0, fanIn / 64.0)), generator);
    if (isNormGain) t = t.add_(1.0);
    w[key] = t;
  }
  w["logit_scale"] = at::full({}, std::log(100.0));
  return w;
}

double visionGflopsPerImage(const ClipConfig& c) {
  const double w = static_cast<double>(c.vision.width), p = static_cast<double>(c.vision.patchSize);
  const double patches = static_cast<double>(c.vision.gridSize * c.vision.gridSize), tokens = patches + 1;
  double flops = 2 * patches * w * 3 * p * p;
  const double perLayer = 2 * tokens * w * 3 * w + 2 * 2 * tokens * tokens * w + 2 * tokens * w * w +
                          2 * 2 * tokens * w * 4 * w;
  flops += perLayer * static_cast<double>(c.vision.layers) + 2 * w * static_cast<double>(c.embedDim);
  return flops / 1e9;
}

}  // namespace mien
