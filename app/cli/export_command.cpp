// mien-cli export: a run's CSV (+ sidecar), new or from an earlier Mien, to ELAN, BORIS, segments, summaries,
// baseline-corrected tables or the report, several formats at once, without running the model again.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "common/errors.h"
#include "findings_options.h"
#include "verb_runner.h"

namespace mien::cli {

namespace {

struct ExportArguments {
  std::vector<std::string> csvs, formats, baselines;
  std::string outputDir;
  FindingsArguments findings;
};

int runExport(const ExportArguments& a) {
  if (a.csvs.empty()) throw ModelError("No run given; name the CSV that mien-cli annotate wrote (its NAME.mien.json beside it).");
  if (a.outputDir.empty()) throw ModelError("No output folder given; add -o DIR.");
  if (a.formats.empty()) throw ModelError("No export format given; add --to elan, boris, segments, summary, baseline or report (several --to at once are fine).");
  if (a.csvs.size() > 1 && !a.findings.sidecar.empty()) throw ModelError("--sidecar names one run's sidecar; export one CSV at a time with it.");
  FindingsRequest r = findingsRequestFrom(a.findings);
  r.outputDir = a.outputDir;
  for (const auto& f : a.formats) r.formats.push_back(parseExportFormat(f));
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
  c->add_option("--to", a->formats, "elan, boris, segments, summary, baseline or report; repeat for several")
      ->allow_extra_args(false);  // one value per --to, so a run named after it stays a run
  c->add_option("--baseline", a->baselines, "Resting interval START-END (s), or PARTICIPANT=START-END; repeatable")
      ->allow_extra_args(false);
  addFindingsOptions(*c, a->findings, true);
  c->callback([a] { runVerb([a] { return runExport(*a); }); });
}

}  // namespace mien::cli
