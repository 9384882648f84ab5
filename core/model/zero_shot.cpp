// Zero-shot logits as the Exp-CLIP paper computes them.
#include "model/zero_shot.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <cmath>

#include "common/errors.h"

namespace mien {

ZeroShotClassifier::ZeroShotClassifier(std::shared_ptr<ClipModel> model, ClipTokenizer tokenizer,
                                       std::optional<ExpClipHead> head)
    : model_(std::move(model)), tokenizer_(std::move(tokenizer)), head_(std::move(head)) {
  if (tokenizer_.largestId() >= model_->config().text.vocabSize)
    throw ModelError("The tokenizer's vocabulary (" + std::to_string(tokenizer_.largestId() + 1) +
                     " tokens) is larger than model '" + model_->path() + "' has (" +
                     std::to_string(model_->config().text.vocabSize) + ").");
  if (head_) {
    head_->checkFits(model_->config().embedDim, model_->path());
    head_->to(at::TensorOptions().device(model_->device().device).dtype(at::kFloat));
  }
}

void ZeroShotClassifier::setPromptSet(const PromptSet& prompts) {
  if (prompts.classes.empty()) throw ModelError("A prompt set needs at least one class.");
  prompts_ = prompts;
  promptKey_.clear();
  for (const auto& p : textPrompts()) promptKey_ += p + '\n';
}

void ZeroShotClassifier::setHeadEnabled(bool enabled) { useHead_ = enabled; }

std::vector<std::string> ZeroShotClassifier::textPrompts() const {
  std::vector<std::string> all = prompts_.allPrompts();
  const auto dimensions = prompts_.dimensionPrompts();
  all.insert(all.end(), dimensions.begin(), dimensions.end());
  return all;
}

at::Tensor ZeroShotClassifier::tokenize(const std::vector<std::string>& texts) const {
  const auto context = model_->config().text.contextLength;
  at::Tensor tokens = at::zeros({static_cast<std::int64_t>(texts.size()), context}, at::kLong);
  auto access = tokens.accessor<std::int64_t, 2>();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const auto ids = tokenizer_.tokenize(texts[i], static_cast<std::size_t>(context));
    for (std::int64_t j = 0; j < context; ++j) access[i][j] = ids[j];
  }
  return tokens;
}

at::Tensor ZeroShotClassifier::imageFeatures(const at::Tensor& images) const { return model_->encodeImage(images); }

at::Tensor ZeroShotClassifier::projectAndNormalise(const at::Tensor& features) const {
  at::Tensor f = headEnabled() ? head_->project(features) : features;
  return f / f.norm(2, -1, true);
}

const at::Tensor& ZeroShotClassifier::promptFeatures() {
  const std::string key = (headEnabled() ? "head\n" : "clip\n") + promptKey_;
  auto it = promptFeatureCache_.find(key);
  if (it == promptFeatureCache_.end()) {
    c10::InferenceMode guard;
    at::Tensor text = model_->encodeText(tokenize(textPrompts()));
    model_->releaseTextEncoder();  // built again, from the kept tensors, when the prompts change
    it = promptFeatureCache_.emplace(key, projectAndNormalise(text)).first;
  }
  return it->second;
}

ZeroShotClassifier::Scores ZeroShotClassifier::scores(const at::Tensor& imageFeatures) {
  if (prompts_.classes.empty()) throw ModelError("No expression classes are set; give at least two.");
  c10::InferenceMode guard;
  const at::Tensor image = projectAndNormalise(imageFeatures.to(model_->device().device));
  const at::Tensor perPrompt = std::exp(model_->logitScale()) * at::matmul(image, promptFeatures().t());
  std::int64_t start = 0;
  const auto meanOfNext = [&](std::size_t count) {  // the mean logit of the next `count` prompts
    const at::Tensor mean = perPrompt.slice(1, start, start + static_cast<std::int64_t>(count)).mean(1);
    start += static_cast<std::int64_t>(count);
    return mean;
  };
  std::vector<at::Tensor> perClass, perDimension;
  for (const auto& cls : prompts_.classes) perClass.push_back(meanOfNext(cls.prompts.size()));
  for (const auto& d : prompts_.dimensions) {
    const at::Tensor first = meanOfNext(d.firstPole.size());
    perDimension.push_back(at::sigmoid(first - meanOfNext(d.secondPole.size())));  // softmax over the two poles
  }
  Scores s;
  s.classLogits = at::stack(perClass, 1).to(at::kCPU);
  s.dimensions = perDimension.empty() ? at::zeros({image.size(0), 0}) : at::stack(perDimension, 1).to(at::kCPU);
  return s;
}

}  // namespace mien
