// libcurl POSTs with retries and exponential back-off; a small pool of workers; one cache write per image
// (the cache serialises writers).
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

std::string LlmEndpointProvider::post(const std::string& path, const std::string& body) const {
  const std::string url = settings_.baseUrl + path;
  std::string lastError;
  double wait = settings_.backoffSeconds;
  for (int attempt = 0; attempt <= settings_.retries; ++attempt) {
    if (attempt > 0) {
      std::this_thread::sleep_for(std::chrono::duration<double>(wait));
      wait *= 2;
    }
    CURL* curl = curl_easy_init();
    std::string reply;
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    if (!settings_.apiKey.empty()) headers = curl_slist_append(headers, ("Authorization: Bearer " + settings_.apiKey).c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, settings_.timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply);
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK && status >= 200 && status < 300) return reply;
    if (rc == CURLE_COULDNT_CONNECT) lastError = "the connection to " + settings_.baseUrl + " was refused (is the server running?)";
    else if (rc == CURLE_OPERATION_TIMEDOUT) lastError = "no answer from " + url + " within " + std::to_string(settings_.timeoutSeconds) + " s";
    else if (rc != CURLE_OK) lastError = std::string(curl_easy_strerror(rc)) + " for " + url;
    else lastError = url + " answered HTTP " + std::to_string(status);
    if (rc == CURLE_OK && status >= 400 && status < 500 && status != 429) break;  // the request itself is wrong
  }
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
  auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (next >= images.size() || (cancel && *cancel)) return;
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
        report.failures.emplace_back(image.pngPath, failure);
      }
      ++done;
      if (progress) progress(done, static_cast<int>(images.size()));
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < std::max(1, settings_.concurrency); ++i) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
  return report;
}

}  // namespace mien
