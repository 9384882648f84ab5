// Data directory lookup, in order: $MIEN_DATA_DIR, the share/mien beside the running program (a package or an
// install anywhere), the configured install prefix, the source tree this was built from.
#include "common/resource_paths.h"

#include <cstdlib>
#include <filesystem>

namespace mien {
namespace fs = std::filesystem;

std::string installedDataDirectory() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path beside = exe.parent_path().parent_path() / "share" / "mien";
    if (fs::exists(beside / "resources", ec)) return beside.string();
  }
  if (fs::exists(fs::path(MIEN_INSTALL_DATA_DIR) / "resources", ec)) return MIEN_INSTALL_DATA_DIR;
  return "";
}

std::string dataDirectory() {
  if (const char* env = std::getenv("MIEN_DATA_DIR"); env && *env) return env;
  const std::string installed = installedDataDirectory();
  return installed.empty() ? MIEN_SOURCE_DIR : installed;
}

std::string resourcesDirectory() { return dataDirectory() + "/resources"; }
std::string manifestsDirectory() { return dataDirectory() + "/models"; }

}  // namespace mien
