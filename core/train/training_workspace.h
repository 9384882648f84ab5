// The folder one training project lives in: the face list and crops, the SQLite cache, the checkpoints, and a
// record of which model, LLM and instruction the cache was built with (so `train` reads the right rows).
#pragma once
#include <string>

namespace mien {

struct TrainingWorkspace {
  std::string root;

  std::string faceList() const { return root + "/faces.json"; }
  std::string cropsDir() const { return root + "/faces"; }
  std::string cache() const { return root + "/cache.sqlite"; }
  std::string checkpoints() const { return root + "/checkpoints"; }
  std::string recordPath() const { return root + "/cache.json"; }
};

struct CacheRecord {
  std::string folder;         // the scanned folder
  std::string modelPath, modelId, preprocessing;
  std::string llmId, instruction;

  void save(const std::string& path) const;      // atomic JSON
  static CacheRecord load(const std::string& path);  // throws std::runtime_error with what to run first
  std::string json() const;
};

}  // namespace mien
