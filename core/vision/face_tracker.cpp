// Matching as DeepSORT's cascade: tracks seen most recently choose first (so a face in front keeps its id while
// the one behind it is hidden), each level by the least total cost (min_cost_assignment) among the pairs that
// pass the motion gate. A detection outside every gate starts a new track: appearance alone never re-attaches.
#include "vision/face_tracker.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "vision/min_cost_assignment.h"

namespace mien {
namespace {

constexpr double kNoPair = std::numeric_limits<double>::infinity();
constexpr float kNewestFeatureWeight = 0.3f;

std::vector<float> unit(const std::vector<float>& v) {
  double n = 0;
  for (float x : v) n += static_cast<double>(x) * x;
  if (n <= 0) return {};
  std::vector<float> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = static_cast<float>(v[i] / std::sqrt(n));
  return out;
}

double cosine(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.empty() || a.size() != b.size()) return 1.0;  // no feature: appearance says nothing
  double dot = 0;
  for (std::size_t i = 0; i < a.size(); ++i) dot += static_cast<double>(a[i]) * b[i];
  return dot;
}

}  // namespace

void FaceTracker::attach(TrackedFace& track, const FaceDetection& face, const std::vector<float>& unitFeature, double time,
                         cv::Size frame) {
  track.motion.correct(face, settings_.motion, frame);
  track.lastSeen = time;
  track.missed = 0;
  if (unitFeature.empty()) return;
  if (track.feature.size() != unitFeature.size()) {
    track.feature = unitFeature;
    return;
  }
  std::vector<float> mixed(unitFeature.size());
  for (std::size_t i = 0; i < mixed.size(); ++i)
    mixed[i] = (1 - kNewestFeatureWeight) * track.feature[i] + kNewestFeatureWeight * unitFeature[i];
  track.feature = unit(mixed);
}

void FaceTracker::matchLevel(const std::vector<std::size_t>& level, const std::vector<FaceDetection>& faces,
                             const std::vector<std::vector<float>>& units, cv::Size frame, std::vector<std::int64_t>& ids) {
  std::vector<std::size_t> open;
  for (std::size_t f = 0; f < faces.size(); ++f)
    if (!ids[f]) open.push_back(f);
  if (open.empty()) return;
  std::vector<std::vector<double>> cost(level.size(), std::vector<double>(open.size(), kNoPair));
  for (std::size_t r = 0; r < level.size(); ++r) {
    const TrackedFace& track = tracks_[level[r]];
    for (std::size_t c = 0; c < open.size(); ++c) {
      const double d2 = track.motion.distance2(faces[open[c]], settings_.motion, frame);
      if (d2 > kMotionGate) continue;
      const double appearance = (1.0 - cosine(track.feature, units[open[c]])) / 2.0;
      cost[r][c] = d2 / kMotionGate + settings_.appearanceWeight * appearance;
    }
  }
  const auto chosen = minCostAssignment(cost, kNoPair);
  for (std::size_t r = 0; r < level.size(); ++r) {
    if (chosen[r] < 0) continue;
    const std::size_t f = open[static_cast<std::size_t>(chosen[r])];
    ids[f] = tracks_[level[r]].id;
  }
}

std::vector<std::int64_t> FaceTracker::update(const std::vector<FaceDetection>& faces,
                                              const std::vector<std::vector<float>>& features, double time, cv::Size frame) {
  std::vector<std::vector<float>> units(faces.size());
  for (std::size_t i = 0; i < faces.size() && i < features.size(); ++i) units[i] = unit(features[i]);
  // A face unseen for longer than the lost-track time has left: its id is retired before anything can match it.
  tracks_.erase(std::remove_if(tracks_.begin(), tracks_.end(),
                               [&](const TrackedFace& t) { return time - t.lastSeen > settings_.lostSeconds; }),
                tracks_.end());
  for (auto& t : tracks_) t.motion.predict(time, settings_.motion);

  // Cascade: tracks seen on the last frame first, then those missed for one frame, and so on.
  std::vector<std::size_t> order(tracks_.size());
  for (std::size_t t = 0; t < order.size(); ++t) order[t] = t;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return tracks_[a].missed < tracks_[b].missed; });
  std::vector<std::int64_t> ids(faces.size(), 0);
  for (std::size_t begin = 0; begin < order.size();) {
    std::size_t end = begin;
    while (end < order.size() && tracks_[order[end]].missed == tracks_[order[begin]].missed) ++end;
    matchLevel(std::vector<std::size_t>(order.begin() + static_cast<std::ptrdiff_t>(begin), order.begin() + static_cast<std::ptrdiff_t>(end)),
               faces, units, frame, ids);
    begin = end;
  }

  for (auto& t : tracks_) {
    const auto f = std::find(ids.begin(), ids.end(), t.id);
    if (f == ids.end()) {
      ++t.missed;
      continue;
    }
    const auto i = static_cast<std::size_t>(f - ids.begin());
    attach(t, faces[i], units[i], time, frame);
  }
  for (std::size_t f = 0; f < faces.size(); ++f)
    if (!ids[f]) {
      ids[f] = nextId_++;
      tracks_.push_back({ids[f], BoxMotion::start(faces[f], time, settings_.motion), units[f], time, 0});
    }
  return ids;
}

void FaceTracker::restore(std::vector<TrackedFace> tracks, std::int64_t nextId) {
  tracks_ = std::move(tracks);
  nextId_ = nextId;
}

}  // namespace mien
