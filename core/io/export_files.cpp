// All-or-nothing writing of an export's files, and the time series both annotation tools link.
#include "io/export_files.h"

#include <filesystem>
#include <memory>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "io/csv_timeline_writer.h"
#include "io/export_text.h"
#include "common/write_failure.h"

namespace mien {
namespace fs = std::filesystem;

void writeExportFiles(const std::string& dir, const std::vector<ExportFile>& files) {
  createOutputFolder(dir);
  std::vector<std::unique_ptr<AtomicFileWriter>> writers;
  for (const auto& f : files) {
    writers.push_back(std::make_unique<AtomicFileWriter>((fs::path(dir) / f.name).string()));
    writers.back()->write(f.content);
  }
  for (auto& w : writers) w->commit();
}

std::vector<Segment> ExportContext::allSegments() const {
  std::vector<Segment> all = segments;
  all.insert(all.end(), dimensionSegments.begin(), dimensionSegments.end());
  return all;
}

std::string timeSeriesFileName(const RunTimeline& run, const std::string& participant) {
  return safeFileName(run.name) + "." + safeFileName(participant) + ".timeseries.csv";
}

std::string timeSeriesCsv(const RunTimeline& run, const ParticipantTrack& track) {
  // '#' opens the header line: ELAN's CSV reader skips lines that start with it, BORIS counts it as a header row.
  std::string text = "#time_s";
  for (const auto& c : run.classes) text += "," + csvField("p_" + c);
  for (const auto& d : run.dimensions) text += "," + csvField("d_" + d);
  text += "\n";
  for (const auto& f : track.frames) {
    if (!f.valid) continue;
    text += fixedNumber(f.time);
    for (double p : f.probabilities) text += "," + fixedNumber(p);
    for (double d : f.dimensionScores) text += "," + fixedNumber(d);
    text += "\n";
  }
  return text;
}

}  // namespace mien
