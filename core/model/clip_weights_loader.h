// Finds and reads CLIP weights in any layout users have, returning them in OpenAI's layout.
#pragma once
#include <string>

#include "model/clip_config.h"
#include "model/tensor_map.h"

namespace mien {

struct ClipWeights {
  TensorMap tensors;  // OpenAI key names, original dtypes, CPU
  ClipConfig config;
  std::string format;  // "huggingface", "openai-state-dict", "openai-torchscript"
};

// `path`: a Hugging Face directory (config.json + model.safetensors[.index.json]), a .safetensors file,
// an OpenAI state dict saved with torch.save, or an OpenAI TorchScript archive.
ClipWeights loadClipWeights(const std::string& path);

}  // namespace mien
