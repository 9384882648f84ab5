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
  for (const auto& p : prompts_.allPrompts()) promptKey_ += p + '\n';
}

void ZeroShotClassifier::setHeadEnabled(bool enabled) { useHead_ = enabled; }

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
    at::Tensor text = model_->encodeText(tokenize(prompts_.allPrompts()));
    it = promptFeatureCache_.emplace(key, projectAndNormalise(text)).first;
  }
  return it->second;
}

at::Tensor ZeroShotClassifier::logitsFromFeatures(const at::Tensor& imageFeatures) {
  if (prompts_.classes.empty()) throw ModelError("No expression classes are set; give at least two.");
  c10::InferenceMode guard;
  const at::Tensor image = projectAndNormalise(imageFeatures.to(model_->device().device));
  const at::Tensor perPrompt = std::exp(model_->logitScale()) * at::matmul(image, promptFeatures().t());
  std::vector<at::Tensor> perClass;
  std::int64_t start = 0;
  for (const auto& cls : prompts_.classes) {
    const auto count = static_cast<std::int64_t>(cls.prompts.size());
    perClass.push_back(perPrompt.slice(1, start, start + count).mean(1));
    start += count;
  }
  return at::stack(perClass, 1).to(at::kCPU);
}

}  // namespace mien
