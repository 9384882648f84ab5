// libFuzzer target: the restricted unpickler alone, with storages made up on demand (bounded in size).
#include <ATen/ATen.h>
#include <cstddef>
#include <cstdint>

#include "common/errors.h"
#include "model/restricted_unpickler.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mien::StorageLoader storages = [](const std::string& key, at::ScalarType dtype, std::int64_t numel) {
    if (numel > (1 << 20)) throw mien::ModelError("storage '" + key + "' too large for the fuzzer");
    return at::zeros({numel}, at::TensorOptions().dtype(dtype));
  };
  try {
    mien::unpickleRestricted(data, size, storages, "fuzz");
  } catch (const mien::ModelError&) {
  }
  return 0;
}
