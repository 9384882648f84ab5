// Greedy matching on a combined overlap + appearance score: simple, deterministic, enough for the few faces
// a lab recording or a booth camera holds.
#include "vision/face_tracker.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace mien {
namespace {

std::vector<float> unit(const std::vector<float>& v) {
  double n = 0;
  for (float x : v) n += static_cast<double>(x) * x;
  if (n <= 0) return {};
  std::vector<float> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = static_cast<float>(v[i] / std::sqrt(n));
  return out;
}

float cosine(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.empty() || a.size() != b.size()) return 0.f;
  double dot = 0;
  for (std::size_t i = 0; i < a.size(); ++i) dot += static_cast<double>(a[i]) * b[i];
  return static_cast<float>(dot);
}

}  // namespace

std::vector<std::int64_t> FaceTracker::update(const std::vector<FaceDetection>& faces,
                                              const std::vector<std::vector<float>>& features) {
  std::vector<std::vector<float>> units(faces.size());
  for (std::size_t i = 0; i < faces.size() && i < features.size(); ++i) units[i] = unit(features[i]);

  std::vector<std::tuple<float, std::size_t, std::size_t>> pairs;  // score, track, face
  for (std::size_t t = 0; t < tracks_.size(); ++t)
    for (std::size_t f = 0; f < faces.size(); ++f) {
      const float overlap = intersectionOverUnion(tracks_[t].box, faces[f]);
      const float appearance = cosine(tracks_[t].feature, units[f]);
      if (overlap < settings_.minOverlap && appearance < settings_.minAppearance) continue;
      pairs.emplace_back(overlap + settings_.appearanceWeight * appearance, t, f);
    }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });

  std::vector<std::int64_t> ids(faces.size(), 0);
  std::vector<bool> trackUsed(tracks_.size(), false);
  for (const auto& [score, t, f] : pairs) {
    if (trackUsed[t] || ids[f]) continue;
    trackUsed[t] = true;
    ids[f] = tracks_[t].id;
    tracks_[t].box = faces[f];
    if (!units[f].empty()) tracks_[t].feature = units[f];
    tracks_[t].missed = 0;
  }
  for (std::size_t t = 0; t < tracks_.size(); ++t)
    if (!trackUsed[t]) ++tracks_[t].missed;
  tracks_.erase(std::remove_if(tracks_.begin(), tracks_.end(),
                               [&](const TrackedFace& t) { return t.missed > settings_.maxMissedFrames; }),
                tracks_.end());
  for (std::size_t f = 0; f < faces.size(); ++f)
    if (!ids[f]) {
      ids[f] = nextId_++;
      tracks_.push_back({ids[f], faces[f], units[f], 0});
    }
  return ids;
}

void FaceTracker::restore(std::vector<TrackedFace> tracks, std::int64_t nextId) {
  tracks_ = std::move(tracks);
  nextId_ = nextId;
}

}  // namespace mien
