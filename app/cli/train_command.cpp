// mien-cli train: fine-tune the Exp-CLIP head on a training folder's cache (see mien-cli cache), with
// per-epoch checkpoints; --resume continues a killed or cancelled run to the same weights.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "common/errors.h"
#include "common/option_range.h"
#include "model/blas_runtime.h"
#include "model/engine_spec.h"
#include "model_choice.h"
#include "progress_bar.h"
#include "train/expclip_training_run.h"
#include "train/training_cache.h"
#include "train/training_workspace.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;
namespace {

struct TrainArguments {
  std::string work, startHead, output;
  bool fresh = false, resume = false;
  int threads = 0;
  ExpClipTrainingSettings settings;
};

std::atomic<bool> interrupted{false};

int runTrain(TrainArguments& a) {
  a.settings.validate();
  checkOption("--threads", a.threads, kThreadCount);
  if (a.startHead.empty() != a.fresh)
    throw ModelError("Choose where training starts: --start-head HEAD (the authors' head, for example) or --fresh.");
  configureThreads(a.threads, Precision::Fp32);
  const TrainingWorkspace work{fs::absolute(a.work).string()};
  const CacheRecord record = CacheRecord::load(work.recordPath());
  const FaceScan scan = FaceScan::load(work.faceList());
  FeatureCache cache(work.cache());
  const TrainingRows rows = assembleTrainingRows(scan.faces, cache, record.modelId, record.preprocessing, record.llmId, record.instruction);
  std::printf("%lld faces (%lld-d CLIP features, %lld-d LLM embeddings)%s\n", static_cast<long long>(rows.count),
              static_cast<long long>(rows.featureDim), static_cast<long long>(rows.embeddingDim),
              rows.missing ? (", " + std::to_string(rows.missing) + " incomplete ones left out").c_str() : "");

  ExpClipRunSettings run;
  run.training = a.settings;
  run.startHead = a.startHead.empty() ? "" : resolveModelArgument(a.startHead);
  run.checkpointDir = work.checkpoints();
  run.outputPath = a.output.empty() ? work.root + "/head.pth" : a.output;
  run.resume = a.resume;
  run.dataRecord = record.json();
  if (!a.resume && !latestCheckpoint(run.checkpointDir).empty())
    throw ModelError("'" + run.checkpointDir + "' already holds checkpoints of a run: add --resume to continue it, "
                     "or delete the folder to start again.");

  std::signal(SIGINT, [](int) { interrupted = true; });  // Ctrl-C: stop after the running batch, keep checkpoints
  ProgressBar bar("train");
  const auto outcome = runExpClipTraining(rows, run, [&](const ExpClipEpochReport& r) {
    char extra[96];
    std::snprintf(extra, sizeof extra, "  loss %.4f  acc %.1f%%  lr %.2g  %.1f s", r.meanLoss, 100 * r.accuracy,
                  r.learningRate, r.seconds);
    bar.update(r.epoch, a.settings.epochs, "epochs", extra);
  }, &interrupted);
  if (outcome.cancelled) {
    bar.finish("stopped after epoch " + std::to_string(outcome.epochsDone) + "; continue with --resume");
    return 3;
  }
  char summary[160];
  std::snprintf(summary, sizeof summary, "loss %.4f -> %.4f%s", outcome.startLoss, outcome.finalLoss,
                outcome.resumedAfterEpoch ? (" (resumed after epoch " + std::to_string(outcome.resumedAfterEpoch) + ")").c_str() : "");
  bar.finish(summary);
  std::printf("Head written to %s (+ .safetensors, .json)\n", run.outputPath.c_str());
  return 0;
}

}  // namespace

void addTrainCommand(CLI::App& app) {
  auto a = std::make_shared<TrainArguments>();
  auto& s = a->settings;
  CLI::App* c = app.add_subcommand("train", "Fine-tune the Exp-CLIP head on a training folder's cache");
  c->add_option("-w,--work", a->work, "Training folder made by mien-cli cache")->required();
  c->add_option("--start-head", a->startHead, "Head to start from (file or catalogue id)");
  c->add_flag("--fresh", a->fresh, "Start from a fresh head sized to the LLM embeddings");
  c->add_option("-o,--output", a->output, "Trained head (.pth); default <work>/head.pth");
  c->add_flag("--resume", a->resume, "Continue from the newest checkpoint");
  c->add_option("--epochs", s.epochs, "Epochs")->capture_default_str();
  c->add_option("--lr", s.learningRate, "Learning rate")->capture_default_str();
  c->add_option("--batch", s.batchSize, "Batch size")->capture_default_str();
  c->add_option("--momentum", s.momentum, "SGD momentum")->capture_default_str();
  c->add_option("--weight-decay", s.weightDecay, "Weight decay")->capture_default_str();
  c->add_option("--milestones", s.milestones, "Epochs after which the rate is multiplied by --gamma")->delimiter(',');
  c->add_option("--gamma", s.gamma, "Rate factor at each milestone")->capture_default_str();
  c->add_option("--seed", s.seed, "Random seed (batches)")->capture_default_str();
  c->add_option("--logit-scale", s.logitScale, "exp(logit_scale) of the CLIP model (100 for OpenAI's)")->capture_default_str();
  c->add_option("--threads", a->threads, "Threads (default: all physical cores)");
  c->callback([a] { runVerb([a] { return runTrain(*a); }); });
}

}  // namespace mien::cli
