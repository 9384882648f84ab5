// Tensor rows to plain vectors.
#include "model/classification_rows.h"

#include <ATen/ATen.h>

namespace mien {

std::vector<Classifier::Classification> classificationRows(const at::Tensor& probabilities, const at::Tensor& features) {
  const at::Tensor p = probabilities.to(at::kCPU, at::kFloat).contiguous();
  const at::Tensor f = features.to(at::kCPU, at::kFloat).contiguous();
  std::vector<Classifier::Classification> out(static_cast<std::size_t>(p.size(0)));
  for (std::int64_t i = 0; i < p.size(0); ++i) {
    const float* pr = p[i].data_ptr<float>();
    const float* fr = f[i].data_ptr<float>();
    out[static_cast<std::size_t>(i)].probabilities.assign(pr, pr + p.size(1));
    out[static_cast<std::size_t>(i)].feature.assign(fr, fr + f.size(1));
  }
  return out;
}

}  // namespace mien
