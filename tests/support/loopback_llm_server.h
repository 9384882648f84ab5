// A minimal OpenAI-compatible server on 127.0.0.1 (cpp-httplib), written for the tests: /v1/chat/completions
// describes the image (the description names the size of its data URL), /v1/embeddings derives a vector of
// `dimension` values from the text. It can fail its first requests (503) or answer malformed JSON.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace mien::test {

class LoopbackLlmServer {
 public:
  explicit LoopbackLlmServer(int failFirst = 0, bool malformed = false, int dimension = 16, int chatDelayMs = 0);
  ~LoopbackLlmServer();
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  int chatCalls() const { return chatCalls_; }
  int embeddingCalls() const { return embeddingCalls_; }
  std::string instruction() const;

 private:
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0, failFirst_, dimension_, chatDelayMs_;
  std::atomic<int> chatCalls_{0}, embeddingCalls_{0};
  mutable std::mutex mutex_;
  std::string instruction_;
};

}  // namespace mien::test
