// Finds and reads CLIP weights in any layout users have, returning them in OpenAI's layout.
#pragma once
#include <memory>
#include <string>

#include "model/clip_config.h"
#include "model/tensor_map.h"
#include "model/torch_checkpoint_reader.h"

namespace mien {

class MappedFile;

struct ClipWeights {
  TensorMap tensors;  // OpenAI key names, original dtypes, CPU (read-only views of the file with MappedReadOnly)
  ClipConfig config;
  std::string format;  // "huggingface", "openai-state-dict", "openai-torchscript"
  std::shared_ptr<const MappedFile> mapping;  // the file the tensors are views of (MappedReadOnly), else null
};

// `path`: a Hugging Face directory (config.json + model.safetensors[.index.json]), a .safetensors file,
// an OpenAI state dict saved with torch.save, or an OpenAI TorchScript archive.
// `memory` applies to torch.save checkpoints, where OpenAI's weights come in.
ClipWeights loadClipWeights(const std::string& path, StorageMemory memory = StorageMemory::Copied);

}  // namespace mien
