// LLM instruction embeddings from any OpenAI-compatible server (llama.cpp server, vLLM, Ollama): the face image
// and the instruction go to /v1/chat/completions, the description that comes back to /v1/embeddings. Both the
// text and the vector are cached, so nothing is asked twice.
#pragma once
#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/feature_cache.h"

namespace mien {

struct LlmEndpointSettings {
  std::string baseUrl;          // "http://127.0.0.1:8080" (the /v1/... paths are appended)
  std::string chatModel, embeddingModel, apiKey;
  std::string instruction = "Please play the role of a facial action describer. Objectively describe the detailed "
                            "facial actions of the person in the image.";
  int concurrency = 4, retries = 3;
  long timeoutSeconds = 120;
  double backoffSeconds = 0.5;  // doubled after every failed attempt

  void validate() const;  // throws ModelError naming the option out of range
};

struct LlmRequestImage {
  std::string hash;     // content hash, the cache key
  std::string pngPath;  // the aligned face, sent as a data URL
  std::string label;    // what a failure names ("clip.mp4 frame 40"); the crop's path when empty
};

// The server cannot be reached at all (connection refused, unknown host, no connection in time): no other image
// would fare better, so the whole step stops with this, naming the address and what to check.
struct LlmServerUnreachable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct LlmProviderReport {
  int fromCache = 0, computed = 0;
  std::vector<std::pair<std::string, std::string>> failures;  // image path, reason
};

class LlmEndpointProvider {
 public:
  LlmEndpointProvider(LlmEndpointSettings settings, FeatureCache& cache);
  // One quick request (a few seconds at most) that throws LlmServerUnreachable unless the server answers at all.
  void checkReachable() const;
  // Fills the cache for every image; per-image failures are listed, not fatal, but an unreachable server stops
  // every worker and throws LlmServerUnreachable (what was computed stays cached). `progress(done, total)`.
  LlmProviderReport embedAll(const std::vector<LlmRequestImage>& images,
                             const std::function<void(int, int)>& progress = {}, const std::atomic<bool>* cancel = nullptr);
  std::string llmId() const;  // the cache key part naming the chat and embedding models

 private:
  LlmEntry embedOne(const LlmRequestImage& image) const;
  std::string post(const std::string& path, const std::string& body) const;  // throws std::runtime_error
  std::string unreachable(int curlCode, long connectSeconds) const;
  LlmEndpointSettings settings_;
  FeatureCache& cache_;
};

// Parsers for the two replies, separate so that they can be tested and fuzzed; throw std::runtime_error.
std::string parseChatCompletionText(const std::string& reply);
std::vector<float> parseEmbeddingVector(const std::string& reply);

}  // namespace mien
