// Segments are built per stretch of frames that nothing breaks: a participant's frames split wherever the
// participant was not seen on a frame of the run (or, with Break, where a frame is not valid).
#include "io/segments.h"

#include <algorithm>

#include "common/option_range.h"

namespace mien {

void SegmentOptions::validate() const {
  checkOption("--threshold", threshold, {0, 1, false});
  checkOption("--min-duration", minDuration, {0, 1e7, false});
  checkOption("--merge-gap", mergeGap, {0, 1e7, false});
}

namespace {

// The CSV writes times to the microsecond: differences within half of that are equal (0.35 - 0.2 is a gap of
// 0.15, not 0.1499999...).
constexpr double kTimeTolerance = 0.5e-6;

struct RawSegment {
  std::size_t label;
  double start, end;
  std::int64_t firstFrame, lastFrame;
  std::size_t frames;
  double probabilitySum;
};

// Same-label segments whose gap is below `gap` merge; segments of other labels between them are swallowed.
std::vector<RawSegment> mergeGaps(const std::vector<RawSegment>& raw, double gap) {
  std::vector<RawSegment> out;
  for (const auto& s : raw) {
    std::size_t k = out.size();
    bool merged = false;
    while (k > 0 && s.start - out[k - 1].end < gap - kTimeTolerance) {
      --k;
      if (out[k].label == s.label) {
        RawSegment m = out[k];
        m.end = s.end;
        m.lastFrame = s.lastFrame;
        m.frames += s.frames;
        m.probabilitySum += s.probabilitySum;
        out.resize(k);
        out.push_back(m);
        merged = true;
        break;
      }
    }
    if (!merged) out.push_back(s);
  }
  return out;
}

}  // namespace

std::vector<Segment> computeSegments(const RunTimeline& run, const SegmentOptions& options) {
  options.validate();
  std::vector<Segment> segments;
  for (const auto& track : run.participants) {
    // Walk the run's frames; `slot` is the participant's frame on the current run frame, if any.
    std::vector<RawSegment> stretch;
    auto closeStretch = [&] {
      for (const auto& s : mergeGaps(stretch, options.mergeGap))
        if (s.end - s.start >= options.minDuration - kTimeTolerance)
          segments.push_back({track.name, s.label, s.start, s.end, s.firstFrame, s.lastFrame, s.frames,
                              s.probabilitySum / static_cast<double>(s.frames), std::nullopt});
      stretch.clear();
    };
    bool open = false;  // the last raw segment of `stretch` is still growing
    std::size_t next = 0;
    for (std::size_t i = 0; i < run.frames.size(); ++i) {
      const std::int64_t frame = run.frames[i];
      const double time = run.frameTimes[i], after = run.nextFrameTime(frame);
      const ParticipantFrame* f = next < track.frames.size() && track.frames[next].frame == frame ? &track.frames[next++] : nullptr;
      const bool wall = !f || (!f->valid && options.invalid == InvalidFrames::Break);
      if (wall) {
        open = false;
        closeStretch();
        continue;
      }
      if (!f->valid) {  // Exclude: the frame is left out; a growing segment spans it
        if (open) stretch.back().end = after;
        continue;
      }
      const bool counts = f->probabilities[f->top] >= options.threshold;
      if (!counts) {
        open = false;
        continue;
      }
      if (open && stretch.back().label == f->top) {
        auto& s = stretch.back();
        s.end = after;
        s.lastFrame = frame;
        ++s.frames;
        s.probabilitySum += f->probabilities[f->top];
      } else {
        stretch.push_back({f->top, time, after, frame, frame, 1, f->probabilities[f->top]});
        open = true;
      }
    }
    closeStretch();
  }
  return segments;
}

std::vector<Segment> computeDimensionSegments(const RunTimeline& run, const SegmentOptions& options) {
  std::vector<Segment> out;
  for (std::size_t d = 0; d < run.dimensions.size(); ++d) {
    RunTimeline levels = run;  // the dimension's two levels as the classes of a run
    levels.classes = {"high", "low"};
    levels.dimensions.clear();
    for (auto& track : levels.participants)
      for (auto& f : track.frames) {
        const double score = f.dimensionScores[d];
        f.probabilities = {score, 1.0 - score};
        f.top = score >= 0.5 ? Segment::kHigh : Segment::kLow;
        f.dimensionScores.clear();
      }
    for (auto& segment : computeSegments(levels, options)) {
      segment.dimension = d;
      out.push_back(std::move(segment));
    }
  }
  return out;
}

std::string dimensionLevelName(std::size_t level) { return level == Segment::kHigh ? "high" : "low"; }

std::string segmentLabel(const RunTimeline& run, const Segment& segment) {
  if (!segment.dimension) return run.classes[segment.label];
  return "d_" + run.dimensions[*segment.dimension] + " " + dimensionLevelName(segment.label);
}

}  // namespace mien
