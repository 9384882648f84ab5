// libcurl transfer into a .part file; the checksum is computed from the finished .part file, so a resumed
// download is checked as a whole.
#include "store/model_downloader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <filesystem>
#include <unistd.h>

#include "common/sha1.h"
#include "common/sha256.h"
#include "common/write_failure.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

struct Transfer {
  std::FILE* file = nullptr;
  int writeErrno = 0;
  const DownloadRequest* request = nullptr;
  std::uint64_t resumedFrom = 0, received = 0;
  bool restartedFromZero = false, overCap = false;
};

// The most a file may be: its exact size when the catalogue records one, else the request's cap.
std::uint64_t capOf(const DownloadRequest& r) { return r.expectedSize ? r.expectedSize : r.maxBytes; }

std::size_t onData(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  const std::uint64_t cap = capOf(*t->request);
  if (cap && t->resumedFrom + t->received + bytes > cap) {  // a server that keeps sending fills no disk
    t->overCap = true;
    return 0;
  }
  t->received += bytes;
  if (std::fwrite(data, 1, bytes, t->file) != bytes) {
    t->writeErrno = errno ? errno : EIO;
    return 0;
  }
  return bytes;
}

int onProgress(void* user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  if (t->request->cancel && *t->request->cancel) return 1;
  if (t->request->progress)
    t->request->progress(t->resumedFrom + static_cast<std::uint64_t>(now),
                         total > 0 ? t->resumedFrom + static_cast<std::uint64_t>(total) : t->request->expectedSize);
  return 0;
}

void globalInit() {
  static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == 0; }();
  (void)done;
}

}  // namespace

std::string checksumMismatch(const std::string& path, const DownloadRequest& r) {
  if (!r.sha256.empty()) {
    const std::string found = sha256OfFile(path);
    if (found != r.sha256) return "its SHA-256 is " + found + " but " + r.sha256 + " was expected";
  }
  if (!r.gitBlobSha1.empty()) {
    const std::string found = gitBlobSha1OfFile(path);
    if (found != r.gitBlobSha1) return "its git blob id is " + found + " but " + r.gitBlobSha1 + " was expected";
  }
  return "";
}

namespace {
void downloadOnce(const DownloadRequest& r, bool& restartFromZero);
}

void downloadVerified(const DownloadRequest& r) {
  bool restart = false;
  downloadOnce(r, restart);
  if (restart) {  // the server cannot resume: start over once
    std::error_code ec;
    fs::remove(r.destination + ".part", ec);
    downloadOnce(r, restart);
  }
}

namespace {
void downloadOnce(const DownloadRequest& r, bool& restartFromZero) {
  restartFromZero = false;
  if (r.sha256.empty() && r.gitBlobSha1.empty())
    throw DownloadError("Refusing to download '" + r.url + "' without a checksum to verify it against.");
  globalInit();
  const std::string part = r.destination + ".part";
  std::error_code ec;
  const fs::path folder = fs::path(r.destination).parent_path();
  if (!folder.empty() && !fs::create_directories(folder, ec) && ec)
    throw DownloadError("Cannot create the folder '" + folder.string() + "': " + writeFailureReason(ec.value()) + "; " +
                        writeFailureAdvice(ec.value()) + ", then fetch again.");
  Transfer t;
  t.request = &r;
  t.resumedFrom = fs::exists(part, ec) ? fs::file_size(part, ec) : 0;
  if (r.expectedSize && t.resumedFrom > r.expectedSize) t.resumedFrom = 0;
  t.file = std::fopen(part.c_str(), t.resumedFrom ? "ab" : "wb");
  if (!t.file)
    throw DownloadError("Cannot write '" + part + "': " + writeFailureReason(errno) + "; " + writeFailureAdvice(errno) +
                        ", then fetch again.");

  CURL* curl = curl_easy_init();
  char curlError[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(curl, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 10L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, r.connectSeconds);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, r.stallSeconds);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onData);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curlError);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "Mien model fetcher");
  if (t.resumedFrom) curl_easy_setopt(curl, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(t.resumedFrom));
  if (const std::uint64_t cap = capOf(r); cap > t.resumedFrom)  // a Content-Length above the cap: refused at once
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(cap - t.resumedFrom));
  CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  if (rc == CURLE_OK && t.resumedFrom && status == 200) t.restartedFromZero = true;  // server ignored the Range
  curl_easy_cleanup(curl);
  const bool flushed = std::fflush(t.file) == 0 && ::fsync(fileno(t.file)) == 0;
  std::fclose(t.file);

  if (t.overCap || rc == CURLE_FILESIZE_EXCEEDED) {
    fs::remove(part, ec);
    throw DownloadError("'" + r.url + "' sends more than the " + std::to_string(capOf(r)) + " bytes this file " +
                        (r.expectedSize ? "has" : "may have") + ", so it is not the expected file; nothing was kept.");
  }
  if (t.writeErrno)
    throw DownloadError("Cannot write '" + part + "': " + writeFailureReason(t.writeErrno) + "; " +
                        writeFailureAdvice(t.writeErrno) + ", then fetch again to resume.");
  if (rc == CURLE_RANGE_ERROR && t.resumedFrom) {
    restartFromZero = true;
    return;
  }
  if (rc != CURLE_OK) {
    std::string why;
    switch (rc) {
      case CURLE_COULDNT_CONNECT: why = "the connection was refused"; break;
      case CURLE_COULDNT_RESOLVE_HOST: why = "the host name does not resolve (no network?)"; break;
      case CURLE_OPERATION_TIMEDOUT: why = "the server stopped sending for " + std::to_string(r.stallSeconds) + " s"; break;
      case CURLE_HTTP_RETURNED_ERROR: why = "the server answered HTTP " + std::to_string(status); break;
      case CURLE_ABORTED_BY_CALLBACK: why = "it was cancelled"; break;
      case CURLE_PEER_FAILED_VERIFICATION: why = "the server's certificate is not trusted"; break;
      default: why = curlError[0] ? curlError : curl_easy_strerror(rc);
    }
    if (rc == CURLE_HTTP_RETURNED_ERROR && status == 416) fs::remove(part, ec);  // stale .part longer than the file
    throw DownloadError("Downloading '" + r.url + "' failed: " + why +
                        (fs::exists(part, ec) && fs::file_size(part, ec) > 0 ? "; run the fetch again to resume." : "."));
  }
  if (!flushed) throw DownloadError("Cannot write '" + part + "': the disk is full or failing.");
  if (t.restartedFromZero) {  // the server sent the whole file after our partial bytes
    restartFromZero = true;
    return;
  }
  const std::string mismatch = checksumMismatch(part, r);
  if (!mismatch.empty()) {
    fs::remove(part, ec);
    throw DownloadError("The file downloaded from '" + r.url + "' is not the expected one: " + mismatch +
                        ". Nothing was installed.");
  }
  fs::rename(part, r.destination, ec);
  if (ec) throw DownloadError("Cannot move the verified download into '" + r.destination + "': " + ec.message() + ".");
}
}  // namespace

}  // namespace mien
