// The final head is written only when every epoch ran; a cancelled run leaves its checkpoints to resume from.
#include "train/expclip_training_run.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "train/head_files.h"

namespace mien {
namespace fs = std::filesystem;

ExpClipHead freshExpClipHead(std::int64_t embeddingDim, std::int64_t featureDim, std::uint64_t seed) {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  const double bound = 1.0 / std::sqrt(static_cast<double>(featureDim));
  return ExpClipHead(at::empty({embeddingDim, featureDim}, at::kFloat).uniform_(-bound, bound, generator));
}

ExpClipRunOutcome runExpClipTraining(const TrainingRows& rows, const ExpClipRunSettings& s,
                                     const std::function<void(const ExpClipEpochReport&)>& onEpoch,
                                     const std::atomic<bool>* cancel) {
  if (rows.count < 2)
    throw ModelError("Training needs at least two faces with both a CLIP feature and an LLM embedding; the cache has " +
                     std::to_string(rows.count) + ". Run the cache step first.");
  const at::Tensor features = at::from_blob(const_cast<float*>(rows.features.data()), {rows.count, rows.featureDim}, at::kFloat).clone();
  const at::Tensor embeddings = at::from_blob(const_cast<float*>(rows.embeddings.data()), {rows.count, rows.embeddingDim}, at::kFloat).clone();
  ExpClipHead start = s.startHead.empty() ? freshExpClipHead(rows.embeddingDim, rows.featureDim, s.training.seed)
                                          : ExpClipHead::load(s.startHead);
  if (start.outputDim() != rows.embeddingDim)
    throw ModelError("The head '" + s.startHead + "' projects to " + std::to_string(start.outputDim()) +
                     " values but the LLM embeddings have " + std::to_string(rows.embeddingDim) +
                     "; start from a fresh head (the head's output size follows the LLM).");
  ExpClipTrainer trainer(features, embeddings, start, s.training);
  ExpClipRunOutcome outcome;
  if (s.resume && !s.checkpointDir.empty()) {
    const std::string latest = latestCheckpoint(s.checkpointDir);
    if (!latest.empty()) trainer.resumeFrom(latest);
    outcome.resumedAfterEpoch = trainer.epochsDone();
  }
  outcome.startLoss = trainer.meanLoss();
  outcome.cancelled = !trainer.train(s.checkpointDir, onEpoch, cancel);
  outcome.epochsDone = trainer.epochsDone();
  outcome.finalLoss = trainer.meanLoss();
  if (outcome.cancelled || s.outputPath.empty()) return outcome;

  const ExpClipHead trained = trainer.head();
  fs::path out(s.outputPath);
  if (out.has_parent_path()) fs::create_directories(out.parent_path());
  trained.saveTorch(s.outputPath);
  trained.saveSafetensors(HeadFiles::of(s.outputPath).safetensors);
  const auto& t = s.training;
  const nlohmann::json record = {
      {"method", "Exp-CLIP step 1 (symmetric contrastive loss, frozen CLIP)"},
      {"head", {{"output_dim", trained.outputDim()}, {"input_dim", trained.inputDim()}, {"start", s.startHead.empty() ? "fresh" : s.startHead}}},
      {"settings", {{"learning_rate", t.learningRate}, {"momentum", t.momentum}, {"weight_decay", t.weightDecay},
                    {"batch_size", t.batchSize}, {"epochs", t.epochs}, {"milestones", t.milestones}, {"gamma", t.gamma},
                    {"seed", t.seed}, {"logit_scale", t.logitScale}}},
      {"data", nlohmann::json::parse(s.dataRecord, nullptr, false).is_discarded() ? nlohmann::json(s.dataRecord)
                                                                                   : nlohmann::json::parse(s.dataRecord)},
      {"faces", rows.count},
      {"loss", {{"start", outcome.startLoss}, {"final", outcome.finalLoss}}}};
  AtomicFileWriter json(HeadFiles::of(s.outputPath).record);
  json.write(record.dump(2) + "\n");
  json.commit();
  return outcome;
}

}  // namespace mien
