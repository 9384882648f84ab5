// Classifier backed by CLIP (+ Exp-CLIP head): preprocessing from the manifest, zero-shot logits, softmax.
#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include "common/errors.h"
#include "common/resource_paths.h"
#include "model/blas_runtime.h"
#include "model/classification_rows.h"
#include "model/classifier.h"
#include "model/clip_architectures.h"
#include "model/gfer_classifier.h"
#include "model/model_manifest.h"
#include "model/preprocessing.h"
#include "model/zero_shot.h"

namespace mien {
namespace {

class ClipClassifier : public Classifier {
 public:
  ClipClassifier(ZeroShotClassifier zeroShot, Preprocessing preprocessing)
      : zeroShot_(std::move(zeroShot)), preprocessing_(preprocessing) {}

  std::vector<std::string> classNames() const override { return zeroShot_.promptSet().classNames(); }
  std::vector<std::string> dimensionNames() const override { return zeroShot_.promptSet().dimensionNames(); }

  std::vector<Classification> classifyFaces(const std::vector<RgbImage>& faces) override {
    if (faces.empty()) return {};
    const auto size = zeroShot_.model().config().vision.imageSize;
    return classifyFeatures(zeroShot_.imageFeatures(preprocessBatch(faces, preprocessing_, size)).cpu());
  }

  std::vector<Classification> classifyFeatureMeans(const std::vector<std::vector<float>>& means) override {
    if (means.empty()) return {};
    return classifyFeatures(featureTensor(means));
  }

  std::vector<std::vector<float>> encodeFaces(const std::vector<RgbImage>& faces) override {
    if (faces.empty()) return {};
    c10::InferenceMode guard;
    return featureRows(zeroShot_.imageFeatures(preprocessBatch(faces, preprocessing_, zeroShot_.model().config().vision.imageSize)));
  }

  std::vector<std::vector<float>> encodeTexts(const std::vector<std::string>& texts) override {
    if (texts.empty()) return {};
    c10::InferenceMode guard;
    return featureRows(zeroShot_.model().encodeText(zeroShot_.tokenize(texts)));
  }

  bool promptsEditable() const override { return true; }
  void setPromptSet(const PromptSet& prompts) override { zeroShot_.setPromptSet(prompts); }
  bool hasHead() const override { return zeroShot_.hasHead(); }
  bool headEnabled() const override { return zeroShot_.headEnabled(); }
  void setHeadEnabled(bool enabled) override { zeroShot_.setHeadEnabled(enabled); }
  std::string deviceDescription() const override { return zeroShot_.model().device().describe(); }
  std::string modelDescription() const override {
    std::string d = "CLIP " + zeroShot_.model().config().describe();
    if (zeroShot_.hasHead())
      d += " + Exp-CLIP head " + std::to_string(zeroShot_.head()->inputDim()) + "->" +
           std::to_string(zeroShot_.head()->outputDim());
    return d;
  }
  std::string preprocessingName() const override { return mien::preprocessingName(preprocessing_); }

 private:
  std::vector<Classification> classifyFeatures(const at::Tensor& features) {
    const auto scores = zeroShot_.scores(features);
    return classificationRows(at::softmax(scores.classLogits, 1), features, scores.dimensions);
  }

