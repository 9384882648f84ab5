// Summaries per participant and event window: valid frames, mean probability per class, the share of time with
// each top label and each label's onset latency; as a tidy (long) or wide table, for one run or joined over
// many runs with a lab's conditions columns.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "io/event_windows.h"
#include "io/run_timeline.h"
#include "io/segments.h"

namespace mien {

struct WindowSummary {
  std::string participant;
  EventWindow window;
  std::size_t frames = 0, validFrames = 0;  // the participant's frames in the window, and the valid ones
  std::vector<double> meanProbability;      // per class, mean over valid frames (NaN without any)
  std::vector<double> topShare;             // per class, share of the valid frames' time with it as top label
  std::vector<std::optional<double>> onsetLatency;  // per class: first segment start in the window - window start
  std::vector<double> meanDimension;                // per zero-shot dimension, mean score over valid frames (NaN without any)
};

std::vector<WindowSummary> summarizeWindows(const RunTimeline& run, const std::vector<Segment>& segments,
                                            const std::vector<EventWindow>& windows);

// One run's rows in a joined table: the recording's name and the values of the extra (conditions) columns.
struct SummaryTablePart {
  std::string recording;
  std::vector<std::string> extraValues;
  std::vector<WindowSummary> summaries;
};

// Tidy: recording, <extra...>, participant, window, event, window_start_s, window_end_s, frames, valid_frames,
// class, mean_probability, top_share, onset_latency_s (one row per class). Wide: the same leading columns, then
// mean_<class>..., share_<class>..., latency_<class>..., mean_d_<dimension>.... Tidy rows for a dimension have class
// d_<name>, its mean score as mean_probability and no share or latency. Empty cells where a value does not exist.
std::string summaryCsv(const std::vector<std::string>& classes, const std::vector<std::string>& dimensions,
                       const std::vector<std::string>& extraColumns,
                       const std::vector<SummaryTablePart>& parts, bool longLayout);

// A conditions file: CSV with a `recording` column (a run's name, i.e. its CSV name without .csv, or the
// recording's file name) and any other columns. Throws ModelError naming the file for a missing column or a
// recording listed twice.
struct ConditionsTable {
  std::string path;
  std::vector<std::string> columns;  // every column but `recording`
  std::vector<std::pair<std::string, std::vector<std::string>>> rows;  // recording -> values
  // The values for a run; throws ModelError saying to add a row when neither name is listed.
  const std::vector<std::string>& valuesFor(const std::string& runName, const std::string& recordingFile) const;
};
ConditionsTable readConditionsFile(const std::string& path);

}  // namespace mien
