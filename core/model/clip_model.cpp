// Loading and running CLIP; inference under InferenceMode.
#include "model/clip_model.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include "common/log.h"
#include "model/clip_weights_loader.h"

namespace mien {
namespace {

TensorMap asFloat32(const TensorMap& weights) {
  TensorMap out;
  for (const auto& [key, t] : weights) out[key] = t.to(at::kFloat);
  return out;
}

}  // namespace

ClipModel::ClipModel(const std::string& path, const std::string& format, const ClipConfig& config,
                     const TensorMap& weights)
    : path_(path),
      format_(format),
      config_(config),
      vision_(weights, config),
      text_(weights, config),
      logitScale_(weights.at("logit_scale").item<double>()) {}

std::shared_ptr<ClipModel> ClipModel::fromWeights(const TensorMap& weights, const ClipConfig& config,
                                                   const ComputeDevice& device, const std::string& name,
                                                   const std::string& format) {
  std::shared_ptr<ClipModel> model(new ClipModel(name, format, config, asFloat32(weights)));
  model->vision_.to(at::TensorOptions().device(device.device).dtype(device.visionDtype()));
  model->text_.to(at::TensorOptions().device(device.device).dtype(device.textDtype()));
  model->vision_.prepare(device.precision);
  model->device_ = device;
  logger("model")->info("Loaded CLIP '{}' ({}, {}) on {}", name, format, config.describe(), device.describe());
  return model;
}

std::shared_ptr<ClipModel> ClipModel::load(const std::string& path, const ComputeDevice& device) {
  ClipWeights w = loadClipWeights(path);
  return fromWeights(w.tensors, w.config, device, path, w.format);
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
