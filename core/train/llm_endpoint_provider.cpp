// libcurl POSTs with retries and exponential back-off; a small pool of workers; one cache write per image
// (the cache serialises writers). A server that cannot be reached stops the whole run at once.
#include "train/llm_endpoint_provider.h"

#include "common/json_numbers.h"

#include <chrono>
#include <curl/curl.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "common/option_range.h"
#include "common/text_file.h"

namespace mien {
namespace {

std::string base64(const std::string& bytes) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]};
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += table[v >> 18];
    out += table[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? table[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

}  // namespace

std::string parseChatCompletionText(const std::string& reply) {
  try {
    const auto j = nlohmann::json::parse(reply);
    const auto& content = j.at("choices").at(0).at("message").at("content");
    if (!content.is_string() || content.get<std::string>().empty()) throw std::runtime_error("empty");
    return content.get<std::string>();
  } catch (const std::exception&) {
    throw std::runtime_error("the chat reply is malformed (no choices[0].message.content text)");
  }
}

std::vector<float> parseEmbeddingVector(const std::string& reply) {
  try {
    const auto j = nlohmann::json::parse(reply);
    const auto& values = j.at("data").at(0).at("embedding");
    std::vector<float> v;
    for (const auto& x : values) v.push_back(jsonNumber<float>(x));
    if (v.empty()) throw std::runtime_error("empty");
    return v;
  } catch (const std::exception&) {
    throw std::runtime_error("the embeddings reply is malformed (no data[0].embedding numbers)");
  }
}

void LlmEndpointSettings::validate() const {
  checkOption("--concurrency", concurrency, {1, 256, true});
  checkOption("--timeout", static_cast<double>(timeoutSeconds), {1, 86400, true});
  checkOption("retries", retries, {0, 100, true});
  checkOption("backoff", backoffSeconds, {0, 3600, false});
}

LlmEndpointProvider::LlmEndpointProvider(LlmEndpointSettings settings, FeatureCache& cache)
    : settings_(std::move(settings)), cache_(cache) {
  settings_.validate();
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == 0;
  (void)initialised;
}

std::string LlmEndpointProvider::llmId() const { return settings_.chatModel + "+" + settings_.embeddingModel; }

namespace {

struct Reply {
  CURLcode code = CURLE_OK;
  long status = 0;
  bool connected = false;
  std::string body;
};

// One request: a POST of `body`, or a GET when it is null.
Reply perform(const std::string& url, const std::string* body, const std::string& apiKey, long timeoutSeconds,
              long connectSeconds) {
  Reply r;
  CURL* curl = curl_easy_init();
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  if (!apiKey.empty()) headers = curl_slist_append(headers, ("Authorization: Bearer " + apiKey).c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  if (body) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body->size()));
  }
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeoutSeconds);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, connectSeconds);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
  r.code = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
  curl_off_t connectTime = 0;
  curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connectTime);
  r.connected = connectTime > 0 || r.status > 0;
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return r;
}

bool isUnreachable(const Reply& r) {
  return r.code == CURLE_COULDNT_CONNECT || r.code == CURLE_COULDNT_RESOLVE_HOST || r.code == CURLE_COULDNT_RESOLVE_PROXY ||
         r.code == CURLE_URL_MALFORMAT || r.code == CURLE_UNSUPPORTED_PROTOCOL ||
         (r.code == CURLE_OPERATION_TIMEDOUT && !r.connected);
}

}  // namespace

std::string LlmEndpointProvider::unreachable(int curlCode, long connectSeconds) const {
  const auto code = static_cast<CURLcode>(curlCode);
  std::string why = code == CURLE_COULDNT_CONNECT ? "the connection was refused"
                    : code == CURLE_COULDNT_RESOLVE_HOST ? "its host name is unknown"
                    : code == CURLE_COULDNT_RESOLVE_PROXY ? "the proxy's host name is unknown"
                    : code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL
                        ? "the address is not an http:// or https:// URL"
                        : "it did not accept a connection within " + std::to_string(connectSeconds) + " s";
  return "Cannot reach the LLM server at " + settings_.baseUrl + ": " + why +
         ". Check that the server is running (llama.cpp server, vLLM, Ollama), that the address and port are the "
         "ones it listens on, and that no firewall or proxy is in the way.";
}

