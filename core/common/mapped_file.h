// Read-only memory map of a whole file, so weight readers never copy a large file twice.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace mien {

class MappedFile {
 public:
  explicit MappedFile(const std::string& path);  // throws ModelError naming the path
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const std::uint8_t* data() const { return data_; }
  std::size_t size() const { return size_; }
  const std::string& path() const { return path_; }
  // Drops the pages wholly inside [from, from + size) from this process's memory once they have been read;
  // a later read of them loads them again from the file.
  void releasePages(const std::uint8_t* from, std::size_t size) const;

 private:
  std::string path_;
  const std::uint8_t* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace mien
