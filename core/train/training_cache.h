// Fills the SQLite cache a training run reads: CLIP image features of every face (frozen encoder, computed
// once per model and preprocessing) and LLM instruction embeddings (imported, or from an endpoint), then
// assembles the matched rows. Re-running computes only what is missing.
#pragma once
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "io/feature_cache.h"
#include "model/classifier.h"
#include "train/embedding_import.h"
#include "train/face_collection.h"
#include "train/training_rows.h"

namespace mien {

struct CacheFillReport {
  int fromCache = 0, computed = 0;
  std::vector<std::pair<std::string, std::string>> failures;  // face (source), reason
};

// A short identity of a weights file or folder: name, size and a hash of its first MiB per file. Cache key.
std::string modelIdentity(const std::string& weightsPath);

CacheFillReport cacheClipFeatures(const std::vector<FaceItem>& faces, Classifier& encoder, FeatureCache& cache,
                                  const std::string& modelId, int batchSize = 32,
                                  const std::function<void(int, int)>& progress = {},
                                  const std::atomic<bool>* cancel = nullptr);

// Matches imported rows to faces by the mapping's file names (the face's source path, or its file name).
CacheFillReport cacheImportedEmbeddings(const std::vector<FaceItem>& faces, const ImportedEmbeddings& imported,
                                        FeatureCache& cache, const std::string& llmId, const std::string& instruction);

// Throws CacheError when the vectors in the cache disagree in size.
TrainingRows assembleTrainingRows(const std::vector<FaceItem>& faces, FeatureCache& cache, const std::string& modelId,
                                  const std::string& preprocessing, const std::string& llmId,
                                  const std::string& instruction);

}  // namespace mien
