// Adam follows torch.optim.Adam step for step (L2 decay added to the gradient, bias corrections, eps after the
// square root); the augmentation follows torchvision's RandomHorizontalFlip and RandomErasing (value 0, ratio
// 0.3-3.3, ten attempts) and the authors' add_g (noise clipped to 0-255, then truncated to 8 bits).
#include "train/gfer_trainer.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <chrono>
#include <cmath>

#include "common/errors.h"
#include "common/option_range.h"
#include "model/clip_config.h"
#include "model/safetensors_reader.h"
#include "train/epoch_loop.h"
#include "train/training_ranges.h"

namespace mien {
namespace {

constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEps = 1e-8;

double uniform(at::Generator& g, double low = 0, double high = 1) {
  return low + (high - low) * at::rand({1}, g, at::kDouble).item<double>();
}

std::int64_t randomInt(at::Generator& g, std::int64_t low, std::int64_t highExclusive) {
  return at::randint(low, highExclusive, {1}, g, at::kLong).item<std::int64_t>();
}

void randomErase(at::Tensor image, const GferTrainingSettings& s, at::Generator& g) {  // [3,H,W], in place
  const std::int64_t h = image.size(1), w = image.size(2);
  const double area = static_cast<double>(h * w);
  for (int attempt = 0; attempt < 10; ++attempt) {
    const double eraseArea = area * uniform(g, s.erasingMinArea, s.erasingMaxArea);
    const double ratio = std::exp(uniform(g, std::log(0.3), std::log(3.3)));
    const auto eh = static_cast<std::int64_t>(std::lround(std::sqrt(eraseArea * ratio)));
    const auto ew = static_cast<std::int64_t>(std::lround(std::sqrt(eraseArea / ratio)));
    if (!(eh < h && ew < w)) continue;
    const std::int64_t i = randomInt(g, 0, h - eh + 1), j = randomInt(g, 0, w - ew + 1);
    image.slice(1, i, i + eh).slice(2, j, j + ew).zero_();
    return;
  }
}

}  // namespace

at::Tensor GferTrainer::normaliseBatch(const at::Tensor& uint8Images) {
  const at::Tensor mean = at::tensor({0.485f, 0.456f, 0.406f}).view({1, 3, 1, 1});
  const at::Tensor std = at::tensor({0.229f, 0.224f, 0.225f}).view({1, 3, 1, 1});
  return (uint8Images.to(at::kFloat).div(255.0).permute({0, 3, 1, 2}) - mean) / std;
}

at::Tensor GferTrainer::augmentBatch(const at::Tensor& uint8Images, const GferTrainingSettings& s, at::Generator& g) {
  at::Tensor pixels = uint8Images.to(at::kFloat);
  for (std::int64_t b = 0; b < pixels.size(0); ++b)
    if (uniform(g) < s.noiseProbability) {
      const at::Tensor noise = at::empty(pixels[b].sizes()).normal_(0.0, std::sqrt(s.noiseVariance), g);
      pixels[b] = (pixels[b] + noise).clamp(0, 255).floor();
    }
  at::Tensor x = normaliseBatch(pixels).contiguous();
  for (std::int64_t b = 0; b < x.size(0); ++b) {
    if (uniform(g) < s.flipProbability) x[b] = x[b].flip({2});
    if (uniform(g) < s.erasingProbability) randomErase(x[b], s, g);
  }
  return x;
}

void GferTrainingSettings::validate() const {
  checkOption("--epochs", epochs, kEpochs);
  checkOption("--batch", batchSize, kBatch);
  checkOption("--lr", learningRate, kLearningRate);
  checkOption("--weight-decay", weightDecay, kWeightDecay);
  checkOption("--gamma", gamma, {1e-6, 1, false});
}

GferTrainer::GferTrainer(GferHead head, ImageEncoder encoder, at::Tensor images, at::Tensor labels,
                         at::Tensor validationImages, at::Tensor validationLabels, GferTrainingSettings settings)
    : head_(std::move(head)), encoder_(std::move(encoder)), images_(std::move(images)), labels_(labels.to(at::kLong)),
      validationImages_(std::move(validationImages)),
      validationLabels_(validationLabels.defined() ? validationLabels.to(at::kLong) : at::Tensor()),
      settings_(settings) {
  settings_.validate();
  if (images_.dim() != 4 || images_.size(3) != 3 || images_.scalar_type() != at::kByte || images_.size(0) != labels_.size(0))
    throw ModelError("GFER training needs uint8 [N,H,W,3] images with one label each, got " +
                     shapeText(images_.sizes().vec()) + " and " + shapeText(labels_.sizes().vec()) + ".");
  if (images_.size(0) < 2) throw ModelError("GFER training needs at least two faces.");
  const auto classes = head_.sizes().classes;
  if (labels_.min().item<std::int64_t>() < 0 || labels_.max().item<std::int64_t>() >= classes)
    throw ModelError("A label is outside the head's " + std::to_string(classes) + " classes.");
  for (const auto& p : head_.trainableParameters()) {
    adamM_.push_back(at::zeros_like(p));
    adamV_.push_back(at::zeros_like(p));
  }
}

void GferTrainer::setPrecomputedFeatures(at::Tensor training, at::Tensor validation) {
  if (training.defined() && training.size(0) == images_.size(0)) trainingFeatures_ = training.to(at::kFloat);
  if (validation.defined() && validationImages_.defined() && validation.size(0) == validationImages_.size(0))
    validationFeatures_ = validation.to(at::kFloat);
}

void GferTrainer::encodeValidation() {
  if (!validationFeatures_.defined() && validationImages_.defined() && validationImages_.numel() > 0) {
    at::NoGradGuard noGrad;
    std::vector<at::Tensor> features;
    for (std::int64_t s = 0; s < validationImages_.size(0); s += 64)
      features.push_back(encoder_(normaliseBatch(validationImages_.slice(0, s, s + 64))));
    validationFeatures_ = at::cat(features).detach();
    head_.checkFits(validationFeatures_.size(1), "the CLIP model");
  }
}

void GferTrainer::adamStep(int step, double rate) {
  at::NoGradGuard noGrad;
  auto params = head_.trainableParameters();
  const double bc1 = 1 - std::pow(kBeta1, step), bc2 = 1 - std::pow(kBeta2, step);
  for (std::size_t i = 0; i < params.size(); ++i) {
    at::Tensor& p = params[i];
    if (!p.grad().defined()) continue;
    const at::Tensor g = p.grad().add(p, settings_.weightDecay);
    adamM_[i].mul_(kBeta1).add_(g, 1 - kBeta1);
    adamV_[i].mul_(kBeta2).addcmul_(g, g, 1 - kBeta2);
    const at::Tensor denom = (adamV_[i].sqrt() / std::sqrt(bc2)).add_(kEps);
    p.addcdiv_(adamM_[i], denom, -rate / bc1);
  }
}

std::pair<double, double> GferTrainer::validate() {
  encodeValidation();
  if (!validationFeatures_.defined()) return {-1, -1};
  at::NoGradGuard noGrad;
  std::vector<at::Tensor> predictions;
  for (std::int64_t s = 0; s < validationImages_.size(0); s += 64)
    predictions.push_back(head_.logits(normaliseBatch(validationImages_.slice(0, s, s + 64)),
                                       validationFeatures_.slice(0, s, s + 64), false).argmax(1));
  const at::Tensor predicted = at::cat(predictions), truth = validationLabels_;
  const double accuracy = predicted.eq(truth).to(at::kDouble).mean().item<double>();
  double recall = 0;
  int classes = 0;
  for (std::int64_t c = 0; c < head_.sizes().classes; ++c) {
    const at::Tensor in = truth.eq(c);
    const auto count = in.sum().item<std::int64_t>();
    if (count == 0) continue;
    recall += static_cast<double>(predicted.eq(c).logical_and(in).sum().item<std::int64_t>()) / count;
    ++classes;
  }
  return {accuracy, classes ? recall / classes : 0};
}

bool GferTrainer::train(const std::string& checkpointDir, const std::function<void(const GferEpochReport&)>& onEpoch,
                        const std::function<void(int, int)>& onBatch, const std::atomic<bool>* cancel) {
  const std::int64_t n = images_.size(0);
  const int batches = static_cast<int>((n + settings_.batchSize - 1) / settings_.batchSize);
  GferEpochReport report;
  const auto trainEpoch = [&](int epoch, at::Generator& generator) {
    const auto started = std::chrono::steady_clock::now();
    const at::Tensor order = shuffledOrder(n, generator);
    const double rate = settings_.learningRate * std::pow(settings_.gamma, epoch - 1);  // ExponentialLR per epoch
    double lossSum = 0;
    std::int64_t correct = 0;
    int batch = 0;
    head_.setRequiresGrad(true);
    for (std::int64_t start = 0; start < n; start += settings_.batchSize, ++batch) {
      if (cancel && *cancel) return false;
      const at::Tensor index = order.slice(0, start, std::min(n, start + settings_.batchSize));
      const at::Tensor raw = images_.index_select(0, index), y = labels_.index_select(0, index);
      const at::Tensor x = settings_.augment ? augmentBatch(raw, settings_, generator) : normaliseBatch(raw);
      at::Tensor features;
      if (!settings_.augment && trainingFeatures_.defined()) {
        features = trainingFeatures_.index_select(0, index);
      } else {
        at::NoGradGuard noGrad;
        features = encoder_(x).detach();
      }
      const at::Tensor drop = head_.randomDropMask(generator);
      for (auto& p : head_.trainableParameters()) p.mutable_grad() = at::Tensor();
      const GferLosses losses = head_.losses(x, features, y, drop);
      losses.total.backward();
      head_.countBatchNormBatch();
      adamStep(++steps_, rate);
      lossSum += losses.total.item<double>();
      correct += losses.logits.argmax(1).eq(y).sum().item<std::int64_t>();
      if (onBatch) onBatch(batch + 1, batches);
    }
    head_.setRequiresGrad(false);
    epochsDone_ = epoch;
    report = GferEpochReport{};
    report.epoch = epoch;
    report.meanLoss = lossSum / std::max(1, batch);
    report.trainAccuracy = static_cast<double>(correct) / static_cast<double>(n);
    report.learningRate = rate;
    std::tie(report.validationAccuracy, report.validationUar) = validate();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return true;
  };
  const auto checkpoint = [&](int epoch) {
    EpochCheckpoint c;
    c.saveHead = [this](const std::string& path) { head_.saveTorch(path); };
    for (const auto& [k, v] : head_.tensors()) c.state["model." + k] = v;
    const auto names = head_.trainableNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
      c.state["adam_m." + names[i]] = adamM_[i];
      c.state["adam_v." + names[i]] = adamV_[i];
    }
    c.state["trainer.epoch"] = at::tensor({static_cast<std::int64_t>(epoch)}, at::kLong);
    c.state["trainer.steps"] = at::tensor({static_cast<std::int64_t>(steps_)}, at::kLong);
    c.metadata = {{"samples", std::to_string(n)}, {"seed", std::to_string(settings_.seed)}};
    c.record = {{"epoch", epoch}, {"mean_loss", report.meanLoss}, {"train_accuracy", report.trainAccuracy},
                {"validation_accuracy", report.validationAccuracy}, {"validation_uar", report.validationUar},
                {"learning_rate", report.learningRate}, {"samples", n}, {"batch_size", settings_.batchSize},
                {"epochs", settings_.epochs}, {"weight_decay", settings_.weightDecay}, {"gamma", settings_.gamma},
                {"seed", settings_.seed}, {"augment", settings_.augment}};
    return c;
  };
  const EpochLoop loop{epochsDone_ + 1, settings_.epochs, settings_.seed, checkpointDir};
  return runEpochs(loop, trainEpoch, checkpoint, [&](int) {
    if (onEpoch) onEpoch(report);
  });
}

