// Temporary file + fsync + rename: the only way Mien writes outputs that must never be half there.
#include "common/atomic_file_writer.h"

#include "common/write_failure.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <unistd.h>

namespace mien {
namespace {
std::runtime_error writeError(const std::string& path, int err) {
  return std::runtime_error("Cannot write '" + path + "': " + writeFailureReason(err) + "; nothing was written (" +
                            writeFailureAdvice(err) + ", then try again).");
}
}  // namespace

AtomicFileWriter::AtomicFileWriter(std::string path) : path_(std::move(path)), partPath_(path_ + ".part") {
  file_ = std::fopen(partPath_.c_str(), "wb");
  if (!file_) throw writeError(path_, errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_) std::fclose(file_);
  if (!committed_) std::remove(partPath_.c_str());
}

void AtomicFileWriter::write(const void* data, std::size_t size) {
  if (size == 0) return;
  if (std::fwrite(data, 1, size, file_) != size) throw writeError(path_, errno ? errno : EIO);
  written_ += size;
}

void AtomicFileWriter::commit() {
  if (std::fflush(file_) != 0 || ::fsync(fileno(file_)) != 0) throw writeError(path_, errno);
  int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) throw writeError(path_, errno);
  if (std::rename(partPath_.c_str(), path_.c_str()) != 0) throw writeError(path_, errno);
  committed_ = true;
}

}  // namespace mien
