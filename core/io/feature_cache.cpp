// SQLite feature cache. Writes are single statements (each its own transaction), so a killed process loses at
// most the vector being written; WAL keeps readers and the writer apart.
#include "io/feature_cache.h"

#include <cstring>
#include <sqlite3.h>
#include <zlib.h>

namespace mien {
namespace {

std::uint32_t crcOf(const std::vector<float>& v) {
  return static_cast<std::uint32_t>(::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(v.data()),
                                            static_cast<uInt>(v.size() * sizeof(float))));
}

class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const std::string& path) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw CacheError("Cache '" + path + "' cannot be used: " + sqlite3_errmsg(db) + ".");
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement& text(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.c_str(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& vector(int i, const std::vector<float>& v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size() * sizeof(float)), SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt_, i + 1, crcOf(v));
    return *this;
  }
  int step() { return sqlite3_step(stmt_); }
  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

std::vector<float> readVector(sqlite3_stmt* stmt, int column, const std::string& path) {
  const int bytes = sqlite3_column_bytes(stmt, column);
  const void* blob = sqlite3_column_blob(stmt, column);
  if (bytes % static_cast<int>(sizeof(float)) != 0)
    throw CacheError("Cache '" + path + "' holds a damaged vector; delete the file to rebuild it.");
  std::vector<float> v(static_cast<std::size_t>(bytes) / sizeof(float));
  if (bytes) std::memcpy(v.data(), blob, static_cast<std::size_t>(bytes));
  if (crcOf(v) != static_cast<std::uint32_t>(sqlite3_column_int64(stmt, column + 1)))
    throw CacheError("Cache '" + path + "' holds a vector whose checksum does not match (the file was damaged); " +
                     "delete it to rebuild the cache.");
  return v;
}

}  // namespace

FeatureCache::FeatureCache(const std::string& path) : path_(path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw CacheError("Cannot open cache '" + path + "': " + why + ".");
  }
  sqlite3_busy_timeout(db_, 5000);
  try {
    const std::string report = integrityReport();
    if (report != "ok") throw CacheError("Cache '" + path + "' is damaged (" + report + "); delete it to rebuild the cache.");
    execute("PRAGMA journal_mode=WAL");
    execute("PRAGMA synchronous=NORMAL");
    execute("CREATE TABLE IF NOT EXISTS clip_features (image_hash TEXT, model_id TEXT, preprocessing TEXT, "
            "vector BLOB NOT NULL, crc INTEGER NOT NULL, PRIMARY KEY (image_hash, model_id, preprocessing))");
    execute("CREATE TABLE IF NOT EXISTS llm_embeddings (image_hash TEXT, llm_id TEXT, instruction TEXT, "
            "description TEXT, vector BLOB NOT NULL, crc INTEGER NOT NULL, PRIMARY KEY (image_hash, llm_id, instruction))");
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

FeatureCache::~FeatureCache() { sqlite3_close(db_); }

void FeatureCache::execute(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string why = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw CacheError("Cache '" + path_ + "' cannot be used: " + why + " (the file may be damaged or not a Mien cache).");
  }
}

std::string FeatureCache::integrityReport() {
  Statement check(db_, "PRAGMA quick_check", path_);
  std::string report;
  int rc;
  while ((rc = check.step()) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(check.get(), 0));
    report += (report.empty() ? "" : "; ") + std::string(text ? text : "?");
  }
  if (rc != SQLITE_DONE) return sqlite3_errmsg(db_);
  return report.empty() ? "ok" : report;
}

std::optional<std::vector<float>> FeatureCache::clipFeature(const std::string& imageHash, const std::string& modelId,
                                                            const std::string& preprocessing) {
  Statement s(db_, "SELECT vector, crc FROM clip_features WHERE image_hash=? AND model_id=? AND preprocessing=?", path_);
  s.text(1, imageHash).text(2, modelId).text(3, preprocessing);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return readVector(s.get(), 0, path_);
}

void FeatureCache::putClipFeature(const std::string& imageHash, const std::string& modelId,
                                  const std::string& preprocessing, const std::vector<float>& feature) {
  Statement s(db_, "INSERT OR REPLACE INTO clip_features VALUES (?, ?, ?, ?, ?)", path_);
  s.text(1, imageHash).text(2, modelId).text(3, preprocessing).vector(4, feature);
  if (s.step() != SQLITE_DONE) throw CacheError("Cannot write cache '" + path_ + "': " + sqlite3_errmsg(db_) + ".");
}

std::optional<LlmEntry> FeatureCache::llmEmbedding(const std::string& imageHash, const std::string& llmId,
                                                   const std::string& instruction) {
  Statement s(db_, "SELECT description, vector, crc FROM llm_embeddings WHERE image_hash=? AND llm_id=? AND instruction=?", path_);
  s.text(1, imageHash).text(2, llmId).text(3, instruction);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0));
  return LlmEntry{text ? text : "", readVector(s.get(), 1, path_)};
}

void FeatureCache::putLlmEmbedding(const std::string& imageHash, const std::string& llmId, const std::string& instruction,
                                   const LlmEntry& entry) {
  Statement s(db_, "INSERT OR REPLACE INTO llm_embeddings VALUES (?, ?, ?, ?, ?, ?)", path_);
  s.text(1, imageHash).text(2, llmId).text(3, instruction).text(4, entry.description).vector(5, entry.embedding);
  if (s.step() != SQLITE_DONE) throw CacheError("Cannot write cache '" + path_ + "': " + sqlite3_errmsg(db_) + ".");
}

}  // namespace mien
