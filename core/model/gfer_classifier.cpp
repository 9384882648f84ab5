// GFER classification: one preprocessed tensor feeds both CLIP (frozen) and the mask ResNet, BatchNorm in eval mode.
#include "model/gfer_classifier.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include "common/errors.h"
#include "common/log.h"
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
    const at::Tensor masked = head_.maskedFeatures(images, model_->encodeImage(images).cpu(), false);
    return classificationRows(at::softmax(head_.logitsFromMasked(masked), 1), masked.cpu());
  }
  std::vector<Classification> classifyFeatureMeans(const std::vector<std::vector<float>>& means) override {
    if (means.empty()) return {};
    c10::InferenceMode guard;
    const at::Tensor masked = featureTensor(means);
    return classificationRows(at::softmax(head_.logitsFromMasked(masked), 1), masked);
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

std::vector<std::string> gferClassNames(const std::optional<ModelManifest>& manifest, const GferHead& head,
                                        const std::string& headPath) {
  const auto outputs = static_cast<std::size_t>(head.sizes().classes);
  const bool own = manifest && manifest->id != "default-gfer-head";
  if (manifest && manifest->classes.size() == outputs) return manifest->classes;
  if (own)
    throw ModelError("The manifest '" + manifest->path + "' names " + std::to_string(manifest->classes.size()) +
                     " classes but the GFER head '" + headPath + "' has " + std::to_string(outputs) +
                     " outputs; list one class per output, in the order of training, in its \"classes\".");
  logger("model")->warn("No manifest names the {} classes of the GFER head '{}'; they are called class_0 to class_{}. "
                        "Put a '{}.manifest.json' with their names beside it.",
                        outputs, headPath, outputs - 1, headPath);
  std::vector<std::string> names;
  for (std::size_t c = 0; c < outputs; ++c) names.push_back("class_" + std::to_string(c));
  return names;
}

std::unique_ptr<Classifier> makeGferClassifier(std::shared_ptr<ClipModel> model, GferHead head,
                                                std::vector<std::string> classNames, Preprocessing preprocessing) {
  head.checkFits(model->config().embedDim, model->path());
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
