// Persistent face ids across frames: a motion model per track (box_motion), gating by the predicted position
// and size, the appearance feature (the CLIP feature the engine computes) as a second cue, and lost tracks kept
// for a while and re-attached only on their predicted path.
#pragma once
#include <cstdint>
#include <vector>

#include "vision/box_motion.h"
#include "vision/face_detection.h"

namespace mien {

// Image folders have no presentation times: their frames are taken as this many per second.
inline constexpr double kFramesPerSecondWithoutTimes = 25.0;

struct FaceTrackerSettings {
  double lostSeconds = 2.0;       // --lost-track-time: a face unseen this long loses its track (id retired)
  double appearanceWeight = 0.5;  // weight of appearance (1 - cosine) against motion distance in the match cost
  BoxMotionNoise motion;
};

struct TrackedFace {
  std::int64_t id = 0;
  BoxMotion motion;
  std::vector<float> feature;  // running mean of the face's unit features, unit length, or empty
  double lastSeen = 0;         // presentation time (s) of the last detection
  int missed = 0;              // sampled frames since the last detection
};

class FaceTracker {
 public:
  explicit FaceTracker(FaceTrackerSettings settings = {}) : settings_(settings) {}

  // Returns one id per detection (same order) for a frame at presentation time `time` (s) of size `frame`
  // (empty when unknown). Ids start at 1 and are never reused within a run.
  std::vector<std::int64_t> update(const std::vector<FaceDetection>& faces, const std::vector<std::vector<float>>& features,
                                   double time, cv::Size frame = {});

  // State, for resuming a run exactly where it stopped.
  const std::vector<TrackedFace>& tracks() const { return tracks_; }
  std::int64_t nextId() const { return nextId_; }
  void restore(std::vector<TrackedFace> tracks, std::int64_t nextId);

 private:
  void matchLevel(const std::vector<std::size_t>& level, const std::vector<FaceDetection>& faces,
                  const std::vector<std::vector<float>>& units, cv::Size frame, std::vector<std::int64_t>& ids);
  void attach(TrackedFace& track, const FaceDetection& face, const std::vector<float>& unitFeature, double time, cv::Size frame);

  FaceTrackerSettings settings_;
  std::vector<TrackedFace> tracks_;
  std::int64_t nextId_ = 1;
};

}  // namespace mien
