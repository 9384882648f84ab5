// The text of --version: Mien's version and commit, LibTorch's version, and the compute device found.
#pragma once
#include <string>

namespace mien {

std::string versionText(const std::string& program);

}  // namespace mien
