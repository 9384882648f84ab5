// mien-cli report: one run -> one self-contained HTML file (provenance, timelines, summaries, quality).
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common/errors.h"
#include "findings_options.h"
#include "verb_runner.h"

namespace mien::cli {

namespace {

struct ReportArguments {
  std::string csv, output;
  FindingsArguments findings;
};

int runReport(const ReportArguments& a) {
  if (a.csv.empty()) throw ModelError("No run given; name the CSV that mien-cli annotate wrote.");
  if (a.output.empty()) throw ModelError("No output file given; add -o FILE.html.");
  FindingsRequest r = findingsRequestFrom(a.findings);
  r.csv = a.csv;
  r.outputDir = std::filesystem::path(a.output).parent_path().string();
  writeReportFile(r, a.output);
  std::cout << a.csv << " -> " << a.output << "\n";
  return 0;
}

}  // namespace

void addReportCommand(CLI::App& app) {
  auto a = std::make_shared<ReportArguments>();
  CLI::App* c = app.add_subcommand("report", "One self-contained HTML report of a run");
  c->add_option("run", a->csv, "CSV timeline written by mien-cli annotate (its NAME.mien.json beside it)");
  c->add_option("-o,--output", a->output, "The HTML file to write");
  addFindingsOptions(*c, a->findings, true);
  c->callback([a] { runVerb([a] { return runReport(*a); }); });
}

}  // namespace mien::cli