  ZeroShotClassifier zeroShot_;
  Preprocessing preprocessing_;
};

Preprocessing choosePreprocessing(const EngineSpec& o, const std::string& manifests) {
  if (!o.preprocess.empty()) return preprocessingFromName(o.preprocess);
  const bool head = !o.head.empty();
  auto manifest = head ? findManifestFor(o.head, "expclip-head", manifests) : findManifestFor(o.model, "encoder", manifests);
  if (!manifest)
    throw ModelError("No manifest says how to preprocess images for '" + (head ? o.head : o.model) +
                         "' (looked beside it and in '" + manifests + "'); choose the preprocessing (expclip or clip).",
                     Remedy::ChoosePreprocessing);
  return preprocessingFromName(manifest->preprocessing);
}

}  // namespace

std::vector<std::vector<float>> Classifier::classify(const std::vector<RgbImage>& faces) {
  std::vector<std::vector<float>> out;
  for (auto& c : classifyFaces(faces)) out.push_back(std::move(c.probabilities));
  return out;
}

std::vector<std::vector<float>> Classifier::encodeTexts(const std::vector<std::string>&) {
  throw ModelError("This model (" + modelDescription() + ") has fixed classes and no text side to encode texts with.");
}

namespace {

// The prompts are encoded (and the text tower let go) before the image tower is built: the peak holds the larger
// tower, not both.
ZeroShotClassifier readyToClassify(ZeroShotClassifier zeroShot, const PromptSet& prompts) {
  zeroShot.setPromptSet(prompts);
  zeroShot.encodePrompts();
  zeroShot.model().buildImageEncoder();
  return zeroShot;
}

std::unique_ptr<Classifier> buildClassifier(const EngineSpec& o, const ComputeDevice& device, const PromptSet& prompts) {
  const std::string resources = o.resourcesDir.empty() ? resourcesDirectory() : o.resourcesDir;
  const std::string manifests = o.manifestsDir.empty() ? manifestsDirectory() : o.manifestsDir;
  if (!o.randomArchitecture.empty()) {
    const ClipConfig config = publishedClipConfig(o.randomArchitecture);
    auto model = ClipModel::fromWeights(randomClipWeights(config, 1), config, device, o.randomArchitecture, "random");
    ZeroShotClassifier zeroShot(model, ClipTokenizer::forModel(o.randomArchitecture, resources), std::nullopt);
    return std::make_unique<ClipClassifier>(readyToClassify(std::move(zeroShot), prompts), Preprocessing::ExpClip);
  }
  if (o.model.empty()) throw ModelError("No CLIP model given; name a model folder or .pt file.", Remedy::ChooseModel);
  if (!o.head.empty() && isGferCheckpoint(o.head)) {
    if (!prompts.dimensions.empty())
      throw ModelError("The GFER head '" + o.head + "' has fixed classes and no text side, so it cannot score "
                       "dimensions (" + std::to_string(prompts.dimensions.size()) + " given, '" +
                       prompts.dimensions.front().name + "' first); leave out --dimensions or use an Exp-CLIP head.");
    auto manifest = findManifestFor(o.head, "gfer-head", manifests);
    const Preprocessing p = !o.preprocess.empty() ? preprocessingFromName(o.preprocess)
                            : manifest ? preprocessingFromName(manifest->preprocessing)
                                       : Preprocessing::ImageNet;
    GferHead head = GferHead::load(o.head);
    auto classes = gferClassNames(manifest, head, o.head);
    auto model = ClipModel::load(o.model, device);
    model->buildImageEncoder();
    return makeGferClassifier(std::move(model), std::move(head), std::move(classes), p);
  }
  const Preprocessing preprocessing = choosePreprocessing(o, manifests);
  std::optional<ExpClipHead> head;
  if (!o.head.empty()) head = ExpClipHead::load(o.head);
  auto model = ClipModel::load(o.model, device);
  ZeroShotClassifier zeroShot(model, ClipTokenizer::forModel(o.model, resources), std::move(head));
  return std::make_unique<ClipClassifier>(readyToClassify(std::move(zeroShot), prompts), preprocessing);
}

}  // namespace

std::unique_ptr<Classifier> createClassifier(const EngineSpec& spec, const PromptSet& prompts) {
  const ComputeDevice device = chooseComputeDevice(spec.device, spec.precision);
  EngineSpec resolved = spec;
  resolved.device = device.device.is_cuda() ? DevicePreference::Cuda : DevicePreference::Cpu;
  resolved.precision = device.precision;
  configureThreads(resolved.threads, device.precision);  // the text side is encoded while building
  std::unique_ptr<Classifier> classifier;
  try {
    classifier = buildClassifier(resolved, device, prompts);
  } catch (...) {
    rethrowForUser(resolved.head.empty() ? resolved.model : resolved.model + "' and '" + resolved.head);
  }
  classifier->spec_ = std::move(resolved);
  return classifier;
}

void useThreadLayoutOf(const Classifier& classifier) {
  configureThreads(classifier.spec().threads, classifier.spec().precision.value_or(Precision::Fp32));
}

}  // namespace mien
