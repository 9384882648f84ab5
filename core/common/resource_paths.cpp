// Data directory lookup, in order: $MIEN_DATA_DIR, the install prefix, the source tree this was built from.
#include "common/resource_paths.h"

#include <cstdlib>
#include <filesystem>

namespace mien {

std::string dataDirectory() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("MIEN_DATA_DIR"); env && *env) return env;
  if (fs::exists(fs::path(MIEN_INSTALL_DATA_DIR) / "resources")) return MIEN_INSTALL_DATA_DIR;
  return MIEN_SOURCE_DIR;
}

std::string resourcesDirectory() { return dataDirectory() + "/resources"; }
std::string manifestsDirectory() { return dataDirectory() + "/models"; }

}  // namespace mien
