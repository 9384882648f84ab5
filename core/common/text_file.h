// Reads a whole (small) file into a string: manifests, prompt sets, vocabularies.
#pragma once
#include <string>

namespace mien {

// Throws ModelError "Cannot open <what> '<path>'." when the file cannot be read.
std::string readWholeFile(const std::string& path, const std::string& what);

}  // namespace mien
