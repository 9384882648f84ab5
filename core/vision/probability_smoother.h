// Temporal smoothing of class probabilities per face track (exponential moving average).
#pragma once
#include <cstdint>
#include <map>
#include <vector>

namespace mien {

class ProbabilitySmoother {
 public:
  // alpha in (0, 1]: weight of the newest frame; 1 means no smoothing.
  explicit ProbabilitySmoother(float alpha = 1.0f) : alpha_(alpha) {}

  std::vector<float> smooth(std::int64_t trackId, const std::vector<float>& probabilities);
  void forget(std::int64_t trackId) { state_.erase(trackId); }
  bool enabled() const { return alpha_ < 1.0f; }
  float alpha() const { return alpha_; }

  const std::map<std::int64_t, std::vector<float>>& state() const { return state_; }
  void restore(std::map<std::int64_t, std::vector<float>> state) { state_ = std::move(state); }

 private:
  float alpha_;
  std::map<std::int64_t, std::vector<float>> state_;
};

}  // namespace mien
