// libFuzzer target: a TorchScript archive read as data (zip records, data.pkl with scripted classes as inert
// objects, the module tree walk). Nothing in an archive may run, hang or read past its bytes.
#include <cstddef>
#include <cstdint>

#include "common/errors.h"
#include "model/torchscript_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    mien::parseTorchScriptParameters(data, size, "fuzz");
  } catch (const mien::ModelError&) {
  }
  return 0;
}
