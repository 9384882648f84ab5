// mien-cli annotate: videos, image folders and globs -> one CSV timeline + JSON sidecar each; with --shard, one
// task's share of them (a cluster's job array annotates the whole list, each input once).
#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>
#include <utility>

#include "commands.h"
#include "common/errors.h"
#include "common/text_file.h"
#include "pipeline/annotation_inputs.h"
#include "pipeline/annotation_job.h"
#include "pipeline/annotation_shard.h"
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
  std::string outputDir, fromSidecar, inputList, shard;
  bool force = false;
  EngineArguments engine;
  PromptOptions prompts;
  AnnotationOptions options;
  bool longLayout = false, resume = false;
  QualityThresholdChanges quality;
};

std::atomic<bool> interrupted{false};
std::atomic<int> stopSignal{0};

void stopAtTheNextFrame(int signal) {
  stopSignal = signal;
  interrupted = true;
}

// Test-only (the cluster test): hold each input for this many seconds after its first checkpoint, so that a kill
// is sure to land while the input is half done. Unset in every real run.
double testPauseAfterCheckpoint() {
  const char* seconds = std::getenv("MIEN_TEST_PAUSE_AFTER_CHECKPOINT");
  return seconds ? std::atof(seconds) : 0;
}

void pauseUnlessInterrupted(double seconds) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (!interrupted && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

int runAnnotate(AnnotateArguments& a) {
  std::optional<Shard> shard;
  if (!a.shard.empty()) shard = parseShard(a.shard, [](const char* name) { return std::getenv(name); });
  if (!a.inputList.empty()) {
    const auto listed = readInputList(a.inputList);
    a.inputs.insert(a.inputs.end(), listed.begin(), listed.end());
  }
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
  if (a.inputs.empty()) throw ModelError("No input given: name video files, image folders or globs, or give --input-list.");
  auto inputs = expandAnnotationInputs(a.inputs);
  requireDistinctOutputs(inputs, a.outputDir);  // over all inputs, so that every shard refuses the same clash
  requireParticipantFiles(inputs, o.participants);
  if (shard) {
    const std::size_t all = inputs.size();
    inputs = inputsOfShard(std::move(inputs), *shard);
    std::cerr << "shard " << shard->index << " of " << shard->count << ": " << inputs.size() << " of " << all << " inputs\n";
    if (inputs.empty()) return 0;
  }
  auto classifier = createClassifier(o.engine, o.prompts);
  refusePromptsForFixedClasses(a.prompts, *classifier);
  // Ctrl-C, and the SIGTERM of a cluster's time limit, preemption or scancel: stop at the next frame, keep the
  // rows for --resume.
  std::signal(SIGINT, stopAtTheNextFrame);
  std::signal(SIGTERM, stopAtTheNextFrame);
  const double testPause = testPauseAfterCheckpoint();
  std::vector<std::pair<std::string, std::string>> failures;
  for (std::size_t i = 0; i < inputs.size() && !interrupted; ++i) {
    const std::string label = "[" + std::to_string(i + 1) + "/" + std::to_string(inputs.size()) + "] " +
                              fs::path(inputs[i]).filename().string();
    ProgressBar bar(label);
    try {
      AnnotationCallbacks callbacks;
      callbacks.progress = [&](const SessionProgress& p) { bar.update(p); };
      callbacks.cancel = &interrupted;
      if (testPause > 0) callbacks.checkpoint = [&, paused = false]() mutable {
        if (!std::exchange(paused, true)) pauseUnlessInterrupted(testPause);
      };
      const auto outcome = annotateInput(inputs[i], o, *classifier, a.outputDir, a.resume, callbacks);
      if (outcome.skippedAsComplete) bar.finish("already complete: " + outcome.paths.csv);
      else
        bar.finish(std::to_string(outcome.frames) + " frames, " + std::to_string(outcome.faces) + " faces -> " +
                   outcome.paths.csv + (outcome.resumed ? " (resumed)" : ""));
      if (outcome.damagedPackets > 0)
        std::cerr << "warning: " << inputs[i] << ": " << outcome.damagedPackets
                  << " damaged packet(s) could not be decoded and were skipped (recorded in the sidecar)\n";
      if (!outcome.skippedFiles.empty())
        std::cerr << "warning: " << inputs[i] << ": " << outcome.skippedFiles.size()
                  << " file(s) are not readable images and were skipped (listed in the sidecar)\n";
      if (!outcome.stoppedEarly.empty())
        std::cerr << "warning: " << inputs[i] << ": reading stopped before the end of the file (" << outcome.stoppedEarly
                  << "); the CSV covers the frames before that (recorded in the sidecar)\n";
    } catch (const std::exception& e) {
      bar.finish("FAILED");
      printError(e, inputs[i]);
      failures.emplace_back(inputs[i], userMessage(e, inputs[i]));
    }
  }
  if (interrupted) return 128 + stopSignal;  // the cancelled input's message, with its --resume hint, is printed above
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
  c->add_option("--input-list", a->inputList, "File naming the inputs, one per line (added to those given)");
  c->add_option("-o,--output", a->outputDir, "Folder for the CSV and sidecar files")->required();
  addEngineOptions(*c, a->engine, EngineFlags::ModelAndDetector);
  addPromptOptions(*c, a->prompts);
  c->add_option("--every", o.sampling.everyNth, "Keep every N-th frame")->capture_default_str();
  c->add_option("--fps", o.sampling.targetFps, "Keep at most this many frames per second");
  c->add_option("--start", o.sampling.startSeconds, "Start at this time (s)");
  c->add_option("--end", o.sampling.endSeconds, "Stop after this time (s)");
  c->add_flag("--long", a->longLayout, "Tidy long CSV: one row per face, frame and class");
  c->add_option("--smooth", o.session.smoothingAlpha, "EMA weight of the newest frame (1 = no smoothing)")->capture_default_str();
  c->add_option("--window", o.session.windowFrames,
                "Label each face from the mean feature of its track's last N frames, the paper's video mode (1 = off)")
      ->capture_default_str();
  c->add_flag("--window-valid-only", o.session.windowValidOnly,
              "Leave frames that are not valid (--valid-* thresholds) out of the --window average");
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
  c->add_option("--shard", a->shard, "Annotate only task I's share of N (I/N), or the Slurm array task's (slurm)");
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
