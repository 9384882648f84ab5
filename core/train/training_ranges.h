// The ranges both trainers check their shared settings against (see common/option_range.h).
#pragma once
#include "common/option_range.h"

namespace mien {

inline constexpr OptionRange kEpochs{1, 1e6, true};
inline constexpr OptionRange kBatch{1, 1 << 20, true};
inline constexpr OptionRange kLearningRate{1e-12, 1e30, false};  // a sanity bound: a rate that diverges stops the run
inline constexpr OptionRange kWeightDecay{0, 1, false};

}  // namespace mien
