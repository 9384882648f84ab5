// Zero-shot expression classifier: image and prompt features through the same (optional) head,
// L2-normalised, scaled by exp(logit_scale), logits averaged over each class's prompts.
#pragma once
#include <ATen/Tensor.h>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "model/clip_model.h"
#include "model/expclip_head.h"
#include "model/prompt_set.h"
#include "model/tokenizer.h"

namespace mien {

class ZeroShotClassifier {
 public:
  ZeroShotClassifier(std::shared_ptr<ClipModel> model, ClipTokenizer tokenizer, std::optional<ExpClipHead> head);

  void setPromptSet(const PromptSet& prompts);  // text side encoded lazily, once per (head on/off, prompts)
  void encodePrompts() { promptFeatures(); }    // now, for the current prompts and head switch
  void setHeadEnabled(bool enabled);            // off = plain CLIP zero-shot
  bool headEnabled() const { return useHead_ && head_.has_value(); }
  bool hasHead() const { return head_.has_value(); }

  at::Tensor tokenize(const std::vector<std::string>& texts) const;  // [N, context] int64
  at::Tensor imageFeatures(const at::Tensor& images) const;          // CLIP features, [B, D]
  struct Scores {
    at::Tensor classLogits;  // [B, classes]
    at::Tensor dimensions;   // [B, dimensions]: P(first pole) over the two; [B, 0] without dimensions
  };
  Scores scores(const at::Tensor& imageFeatures);
  at::Tensor logitsFromFeatures(const at::Tensor& imageFeatures) { return scores(imageFeatures).classLogits; }
  at::Tensor logits(const at::Tensor& images) { return logitsFromFeatures(imageFeatures(images)); }

  const PromptSet& promptSet() const { return prompts_; }
  const ClipModel& model() const { return *model_; }
  const std::optional<ExpClipHead>& head() const { return head_; }

 private:
  at::Tensor projectAndNormalise(const at::Tensor& features) const;
  std::vector<std::string> textPrompts() const;  // the classes' prompts, then the dimensions' 
  const at::Tensor& promptFeatures();  // [class prompts + dimension prompts, K], normalised, cached

  std::shared_ptr<ClipModel> model_;
  ClipTokenizer tokenizer_;
  std::optional<ExpClipHead> head_;
  bool useHead_ = true;
  PromptSet prompts_;
  std::string promptKey_;  // all prompts, one per line: with the head switch, the cache key
  std::map<std::string, at::Tensor> promptFeatureCache_;
};

}  // namespace mien
