// The interface the rest of Mien uses to label faces; it hides LibTorch entirely.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/compute_device.h"
#include "model/engine_spec.h"
#include "model/prompt_set.h"
#include "model/rgb_image.h"

namespace mien {

class Classifier {
 public:
  virtual ~Classifier() = default;

  virtual std::vector<std::string> classNames() const = 0;
  virtual std::vector<std::string> dimensionNames() const { return {}; }  // zero-shot dimensions of the prompt set
  struct Classification {
    std::vector<float> probabilities;  // classNames() order, sums to 1
    // The image feature the classes come from: CLIP's (plain CLIP and Exp-CLIP; the head is linear, so a mean
    // commutes with it) or the GFER-masked one. The tracker's appearance cue, and what clips and windows average.
    std::vector<float> feature;
    std::vector<float> dimensions;  // dimensionNames() order: P(first pole) over the two
  };
  // One result per aligned face crop.
  virtual std::vector<Classification> classifyFaces(const std::vector<RgbImage>& faces) = 0;
  // One result per row of `features`, each a mean of Classification::feature over a clip's frames: the authors'
  // video mode (mean over frames, then L2-normalised and compared with the prompts, or GFER's classifier).
  virtual std::vector<Classification> classifyFeatureMeans(const std::vector<std::vector<float>>& features) = 0;
  std::vector<std::vector<float>> classify(const std::vector<RgbImage>& faces);
  // The frozen encoder's image features only (no head, no classes): what training caches.
  virtual std::vector<std::vector<float>> encodeFaces(const std::vector<RgbImage>& faces) = 0;
  // CLIP's text features of `texts` (before any head, unnormalised), one row each. Throws ModelError where there
  // is no text side to use (GFER heads have fixed classes).
  virtual std::vector<std::vector<float>> encodeTexts(const std::vector<std::string>& texts);

  virtual bool promptsEditable() const = 0;  // false for heads with fixed classes (GFER)
  virtual void setPromptSet(const PromptSet& prompts) = 0;
  virtual bool hasHead() const = 0;
  virtual bool headEnabled() const = 0;
  virtual void setHeadEnabled(bool enabled) = 0;

  virtual std::string deviceDescription() const = 0;  // "CPU (float32)"
  virtual std::string modelDescription() const = 0;   // sizes and files
  virtual std::string preprocessingName() const = 0;

  // What runs: the spec it was built from with the device and precision resolved.
  const EngineSpec& spec() const { return spec_; }

 private:
  friend std::unique_ptr<Classifier> createClassifier(const EngineSpec& spec, const PromptSet& prompts);
  EngineSpec spec_;
};

// Builds the classifier the spec describes, with `prompts` as its classes (ignored by heads with fixed classes),
// and lays out the model's threads for it. Throws ModelError with one clear sentence for every problem with the
// files or options.
std::unique_ptr<Classifier> createClassifier(const EngineSpec& spec, const PromptSet& prompts = {});

// The thread layout for what `classifier` runs; call on every thread that runs it (OpenMP counts are per thread).
void useThreadLayoutOf(const Classifier& classifier);

}  // namespace mien
