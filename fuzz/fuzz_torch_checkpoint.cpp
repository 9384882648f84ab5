// libFuzzer target: the PyTorch zip container, its records and the restricted unpickler, from bytes; and the
// zip scan that tells a TorchScript archive from a checkpoint before torch::jit::load is trusted with it.
#include <cstddef>
#include <cstdint>

#include "common/errors.h"
#include "model/torch_checkpoint_reader.h"
#include "model/zip_archive.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    mien::ZipArchiveReader zip(data, size, "fuzz");
    for (const auto& name : zip.names()) zip.entry(name);
  } catch (const mien::ModelError&) {
  }
  try {
    auto root = mien::parseTorchCheckpoint(data, size, "fuzz");
    mien::stateDictFrom(*root, "fuzz");
  } catch (const mien::ModelError&) {
  }
  return 0;
}
