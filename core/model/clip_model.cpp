// Loading and running CLIP; inference under InferenceMode.
#include "model/clip_model.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include "common/log.h"
#include "common/mapped_file.h"
#include "model/clip_weights_loader.h"
#include "model/allocation_modes.h"
#include "model/owned_copy.h"

namespace mien {

ClipModel::ClipModel(const std::string& path, const std::string& format, const ClipConfig& config,
                     TensorMap weights)
    : path_(path),
      format_(format),
      config_(config),
      vision_(weights, config),
      logitScale_(weights.at("logit_scale").item<double>()) {
  for (auto& [key, t] : weights)
    if (key.rfind("visual.", 0) != 0 && key != "logit_scale") textWeights_.emplace(key, std::move(t));
}

std::shared_ptr<ClipModel> ClipModel::fromWeights(TensorMap weights, const ClipConfig& config,
                                                   const ComputeDevice& device, const std::string& name,
                                                   const std::string& format,
                                                   std::shared_ptr<const MappedFile> mapping) {
  std::shared_ptr<ClipModel> model(new ClipModel(name, format, config, std::move(weights)));
  model->mapping_ = std::move(mapping);
  model->device_ = device;
  logger("model")->info("Loaded CLIP '{}' ({}, {}) on {}", name, format, config.describe(), device.describe());
  return model;
}

std::shared_ptr<ClipModel> ClipModel::load(const std::string& path, const ComputeDevice& device) {
  const WeightLoadingAllocations loading;
  ClipWeights w = loadClipWeights(path, StorageMemory::MappedReadOnly);
  return fromWeights(std::move(w.tensors), w.config, device, path, w.format, std::move(w.mapping));
}

void ClipModel::buildImageEncoder() const {
  std::call_once(visionBuilt_, [this] {
    // Each tensor converted lets go of the file's copy of it (a view of the file's map when loaded), so the file's
    // weights and the model's never sit in memory whole side by side.
    const WeightLoadingAllocations loading;
    const ReleasingCopiedPages release(mapping_.get());
    // Built aside and swapped in: a build that fails (out of memory, no kernel) leaves the views for another try.
    VisionTransformer built = vision_;
    built.to(at::TensorOptions().device(device_.device).dtype(device_.visionDtype()), device_.precision);
    vision_ = std::move(built);
    holdsVision_ = true;
  });
}

bool ClipModel::holdsImageEncoder() const {
  return holdsVision_.load();
}

at::Tensor ClipModel::encodeImage(const at::Tensor& images) const {
  buildImageEncoder();
  c10::InferenceMode guard;
  return vision_.forward(images.to(device_.device)).to(at::kFloat);
}

at::Tensor ClipModel::encodeText(const at::Tensor& tokens) const {
  c10::InferenceMode guard;
  std::lock_guard<std::mutex> lock(textMutex_);
  if (!text_) {
    const WeightLoadingAllocations loading;
    const ReleasingCopiedPages release(mapping_.get());  // the kept views' pages, once converted
    text_.emplace(textWeights_, config_);
    text_->to(at::TensorOptions().device(device_.device).dtype(device_.textDtype()));
  }
  return text_->forward(tokens).to(at::kFloat);
}

void ClipModel::releaseTextEncoder() const {
  std::lock_guard<std::mutex> lock(textMutex_);
  text_.reset();
}

bool ClipModel::holdsTextEncoder() const {
  std::lock_guard<std::mutex> lock(textMutex_);
  return text_.has_value();
}

}  // namespace mien
