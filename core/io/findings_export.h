// `mien-cli export` and the GUI's Export menu: one run's CSV (+ sidecar) to the chosen findings formats in one
// folder, all files written or none, with a record (`<run>.findings.json`) of what was exported and how.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "io/baseline.h"
#include "io/event_windows.h"
#include "io/segments.h"
#include "io/window_summary.h"
#include "vision/face_quality.h"

namespace mien {

// Csv: the run's CSV (and sidecar) written again with the participants and `valid` of this export.
enum class ExportFormat { Elan, Boris, Segments, Summary, Baseline, Report, Csv };

// "elan", "boris", "segments", "summary", "baseline", "report", "csv"; throws ModelError naming --to and the choices.
ExportFormat parseExportFormat(const std::string& name);
std::string exportFormatName(ExportFormat format);

struct FindingsRequest {
  std::string csv;
  std::string sidecar;  // empty: NAME.mien.json beside the CSV, when there
  std::string outputDir;
  std::vector<ExportFormat> formats;
  std::optional<double> fps;  // image folders: the sequence's frame rate
  SegmentOptions segments;
  BaselineRequest baseline;
  std::string eventsFile;  // empty: NAME.events.csv beside the CSV, when there
  // Events given in memory (the GUI's timeline markers): used instead of any file, and written as
  // NAME.events.csv with the export.
  std::vector<StudyEvent> events;
  std::optional<double> windowLength;
  bool longLayout = false;  // tidy summary and baseline tables
  // --participants: a participants file or a folder of NAME.participants.json; empty: NAME.participants.json
  // beside the CSV, when there. Every format names (merges, drops) the tracks by it.
  std::string participants;
  // --valid-*: `valid` decided again from the quality columns, the thresholds not given taken from the sidecar.
  QualityThresholdChanges quality;
};

struct FindingsOutcome {
  std::vector<std::string> files;  // paths written, the record last
  std::size_t participants = 0, segments = 0;
};

// The run's summaries per participant and event window (for `summarize`), and the run and the recording's file
// name (from the sidecar, empty without one) when asked for.
std::vector<WindowSummary> summarizeRun(const FindingsRequest& request, RunTimeline* run = nullptr,
                                        std::string* recordingFile = nullptr);
// The self-contained HTML report of one run (needs its sidecar), and the same written to `path` atomically.
std::string reportHtml(const FindingsRequest& request);
void writeReportFile(const FindingsRequest& request, const std::string& path);

// Throws ModelError (a mistake in the request or the files: one sentence) or std::runtime_error (cannot write);
// nothing is written then.
FindingsOutcome exportFindings(const FindingsRequest& request);

}  // namespace mien
