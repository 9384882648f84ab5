// Step 1 of Exp-CLIP: the symmetric contrastive loss between projected CLIP image features and the LLM's
// instruction embeddings of the same images, ½·CE(s·I·Eᵀ, i) + ½·CE(s·E·Iᵀ, i) with I, E L2-normalised.
#pragma once
#include <ATen/Tensor.h>

namespace mien {

// `projectedImages` [N, K] = head(clip(image)), `llmEmbeddings` [N, K], both unnormalised; `scale` is
// exp(logit_scale) of the CLIP model (100 for OpenAI's). Differentiable in both inputs.
at::Tensor expClipContrastiveLoss(const at::Tensor& projectedImages, const at::Tensor& llmEmbeddings, double scale);

// The share of images whose most similar LLM embedding in the batch is their own (training accuracy).
double expClipMatchAccuracy(const at::Tensor& projectedImages, const at::Tensor& llmEmbeddings);

}  // namespace mien
