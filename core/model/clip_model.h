// A loaded CLIP model: image and text towers and logit_scale, on one device.
#pragma once
#include <ATen/Tensor.h>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "model/clip_config.h"
#include "model/compute_device.h"
#include "model/text_transformer.h"
#include "model/vision_transformer.h"

namespace mien {

class MappedFile;

class ClipModel {
 public:
  // Reads any supported layout (see loadClipWeights) and moves it to `device`.
  static std::shared_ptr<ClipModel> load(const std::string& path, const ComputeDevice& device = {});
  // From OpenAI-layout tensors already checked against `config` (e.g. randomClipWeights for benchmarks).
  // `mapping`: the file the tensors are read-only views of, if they are.
  static std::shared_ptr<ClipModel> fromWeights(TensorMap weights, const ClipConfig& config,
                                                const ComputeDevice& device, const std::string& name,
                                                const std::string& format,
                                                std::shared_ptr<const MappedFile> mapping = nullptr);

  // The image tower is converted and packed for its kernel by buildImageEncoder, or by the first encodeImage.
  // Encoding the prompts before it is built keeps the two towers from sitting in memory side by side.
  void buildImageEncoder() const;
  bool holdsImageEncoder() const;
  at::Tensor encodeImage(const at::Tensor& images) const;  // [B,3,R,R] -> [B,embed] float32, unnormalised
  at::Tensor encodeText(const at::Tensor& tokens) const;   // [N,ctx]   -> [N,embed] float32, unnormalised
  // The text tower is built from the file's tensors when text is first encoded and can be let go once the prompts
  // are (a quarter of ViT-B/16's weights in fp32); encoding text again builds it again from the kept tensors.
  void releaseTextEncoder() const;
  bool holdsTextEncoder() const;

  const ClipConfig& config() const { return config_; }
  const ComputeDevice& device() const { return device_; }
  double logitScale() const { return logitScale_; }
  const std::string& path() const { return path_; }
  const std::string& format() const { return format_; }

 private:
  ClipModel(const std::string& path, const std::string& format, const ClipConfig& config, TensorMap weights);

  std::string path_, format_;
  ClipConfig config_;
  mutable VisionTransformer vision_;  // views of the file's map until buildImageEncoder
  mutable std::once_flag visionBuilt_;
  mutable std::atomic<bool> holdsVision_{false};
  TensorMap textWeights_;  // as read: views of the file's map (no resident pages) or the caller's tensors
  std::shared_ptr<const MappedFile> mapping_;
  mutable std::mutex textMutex_;
  mutable std::optional<TextTransformer> text_;
  double logitScale_;
  ComputeDevice device_;
};

}  // namespace mien
