// libFuzzer target: the PyTorch zip container, its records and the restricted unpickler, from bytes.
#include <cstddef>
#include <cstdint>

#include "common/errors.h"
#include "model/torch_checkpoint_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    auto root = mien::parseTorchCheckpoint(data, size, "fuzz");
    mien::stateDictFrom(*root, "fuzz");
  } catch (const mien::ModelError&) {
  }
  return 0;
}
