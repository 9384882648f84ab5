// Frame durations come from presentation times: a frame lasts until the run's next frame, cut at the window's
// end. Means are plain means over valid frames (as a per-frame analysis in R gives); shares are time-weighted.
#include "io/window_summary.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "common/errors.h"
#include "io/csv_reader.h"
#include "io/csv_timeline_writer.h"
#include "io/export_text.h"

namespace mien {

std::vector<WindowSummary> summarizeWindows(const RunTimeline& run, const std::vector<Segment>& segments,
                                            const std::vector<EventWindow>& windows) {
  const std::size_t k = run.classes.size(), dims = run.dimensions.size();
  std::vector<WindowSummary> out;
  for (const auto& track : run.participants) {
    for (const auto& w : windows) {
      WindowSummary s{track.name, w, 0, 0, std::vector<double>(k, 0.0), std::vector<double>(k, 0.0),
                      std::vector<std::optional<double>>(k), std::vector<double>(dims, 0.0)};
      double validTime = 0;
      for (const auto& f : track.frames) {
        if (f.time < w.start || f.time >= w.end) continue;
        ++s.frames;
        if (!f.valid) continue;
        ++s.validFrames;
        for (std::size_t c = 0; c < k; ++c) s.meanProbability[c] += f.probabilities[c];
        for (std::size_t d = 0; d < dims; ++d) s.meanDimension[d] += f.dimensionScores[d];
        const double duration = std::min(run.nextFrameTime(f.frame), w.end) - f.time;
        validTime += duration;
        s.topShare[f.top] += duration;
      }
      for (std::size_t c = 0; c < k; ++c) {
        s.meanProbability[c] = s.validFrames ? s.meanProbability[c] / static_cast<double>(s.validFrames) : std::nan("");
        s.topShare[c] = validTime > 0 ? s.topShare[c] / validTime : std::nan("");
      }
      for (auto& m : s.meanDimension) m = s.validFrames ? m / static_cast<double>(s.validFrames) : std::nan("");
      for (const auto& seg : segments)
        if (seg.participant == track.name && seg.start >= w.start && seg.start < w.end && !s.onsetLatency[seg.label])
          s.onsetLatency[seg.label] = seg.start - w.start;
      out.push_back(std::move(s));
    }
  }
  return out;
}

namespace {
std::string number(double v) { return std::isnan(v) ? std::string() : fixedNumber(v); }
std::string number(const std::optional<double>& v) { return v ? fixedNumber(*v) : std::string(); }
}  // namespace

std::string summaryCsv(const std::vector<std::string>& classes, const std::vector<std::string>& dimensions,
                       const std::vector<std::string>& extraColumns,
                       const std::vector<SummaryTablePart>& parts, bool longLayout) {
  std::string t = "recording";
  for (const auto& c : extraColumns) t += "," + csvField(c);
  t += ",participant,window,event,window_start_s,window_end_s,frames,valid_frames";
  if (longLayout) {
    t += ",class,mean_probability,top_share,onset_latency_s\n";
  } else {
    for (const char* prefix : {"mean_", "share_", "latency_"})
      for (const auto& c : classes) t += "," + csvField(prefix + c);
    for (const auto& d : dimensions) t += "," + csvField("mean_d_" + d);
    t += "\n";
  }
  for (const auto& part : parts) {
    std::string lead = csvField(part.recording);
    for (const auto& v : part.extraValues) lead += "," + csvField(v);
    for (const auto& s : part.summaries) {
      const std::string row = lead + "," + csvField(s.participant) + "," + std::to_string(s.window.index) + "," + csvField(s.window.label) + "," +
                              fixedNumber(s.window.start) + "," + fixedNumber(s.window.end) + "," + std::to_string(s.frames) + "," +
                              std::to_string(s.validFrames);
      if (longLayout) {
        for (std::size_t c = 0; c < classes.size(); ++c)
          t += row + "," + csvField(classes[c]) + "," + number(s.meanProbability[c]) + "," + number(s.topShare[c]) + "," +
               number(s.onsetLatency[c]) + "\n";
        for (std::size_t d = 0; d < dimensions.size(); ++d)
          t += row + "," + csvField("d_" + dimensions[d]) + "," + number(s.meanDimension[d]) + ",,\n";
        continue;
      }
      t += row;
      for (double v : s.meanProbability) t += "," + number(v);
      for (double v : s.topShare) t += "," + number(v);
      for (const auto& v : s.onsetLatency) t += "," + number(v);
      for (double v : s.meanDimension) t += "," + number(v);
      t += "\n";
    }
  }
  return t;
}

ConditionsTable readConditionsFile(const std::string& path) {
  const CsvTable t = readCsvFile(path, "conditions file");
  const std::size_t key = t.requireColumn("recording", "a conditions file");
  ConditionsTable c;
  c.path = path;
  for (std::size_t i = 0; i < t.header.size(); ++i)
    if (i != key) c.columns.push_back(t.header[i]);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::string& name = t.rows[r][key];
    if (name.empty()) throw ModelError("Line " + std::to_string(t.lines[r]) + " of conditions file '" + path + "' has an empty recording.");
    for (const auto& row : c.rows)
      if (row.first == name)
        throw ModelError("Conditions file '" + path + "' lists recording '" + name + "' twice (line " + std::to_string(t.lines[r]) + "); keep one row per recording.");
    std::vector<std::string> values;
    for (std::size_t i = 0; i < t.header.size(); ++i)
      if (i != key) values.push_back(t.rows[r][i]);
    c.rows.emplace_back(name, std::move(values));
  }
  return c;
}

const std::vector<std::string>& ConditionsTable::valuesFor(const std::string& runName, const std::string& recordingFile) const {
  for (const auto& row : rows)
    if (row.first == runName || (!recordingFile.empty() && row.first == recordingFile)) return row.second;
  throw ModelError("Recording '" + runName + "' is not in conditions file '" + path + "'; add a row for it (column recording: " + runName + ").");
}

}  // namespace mien
