// Tensor rows to plain vectors.
#include "model/classification_rows.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <stdexcept>

namespace mien {

std::vector<Classifier::Classification> classificationRows(const at::Tensor& probabilities, const at::Tensor& features,
                                                           const at::Tensor& dimensions) {
  const at::Tensor p = probabilities.to(at::kCPU, at::kFloat).contiguous();
  const at::Tensor f = features.to(at::kCPU, at::kFloat).contiguous();
  const bool withDimensions = dimensions.defined() && dimensions.numel() > 0;
  const at::Tensor d = withDimensions ? dimensions.to(at::kCPU, at::kFloat).contiguous() : at::Tensor();
  std::vector<Classifier::Classification> out(static_cast<std::size_t>(p.size(0)));
  for (std::int64_t i = 0; i < p.size(0); ++i) {
    auto& row = out[static_cast<std::size_t>(i)];
    const float* pr = p[i].data_ptr<float>();
    const float* fr = f[i].data_ptr<float>();
    row.probabilities.assign(pr, pr + p.size(1));
    row.feature.assign(fr, fr + f.size(1));
    if (withDimensions) row.dimensions.assign(d[i].data_ptr<float>(), d[i].data_ptr<float>() + d.size(1));
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

at::Tensor featureTensor(const std::vector<std::vector<float>>& rows) {
  const auto d = rows.empty() ? 0 : static_cast<std::int64_t>(rows.front().size());
  at::Tensor t = at::empty({static_cast<std::int64_t>(rows.size()), d}, at::kFloat);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (static_cast<std::int64_t>(rows[i].size()) != d) throw std::invalid_argument("feature rows of different sizes");
    std::copy(rows[i].begin(), rows[i].end(), t[static_cast<std::int64_t>(i)].data_ptr<float>());
  }
  return t;
}

}  // namespace mien
