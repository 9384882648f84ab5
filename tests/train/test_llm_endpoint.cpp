// The OpenAI-compatible LLM provider against a real HTTP server on loopback that follows the API: images and
// the instruction arrive, descriptions and vectors are cached, retries ride out a flaky server, and refused
// connections and malformed replies are reported per image.
#include <QtTest>
#include <atomic>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/sha256.h"
#include "io/feature_cache.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/llm_endpoint_provider.h"

using namespace mien;

namespace {

// A minimal OpenAI-compatible server: the description names the image's size; the embedding is derived from it.
class FakeLlmServer {
 public:
  explicit FakeLlmServer(int failFirst = 0, bool malformed = false) : failFirst_(failFirst) {
    server_.Post("/v1/chat/completions", [this, malformed](const httplib::Request& req, httplib::Response& res) {
      if (++chatCalls_ <= failFirst_) return void(res.status = 503);
      const auto body = nlohmann::json::parse(req.body);
      const auto& content = body.at("messages").at(0).at("content");
      instruction_ = content.at(0).at("text").get<std::string>();
      const std::string url = content.at(1).at("image_url").at("url").get<std::string>();
      if (url.rfind("data:image/png;base64,", 0) != 0) return void(res.status = 400);
      if (malformed) return res.set_content("{\"choices\": []}", "application/json");
      const std::string text = "A face; " + std::to_string(url.size()) + " bytes of image; lips pulled up.";
      res.set_content(nlohmann::json({{"choices", {{{"message", {{"role", "assistant"}, {"content", text}}}}}}}).dump(),
                      "application/json");
    });
    server_.Post("/v1/embeddings", [this](const httplib::Request& req, httplib::Response& res) {
      ++embeddingCalls_;
      const std::string text = nlohmann::json::parse(req.body).at("input").get<std::string>();
      std::vector<float> v(16);
      for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<float>((text.size() * (i + 3)) % 17) / 17.0f;
      res.set_content(nlohmann::json({{"data", {{{"embedding", v}, {"index", 0}}}}}).dump(), "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FakeLlmServer() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  int chatCalls() const { return chatCalls_; }
  int embeddingCalls() const { return embeddingCalls_; }
  std::string instruction() const { return instruction_; }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0, failFirst_;
  std::atomic<int> chatCalls_{0}, embeddingCalls_{0};
  std::string instruction_;
};

std::vector<LlmRequestImage> faces() {
  std::vector<LlmRequestImage> out;
  for (const char* f : {"media/astronaut.png", "media/messi5.jpg", "media/multi_face.jpg"}) {
    const std::string path = test::sharedPath(f);
    out.push_back({sha256OfFile(path), path});
  }
  return out;
}

LlmEndpointSettings settings(const std::string& url) {
  LlmEndpointSettings s;
  s.baseUrl = url;
  s.chatModel = "llava";
  s.embeddingModel = "nomic-embed";
  s.concurrency = 2;
  s.retries = 3;
  s.backoffSeconds = 0.05;
  s.timeoutSeconds = 10;
  return s;
}

}  // namespace

class TestLlmEndpoint : public QObject {
  Q_OBJECT

 private slots:
  void embedsEveryImageOnceAndCachesTextAndVector() {
    FakeLlmServer server;
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    LlmEndpointProvider provider(settings(server.url()), cache);
    const auto first = provider.embedAll(faces());
    QCOMPARE(first.computed, 3);
    QVERIFY(first.failures.empty());
    QCOMPARE(server.instruction(), settings("").instruction);
    const auto entry = cache.llmEmbedding(faces()[0].hash, provider.llmId(), settings("").instruction);
    QVERIFY(entry && entry->description.find("lips pulled up") != std::string::npos);
    QCOMPARE(entry->embedding.size(), std::size_t{16});
    const auto second = provider.embedAll(faces());
    QCOMPARE(second.fromCache, 3);
    QCOMPARE(server.chatCalls(), 3);
    QCOMPARE(server.embeddingCalls(), 3);
  }

  void retriesRideOutAFlakyServer() {
    FakeLlmServer server(/*failFirst=*/2);
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    auto s = settings(server.url());
    s.concurrency = 1;
    const auto report = LlmEndpointProvider(s, cache).embedAll(faces());
    QCOMPARE(report.computed, 3);
    QCOMPARE(server.chatCalls(), 5);
  }

  void refusedAndMalformedAreReportedPerImage() {
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    auto s = settings("http://127.0.0.1:1");
    s.retries = 1;
    const auto refused = LlmEndpointProvider(s, cache).embedAll(faces());
    QCOMPARE(refused.failures.size(), std::size_t{3});
    QVERIFY2(QString::fromStdString(refused.failures[0].second).contains("refused"), refused.failures[0].second.c_str());
    FakeLlmServer broken(0, /*malformed=*/true);
    const auto malformed = LlmEndpointProvider(settings(broken.url()), cache).embedAll(faces());
    QCOMPARE(malformed.failures.size(), std::size_t{3});
    QVERIFY(QString::fromStdString(malformed.failures[0].second).contains("malformed"));
    QVERIFY(!cache.llmEmbedding(faces()[0].hash, "llava+nomic-embed", settings("").instruction));
  }

  void replyParsersRejectGarbage() {
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseChatCompletionText("not json"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseEmbeddingVector(R"({"data": [{"embedding": ["a"]}]})"));
    QCOMPARE(parseEmbeddingVector(R"({"data": [{"embedding": [0.5, 1]}]})"), (std::vector<float>{0.5f, 1.0f}));
  }
};

MIEN_TEST_MAIN(TestLlmEndpoint)
#include "test_llm_endpoint.moc"
