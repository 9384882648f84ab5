// Baseline correction: each participant's mean probability per class over a resting interval, and every frame's
// difference from it.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/run_timeline.h"

namespace mien {

struct BaselineInterval {
  double start = 0, end = 0;  // seconds; frames with start <= time < end count
};

struct BaselineRequest {
  std::optional<BaselineInterval> all;                     // for every participant without their own
  std::map<std::string, BaselineInterval> perParticipant;  // participant -> interval
  bool empty() const { return !all && perParticipant.empty(); }
};

struct ParticipantBaseline {
  std::string participant;
  BaselineInterval interval;
  std::size_t frames = 0;      // valid frames in the interval
  std::vector<double> means;   // per class, then per dimension (RunTimeline::measureNames)
};

// "START-END" or "PARTICIPANT=START-END" (seconds) as --baseline takes it, added to `request`; throws ModelError
// with one sentence for anything else.
void addBaselineArgument(BaselineRequest& request, const std::string& argument);

// Throws ModelError naming the participant when an interval holds no valid frame of theirs, and for a
// participant named in the request that the run does not have.
std::vector<ParticipantBaseline> computeBaselines(const RunTimeline& run, const BaselineRequest& request);

// Wide: frame, timestamp_s, participant, valid, p_<class>... d_<dimension>..., baseline_<class>...
// baseline_d_<dimension>..., corrected_<class>... corrected_d_<dimension>...; long: frame, timestamp_s,
// participant, valid, class (a dimension as d_<name>), probability (a dimension's score), baseline, corrected.
std::string baselineCsv(const RunTimeline& run, const std::vector<ParticipantBaseline>& baselines, bool longLayout);



}  // namespace mien
