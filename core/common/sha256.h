// SHA-256 of bytes and files (FIPS 180-4), for checksums in sidecars and model downloads.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace mien {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  std::string hexDigest();  // finishes the hash

 private:
  void block(const std::uint8_t* chunk);
  std::uint32_t state_[8];
  std::uint8_t buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256Hex(const std::string& bytes);
std::string sha256OfFile(const std::string& path);  // throws std::runtime_error naming the file

}  // namespace mien
