// One SQLite file (WAL mode) caching CLIP image features by (image hash, model id, preprocessing) and LLM
// instruction embeddings by (image hash, LLM id, instruction), so re-running never recomputes what is cached.
// Every vector carries a CRC so a damaged row is reported, never silently used.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

namespace mien {

class CacheError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LlmEntry {
  std::string description;     // the text the LLM wrote (empty for imported embeddings)
  std::vector<float> embedding;
};

class FeatureCache {
 public:
  explicit FeatureCache(const std::string& path);  // creates or opens; throws CacheError if damaged
  ~FeatureCache();
  FeatureCache(const FeatureCache&) = delete;
  FeatureCache& operator=(const FeatureCache&) = delete;

  std::optional<std::vector<float>> clipFeature(const std::string& imageHash, const std::string& modelId,
                                                const std::string& preprocessing);
  void putClipFeature(const std::string& imageHash, const std::string& modelId, const std::string& preprocessing,
                      const std::vector<float>& feature);
  std::optional<LlmEntry> llmEmbedding(const std::string& imageHash, const std::string& llmId,
                                       const std::string& instruction);
  void putLlmEmbedding(const std::string& imageHash, const std::string& llmId, const std::string& instruction,
                       const LlmEntry& entry);

  std::string integrityReport();  // "ok" or SQLite's description of the damage
  const std::string& path() const { return path_; }

 private:
  void execute(const std::string& sql);
  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace mien
