// mien-cli annotate: videos, image folders and globs -> one CSV timeline + JSON sidecar each.
#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "common/errors.h"
#include "common/text_file.h"
#include "pipeline/annotation_inputs.h"
#include "pipeline/annotation_job.h"
#include "progress_bar.h"
#include "quality_options.h"
#include "engine_options.h"
#include "model_choice.h"
#include "prompt_choice.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;

namespace {

struct AnnotateArguments {
  std::vector<std::string> inputs;
  std::string outputDir, fromSidecar;
  bool force = false;
  EngineArguments engine;
  PromptOptions prompts;
  AnnotationOptions options;
  bool longLayout = false, resume = false;
  QualityThresholdChanges quality;
};

std::atomic<bool> interrupted{false};

int runAnnotate(AnnotateArguments& a) {
  AnnotationOptions& o = a.options;
  if (!a.fromSidecar.empty()) {
    std::string input;
    const std::string sidecar = readWholeFile(a.fromSidecar, "sidecar");
    o = AnnotationOptions::fromSidecar(sidecar, a.fromSidecar, input);
    o.engine = engineSpecFrom(a.engine, o.engine);  // the engine that ran, unless a flag says otherwise
    o.session.quality = a.quality.appliedTo(o.session.quality);
    if (a.inputs.empty()) {
      if (!a.force) AnnotationOptions::requireRecordedInput(sidecar, a.fromSidecar, input);
      a.inputs = {input};
    }
  } else {
    o.prompts = resolvePromptSet(a.prompts);
    o.layout = a.longLayout ? CsvLayout::Long : CsvLayout::Wide;
    o.engine = engineSpecFrom(a.engine, o.engine);
    o.session.quality = a.quality.appliedTo({});
  }
  o.validate();
  if (a.inputs.empty()) throw ModelError("No input given: name video files, image folders or globs.");
  const auto inputs = expandAnnotationInputs(a.inputs);
  requireDistinctOutputs(inputs, a.outputDir);
  requireParticipantFiles(inputs, o.participants);
  auto classifier = createClassifier(o.engine, o.prompts);
  refusePromptsForFixedClasses(a.prompts, *classifier);
  std::signal(SIGINT, [](int) { interrupted = true; });  // Ctrl-C: stop at the next frame, keep the rows for --resume
  std::vector<std::pair<std::string, std::string>> failures;
  for (std::size_t i = 0; i < inputs.size() && !interrupted; ++i) {
    const std::string label = "[" + std::to_string(i + 1) + "/" + std::to_string(inputs.size()) + "] " +
                              fs::path(inputs[i]).filename().string();
    ProgressBar bar(label);
    try {
      AnnotationCallbacks callbacks;
      callbacks.progress = [&](const SessionProgress& p) { bar.update(p); };
      callbacks.cancel = &interrupted;
      const auto outcome = annotateInput(inputs[i], o, *classifier, a.outputDir, a.resume, callbacks);
      if (outcome.skippedAsComplete) bar.finish("already complete: " + outcome.paths.csv);
      else
        bar.finish(std::to_string(outcome.frames) + " frames, " + std::to_string(outcome.faces) + " faces -> " +
                   outcome.paths.csv + (outcome.resumed ? " (resumed)" : ""));
      if (outcome.damagedPackets > 0)
        std::cerr << "warning: " << inputs[i] << ": " << outcome.damagedPackets
                  << " damaged packet(s) could not be decoded and were skipped (recorded in the sidecar)\n";
      if (!outcome.stoppedEarly.empty())
        std::cerr << "warning: " << inputs[i] << ": reading stopped before the end of the file (" << outcome.stoppedEarly
                  << "); the CSV covers the frames before that (recorded in the sidecar)\n";
    } catch (const std::exception& e) {
      bar.finish("FAILED");
      printError(e);
      failures.emplace_back(inputs[i], e.what());
    }
  }
  if (interrupted) return 130;  // the cancelled input's message, with its --resume hint, is printed above
  if (!failures.empty()) {
    std::cerr << "\n" << failures.size() << " of " << inputs.size() << " inputs failed:\n";
    for (const auto& [input, why] : failures) std::cerr << "  " << input << ": " << why << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void addAnnotateCommand(CLI::App& app) {
  auto a = std::make_shared<AnnotateArguments>();
  auto& o = a->options;
  CLI::App* c = app.add_subcommand("annotate", "Per-frame CSV expression timelines for videos and image folders");
  c->add_option("inputs", a->inputs, "Video files, image folders (or folders of videos), globs");
  c->add_option("-o,--output", a->outputDir, "Folder for the CSV and sidecar files")->required();
  addEngineOptions(*c, a->engine, EngineFlags::ModelAndDetector);
  addPromptOptions(*c, a->prompts);
  c->add_option("--every", o.sampling.everyNth, "Keep every N-th frame")->capture_default_str();
  c->add_option("--fps", o.sampling.targetFps, "Keep at most this many frames per second");
  c->add_option("--start", o.sampling.startSeconds, "Start at this time (s)");
  c->add_option("--end", o.sampling.endSeconds, "Stop after this time (s)");
  c->add_flag("--long", a->longLayout, "Tidy long CSV: one row per face, frame and class");
  c->add_option("--smooth", o.session.smoothingAlpha, "EMA weight of the newest frame (1 = no smoothing)")->capture_default_str();
  c->add_option("--margin", o.session.alignment.margin, "Context around the aligned face")->capture_default_str();
  c->add_option("--batch-frames", o.session.framesPerGroup, "Frames whose faces are classified together")->capture_default_str();
  c->add_option("--lost-track-time", o.session.tracker.lostSeconds,
                "Seconds an unseen face keeps its id (re-attached only on its predicted path)")
      ->capture_default_str();
  c->add_option("--participants", o.participants,
                "Track ids to names: NAME.participants.json (one input) or a folder of them (one per input)");
  addQualityOptions(*c, a->quality);
  c->add_flag("--video", o.annotatedVideo, "Also write <name>.annotated.mp4 with boxes, ids and labels");
  c->add_flag("--resume", a->resume, "Continue killed runs; skip inputs already complete");
  c->add_option("--from-sidecar", a->fromSidecar, "Repeat the run a sidecar describes (same options and input)");
  c->add_flag("--force", a->force, "With --from-sidecar: annotate the recorded input even if it changed since");
  c->callback([a] {
    runVerb([a] {
      if (a->fromSidecar.empty() && !a->engine.given.count("model")) throw ModelError(missingModelAdvice());
      return runAnnotate(*a);
    });
  });
}

}  // namespace mien::cli
