// Loading and running CLIP; inference under InferenceMode.
#include "model/clip_model.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include "common/log.h"
#include "model/clip_weights_loader.h"
#include "model/allocation_modes.h"

namespace mien {

ClipModel::ClipModel(const std::string& path, const std::string& format, const ClipConfig& config,
                     TensorMap weights)
    : path_(path),
      format_(format),
      config_(config),
      vision_(weights, config),
      text_(weights, config),
      logitScale_(weights.at("logit_scale").item<double>()) {}

std::shared_ptr<ClipModel> ClipModel::fromWeights(TensorMap weights, const ClipConfig& config,
                                                   const ComputeDevice& device, const std::string& name,
                                                   const std::string& format) {
  // The map is gone once the model is built: each tensor converted lets go of the file's copy of it (a view of the
  // file's map when loaded), so the file's weights and the model's never sit in memory whole side by side.
  const WeightLoadingAllocations loading;
  std::shared_ptr<ClipModel> model(new ClipModel(name, format, config, std::move(weights)));
  model->text_.to(at::TensorOptions().device(device.device).dtype(device.textDtype()));
  model->vision_.to(at::TensorOptions().device(device.device).dtype(device.visionDtype()), device.precision);
  model->device_ = device;
  logger("model")->info("Loaded CLIP '{}' ({}, {}) on {}", name, format, config.describe(), device.describe());
  return model;
}

std::shared_ptr<ClipModel> ClipModel::load(const std::string& path, const ComputeDevice& device) {
  const WeightLoadingAllocations loading;
  ClipWeights w = loadClipWeights(path, StorageMemory::MappedReadOnly);
  return fromWeights(std::move(w.tensors), w.config, device, path, w.format);
}

at::Tensor ClipModel::encodeImage(const at::Tensor& images) const {
  c10::InferenceMode guard;
  return vision_.forward(images.to(device_.device)).to(at::kFloat);
}

at::Tensor ClipModel::encodeText(const at::Tensor& tokens) const {
  c10::InferenceMode guard;
  return text_.forward(tokens).to(at::kFloat);
}

}  // namespace mien
