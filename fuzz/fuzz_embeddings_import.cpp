// libFuzzer target: the embeddings import: a .npy or .safetensors matrix and a CSV or JSON mapping, from files.
// The first byte picks the formats; the rest is split at the first 0xFF byte into matrix and mapping.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

#include "common/errors.h"
#include "train/embedding_import.h"

namespace {

std::string writeTemp(const std::string& suffix, const std::string& bytes) {
  static const std::string dir = [] {
    char pattern[] = "/tmp/mien-fuzz-XXXXXX";
    return std::string(::mkdtemp(pattern));
  }();
  const std::string path = dir + "/input" + suffix;
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto split = rest.find('\xff');
  const std::string matrix = rest.substr(0, split), mapping = split == std::string::npos ? "" : rest.substr(split + 1);
  const std::string vectors = writeTemp((data[0] & 1) ? ".safetensors" : ".npy", matrix);
  const std::string names = writeTemp((data[0] & 2) ? ".json" : ".csv", mapping);
  try {
    mien::importEmbeddings(vectors, names);
  } catch (const mien::ModelError&) {
  }
  try {
    mien::readNpyMatrix(vectors);
  } catch (const mien::ModelError&) {
  }
  return 0;
}
