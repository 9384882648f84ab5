// mien-cli status: how far an annotation has got, per input (complete, partial, failed, not started) and in
// total; exit status 0 only when every input is complete. A cluster run's last job, and what a user runs meanwhile.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <map>

#include "commands.h"
#include "common/errors.h"
#include "pipeline/annotation_inputs.h"
#include "pipeline/annotation_status.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;

namespace {

struct StatusArguments {
  std::string outputDir, inputList;
  std::vector<std::string> inputs;
};

std::string describe(const InputStatus& s) {
  std::string line = progressName(s.progress);
  line.resize(12, ' ');
  line += s.input;
  std::string notes;
  if (s.frames >= 0) notes = std::to_string(s.frames) + (s.progress == InputProgress::Complete ? " frames" : " frames so far");
  if (!s.detail.empty()) notes += (notes.empty() ? "" : "; ") + s.detail;
  return notes.empty() ? line : line + ": " + notes;
}

int runStatus(StatusArguments& a) {
  if (!a.inputList.empty()) {
    const auto listed = readInputList(a.inputList);
    a.inputs.insert(a.inputs.end(), listed.begin(), listed.end());
  }
  std::error_code ec;
  std::vector<InputStatus> statuses;
  if (a.inputs.empty()) {
    if (!fs::is_directory(a.outputDir, ec))
      throw ModelError("The output folder '" + a.outputDir + "' does not exist; name the folder given to annotate -o.");
    statuses = inspectOutputFolder(a.outputDir);
  } else {
    for (const auto& input : expandAnnotationInputs(a.inputs)) statuses.push_back(inspectInput(input, a.outputDir));
  }
  std::map<InputProgress, int> totals;
  for (const auto& s : statuses) {
    ++totals[s.progress];
    std::cout << describe(s) << "\n";
  }
  std::cout << statuses.size() << " inputs: " << totals[InputProgress::Complete] << " complete, "
            << totals[InputProgress::Partial] << " partial, " << totals[InputProgress::Failed] << " failed, "
            << totals[InputProgress::NotStarted] << " not started\n";
  if (a.inputs.empty())
    std::cerr << (statuses.empty() ? "No annotation outputs in '" + a.outputDir + "'. " : std::string())
              << "Inputs that have not started leave nothing there: name the inputs (or --input-list) to list them too.\n";
  const bool allComplete = !statuses.empty() && totals[InputProgress::Complete] == static_cast<int>(statuses.size());
  return allComplete ? 0 : 1;
}

}  // namespace

void addStatusCommand(CLI::App& app) {
  auto a = std::make_shared<StatusArguments>();
  CLI::App* c = app.add_subcommand("status", "Per input: complete, partial, failed or not started; exit 0 when all complete");
  c->add_option("output", a->outputDir, "The output folder that annotate wrote (annotate -o)")->required();
  c->add_option("inputs", a->inputs, "The inputs given to annotate (video files, folders, globs)");
  c->add_option("--input-list", a->inputList, "File naming the inputs, one per line, as given to annotate");
  c->callback([a] { runVerb([a] { return runStatus(*a); }); });
}

}  // namespace mien::cli
