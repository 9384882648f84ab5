// Loopback file server for download tests.
#include "support/loopback_file_server.h"

#include <chrono>
#include <httplib.h>

namespace mien::test {

LoopbackFileServer::LoopbackFileServer(std::map<std::string, std::string> files)
    : files_(std::move(files)), server_(std::make_unique<httplib::Server>()) {
  auto serve = [this](const httplib::Request& req, httplib::Response& res, const std::string& body) {
    if (req.has_header("Range")) {
      std::lock_guard<std::mutex> lock(mutex_);
      ranges_.push_back(req.get_header_value("Range"));
    }
    res.set_content(body, "application/octet-stream");  // cpp-httplib answers Range requests with 206 itself
  };
  server_->Get(R"(/files/(.+))", [this, serve](const httplib::Request& req, httplib::Response& res) {
    auto it = files_.find(req.matches[1]);
    if (it == files_.end()) return void(res.status = 404);
    serve(req, res, it->second);
  });
  server_->Get(R"(/wrong/(.+))", [this, serve](const httplib::Request& req, httplib::Response& res) {
    auto it = files_.find(req.matches[1]);
    if (it == files_.end()) return void(res.status = 404);
    std::string other = it->second;
    other[other.size() / 2] = static_cast<char>(other[other.size() / 2] ^ 0x55);
    serve(req, res, other);
  });
  server_->Get(R"(/drop/(.+))", [this, serve](const httplib::Request& req, httplib::Response& res) {
    auto it = files_.find(req.matches[1]);
    if (it == files_.end()) return void(res.status = 404);
    if (dropped_++ > 0) return serve(req, res, it->second);
    const std::string body = it->second;
    res.set_content_provider(body.size(), "application/octet-stream",
                             [body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                               if (offset >= body.size() / 2) return false;  // connection closed mid-file
                               sink.write(body.data() + offset, body.size() / 2 - offset);
                               return true;
                             });
  });
  server_->Get(R"(/stall/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    auto it = files_.find(req.matches[1]);
    if (it == files_.end()) return void(res.status = 404);
    const std::string body = it->second;
    res.set_content_provider(body.size(), "application/octet-stream",
                             [this, body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                               if (offset == 0) return sink.write(body.data(), 100), true;
                               for (int i = 0; i < 300 && !stopping_; ++i)  // up to 30 s of silence
                                 std::this_thread::sleep_for(std::chrono::milliseconds(100));
                               return false;
                             });
  });
  server_->Get(R"(/slow/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    auto it = files_.find(req.matches[1]);
    if (it == files_.end()) return void(res.status = 404);
    const std::string body = it->second;
    res.set_content_provider(body.size(), "application/octet-stream",
                             [this, body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                               if (stopping_) return false;
                               std::this_thread::sleep_for(std::chrono::milliseconds(10));
                               sink.write(body.data() + offset, std::min<std::size_t>(4096, body.size() - offset));
                               return true;
                             });
  });
  server_->Get(R"(/endless/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    if (!files_.count(req.matches[1])) return void(res.status = 404);
    res.set_chunked_content_provider("application/octet-stream", [this](std::size_t, httplib::DataSink& sink) {
      static const std::string chunk(64 * 1024, 'x');
      return !stopping_ && sink.write(chunk.data(), chunk.size());  // until the client hangs up
    });
  });
  port_ = server_->bind_to_any_port("127.0.0.1");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

LoopbackFileServer::~LoopbackFileServer() {
  stopping_ = true;
  server_->stop();
  thread_.join();
}

std::string LoopbackFileServer::baseUrl() const { return "http://127.0.0.1:" + std::to_string(port_); }

std::vector<std::string> LoopbackFileServer::rangesSeen() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return ranges_;
}

}  // namespace mien::test
