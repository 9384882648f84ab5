// Downloads one file over HTTP(S) with libcurl into "<destination>.part", resuming an interrupted transfer
// (HTTP Range), and moves it into place only after its checksum matches: never a half-written model.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace mien {

class DownloadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct DownloadRequest {
  std::string url;
  std::string destination;
  std::string sha256;       // expected, hex; one of the two checksums must be given
  std::string gitBlobSha1;  // expected git blob id, hex
  std::uint64_t expectedSize = 0;  // 0 = unknown
  std::uint64_t maxBytes = 0;      // when the exact size is unknown: refuse past this many (0 = no cap)
  long stallSeconds = 30;          // no byte for this long: give up (the .part file stays for a resume)
  long connectSeconds = 20;
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
  const std::atomic<bool>* cancel = nullptr;
};

// Throws DownloadError with one sentence: refused connection, HTTP status, stall, full disk, wrong checksum
// (naming expected and found), cancel. The destination appears only complete and verified.
void downloadVerified(const DownloadRequest& request);

// Checks a file on disk against the request's checksums; returns "" when it matches, else the reason.
std::string checksumMismatch(const std::string& path, const DownloadRequest& request);

}  // namespace mien
