#include "pipeline/feature_windows.h"

#include <algorithm>

namespace mien {

std::vector<float> FeatureWindows::add(std::int64_t id, const std::vector<float>& feature, bool valid, int& frames) {
  auto& window = windows_[id];
  if (validOnly_ && !valid && window.empty()) {
    frames = 0;
    return feature;
  }
  if (valid || !validOnly_) window.push_back(feature);
  while (static_cast<int>(window.size()) > length_) window.pop_front();
  std::vector<double> sum(feature.size(), 0.0);
  for (const auto& f : window)  // oldest first, in double: the same mean whatever the batch or resume point
    for (std::size_t d = 0; d < sum.size() && d < f.size(); ++d) sum[d] += f[d];
  std::vector<float> mean(sum.size());
  for (std::size_t d = 0; d < sum.size(); ++d) mean[d] = static_cast<float>(sum[d] / static_cast<double>(window.size()));
  frames = static_cast<int>(window.size());
  return mean;
}

void FeatureWindows::keepOnly(const std::vector<std::int64_t>& liveIds) {
  for (auto it = windows_.begin(); it != windows_.end();)
    it = std::find(liveIds.begin(), liveIds.end(), it->first) == liveIds.end() ? windows_.erase(it) : std::next(it);
}

}  // namespace mien
