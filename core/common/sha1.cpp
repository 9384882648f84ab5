// SHA-1 for git blob ids. Not used for anything where collisions matter more than a download check.
#include "common/sha1.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace mien {
namespace {

class Sha1 {
 public:
  void update(const void* data, std::size_t size) {
    const auto* p = static_cast<const std::uint8_t*>(data);
    length_ += size;
    while (size--) {
      buffer_[buffered_++] = *p++;
      if (buffered_ == 64) {
        block();
        buffered_ = 0;
      }
    }
  }
  std::string hexDigest() {
    const std::uint64_t bits = length_ * 8;
    const std::uint8_t pad = 0x80, zero = 0;
    update(&pad, 1);
    while (buffered_ != 56) update(&zero, 1);
    for (int i = 7; i >= 0; --i) {
      const std::uint8_t b = static_cast<std::uint8_t>(bits >> (8 * i));
      update(&b, 1);
    }
    char hex[41];
    for (int i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", h_[i]);
    return std::string(hex, 40);
  }

 private:
  static std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
  void block() {
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i)
      w[i] = (buffer_[4 * i] << 24) | (buffer_[4 * i + 1] << 16) | (buffer_[4 * i + 2] << 8) | buffer_[4 * i + 3];
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f, k;
      if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
      else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else f = b ^ c ^ d, k = 0xCA62C1D6;
      const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h_[0] += a;
    h_[1] += b;
    h_[2] += c;
    h_[3] += d;
    h_[4] += e;
  }
  std::uint32_t h_[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::uint8_t buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

}  // namespace

std::string gitBlobSha1OfFile(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  std::FILE* f = ec ? nullptr : std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error("Cannot read '" + path + "' to compute its checksum.");
  Sha1 h;
  const std::string header = "blob " + std::to_string(size) + std::string(1, '\0');
  h.update(header.data(), header.size());
  std::vector<char> buffer(1 << 16);
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0) h.update(buffer.data(), n);
  std::fclose(f);
  return h.hexDigest();
}

}  // namespace mien
