// A loaded CLIP model: image and text towers and logit_scale, on one device.
#pragma once
#include <ATen/Tensor.h>
#include <memory>
#include <string>

#include "model/clip_config.h"
#include "model/compute_device.h"
#include "model/text_transformer.h"
#include "model/vision_transformer.h"

namespace mien {

class ClipModel {
 public:
  // Reads any supported layout (see loadClipWeights) and moves it to `device`.
  static std::shared_ptr<ClipModel> load(const std::string& path, const ComputeDevice& device = {});
  // From OpenAI-layout tensors already checked against `config` (e.g. randomClipWeights for benchmarks).
  static std::shared_ptr<ClipModel> fromWeights(TensorMap weights, const ClipConfig& config,
                                                const ComputeDevice& device, const std::string& name,
                                                const std::string& format);

  at::Tensor encodeImage(const at::Tensor& images) const;  // [B,3,R,R] -> [B,embed] float32, unnormalised
  at::Tensor encodeText(const at::Tensor& tokens) const;   // [N,ctx]   -> [N,embed] float32, unnormalised

  const ClipConfig& config() const { return config_; }
  const ComputeDevice& device() const { return device_; }
  double logitScale() const { return logitScale_; }
  const std::string& path() const { return path_; }
  const std::string& format() const { return format_; }

 private:
  ClipModel(const std::string& path, const std::string& format, const ClipConfig& config, TensorMap weights);

  std::string path_, format_;
  ClipConfig config_;
  VisionTransformer vision_;
  TextTransformer text_;
  double logitScale_;
  ComputeDevice device_;
};

}  // namespace mien
