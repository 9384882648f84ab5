#include "train/clip_sampling.h"

namespace mien {

std::vector<std::int64_t> authorsClipFrameIndices(std::int64_t frameCount, int clipFrames) {
  checkOption("--clip-frames", clipFrames, kClipFrames);
  std::vector<std::int64_t> indices(static_cast<std::size_t>(clipFrames), 0);
  if (frameCount <= clipFrames) return indices;
  const double tick = static_cast<double>(frameCount) / static_cast<double>(clipFrames);
  for (int x = 0; x < clipFrames; ++x) indices[static_cast<std::size_t>(x)] = static_cast<std::int64_t>(tick / 2.0 + tick * x);
  return indices;
}

}  // namespace mien
