// Where Mien's data lives: prompt sets, tokenizer, manifests. $MIEN_DATA_DIR, the installed share/mien, or the source tree.
#pragma once
#include <string>

namespace mien {

std::string dataDirectory();  // contains resources/ and models/
std::string installedDataDirectory();  // share/mien of the installed program, or "" when running from a build
std::string resourcesDirectory();
std::string manifestsDirectory();

}  // namespace mien
