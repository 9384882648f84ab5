// The one translation unit that includes the TorchScript loader (slow to compile; keep it alone).
#include "model/torchscript_reader.h"

#include <torch/script.h>

#include "common/errors.h"

namespace mien {

TensorMap readTorchScriptParameters(const std::string& path) {
  torch::jit::Module module;
  try {
    module = torch::jit::load(path, torch::kCPU);
  } catch (const std::exception& e) {
    std::string what = e.what();
    what = what.substr(0, what.find('\n'));
    throw ModelError("'" + path + "' is not a loadable TorchScript archive: " + what);
  }
  TensorMap out;
  for (const auto& p : module.named_parameters(/*recurse=*/true)) out[p.name] = p.value.detach();
  for (const auto& b : module.named_buffers(/*recurse=*/true)) out[b.name] = b.value.detach();
  for (const char* dropped : {"input_resolution", "context_length", "vocab_size"}) out.erase(dropped);
  return out;
}

}  // namespace mien
