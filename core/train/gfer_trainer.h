// Trains the GFER head as the authors' code does: CLIP frozen, the mask ResNet and fc learn with Adam (L2 weight
// decay), exponential LR decay per epoch, the three-term loss with a fresh channel-drop mask per batch, and the
// authors' augmentation (Gaussian pixel noise, horizontal flip, random erasing after normalisation) applied to
// the one tensor both CLIP and the ResNet see. Every random draw comes from a generator seeded per epoch, and
// checkpoints hold the optimiser state, so a resumed run ends at the same weights as an uninterrupted one.
#pragma once
#include <ATen/Tensor.h>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "model/gfer_head.h"

namespace mien {

struct GferTrainingSettings {
  double learningRate = 2e-4, weightDecay = 1e-4, gamma = 0.9;
  int epochs = 60, batchSize = 32;
  std::uint64_t seed = 3407;
  bool augment = true;
  double noiseVariance = 30, noiseProbability = 0.5;  // on 0-255 pixels, before normalisation
  double flipProbability = 0.5;
  double erasingProbability = 0.5, erasingMinArea = 0.02, erasingMaxArea = 0.25;
  void validate() const;  // each value in its range, named as the train-gfer verb's option
};

struct GferEpochReport {
  int epoch = 0;
  double meanLoss = 0, trainAccuracy = 0, learningRate = 0, seconds = 0;
  double validationAccuracy = -1, validationUar = -1;  // -1 without a validation split
};

// The frozen encoder: [B,3,224,224] ImageNet-normalised images -> [B,D] CLIP features (no gradient).
using ImageEncoder = std::function<at::Tensor(const at::Tensor& images)>;

class GferTrainer {
 public:
  // `images`: uint8 [N,224,224,3] RGB crops; `labels`: int64 [N]. Validation likewise (may be empty).
  GferTrainer(GferHead head, ImageEncoder encoder, at::Tensor images, at::Tensor labels, at::Tensor validationImages,
              at::Tensor validationLabels, GferTrainingSettings settings);

  // Runs the remaining epochs; after each, writes `<dir>/epoch-<e>.pth` (the authors' layout), `.safetensors`
  // (weights and Adam state) and `.json`, if `checkpointDir` is set. Returns false if cancelled.
  bool train(const std::string& checkpointDir, const std::function<void(const GferEpochReport&)>& onEpoch = {},
             const std::function<void(int done, int total)>& onBatch = {}, const std::atomic<bool>* cancel = nullptr);
  void resumeFrom(const std::string& checkpointSafetensors);  // throws ModelError if it is not of this training
  // CLIP features computed ahead (from the feature cache): used for validation, and for training batches when
  // augmentation is off (augmented images change what CLIP sees, so they are encoded batch by batch).
  void setPrecomputedFeatures(at::Tensor training, at::Tensor validation);
  const GferHead& head() const { return head_; }
  int epochsDone() const { return epochsDone_; }

  // The training tensor for a batch, exactly as the authors' transforms make it (public for the tests).
  static at::Tensor augmentBatch(const at::Tensor& uint8Images, const GferTrainingSettings& settings, at::Generator& generator);
  static at::Tensor normaliseBatch(const at::Tensor& uint8Images);  // ImageNet mean/std, [B,3,H,W]

 private:
  std::pair<double, double> validate();  // accuracy, UAR
  void encodeValidation();
  void adamStep(int step, double rate);

  GferHead head_;
  ImageEncoder encoder_;
  at::Tensor images_, labels_, validationImages_, validationLabels_, validationFeatures_, trainingFeatures_;
  GferTrainingSettings settings_;
  std::vector<at::Tensor> adamM_, adamV_;
  int epochsDone_ = 0, steps_ = 0;
};

}  // namespace mien
