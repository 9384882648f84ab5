// Building a training folder's cache in one call: CLIP image features of every face, then LLM embeddings
// (imported from a file pair or asked of an endpoint), then the record of which model and LLM were used.
// The CLI's `cache` verb and the GUI's training wizard both run this.
#pragma once
#include "model/engine_spec.h"
#include <atomic>
#include <functional>
#include <string>

#include "train/llm_endpoint_provider.h"
#include "train/training_cache.h"
#include "train/training_workspace.h"

namespace mien {

struct LlmSource {
  std::string embeddingsPath, mappingPath;  // import these when set
  LlmEndpointSettings endpoint;             // otherwise ask this server
  bool imports() const { return !embeddingsPath.empty(); }
};

enum class CacheStage { ClipFeatures, LlmEmbeddings };

struct CacheBuild {
  CacheRecord record;
  CacheFillReport clip, llm;  // llm.computed: embeddings imported or asked this time
  TrainingRows rows;          // what training will read (empty when cancelled)
  bool cancelled = false;
};

// `engine`: the CLIP encoder (its head is not used: the cache holds the frozen encoder's features). Saves the
// record unless cancelled.
CacheBuild buildTrainingCache(const FaceScan& scan, const std::string& folder, const TrainingWorkspace& work,
                              const EngineSpec& engine, const LlmSource& llm,
                              const std::function<void(CacheStage, int done, int total)>& progress = {},
                              const std::atomic<bool>* cancel = nullptr);

}  // namespace mien
