// mien-cli evaluate: UAR, WAR and confusion matrices on a labelled folder (one sub-folder per class) for plain
// CLIP zero-shot and every head given (Exp-CLIP or GFER), side by side on the same faces.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "commands.h"
#include "common/errors.h"
#include "engine_options.h"
#include "model_choice.h"
#include "progress_bar.h"
#include "prompt_choice.h"
#include "common/option_range.h"
#include "train/clip_evaluation.h"
#include "train/clip_sampling.h"
#include "train/evaluation.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;
namespace {

struct EvaluateArguments {
  std::string folder, output, clipList;
  ClipListSettings clipListSettings;
  int clipFrames = 16;
  EngineArguments engine;
  std::vector<std::string> heads;
  PromptOptions prompts;
  bool aligned = false, noPlain = false;
};

// Clips from --clips, or from a labelled folder whose class folders hold videos or frame folders; nullopt: images.
std::optional<LabelledClips> labelledClips(const EvaluateArguments& a, const PromptSet& prompts) {
  if (!a.clipList.empty()) return readClipList(a.clipList, a.clipListSettings, prompts.classNames());
  if (holdsClips(a.folder)) return scanLabelledClipFolder(a.folder);
  return std::nullopt;
}

int runEvaluate(EvaluateArguments& a) {
  const EngineSpec engine = engineSpecFrom(a.engine);
  const PromptSet prompts = resolvePromptSet(a.prompts);
  checkOption("--clip-frames", a.clipFrames, kClipFrames);
  const auto clips = labelledClips(a, prompts);
  const LabelledFolder folder = clips ? LabelledFolder{} : scanLabelledFolder(a.folder);
  if (clips)
    std::printf("%zu clips in %zu classes (%s), %d frames sampled per clip as the authors sample them\n", clips->clips.size(),
                clips->classNames.size(), clips->source.c_str(), a.clipFrames);
  else
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
  const auto progress = [&](std::int64_t done, std::int64_t total) { bar.update(done, total, clips ? "clips" : "images"); };
  const auto report = clips ? evaluateOnClips(*clips, faces, methods, a.clipFrames, progress)
                            : evaluateOnFolder(folder, faces, methods, 32, progress);
  bar.finish(std::to_string(report.images) + (clips ? " clips, " : " images, ") + std::to_string(report.noFace) +
             " without a face" +
             (report.framesWithoutFace ? ", " + std::to_string(report.framesWithoutFace) + " sampled frames without a face left out" : ""));
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
  c->add_option("folder", a->folder, "Labelled folder: one sub-folder per class of images, video files or frame folders");
  c->add_option("--clips", a->clipList, "Clip list as the authors' annotation/*.txt: <frame folder> <frames> <label> per line");
  c->add_option("--root", a->clipListSettings.root, "With --clips: the folder that replaces the list's common folder prefix");
  c->add_option("--strip", a->clipListSettings.strip, "With --clips: the prefix --root replaces (default: the one all lines share)");
  c->add_option("--label-base", a->clipListSettings.labelBase, "With --clips: the label of the prompt set's first class (0 or 1)")
      ->capture_default_str();
  c->add_option("--clip-frames", a->clipFrames, "Frames sampled per clip (the authors' test sampling)")->capture_default_str();
  addEngineOptions(*c, a->engine, EngineFlags::ModelAndDetector, {"head"});
  c->add_option("--head", a->heads, "Heads to compare (Exp-CLIP or GFER; repeat the option)");
  addPromptOptions(*c, a->prompts);
  c->add_flag("--aligned", a->aligned, "Images are already aligned face crops (no detection)");
  c->add_flag("--no-plain", a->noPlain, "Leave out plain CLIP zero-shot");
  c->add_option("-o,--output", a->output, "Folder for summary.csv and the confusion matrices");
  c->callback([a, c] {
    runVerb([a, c] {
      if (!a->engine.given.count("model")) throw ModelError(missingModelAdvice());
      if (a->folder.empty() == a->clipList.empty())
        throw ModelError("Give either a labelled folder or --clips LIST (with --root DIR), not both and not neither.");
      for (const char* listOnly : {"--root", "--strip", "--label-base"})
        if (a->clipList.empty() && c->count(listOnly))
          throw ModelError(std::string(listOnly) + " belongs with --clips LIST; add --clips or leave it out.");
      return runEvaluate(*a);
    });
  });
}

}  // namespace mien::cli
