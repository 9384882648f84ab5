// mien-cli summarize: many runs of one study -> one table per participant x event window, joined with the
// columns of a conditions file.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "common/errors.h"
#include "findings_options.h"
#include "io/study_summary.h"
#include "verb_runner.h"

namespace mien::cli {

namespace {

struct SummarizeArguments {
  std::vector<std::string> csvs;
  std::string output, conditions;
  FindingsArguments findings;
};

int runSummarize(const SummarizeArguments& a) {
  if (a.output.empty()) throw ModelError("No output file given; add -o FILE.csv.");
  writeStudySummary({a.csvs, findingsRequestFrom(a.findings), a.conditions}, a.output);
  std::cout << a.csvs.size() << " run(s) -> " << a.output << "\n";
  return 0;
}

}  // namespace

void addSummarizeCommand(CLI::App& app) {
  auto a = std::make_shared<SummarizeArguments>();
  CLI::App* c = app.add_subcommand("summarize", "Join many runs' summaries (participant x event window) into one table");
  c->add_option("runs", a->csvs, "CSV timelines written by mien-cli annotate");
  c->add_option("-o,--output", a->output, "The table to write (CSV)");
  c->add_option("--conditions", a->conditions, "CSV with a recording column and any columns to join (condition, group, ...)");
  addFindingsOptions(*c, a->findings, false);
  c->callback([a] { runVerb([a] { return runSummarize(*a); }); });
}

}  // namespace mien::cli
