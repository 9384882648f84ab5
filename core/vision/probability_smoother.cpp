// EMA per track; a track seen for the first time starts from its own probabilities.
#include "vision/probability_smoother.h"

namespace mien {

std::vector<float> ProbabilitySmoother::smooth(std::int64_t trackId, const std::vector<float>& p) {
  if (alpha_ >= 1.0f) return p;
  auto it = state_.find(trackId);
  if (it == state_.end() || it->second.size() != p.size()) {
    state_[trackId] = p;
    return p;
  }
  for (std::size_t i = 0; i < p.size(); ++i) it->second[i] = alpha_ * p[i] + (1 - alpha_) * it->second[i];
  return it->second;
}

}  // namespace mien
