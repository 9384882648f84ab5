// The OpenAI-compatible LLM provider against a real HTTP server on loopback that follows the API: images and
// the instruction arrive, descriptions and vectors are cached, retries ride out a flaky server, malformed
// replies are reported per image, and a server that is not there stops the run within seconds, by its address.
#include <QtTest>
#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/sha256.h"
#include "io/feature_cache.h"
#include "support/fixtures.h"
#include "support/loopback_llm_server.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/llm_endpoint_provider.h"

using namespace mien;

namespace {

std::vector<LlmRequestImage> faces() {
  std::vector<LlmRequestImage> out;
  for (const char* f : {"media/astronaut.png", "media/messi5.jpg", "media/multi_face.jpg"}) {
    const std::string path = test::sharedPath(f);
    out.push_back({sha256OfFile(path), path, {}});
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
    test::LoopbackLlmServer server;
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
    test::LoopbackLlmServer server(/*failFirst=*/2);
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    auto s = settings(server.url());
    s.concurrency = 1;
    const auto report = LlmEndpointProvider(s, cache).embedAll(faces());
    QCOMPARE(report.computed, 3);
    QCOMPARE(server.chatCalls(), 5);
  }

  void aClosedPortFailsWithinSecondsNamingTheAddress() {
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    const auto s = settings("http://127.0.0.1:1");  // nothing listens on port 1
    LlmEndpointProvider provider(s, cache);
    QElapsedTimer clock;
    clock.start();
    try {
      provider.checkReachable();
      QFAIL("a closed port was taken for a server");
    } catch (const LlmServerUnreachable& e) {
      const QString text = e.what();
      QVERIFY2(text.contains("http://127.0.0.1:1") && text.contains("refused") && text.contains("Check that the server is running"),
               e.what());
    }
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    // The run itself stops at once too, with the same sentence, not one failure per image.
    clock.restart();
    QVERIFY_THROWS_EXCEPTION(LlmServerUnreachable, provider.embedAll(faces()));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    // An unknown host is named as such.
    LlmEndpointProvider unknown(settings("http://no-such-host.invalid:8080"), cache);
    try {
      unknown.checkReachable();
      QFAIL("an unknown host was taken for a server");
    } catch (const LlmServerUnreachable& e) {
      QVERIFY2(QString(e.what()).contains("no-such-host.invalid:8080"), e.what());
    }
  }

  void aListeningServerIsReachableWithoutModelsList() {
    test::LoopbackLlmServer server;  // answers 404 to /v1/models: someone is listening all the same
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    LlmEndpointProvider(settings(server.url()), cache).checkReachable();
  }

  void malformedRepliesAreReportedPerImageByLabel() {
    test::ScratchDir dir;
    FeatureCache cache(dir.path("cache.sqlite"));
    test::LoopbackLlmServer broken(0, /*malformed=*/true);
    auto labelled = faces();
    labelled[0].label = "session1.mp4 frame 40";
    const auto named = LlmEndpointProvider(settings(broken.url()), cache).embedAll(labelled);
    QCOMPARE(named.failures.size(), std::size_t{3});
    QVERIFY(std::any_of(named.failures.begin(), named.failures.end(), [](const auto& f) { return f.first == "session1.mp4 frame 40"; }));
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
