// What every export produces: named files in memory, written together through AtomicFileWriter so that a
// failure leaves no half-written file (and, short of a failing rename, no partial set).
#pragma once
#include <string>
#include <vector>

#include "io/run_sidecar.h"
#include "io/run_timeline.h"
#include "io/segments.h"

namespace mien {

struct ExportFile {
  std::string name;  // file name inside the output folder
  std::string content;
};

// The inputs every export format reads: the run, its sidecar (when there is one), the segments and where the
// files go (so that files can refer to each other and to the recording by relative paths).
struct ExportContext {
  const RunTimeline& run;
  const RunSidecar* sidecar = nullptr;
  std::string outputDir;
  SegmentOptions segmentOptions;
  std::vector<Segment> segments;
  std::vector<Segment> dimensionSegments;  // computeDimensionSegments: ELAN tiers, BORIS behaviours, segment rows
  std::vector<Segment> allSegments() const;  // the class segments, then the dimensions'
};

// Creates `dir` if needed, writes every file to "<name>.part", then renames them all into place. Throws
// std::runtime_error naming the file that could not be written (the .part files are removed).
void writeExportFiles(const std::string& dir, const std::vector<ExportFile>& files);

// The per-participant probability time series (valid frames; time first, one column per class, then one per
// dimension; the header line
// starts with '#') as ELAN's time-series viewer and BORIS's plot files read them: `<run>.<participant>.timeseries.csv`.
std::string timeSeriesFileName(const RunTimeline& run, const std::string& participant);
std::string timeSeriesCsv(const RunTimeline& run, const ParticipantTrack& track);

}  // namespace mien
