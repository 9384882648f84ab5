// Persistent face ids across frames from box overlap and appearance (the CLIP feature the engine computes).
#pragma once
#include <cstdint>
#include <vector>

#include "vision/face_detection.h"

namespace mien {

struct FaceTrackerSettings {
  int maxMissedFrames = 45;        // a track survives this many sampled frames without a detection
  float minOverlap = 0.05f;        // IoU below which boxes only match by appearance
  float minAppearance = 0.80f;     // cosine similarity that lets a face re-attach after an occlusion
  float appearanceWeight = 0.5f;   // weight of appearance against overlap in the match score
};

struct TrackedFace {
  std::int64_t id = 0;
  FaceDetection box;
  std::vector<float> feature;  // unit length, or empty
  int missed = 0;
};

class FaceTracker {
 public:
  explicit FaceTracker(FaceTrackerSettings settings = {}) : settings_(settings) {}

  // Returns one id per detection (same order). Ids start at 1 and are never reused within a run.
  std::vector<std::int64_t> update(const std::vector<FaceDetection>& faces, const std::vector<std::vector<float>>& features);

  // State, for resuming a run exactly where it stopped.
  const std::vector<TrackedFace>& tracks() const { return tracks_; }
  std::int64_t nextId() const { return nextId_; }
  void restore(std::vector<TrackedFace> tracks, std::int64_t nextId);

 private:
  FaceTrackerSettings settings_;
  std::vector<TrackedFace> tracks_;
  std::int64_t nextId_ = 1;
};

}  // namespace mien
