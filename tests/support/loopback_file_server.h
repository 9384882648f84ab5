// A real HTTP server on 127.0.0.1 (cpp-httplib) serving files from memory, with the failures downloads meet:
// /files/NAME (Range supported), /drop/NAME (first request cut off half-way), /wrong/NAME (other bytes),
// /stall/NAME (sends a little, then nothing), /slow/NAME (4 KiB every 10 ms), /endless/NAME (chunks without a
// length, never ending), anything else 404.
#pragma once
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace mien::test {

class LoopbackFileServer {
 public:
  explicit LoopbackFileServer(std::map<std::string, std::string> files);
  ~LoopbackFileServer();
  std::string baseUrl() const;  // "http://127.0.0.1:PORT"
  std::vector<std::string> rangesSeen() const;

 private:
  std::map<std::string, std::string> files_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> dropped_{0};
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::vector<std::string> ranges_;
};

}  // namespace mien::test