void LlmEndpointProvider::checkReachable() const {
  constexpr long kConnectSeconds = 3;
  const Reply r = perform(settings_.baseUrl + "/v1/models", nullptr, settings_.apiKey, 2 * kConnectSeconds, kConnectSeconds);
  if (isUnreachable(r)) throw LlmServerUnreachable(unreachable(r.code, kConnectSeconds));
  // Any HTTP answer, even 404 from a server without /v1/models, means someone is listening.
}

std::string LlmEndpointProvider::post(const std::string& path, const std::string& body) const {
  constexpr long kConnectSeconds = 5;
  const std::string url = settings_.baseUrl + path;
  std::string lastError;
  bool unreachableEveryTime = true;
  CURLcode lastCode = CURLE_OK;
  double wait = settings_.backoffSeconds;
  for (int attempt = 0; attempt <= settings_.retries; ++attempt) {
    if (attempt > 0) {
      std::this_thread::sleep_for(std::chrono::duration<double>(wait));
      wait *= 2;
    }
    const Reply r = perform(url, &body, settings_.apiKey, settings_.timeoutSeconds, kConnectSeconds);
    if (r.code == CURLE_OK && r.status >= 200 && r.status < 300) return r.body;
    unreachableEveryTime = unreachableEveryTime && isUnreachable(r);
    lastCode = r.code;
    if (r.code == CURLE_OPERATION_TIMEDOUT) lastError = "no answer from " + url + " within " + std::to_string(settings_.timeoutSeconds) + " s";
    else if (r.code != CURLE_OK) lastError = std::string(curl_easy_strerror(r.code)) + " for " + url;
    else lastError = url + " answered HTTP " + std::to_string(r.status);
    if (r.code == CURLE_OK && r.status >= 400 && r.status < 500 && r.status != 429) break;  // the request itself is wrong
  }
  if (unreachableEveryTime) throw LlmServerUnreachable(unreachable(lastCode, kConnectSeconds));
  throw std::runtime_error(lastError);
}

LlmEntry LlmEndpointProvider::embedOne(const LlmRequestImage& image) const {
  const std::string dataUrl = "data:image/png;base64," + base64(readWholeFile(image.pngPath, "face image"));
  const nlohmann::json chat = {
      {"model", settings_.chatModel},
      {"messages",
       {{{"role", "user"},
         {"content", {{{"type", "text"}, {"text", settings_.instruction}},
                      {{"type", "image_url"}, {"image_url", {{"url", dataUrl}}}}}}}}}};
  LlmEntry entry;
  entry.description = parseChatCompletionText(post("/v1/chat/completions", chat.dump()));
  const nlohmann::json embed = {{"model", settings_.embeddingModel}, {"input", entry.description}};
  entry.embedding = parseEmbeddingVector(post("/v1/embeddings", embed.dump()));
  return entry;
}

LlmProviderReport LlmEndpointProvider::embedAll(const std::vector<LlmRequestImage>& images,
                                                const std::function<void(int, int)>& progress,
                                                const std::atomic<bool>* cancel) {
  LlmProviderReport report;
  std::mutex mutex;
  std::size_t next = 0;
  int done = 0;
  std::string unreachableWhy;  // set once: every worker stops
  auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (next >= images.size() || (cancel && *cancel) || !unreachableWhy.empty()) return;
        index = next++;
      }
      const auto& image = images[index];
      std::optional<LlmEntry> cached;
      {
        std::lock_guard<std::mutex> lock(mutex);
        cached = cache_.llmEmbedding(image.hash, llmId(), settings_.instruction);
      }
      std::string failure;
      std::optional<LlmEntry> computed;
      if (!cached) {
        try {
          computed = embedOne(image);
        } catch (const LlmServerUnreachable& e) {
          std::lock_guard<std::mutex> lock(mutex);
          if (unreachableWhy.empty()) unreachableWhy = e.what();
          return;
        } catch (const std::exception& e) {
          failure = e.what();
        }
      }
      std::lock_guard<std::mutex> lock(mutex);
      if (cached) ++report.fromCache;
      else if (computed) {
        cache_.putLlmEmbedding(image.hash, llmId(), settings_.instruction, *computed);
        ++report.computed;
      } else {
        report.failures.emplace_back(image.label.empty() ? image.pngPath : image.label, failure);
      }
      ++done;
      if (progress) progress(done, static_cast<int>(images.size()));
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < std::max(1, settings_.concurrency); ++i) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
  if (!unreachableWhy.empty()) throw LlmServerUnreachable(unreachableWhy);
  return report;
}

}  // namespace mien