void GferTrainer::resumeFrom(const std::string& path) {
  const TensorMap state = readSafetensors(path);
  TensorMap model;
  for (const auto& [k, v] : state)
    if (k.rfind("model.", 0) == 0) model[k.substr(6)] = v;
  const auto names = head_.trainableNames();
  const auto params = head_.trainableParameters();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto m = state.find("adam_m." + names[i]), v = state.find("adam_v." + names[i]);
    if (!model.count(names[i]) || m == state.end() || v == state.end() || model.at(names[i]).sizes() != params[i].sizes())
      throw ModelError("'" + path + "' is not a checkpoint of this GFER training ('" + names[i] + "' or its Adam state is missing or of another size).");
  }
  head_ = GferHead::fromTensors(model, path);
  for (std::size_t i = 0; i < names.size(); ++i) {
    adamM_[i] = state.at("adam_m." + names[i]).clone();
    adamV_[i] = state.at("adam_v." + names[i]).clone();
  }
  if (!state.count("trainer.epoch") || !state.count("trainer.steps"))
    throw ModelError("'" + path + "' does not say which epoch it ends ('trainer.epoch', 'trainer.steps').");
  epochsDone_ = static_cast<int>(state.at("trainer.epoch").item<std::int64_t>());
  steps_ = static_cast<int>(state.at("trainer.steps").item<std::int64_t>());
}

}  // namespace mien
