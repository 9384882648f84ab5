// mien-cli evaluate: UAR, WAR and confusion matrices on a labelled folder (one sub-folder per class) for plain
// CLIP zero-shot and every head given (Exp-CLIP or GFER), side by side on the same faces.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "common/errors.h"
#include "engine_options.h"
#include "model_choice.h"
#include "progress_bar.h"
#include "prompt_choice.h"
#include "train/evaluation.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;
namespace {

struct EvaluateArguments {
  std::string folder, output;
  EngineArguments engine;
  std::vector<std::string> heads;
  PromptOptions prompts;
  bool aligned = false, noPlain = false;
};

int runEvaluate(EvaluateArguments& a) {
  const EngineSpec engine = engineSpecFrom(a.engine);
  const PromptSet prompts = resolvePromptSet(a.prompts);
  const LabelledFolder folder = scanLabelledFolder(a.folder);
  std::printf("%zu images in %zu classes (%s)\n", folder.images.size(), folder.classNames.size(), a.folder.c_str());

  std::vector<std::unique_ptr<Classifier>> classifiers;
  std::vector<EvaluationMethod> methods;
  if (!a.noPlain) {
    classifiers.push_back(createClassifier(engine, prompts));
    methods.push_back({"CLIP zero-shot", classifiers.back().get()});
  }
  for (const auto& head : a.heads) {
    EngineSpec withHead = engine;
    withHead.head = resolveModelArgument(head);
    classifiers.push_back(createClassifier(withHead, prompts));
    const std::string kind = classifiers.back()->promptsEditable() ? "Exp-CLIP " : "GFER ";
    methods.push_back({kind + fs::path(withHead.head).filename().string(), classifiers.back().get()});
  }
  if (methods.empty()) throw ModelError("Nothing to evaluate: give --head, or drop --no-plain.");

  FaceScanSettings faces;
  faces.alignedCrops = a.aligned;
  faces.detector = engine.detector;
  ProgressBar bar("evaluate");
  const auto report = evaluateOnFolder(folder, faces, methods, 32, [&](std::int64_t done, std::int64_t total) {
    bar.update(done, total, "images");
  });
  bar.finish(std::to_string(report.images) + " images, " + std::to_string(report.noFace) + " without a face");
  std::printf("\n%s", report.table().c_str());
  if (!a.output.empty()) {
    writeEvaluationFiles(report, a.output);
    std::printf("\nSummary and confusion matrices (CSV, PNG) in %s\n", a.output.c_str());
  }
  for (const auto& [file, why] : report.skipped) std::fprintf(stderr, "skipped %s: %s\n", file.c_str(), why.c_str());
  return 0;
}

}  // namespace

void addEvaluateCommand(CLI::App& app) {
  auto a = std::make_shared<EvaluateArguments>();
  CLI::App* c = app.add_subcommand("evaluate", "UAR, WAR and confusion matrices on a labelled folder");
  c->add_option("folder", a->folder, "Labelled folder: one sub-folder of images per class")->required();
  addEngineOptions(*c, a->engine, EngineFlags::ModelAndDetector, {"head"});
  c->add_option("--head", a->heads, "Heads to compare (Exp-CLIP or GFER; repeat the option)");
  addPromptOptions(*c, a->prompts);
  c->add_flag("--aligned", a->aligned, "Images are already aligned face crops (no detection)");
  c->add_flag("--no-plain", a->noPlain, "Leave out plain CLIP zero-shot");
  c->add_option("-o,--output", a->output, "Folder for summary.csv and the confusion matrices");
  c->callback([a] {
    runVerb([a] {
      if (!a->engine.given.count("model")) throw ModelError(missingModelAdvice());
      return runEvaluate(*a);
    });
  });
}

}  // namespace mien::cli
