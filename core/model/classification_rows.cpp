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

std::vector<std::vector<float>> featureRows(const at::Tensor& features) {
  const at::Tensor f = features.to(at::kCPU, at::kFloat).contiguous();
  std::vector<std::vector<float>> rows;
  const auto n = f.size(0), d = f.size(1);
  const float* data = f.data_ptr<float>();
  for (std::int64_t i = 0; i < n; ++i) rows.emplace_back(data + i * d, data + (i + 1) * d);
  return rows;
}

}  // namespace mien
