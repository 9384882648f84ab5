// mien-cli train-gfer: train the supervised GFER head on a labelled folder (one sub-folder per class), with a
// validation split, per-epoch checkpoints and --resume; the authors' settings are the defaults.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "common/errors.h"
#include "common/option_range.h"
#include "common/resource_paths.h"
#include "model/blas_runtime.h"
#include "model/engine_spec.h"
#include "model_choice.h"
#include "progress_bar.h"
#include "train/gfer_training_run.h"
#include "train/training_workspace.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;
namespace {

struct TrainGferArguments {
  std::string folder, work, model, output, startHead, backbone;
  bool aligned = false, resume = false, noAugment = false;
  int threads = 0;
  GferRunSettings run;
};

std::atomic<bool> interrupted{false};

int runTrainGfer(TrainGferArguments& a) {
  a.run.training.validate();
  checkOption("--threads", a.threads, kThreadCount);
  configureThreads(a.threads, Precision::Fp32);
  const LabelledFolder folder = scanLabelledFolder(a.folder);
  GferRunSettings& run = a.run;
  run.training.augment = !a.noAugment;
  run.clipModel = resolveModelArgument(a.model);
  run.startHead = a.startHead.empty() ? "" : resolveModelArgument(a.startHead);
  run.backbone = a.backbone;
  run.faces.alignedCrops = a.aligned;
  const TrainingWorkspace work{a.work};
  fs::create_directories(work.root);
  run.cachePath = work.cache();
  run.checkpointDir = work.checkpoints();
  run.outputPath = a.output.empty() ? work.root + "/gfer-head.pth" : a.output;
  run.resume = a.resume;
  if (!a.resume && !latestCheckpoint(run.checkpointDir).empty())
    throw ModelError("'" + run.checkpointDir + "' already holds checkpoints of a run: add --resume to continue it, "
                     "or delete the folder to start again.");
  std::printf("%zu images in %zu classes: %s\n", folder.images.size(), folder.classNames.size(), a.folder.c_str());

  std::signal(SIGINT, [](int) { interrupted = true; });
  ProgressBar bar("train-gfer");
  const auto outcome = runGferTraining(folder, run, [&](const GferEpochReport& r) {
    char line[200];
    std::snprintf(line, sizeof line, "epoch %d/%d  loss %.4f  train acc %.1f%%  val acc %.1f%%  val UAR %.1f%%  lr %.2g  %.1f s",
                  r.epoch, run.training.epochs, r.meanLoss, 100 * r.trainAccuracy, 100 * r.validationAccuracy,
                  100 * r.validationUar, r.learningRate, r.seconds);
    bar.finish(line);
  }, [&](const std::string& stage, std::int64_t done, std::int64_t total) {
    bar.update(done, total, stage);
  }, &interrupted);
  if (outcome.cancelled) {
    std::fprintf(stderr, "Stopped after epoch %d; continue with --resume.\n", outcome.epochsDone);
    return 3;
  }
  std::printf("%lld training and %lld validation faces (%lld images without a face)%s\n",
              static_cast<long long>(outcome.trainingFaces), static_cast<long long>(outcome.validationFaces),
              static_cast<long long>(outcome.withoutFace),
              outcome.resumedAfterEpoch ? (", resumed after epoch " + std::to_string(outcome.resumedAfterEpoch)).c_str() : "");
  std::printf("GFER head written to %s (+ .safetensors, .json, .manifest.json)\n", run.outputPath.c_str());
  return 0;
}

}  // namespace

void addTrainGferCommand(CLI::App& app) {
  auto a = std::make_shared<TrainGferArguments>();
  auto& t = a->run.training;
  CLI::App* c = app.add_subcommand("train-gfer", "Train the supervised GFER head on a labelled folder");
  c->add_option("folder", a->folder, "Labelled folder: one sub-folder of images per class")->required();
  c->add_option("--model", a->model, "CLIP weights or a catalogue id (the paper uses ViT-B/32)")->required();
  c->add_option("-w,--work", a->work, "Folder for the feature cache and checkpoints")->required();
  c->add_option("-o,--output", a->output, "Trained head (.pth); default <work>/gfer-head.pth");
  c->add_option("--resnet-widths", a->run.resnetWidths, "Widths of the first three ResNet stages (the last is CLIP's size)")
      ->delimiter(',')->capture_default_str();
  c->add_option("--backbone", a->backbone, "ResNet initialisation (layout of the authors' resnet18_msceleb.pth)");
  c->add_option("--start-head", a->startHead, "Continue from a GFER head instead");
  c->add_flag("--aligned", a->aligned, "Images are already aligned face crops (no detection)");
  c->add_flag("--resume", a->resume, "Continue from the newest checkpoint");
  c->add_flag("--no-augment", a->noAugment, "No noise, flips or erasing (CLIP features then come from the cache)");
  c->add_option("--validation", a->run.validationShare, "Share of each class held out for validation")->capture_default_str();
  c->add_option("--epochs", t.epochs, "Epochs")->capture_default_str();
  c->add_option("--lr", t.learningRate, "Adam learning rate")->capture_default_str();
  c->add_option("--weight-decay", t.weightDecay, "L2 weight decay")->capture_default_str();
  c->add_option("--gamma", t.gamma, "Exponential LR decay per epoch")->capture_default_str();
  c->add_option("--batch", t.batchSize, "Batch size")->capture_default_str();
  c->add_option("--seed", t.seed, "Random seed")->capture_default_str();
  c->add_option("--threads", a->threads, "Threads (default: all physical cores)");
  c->callback([a] { runVerb([a] { return runTrainGfer(*a); }); });
}

}  // namespace mien::cli
