// The published sizes of OpenAI's CLIP ViTs, and random weights in their layout (for benchmarks: timing
// depends on shapes only).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/clip_config.h"
#include "model/tensor_map.h"

namespace mien {

// "ViT-B/32", "ViT-B/16", "ViT-L/14"; throws ModelError for other names.
ClipConfig publishedClipConfig(const std::string& name);
std::vector<std::string> publishedClipNames();

// Weights of the right shapes with a deterministic random fill (float32, CPU).
TensorMap randomClipWeights(const ClipConfig& config, std::uint64_t seed);

// Multiply-adds ×2 of one image through the vision tower.
double visionGflopsPerImage(const ClipConfig& config);

}  // namespace mien
