// Events (stimulus onsets, markers dropped on the GUI's timeline) and the analysis windows they open: from an
// event to the next one (the last to the run's end), or for a fixed length.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "io/run_timeline.h"

namespace mien {

struct StudyEvent {
  double time = 0;  // seconds, on the recording's presentation-time axis
  std::string label;
};

struct EventWindow {
  std::size_t index = 0;  // 1-based, in time order
  std::string label;      // the event's label ("run" for the whole run when there are no events)
  double start = 0, end = 0;  // frames with start <= time < end belong to the window
};

// An events file: CSV with columns time_s and label (in any order; other columns ignored). Throws ModelError
// naming the file and line for a missing column, a bad or negative time.
std::vector<StudyEvent> readEventsFile(const std::string& path);
std::string eventsCsv(const std::vector<StudyEvent>& events);  // the same layout, for the GUI's markers

// No events: one window over the whole run. `length`: each window lasts that long (seconds) instead of
// running to the next event. Throws ModelError for a length out of range.
std::vector<EventWindow> eventWindows(const std::vector<StudyEvent>& events, const RunTimeline& run,
                                      std::optional<double> length = std::nullopt);

}  // namespace mien
