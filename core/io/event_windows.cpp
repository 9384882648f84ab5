// Events are sorted by time (stable, so equal times keep the file's order).
#include "io/event_windows.h"

#include <algorithm>

#include "common/errors.h"
#include "common/option_range.h"
#include "io/csv_reader.h"
#include "io/csv_timeline_writer.h"
#include "io/export_text.h"

namespace mien {

std::vector<StudyEvent> readEventsFile(const std::string& path) {
  const CsvTable t = readCsvFile(path, "events file");
  const std::size_t timeCol = t.requireColumn("time_s", "an events file"), labelCol = t.requireColumn("label", "an events file");
  std::vector<StudyEvent> events;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto time = csvNumber(t, r, timeCol);
    if (!time || *time < 0)
      throw ModelError("Line " + std::to_string(t.lines[r]) + " of events file '" + path + "' needs a time in seconds (0 or more) in column time_s.");
    events.push_back({*time, t.rows[r][labelCol]});
  }
  std::stable_sort(events.begin(), events.end(), [](const StudyEvent& a, const StudyEvent& b) { return a.time < b.time; });
  return events;
}

std::string eventsCsv(const std::vector<StudyEvent>& events) {
  std::string t = "time_s,label\n";
  for (const auto& e : events) t += fixedNumber(e.time) + "," + csvField(e.label) + "\n";
  return t;
}

std::vector<EventWindow> eventWindows(const std::vector<StudyEvent>& events, const RunTimeline& run, std::optional<double> length) {
  if (length) checkOption("--window", *length, {0.001, 1e7, false});
  if (events.empty()) return {{1, "run", run.startTime(), run.endTime()}};
  std::vector<EventWindow> windows;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const double end = length ? events[i].time + *length : i + 1 < events.size() ? events[i + 1].time : std::max(run.endTime(), events[i].time);
    windows.push_back({i + 1, events[i].label, events[i].time, end});
  }
  return windows;
}

}  // namespace mien
