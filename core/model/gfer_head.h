// The GFER head (Zhang et al., ECCV 2024): a ResNet (BasicBlock) looks at the face and gives a sigmoid mask
// over the frozen CLIP image feature; a linear layer maps the masked feature to class logits. Loaded from and
// saved to the authors' checkpoint layout, every size read from the file.
#pragma once
#include <ATen/Tensor.h>
#include <string>
#include <vector>

#include "model/tensor_map.h"

namespace mien {

struct GferSizes {
  std::vector<std::int64_t> channels;  // per ResNet stage (4 stages)
  std::vector<std::int64_t> blocks;    // BasicBlocks per stage
  std::int64_t featureDim = 0;         // = channels.back() = the CLIP feature size it masks
  std::int64_t classes = 0;
  std::int64_t groupWidth() const { return featureDim / classes; }  // the authors' cnum
};

struct GferLosses {
  at::Tensor logits, crossEntropy, diversity, channelDrop, total;
};

class GferHead {
 public:
  // torch.save({'model_state_dict': ...}) with keys features.N.* and fc.*; throws ModelError naming the key.
  static GferHead load(const std::string& path);
  static GferHead fromTensors(TensorMap tensors, const std::string& name);
  // A new head with PyTorch's initialisation (Kaiming-normal convolutions, BatchNorm 1/0, nn.Linear's fc),
  // seeded. ResNet-18 is channels {64, 128, 256, D}, blocks {2, 2, 2, 2}; the last width is the CLIP size D.
  static GferHead fresh(const std::vector<std::int64_t>& channels, const std::vector<std::int64_t>& blocks,
                        std::int64_t classes, std::uint64_t seed);
  // Initialises the ResNet from a file in the layout of resnet18_msceleb.pth ({'state_dict': conv1.*, bn1.*,
  // layer1..4.*, fc.*}) or a torchvision resnet state dict; its fc is ignored, as the authors ignore it.
  void initialiseBackbone(const std::string& path);

  void checkFits(std::int64_t clipFeatureDim, const std::string& modelName) const;

  at::Tensor mask(const at::Tensor& images, bool training) const;  // [B, D] in (0, 1)
  at::Tensor logits(const at::Tensor& images, const at::Tensor& clipFeatures, bool training) const;
  at::Tensor maskedFeatures(const at::Tensor& images, const at::Tensor& clipFeatures, bool training) const;
  at::Tensor logitsFromMasked(const at::Tensor& masked) const;  // the linear classifier alone
  // Training-mode forward with the authors' three loss terms: CE + 5 L_div + 1.5 CE(groupmax(m * drop)).
  GferLosses losses(const at::Tensor& images, const at::Tensor& clipFeatures, const at::Tensor& labels,
                    const at::Tensor& dropMask) const;
  // A fresh channel-drop mask: in every class group, the authors' share (10 of 73) of channels set to 0.
  at::Tensor randomDropMask(at::Generator& generator) const;

  std::vector<at::Tensor> trainableParameters() const;  // ResNet and fc weights (not BatchNorm running stats)
  std::vector<std::string> trainableNames() const;       // their keys, same order
  void countBatchNormBatch();  // num_batches_tracked += 1, as PyTorch does in training mode
  void setRequiresGrad(bool enabled);
  void to(at::ScalarType dtype);  // floating tensors only
  const TensorMap& tensors() const { return tensors_; }
  const GferSizes& sizes() const { return sizes_; }
  void saveTorch(const std::string& path) const;  // the authors' layout
  void saveSafetensors(const std::string& path) const;

 private:
  GferHead(TensorMap tensors, GferSizes sizes, std::string name)
      : tensors_(std::move(tensors)), sizes_(std::move(sizes)), name_(std::move(name)) {}
  at::Tensor backbone(const at::Tensor& images, bool training) const;

  TensorMap tensors_;
  GferSizes sizes_;
  std::string name_;
};

}  // namespace mien
