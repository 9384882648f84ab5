// MOTA-style counts for face ids against the truth of a composed scene: id switches, fragmentations, ids that
// two people share, misses and false detections.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "face_scenes.h"

namespace mien::scenes {

struct TrackScore {
  int frames = 0;
  int truthFaces = 0;      // faces at least kMostlyVisible in view, summed over frames
  int matched = 0;         // detections showing a person
  int missed = 0;          // mostly visible faces without a detection
  int falseDetections = 0; // detections showing nobody
  int idSwitches = 0;      // a person's id differs from the one they had when last matched
  int fragmentations = 0;  // a person's matches resume after frames without one
  int sharedIds = 0;       // ids given to more than one person (must be 0)
  std::map<int, std::set<std::int64_t>> idsOfPerson;
  std::map<std::int64_t, std::set<int>> personsOfId;
  double longestGapSeconds = 0;  // the longest time a person went unmatched between two matches

  // 1 - (misses + false detections + id switches) / truth faces.
  double mota() const;
  std::string json(const std::string& scene) const;  // one line
};

inline constexpr double kMostlyVisible = 0.6;

class TrackScorer {
 public:
  void add(const RenderedFrame& frame, const std::vector<FaceDetection>& faces, const std::vector<std::int64_t>& ids);
  const TrackScore& score() const { return score_; }

 private:
  TrackScore score_;
  std::map<int, std::int64_t> lastId_;
  std::map<int, double> lastMatchedTime_;
  std::map<int, int> lastMatchedFrame_;
};

// Renders every frame of `scene`, detects and tracks it, and scores the ids.
TrackScore trackScene(const Scene& scene, const std::vector<cv::Mat>& faces, YuNetFaceDetector& detector,
                      const FaceTrackerSettings& settings = {});

}  // namespace mien::scenes
