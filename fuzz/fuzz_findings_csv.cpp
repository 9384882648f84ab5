// libFuzzer target: a run's CSV as a lab might hand it over (edited, cut, from a spreadsheet), read back and
// carried through segments, summaries, ELAN, BORIS and the report, and the same bytes as an events file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/errors.h"
#include "io/boris_export.h"
#include "io/csv_reader.h"
#include "io/elan_export.h"
#include "io/html_report.h"
#include "io/run_timeline.h"
#include "io/segments.h"
#include "io/window_summary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const auto run = mien::parseRunTimeline(text, "fuzz.csv", 25.0);
    mien::SegmentOptions options;
    options.threshold = 0.5;
    options.mergeGap = 0.2;
    const auto segments = mien::computeSegments(run, options);
    const auto windows = mien::eventWindows({{0.0, "a"}, {1.0, "b"}}, run);
    const auto summaries = mien::summarizeWindows(run, segments, windows);
    const mien::ExportContext context{run, nullptr, "/tmp", options, segments};
    mien::elanFiles(context);
    mien::borisFiles(context);
    mien::htmlReport(context, summaries, windows);
  } catch (const mien::ModelError&) {
  }
  try {
    const auto table = mien::parseCsv(text, "fuzz-events.csv");
    if (auto c = table.column("time_s"))
      for (std::size_t r = 0; r < table.rows.size(); ++r) (void)mien::csvNumber(table, r, *c);
  } catch (const mien::ModelError&) {
  }
  return 0;
}
