// The loss exactly as the authors' train.py computes it (cross-entropy against the diagonal, both directions).
#include "train/contrastive_loss.h"

#include <ATen/ATen.h>

#include "common/errors.h"
#include "model/clip_config.h"

namespace mien {

at::Tensor expClipContrastiveLoss(const at::Tensor& projectedImages, const at::Tensor& llmEmbeddings, double scale) {
  if (projectedImages.dim() != 2 || projectedImages.sizes() != llmEmbeddings.sizes())
    throw ModelError("The contrastive loss needs image and LLM embeddings of the same [N, K] shape, got " +
                     shapeText(projectedImages.sizes().vec()) + " and " + shapeText(llmEmbeddings.sizes().vec()) +
                     "; the head's output size must equal the LLM embedding size.");
  const at::Tensor images = projectedImages / projectedImages.norm(2, -1, true);
  const at::Tensor texts = llmEmbeddings / llmEmbeddings.norm(2, -1, true);
  const at::Tensor perImage = scale * at::matmul(images, texts.t());
  const at::Tensor targets = at::arange(images.size(0), at::TensorOptions().dtype(at::kLong).device(images.device()));
  return 0.5 * at::cross_entropy_loss(perImage, targets) + 0.5 * at::cross_entropy_loss(perImage.t(), targets);
}

double expClipMatchAccuracy(const at::Tensor& projectedImages, const at::Tensor& llmEmbeddings) {
  at::NoGradGuard noGrad;
  const at::Tensor similarity = at::matmul(projectedImages / projectedImages.norm(2, -1, true),
                                           (llmEmbeddings / llmEmbeddings.norm(2, -1, true)).t());
  const at::Tensor targets = at::arange(similarity.size(0), at::TensorOptions().dtype(at::kLong));
  return similarity.argmax(1).eq(targets).to(at::kDouble).mean().item<double>();
}

}  // namespace mien
