// Trains the Exp-CLIP head on cached CLIP image features against cached LLM instruction embeddings (step 1
// of the paper): CLIP frozen, only the K x D head learns; SGD with momentum and weight decay, multi-step LR.
// Per-epoch checkpoints hold everything needed to resume to the identical weights.
#pragma once
#include <ATen/Tensor.h>
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/expclip_head.h"

namespace mien {

struct ExpClipTrainingSettings {
  double learningRate = 1e-3, momentum = 0.9, weightDecay = 1e-4;
  int batchSize = 512, epochs = 5;
  std::vector<int> milestones;  // epochs after which the rate is multiplied by gamma
  double gamma = 0.1;
  std::uint64_t seed = 1;
  double logitScale = 100.0;  // exp(logit_scale) of the CLIP model
  void validate() const;  // each value in its range, named as the train verb's option
};

struct ExpClipEpochReport {
  int epoch = 0;  // 1-based
  double meanLoss = 0, learningRate = 0, seconds = 0;
  double accuracy = 0;  // image -> own LLM embedding, within batches
};

class ExpClipTrainer {
 public:
  // features [N, D] (CLIP image features), embeddings [N, K]; `start` is the head to fine-tune.
  ExpClipTrainer(at::Tensor features, at::Tensor embeddings, ExpClipHead start, ExpClipTrainingSettings settings);

  // Runs the remaining epochs; after each, writes `<dir>/epoch-<e>.pth` (the authors' format),
  // `.safetensors` (head + optimiser state) and `.json`, if `checkpointDir` is set. Returns false if cancelled.
  bool train(const std::string& checkpointDir, const std::function<void(const ExpClipEpochReport&)>& onEpoch = {},
             const std::atomic<bool>* cancel = nullptr);
  // Continues from `<dir>/epoch-<e>.safetensors`; throws ModelError if it does not belong to this training.
  void resumeFrom(const std::string& checkpointSafetensors);

  ExpClipHead head() const { return ExpClipHead(weight_.detach().clone()); }
  int epochsDone() const { return epochsDone_; }
  double meanLoss() const;  // over the whole data, current weights

 private:
  double rateFor(int epoch) const;
  at::Tensor features_, embeddings_, weight_, momentumBuffer_;
  ExpClipTrainingSettings settings_;
  int epochsDone_ = 0;
};

}  // namespace mien
