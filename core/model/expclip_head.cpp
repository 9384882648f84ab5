// Loading, saving and applying the Exp-CLIP head.
#include "model/expclip_head.h"

#include <ATen/ATen.h>

#include "common/errors.h"
#include "model/clip_config.h"
#include "model/finite_weights.h"
#include "model/safetensors_reader.h"
#include "model/safetensors_writer.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torch_checkpoint_writer.h"

namespace mien {
namespace {

const char* kWeightKey = "mlp.weight";

at::Tensor findHeadWeight(const TensorMap& tensors, const std::string& path) {
  for (const std::string prefix : {"", "module.", "projection_head.", "module.projection_head."}) {
    auto it = tensors.find(prefix + kWeightKey);
    if (it == tensors.end()) continue;
    if (tensors.count(prefix + "mlp.bias"))
      throw ModelError("'" + path + "' has an '" + prefix + "mlp.bias'; an Exp-CLIP head is a linear projection " +
                       "without bias (the authors' has none), so this file is not one. Use the authors' head or one " +
                       "Mien trained.");
    return it->second;
  }
  std::string keys;
  for (const auto& [k, t] : tensors) keys += (keys.empty() ? "" : ", ") + k;
  throw ModelError("'" + path + "' has no 'mlp.weight' tensor, so it is not an Exp-CLIP head (it holds: " +
                   (keys.size() > 200 ? keys.substr(0, 200) + "..." : keys) + ").");
}

}  // namespace

ExpClipHead ExpClipHead::load(const std::string& path) {
  TensorMap tensors;
  switch (detectWeightsContainer(path)) {
    case WeightsContainer::Safetensors: tensors = readSafetensors(path); break;
    case WeightsContainer::TorchCheckpoint: tensors = readTorchStateDict(path); break;
    default: throw ModelError("'" + path + "' is not an Exp-CLIP head file (.pth saved by torch.save, or .safetensors).");
  }
  return ExpClipHead(findHeadWeight(tensors, path), path);
}

ExpClipHead::ExpClipHead(at::Tensor weight, std::string path) : path_(std::move(path)) {
  if (weight.dim() != 2 || !at::isFloatingType(weight.scalar_type()))
    throw ModelError("'" + path_ + "': 'mlp.weight' has shape " + shapeText(weight.sizes().vec()) +
                     "; an Exp-CLIP head needs a 2-D floating-point [K, D] matrix.");
  weight_ = weight.to(at::kFloat);
  requireFiniteWeights({{kWeightKey, weight_}}, path_.empty() ? std::string("the head") : path_);
}

void ExpClipHead::saveTorch(const std::string& path) const { writeTorchStateDict(path, {{kWeightKey, weight_}}); }

void ExpClipHead::saveSafetensors(const std::string& path) const {
  writeSafetensors(path, {{kWeightKey, weight_}}, {{"format", "pt"}, {"mien", "expclip-head"}});
}

void ExpClipHead::checkFits(std::int64_t embedDim, const std::string& modelName) const {
  if (inputDim() != embedDim)
    throw ModelError("Head '" + path_ + "' takes " + std::to_string(inputDim()) + "-d features but model '" +
                     modelName + "' gives " + std::to_string(embedDim) +
                     "-d ones; use the head trained for this model (B/32 and B/16: 512, L/14: 768).");
}

at::Tensor ExpClipHead::project(const at::Tensor& features) const {
  return at::matmul(features.to(weight_.options()), weight_.t());
}

void ExpClipHead::to(const at::TensorOptions& options) { weight_ = weight_.to(options); }
std::int64_t ExpClipHead::inputDim() const { return weight_.size(1); }
std::int64_t ExpClipHead::outputDim() const { return weight_.size(0); }

}  // namespace mien
