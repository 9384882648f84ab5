// SHA-1 (FIPS 180-4), only to check files against git blob ids ("blob <size>\0" + bytes), as GitHub serves them.
#pragma once
#include <string>

namespace mien {

std::string gitBlobSha1OfFile(const std::string& path);  // throws std::runtime_error naming the file

}  // namespace mien
