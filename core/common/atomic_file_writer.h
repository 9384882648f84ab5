// Writes a file through "<path>.part", fsync and rename, so a reader never sees a half-written file.
#pragma once
#include <cstddef>
#include <cstdio>
#include <string>

namespace mien {

class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::string path);  // throws std::runtime_error naming the path
  ~AtomicFileWriter();                           // removes the .part file unless commit() succeeded
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void write(const void* data, std::size_t size);  // throws on a full disk or I/O error
  void write(const std::string& text) { write(text.data(), text.size()); }
  std::size_t bytesWritten() const { return written_; }
  void commit();  // flush, fsync, rename into place

 private:
  std::string path_, partPath_;
  std::FILE* file_ = nullptr;
  std::size_t written_ = 0;
  bool committed_ = false;
};

}  // namespace mien
