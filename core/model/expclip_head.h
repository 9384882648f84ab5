// The Exp-CLIP projection head: one bias-free linear map D -> K (K = 4096 for the authors' heads).
#pragma once
#include <ATen/Tensor.h>
#include <string>

namespace mien {

class ExpClipHead {
 public:
  // The authors' torch.save({"mlp.weight": W}) (with or without a "module." / "projection_head." prefix,
  // any device tag) or a safetensors file with the same key.
  static ExpClipHead load(const std::string& path);
  explicit ExpClipHead(at::Tensor weight, std::string path = "");

  // Writes the authors' format (.pth) and safetensors; each written atomically.
  void saveTorch(const std::string& path) const;
  void saveSafetensors(const std::string& path) const;

  // Throws ModelError naming both sizes when the head does not fit a model of `embedDim`.
  void checkFits(std::int64_t embedDim, const std::string& modelName) const;

  at::Tensor project(const at::Tensor& features) const;  // [N, D] -> [N, K]
  void to(const at::TensorOptions& options);

  std::int64_t inputDim() const;
  std::int64_t outputDim() const;
  const at::Tensor& weight() const { return weight_; }
  const std::string& path() const { return path_; }

 private:
  at::Tensor weight_;  // [K, D]
  std::string path_;
};

}  // namespace mien
