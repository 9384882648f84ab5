// The record is small JSON written atomically; a damaged or missing one names the command that makes it.
#include "train/training_workspace.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/atomic_file_writer.h"
#include "common/text_file.h"

namespace mien {

std::string CacheRecord::json() const {
  return nlohmann::json({{"folder", folder}, {"model_path", modelPath}, {"model_id", modelId},
                         {"preprocessing", preprocessing}, {"llm_id", llmId}, {"instruction", instruction}})
      .dump(2);
}

void CacheRecord::save(const std::string& path) const {
  AtomicFileWriter writer(path);
  writer.write(json() + "\n");
  writer.commit();
}

CacheRecord CacheRecord::load(const std::string& path) {
  if (!std::filesystem::exists(path))
    throw std::runtime_error("'" + path + "' does not exist: build the cache first (mien-cli cache FOLDER --work " +
                             std::filesystem::path(path).parent_path().string() + " ...).");
  try {
    const auto j = nlohmann::json::parse(readWholeFile(path, "cache record"));
    CacheRecord r;
    r.folder = j.at("folder");
    r.modelPath = j.at("model_path");
    r.modelId = j.at("model_id");
    r.preprocessing = j.at("preprocessing");
    r.llmId = j.at("llm_id");
    r.instruction = j.at("instruction");
    return r;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error("The cache record '" + path + "' is damaged (" + e.what() + "); build the cache again.");
  }
}

}  // namespace mien
