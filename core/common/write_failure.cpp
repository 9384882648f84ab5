#include "common/write_failure.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace mien {

bool isDiskFull(int err) { return err == ENOSPC || err == EFBIG || err == EDQUOT; }

std::string writeFailureReason(int err) {
  if (isDiskFull(err)) return "the disk is full or the file is too large";
  if (err == EACCES || err == EPERM) return "permission denied (the folder is not writable for this user)";
  if (err == EROFS) return "the folder is on a read-only file system";
  if (err == ENOENT) return "its folder does not exist";
  return std::strerror(err);
}

std::string writeFailureAdvice(int err) {
  if (isDiskFull(err)) return "free some space";
  if (err == EACCES || err == EPERM || err == EROFS) return "choose a folder you can write to, or ask for write access";
  if (err == ENOENT) return "create the folder or choose another";
  return "check the disk and the folder";
}

void createOutputFolder(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (std::filesystem::is_directory(dir)) return;
  const int err = ec ? ec.value() : ENOTDIR;
  throw std::runtime_error("Cannot create the output folder '" + dir + "': " +
                           (err == ENOTDIR || err == EEXIST ? std::string("a file of that name is in the way")
                                                            : writeFailureReason(err)) +
                           "; " + writeFailureAdvice(err) + " (-o).");
}

}  // namespace mien
