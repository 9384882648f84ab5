// mien-cli export: a run's CSV (+ sidecar), new or from an earlier Mien, to ELAN, BORIS, segments, summaries,
// baseline-corrected tables or the report, several formats at once, without running the model again.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common/errors.h"
#include "findings_options.h"
#include "quality_options.h"
#include "verb_runner.h"

namespace mien::cli {

namespace {

struct ExportArguments {
  std::vector<std::string> csvs, formats, baselines;
  std::string outputDir, participants;
  FindingsArguments findings;
  QualityThresholdChanges quality;
};

int runExport(const ExportArguments& a) {
  if (a.csvs.empty()) throw ModelError("No run given; name the CSV that mien-cli annotate wrote (its NAME.mien.json beside it).");
  if (a.outputDir.empty()) throw ModelError("No output folder given; add -o DIR.");
  // New names or thresholds alone: the run's CSV written again with them.
  const bool relabels = !a.participants.empty() || a.quality.any();
  if (a.formats.empty() && !relabels)
    throw ModelError("No export format given; add --to elan, boris, segments, summary, baseline, report or csv (several --to at once are fine).");
  if (a.csvs.size() > 1 && !a.participants.empty() && !std::filesystem::is_directory(a.participants))
    throw ModelError("--participants '" + a.participants + "' names the track ids of one run, but " + std::to_string(a.csvs.size()) +
                     " runs are given and each has its own ids; give a folder of NAME.participants.json files, one per run.");
  if (a.csvs.size() > 1 && !a.findings.sidecar.empty()) throw ModelError("--sidecar names one run's sidecar; export one CSV at a time with it.");
  FindingsRequest r = findingsRequestFrom(a.findings);
  r.outputDir = a.outputDir;
  for (const auto& f : a.formats) r.formats.push_back(parseExportFormat(f));
  if (r.formats.empty()) r.formats.push_back(ExportFormat::Csv);
  r.participants = a.participants;
  r.quality = a.quality;
  for (const auto& b : a.baselines) addBaselineArgument(r.baseline, b);
  if (!r.baseline.empty() && std::find(r.formats.begin(), r.formats.end(), ExportFormat::Baseline) == r.formats.end())
    r.formats.push_back(ExportFormat::Baseline);
  for (const auto& csv : a.csvs) {
    r.csv = csv;
    const auto outcome = exportFindings(r);
    std::cout << csv << ": " << outcome.participants << " participant(s), " << outcome.segments << " segment(s) ->";
    for (const auto& f : outcome.files) std::cout << " " << f;
    std::cout << "\n";
  }
  return 0;
}

}  // namespace

void addExportCommand(CLI::App& app) {
  auto a = std::make_shared<ExportArguments>();
  CLI::App* c = app.add_subcommand("export", "Turn a run's CSV into findings: ELAN, BORIS, segments, summaries, baseline, report");
  c->add_option("runs", a->csvs, "CSV timelines written by mien-cli annotate (or the GUI)");
  c->add_option("-o,--output", a->outputDir, "Folder for the exported files");
  c->add_option("--to", a->formats, "elan, boris, segments, summary, baseline, report or csv; repeat for several")
      ->allow_extra_args(false);  // one value per --to, so a run named after it stays a run
  c->add_option("--baseline", a->baselines, "Resting interval START-END (s), or PARTICIPANT=START-END; repeatable")
      ->allow_extra_args(false);
  addFindingsOptions(*c, a->findings, true);
  c->add_option("--participants", a->participants,
                "Track ids to names (NAME.participants.json, or a folder of them); default: the one beside the CSV");
  addQualityOptions(*c, a->quality);
  c->callback([a] { runVerb([a] { return runExport(*a); }); });
}

}  // namespace mien::cli
