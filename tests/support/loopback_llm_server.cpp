// The server's handlers follow the OpenAI API shapes that llama.cpp server, vLLM and Ollama answer with.
#include "support/loopback_llm_server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace mien::test {

LoopbackLlmServer::LoopbackLlmServer(int failFirst, bool malformed, int dimension, int chatDelayMs)
    : server_(std::make_unique<httplib::Server>()), failFirst_(failFirst), dimension_(dimension), chatDelayMs_(chatDelayMs) {
  server_->Post("/v1/chat/completions", [this, malformed](const httplib::Request& req, httplib::Response& res) {
    if (chatDelayMs_) std::this_thread::sleep_for(std::chrono::milliseconds(chatDelayMs_));  // a model thinking
    if (++chatCalls_ <= failFirst_) return void(res.status = 503);
    const auto body = nlohmann::json::parse(req.body);
    const auto& content = body.at("messages").at(0).at("content");
    {
      std::lock_guard<std::mutex> lock(mutex_);
      instruction_ = content.at(0).at("text").get<std::string>();
    }
    const std::string url = content.at(1).at("image_url").at("url").get<std::string>();
    if (url.rfind("data:image/png;base64,", 0) != 0 && url.rfind("data:image/jpeg;base64,", 0) != 0)
      return void(res.status = 400);
    if (malformed) return res.set_content("{\"choices\": []}", "application/json");
    const std::string text = "A face; " + std::to_string(url.size()) + " bytes of image; lips pulled up.";
    res.set_content(nlohmann::json({{"choices", {{{"message", {{"role", "assistant"}, {"content", text}}}}}}}).dump(),
                    "application/json");
  });
  server_->Post("/v1/embeddings", [this](const httplib::Request& req, httplib::Response& res) {
    ++embeddingCalls_;
    const std::string text = nlohmann::json::parse(req.body).at("input").get<std::string>();
    std::vector<float> v(static_cast<std::size_t>(dimension_));
    std::uint64_t state = std::hash<std::string>{}(text);
    for (auto& x : v) {  // a deterministic vector per text
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      x = static_cast<float>((state >> 33) % 2001) / 1000.0f - 1.0f;
    }
    res.set_content(nlohmann::json({{"data", {{{"embedding", v}, {"index", 0}}}}}).dump(), "application/json");
  });
  port_ = server_->bind_to_any_port("127.0.0.1");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

LoopbackLlmServer::~LoopbackLlmServer() {
  server_->stop();
  thread_.join();
}

std::string LoopbackLlmServer::instruction() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return instruction_;
}

}  // namespace mien::test
