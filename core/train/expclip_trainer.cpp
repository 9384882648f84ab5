// SGD exactly as torch.optim.SGD (decay added to the gradient, buffer = momentum * buffer + gradient, first
// step buffer = gradient), in the epoch loop both trainers share.
#include "train/expclip_trainer.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <chrono>
#include <filesystem>

#include "common/errors.h"
#include "common/option_range.h"
#include "model/clip_config.h"
#include "model/safetensors_reader.h"
#include "train/contrastive_loss.h"
#include "train/epoch_loop.h"
#include "train/training_ranges.h"

namespace mien {

void ExpClipTrainingSettings::validate() const {
  checkOption("--epochs", epochs, kEpochs);
  checkOption("--batch", batchSize, kBatch);
  checkOption("--lr", learningRate, kLearningRate);
  checkOption("--momentum", momentum, {0, 1, false});
  checkOption("--weight-decay", weightDecay, kWeightDecay);
  checkOption("--gamma", gamma, {0, 1, false});
  checkOption("--logit-scale", logitScale, {1e-3, 1e4, false});
  for (int m : milestones) checkOption("--milestones", m, kEpochs);
}

ExpClipTrainer::ExpClipTrainer(at::Tensor features, at::Tensor embeddings, ExpClipHead start,
                               ExpClipTrainingSettings settings)
    : features_(features.to(at::kFloat).contiguous()),
      embeddings_(embeddings.to(at::kFloat).contiguous()),
      weight_(start.weight().detach().to(at::kFloat).clone()),
      settings_(std::move(settings)) {
  settings_.validate();
  if (features_.dim() != 2 || embeddings_.dim() != 2 || features_.size(0) != embeddings_.size(0))
    throw ModelError("Training needs one CLIP feature and one LLM embedding per face; got " +
                     shapeText(features_.sizes().vec()) + " and " + shapeText(embeddings_.sizes().vec()) + ".");
  if (features_.size(0) < 2) throw ModelError("Training needs at least two faces.");
  if (weight_.size(1) != features_.size(1) || weight_.size(0) != embeddings_.size(1))
    throw ModelError("The head is " + shapeText(weight_.sizes().vec()) + " but the data needs [" +
                     std::to_string(embeddings_.size(1)) + ", " + std::to_string(features_.size(1)) +
                     "] (LLM embedding size x CLIP feature size).");
  momentumBuffer_ = at::zeros_like(weight_);
}

double ExpClipTrainer::rateFor(int epoch) const {
  double rate = settings_.learningRate;
  for (int m : settings_.milestones)
    if (epoch > m) rate *= settings_.gamma;
  return rate;
}

double ExpClipTrainer::meanLoss() const {
  return expClipContrastiveLoss(at::matmul(features_, weight_.t()), embeddings_, settings_.logitScale).item<double>();
}

bool ExpClipTrainer::train(const std::string& checkpointDir, const std::function<void(const ExpClipEpochReport&)>& onEpoch,
                           const std::atomic<bool>* cancel) {
  const std::int64_t n = features_.size(0);
  ExpClipEpochReport report;
  const auto trainEpoch = [&](int epoch, at::Generator& generator) {
    const auto started = std::chrono::steady_clock::now();
    const at::Tensor order = shuffledOrder(n, generator);
    const double rate = rateFor(epoch);
    double lossSum = 0, accuracySum = 0;
    int batches = 0;
    for (std::int64_t start = 0; start < n; start += settings_.batchSize) {
      if (cancel && *cancel) return false;
      const at::Tensor index = order.slice(0, start, std::min(n, start + settings_.batchSize));
      if (index.numel() < 2) continue;  // a contrastive batch needs negatives
      at::Tensor w = weight_.detach().requires_grad_(true);
      const at::Tensor projected = at::matmul(features_.index_select(0, index), w.t());
      const at::Tensor batchEmbeddings = embeddings_.index_select(0, index);
      const at::Tensor loss = expClipContrastiveLoss(projected, batchEmbeddings, settings_.logitScale);
      accuracySum += expClipMatchAccuracy(projected.detach(), batchEmbeddings);
      loss.backward();
      at::NoGradGuard noGrad;
      const at::Tensor gradient = w.grad() + settings_.weightDecay * weight_;
      momentumBuffer_ = (epoch == 1 && start == 0) ? gradient.clone() : momentumBuffer_ * settings_.momentum + gradient;
      weight_ = weight_ - rate * momentumBuffer_;
      lossSum += loss.item<double>();
      ++batches;
    }
    epochsDone_ = epoch;
    report = {epoch, batches ? lossSum / batches : 0.0, rate,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
              batches ? accuracySum / batches : 0.0};
    return true;
  };
  const auto checkpoint = [&](int epoch) {
    EpochCheckpoint c;
    c.saveHead = [this](const std::string& path) { head().saveTorch(path); };
    c.state = {{"mlp.weight", weight_}, {"momentum", momentumBuffer_}};
    c.metadata = {{"epoch", std::to_string(epoch)}, {"samples", std::to_string(n)}, {"seed", std::to_string(settings_.seed)}};
    c.record = {{"epoch", epoch}, {"mean_loss", report.meanLoss}, {"accuracy", report.accuracy},
                {"learning_rate", report.learningRate}, {"samples", n}, {"batch_size", settings_.batchSize},
                {"epochs", settings_.epochs}, {"momentum", settings_.momentum}, {"weight_decay", settings_.weightDecay},
                {"milestones", settings_.milestones}, {"seed", settings_.seed}};
    return c;
  };
  const EpochLoop loop{epochsDone_ + 1, settings_.epochs, settings_.seed, checkpointDir};
  return runEpochs(loop, trainEpoch, checkpoint, [&](int) {
    if (onEpoch) onEpoch(report);
  });
}

void ExpClipTrainer::resumeFrom(const std::string& path) {
  const TensorMap state = readSafetensors(path);
  if (!state.count("mlp.weight") || !state.count("momentum") ||
      state.at("mlp.weight").sizes() != weight_.sizes() || state.at("momentum").sizes() != weight_.sizes())
    throw ModelError("'" + path + "' is not a checkpoint of this training (head or optimiser state missing or of another size).");
  const std::string name = std::filesystem::path(path).stem().string();
  const auto dash = name.rfind('-');
  try {
    epochsDone_ = std::stoi(name.substr(dash + 1));
  } catch (const std::exception&) {
    throw ModelError("'" + path + "' is not named epoch-<N>.safetensors.");
  }
  weight_ = state.at("mlp.weight").to(at::kFloat).clone();
  momentumBuffer_ = state.at("momentum").to(at::kFloat).clone();
}

}  // namespace mien
