// Segments: runs of one top label per participant, from presentation times, with a probability threshold,
// gap merging (hysteresis) and a minimum duration. Frames not valid either break segments or are left out.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "io/run_timeline.h"

namespace mien {

enum class InvalidFrames { Break, Exclude };

struct SegmentOptions {
  double threshold = 0.0;    // a frame counts for its top label when that label's probability is at least this
  double minDuration = 0.0;  // seconds; shorter segments (after merging) are dropped
  double mergeGap = 0.0;     // seconds; same-label segments closer than this merge, swallowing what lies between
  InvalidFrames invalid = InvalidFrames::Break;

  void validate() const;  // throws ModelError naming the option (--threshold, --min-duration, --merge-gap)
};

struct Segment {
  std::string participant;
  std::size_t label = 0;  // class index; in a dimension's segment, kHigh or kLow
  double start = 0, end = 0;  // seconds: start = the first frame's time, end = the time of the frame after the last
  std::int64_t firstFrame = 0, lastFrame = 0;
  std::size_t frames = 0;       // frames counted for the label
  double meanProbability = 0;   // the label's mean probability over those frames
  std::optional<std::size_t> dimension;  // set in a zero-shot dimension's segment: the run's dimension index
  double duration() const { return end - start; }
  static constexpr std::size_t kHigh = 0, kLow = 1;  // the first pole more probable (score >= 0.5), or the second
};

// Segments of every participant, participants in the run's order and each participant's in time order
// (never overlapping within a participant).
std::vector<Segment> computeSegments(const RunTimeline& run, const SegmentOptions& options);

// Each zero-shot dimension as two labels, "high" (score >= 0.5) and "low", segmented as classes are (the
// threshold applies to the level's probability: the score, or 1 - score); dimensions in order, then participants.
std::vector<Segment> computeDimensionSegments(const RunTimeline& run, const SegmentOptions& options);

// The class name, or "d_<dimension> high" / "d_<dimension> low".
std::string segmentLabel(const RunTimeline& run, const Segment& segment);
std::string dimensionLevelName(std::size_t level);  // "high" or "low"

}  // namespace mien
