// libFuzzer target: the safetensors parser on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "common/errors.h"
#include "model/safetensors_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    mien::parseSafetensors(data, size, "fuzz");
  } catch (const mien::ModelError&) {
  }
  return 0;
}
