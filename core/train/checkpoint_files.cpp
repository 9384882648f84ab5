// Numbers are compared as numbers, so epoch-10 comes after epoch-9.
#include "train/checkpoint_files.h"

#include <filesystem>
#include <regex>

namespace mien {

std::string latestCheckpoint(const std::string& dir) {
  static const std::regex name(R"(epoch-(\d{1,9})\.safetensors)");
  std::error_code ec;
  int best = 0;
  std::string path;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::smatch m;
    const std::string file = e.path().filename().string();
    if (std::regex_match(file, m, name) && std::stoi(m[1]) > best) best = std::stoi(m[1]), path = e.path().string();
  }
  return path;
}

}  // namespace mien
