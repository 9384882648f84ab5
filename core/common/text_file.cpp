// Whole-file reads.
#include "common/text_file.h"

#include <fstream>
#include <sstream>

#include "common/errors.h"

namespace mien {

std::string readWholeFile(const std::string& path, const std::string& what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError("Cannot open " + what + " '" + path + "'.");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace mien
