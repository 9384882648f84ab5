// GFER classification: one preprocessed tensor feeds both CLIP (frozen) and the mask ResNet, BatchNorm in eval mode.
#include "model/gfer_classifier.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include "common/errors.h"
#include "model/classification_rows.h"
#include "model/safetensors_reader.h"
#include "model/torch_checkpoint_reader.h"

namespace mien {
namespace {

class GferClassifier : public Classifier {
 public:
  GferClassifier(std::shared_ptr<ClipModel> model, GferHead head, std::vector<std::string> classes, Preprocessing p)
      : model_(std::move(model)), head_(std::move(head)), classes_(std::move(classes)), preprocessing_(p) {}

  std::vector<std::string> classNames() const override { return classes_; }
  std::vector<Classification> classifyFaces(const std::vector<RgbImage>& faces) override {
    if (faces.empty()) return {};
    c10::InferenceMode guard;
    const at::Tensor images = preprocessBatch(faces, preprocessing_, model_->config().vision.imageSize);
    const at::Tensor features = model_->encodeImage(images).cpu();
    return classificationRows(at::softmax(head_.logits(images, features, false), 1), features);
  }
  std::vector<std::vector<float>> encodeFaces(const std::vector<RgbImage>& faces) override {
    if (faces.empty()) return {};
    c10::InferenceMode guard;
    return featureRows(model_->encodeImage(preprocessBatch(faces, preprocessing_, model_->config().vision.imageSize)));
  }
  bool promptsEditable() const override { return false; }
  void setPromptSet(const PromptSet&) override {}  // a GFER head's classes are fixed by its training
  bool hasHead() const override { return true; }
  bool headEnabled() const override { return true; }
  void setHeadEnabled(bool) override {}
  std::string deviceDescription() const override { return model_->device().describe(); }
  std::string modelDescription() const override {
    return "CLIP " + model_->config().describe() + " + GFER head (" + std::to_string(head_.sizes().classes) + " classes)";
  }
  std::string preprocessingName() const override { return mien::preprocessingName(preprocessing_); }

 private:
  std::shared_ptr<ClipModel> model_;
  GferHead head_;
  std::vector<std::string> classes_;
  Preprocessing preprocessing_;
};

}  // namespace

std::unique_ptr<Classifier> makeGferClassifier(std::shared_ptr<ClipModel> model, GferHead head,
                                                std::vector<std::string> classNames, Preprocessing preprocessing) {
  head.checkFits(model->config().embedDim, model->path());
  if (classNames.size() != static_cast<std::size_t>(head.sizes().classes)) {
    classNames.clear();
    for (std::int64_t c = 0; c < head.sizes().classes; ++c) classNames.push_back("class_" + std::to_string(c));
  }
  return std::make_unique<GferClassifier>(std::move(model), std::move(head), std::move(classNames), preprocessing);
}

bool isGferCheckpoint(const std::string& path) {
  TensorMap tensors;
  switch (detectWeightsContainer(path)) {
    case WeightsContainer::Safetensors: tensors = readSafetensors(path); break;
    case WeightsContainer::TorchCheckpoint: {
      auto root = readTorchCheckpoint(path);
      tensors = stateDictFrom(*root, path, {"model_state_dict", "state_dict"});
      break;
    }
    default: return false;
  }
  return tensors.count("features.0.weight") && tensors.count("fc.weight");
}

}  // namespace mien
