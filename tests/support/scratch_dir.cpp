// Temporary directories for tests.
#include "support/scratch_dir.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace mien::test {

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "mien-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary directory");
  root_ = pattern;
}

ScratchDir::~ScratchDir() {
  if (std::getenv("MIEN_KEEP_SCRATCH")) return;  // debugging a failed test: look at what it wrote
  std::error_code ec;
  std::filesystem::remove_all(root_, ec);
}

}  // namespace mien::test
