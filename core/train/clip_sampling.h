// The frames a clip is judged by, as the authors sample them for testing (Exp-CLIP's video_dataloader.py,
// _get_test_indices, one frame per segment): tick = frames / N, frame int(tick / 2 + tick * x) for x in 0..N-1;
// a clip of N frames or fewer gives frame 0 N times (their quirk, kept).
#pragma once
#include <cstdint>
#include <vector>

#include "common/option_range.h"

namespace mien {

inline constexpr OptionRange kClipFrames{1, 1024, true};  // --clip-frames

std::vector<std::int64_t> authorsClipFrameIndices(std::int64_t frameCount, int clipFrames);

}  // namespace mien
