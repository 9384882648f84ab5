// What an annotation's inputs name: a folder of videos is its videos, a folder of images one image sequence, a
// pattern its matches. The CLI's annotate and the Python module's annotate both expand inputs this way.
#pragma once
#include <string>
#include <vector>

namespace mien {

// In the order given (a folder's videos sorted by path); a name that matches nothing is kept as it is, so that
// opening it reports it as missing.
std::vector<std::string> expandAnnotationInputs(const std::vector<std::string>& names);

// An input list file (`--input-list`): one name per line as on the command line (relative ones from the current
// folder); blank lines and lines starting with '#' are skipped. Throws ModelError naming the file when it cannot be
// read or names nothing.
std::vector<std::string> readInputList(const std::string& path);

}  // namespace mien
