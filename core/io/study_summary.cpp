// Runs are summarised one after another with the same options; their classes must agree for one table.
#include "io/study_summary.h"

#include <filesystem>

#include "common/atomic_file_writer.h"
#include "common/errors.h"

namespace mien {

std::string studySummaryCsv(const StudySummaryRequest& request) {
  if (request.csvs.empty()) throw ModelError("No runs given; name the CSV files that mien-cli annotate wrote.");
  const auto conditions = request.conditionsFile.empty() ? ConditionsTable{} : readConditionsFile(request.conditionsFile);
  std::vector<std::string> classes, dimensions;
  std::string firstRun;
  std::vector<SummaryTablePart> parts;
  for (const auto& csv : request.csvs) {
    FindingsRequest r = request.common;
    r.csv = csv;
    RunTimeline run;
    std::string recordingFile;
    auto summaries = summarizeRun(r, &run, &recordingFile);
    if (classes.empty()) {
      classes = run.classes;
      dimensions = run.dimensions;
      firstRun = csv;
    } else if (run.classes != classes || run.dimensions != dimensions) {
      throw ModelError("Run '" + csv + "' has other classes or dimensions than '" + firstRun + "'; summarize runs made with the same prompts together.");
    }
    for (const auto& part : parts)
      if (part.recording == run.name)
        throw ModelError("Two runs are named '" + run.name + "' ('" + csv + "' and an earlier one); give each recording's CSV once.");
    std::vector<std::string> values = request.conditionsFile.empty() ? std::vector<std::string>{} : conditions.valuesFor(run.name, recordingFile);
    parts.push_back({run.name, std::move(values), std::move(summaries)});
  }
  return summaryCsv(classes, dimensions, conditions.columns, parts, request.common.longLayout);
}

void writeStudySummary(const StudySummaryRequest& request, const std::string& path) {
  if (path.empty()) throw ModelError("No output file given; add -o FILE.csv.");
  const std::string table = studySummaryCsv(request);
  std::error_code ec;
  const auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, ec);
  AtomicFileWriter out(path);
  out.write(table);
  out.commit();
}

}  // namespace mien
