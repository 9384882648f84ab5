// The interface the rest of Mien uses to label faces; it hides LibTorch entirely.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/compute_device.h"
#include "model/prompt_set.h"
#include "model/rgb_image.h"

namespace mien {

class Classifier {
 public:
  virtual ~Classifier() = default;

  virtual std::vector<std::string> classNames() const = 0;
  struct Classification {
    std::vector<float> probabilities;  // classNames() order, sums to 1
    std::vector<float> feature;        // the encoder's image feature (appearance for tracking)
  };
  // One result per aligned face crop.
  virtual std::vector<Classification> classifyFaces(const std::vector<RgbImage>& faces) = 0;
  std::vector<std::vector<float>> classify(const std::vector<RgbImage>& faces);
  // The frozen encoder's image features only (no head, no classes): what training caches.
  virtual std::vector<std::vector<float>> encodeFaces(const std::vector<RgbImage>& faces) = 0;

  virtual bool promptsEditable() const = 0;  // false for heads with fixed classes (GFER)
  virtual void setPromptSet(const PromptSet& prompts) = 0;
  virtual bool hasHead() const = 0;
  virtual bool headEnabled() const = 0;
  virtual void setHeadEnabled(bool enabled) = 0;

  virtual std::string deviceDescription() const = 0;  // "CPU (float32)"
  virtual std::string modelDescription() const = 0;   // sizes and files
  virtual std::string preprocessingName() const = 0;
};

struct ClassifierOptions {
  std::string modelPath;     // CLIP weights: HF folder, .safetensors, OpenAI .pt (state dict or TorchScript)
  std::string randomArchitecture;  // benchmarks only: "ViT-B/32" etc. with random weights instead of modelPath
  std::string headPath;      // Exp-CLIP head; empty for plain CLIP
  std::string preprocessing; // override; empty = from the manifest of the head (or the encoder without one)
  PromptSet prompts;
  DevicePreference device = DevicePreference::Auto;
  std::optional<Precision> precision;  // default: fp32 on the CPU, fp16 on CUDA
  std::string resourcesDir;  // tokenizer fallback; empty = the installed resources
  std::string manifestsDir;  // manifest catalogue; empty = the installed models/
};

// Throws ModelError with one clear sentence for every problem with the files or options.
std::unique_ptr<Classifier> createClassifier(const ClassifierOptions& options);

}  // namespace mien
