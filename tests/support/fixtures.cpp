// Fixture paths and comparison helpers shared by the test suites.
#include "support/fixtures.h"

#include <ATen/ATen.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "model/safetensors_reader.h"

namespace mien::test {

std::string sharedPath(const std::string& relative) { return std::string(MIEN_SHARED_DIR) + "/" + relative; }
std::string testDataPath(const std::string& relative) { return std::string(MIEN_TEST_DATA_DIR) + "/" + relative; }

TensorMap clipTinyExpected() { return readSafetensors(sharedPath("fixtures/clip-tiny/expected.safetensors")); }

double relativeError(const at::Tensor& actual, const at::Tensor& expected) {
  const at::Tensor a = actual.to(at::kDouble).cpu(), b = expected.to(at::kDouble).cpu();
  if (a.sizes() != b.sizes()) return 1e30;
  return (a - b).abs().max().item<double>() / b.abs().max().item<double>();
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace mien::test
