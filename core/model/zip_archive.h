// Minimal zip container as PyTorch writes it (stored entries, optional zip64): read and write.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace mien {

// Index of a zip held in memory; entries point into the caller's bytes (which must outlive it).
class ZipArchiveReader {
 public:
  ZipArchiveReader(const std::uint8_t* data, std::size_t size, std::string name);  // throws ModelError

  bool contains(const std::string& entry) const { return entries_.count(entry) != 0; }
  // Bytes of a stored (uncompressed) entry; throws ModelError when absent or compressed.
  std::pair<const std::uint8_t*, std::size_t> entry(const std::string& entry) const;
  std::vector<std::string> names() const;

 private:
  struct Entry {
    std::uint64_t localHeaderOffset, compressedSize, size;
    std::uint16_t method;
  };
  const std::uint8_t* data_;
  std::size_t size_;
  std::string name_;
  std::map<std::string, Entry> entries_;
};

// Builds a stored zip with 64-byte aligned entry data, as torch.save does.
class ZipArchiveWriter {
 public:
  void add(const std::string& name, const void* data, std::size_t size);
  std::vector<std::uint8_t> finish();

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc, size, offset;
  };
  std::vector<std::uint8_t> bytes_;
  std::vector<Entry> entries_;
};

}  // namespace mien
