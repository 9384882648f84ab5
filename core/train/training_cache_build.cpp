// One encoder (plain CLIP, no head) serves only its image features; the prompts it is made with are never used.
#include "train/training_cache_build.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "model/classifier.h"

namespace mien {

CacheBuild buildTrainingCache(const FaceScan& scan, const std::string& folder, const TrainingWorkspace& work,
                              const EngineSpec& engine, const LlmSource& llm,
                              const std::function<void(CacheStage, int, int)>& progress,
                              const std::atomic<bool>* cancel) {
  CacheBuild build;
  CacheRecord& record = build.record;
  record.folder = folder;
  record.modelPath = engine.model;
  record.modelId = modelIdentity(engine.model);
  FeatureCache cache(work.cache());
  std::optional<LlmEndpointProvider> provider;
  if (!llm.imports()) {
    provider.emplace(llm.endpoint, cache);
    // An unreachable server fails the step now, before minutes of CLIP features, unless nothing is asked of it.
    const bool asks = std::any_of(scan.faces.begin(), scan.faces.end(), [&](const FaceItem& f) {
      return !cache.llmEmbedding(f.hash, provider->llmId(), llm.endpoint.instruction);
    });
    if (asks) provider->checkReachable();
  }
  EngineSpec encoderOnly = engine;
  encoderOnly.head.clear();
  auto encoder = createClassifier(encoderOnly, PromptSet::fromClassNames({"face", "other"}));
  record.preprocessing = encoder->preprocessingName();
  const auto stage = [&](CacheStage s) {
    return [&, s](int done, int total) {
      if (progress) progress(s, done, total);
    };
  };
  build.clip = cacheClipFeatures(scan.faces, *encoder, cache, record.modelId, 32, stage(CacheStage::ClipFeatures), cancel);
  if (cancel && *cancel) return build.cancelled = true, build;

  if (llm.imports()) {
    record.llmId = "import:" + std::filesystem::path(llm.embeddingsPath).filename().string();
    build.llm = cacheImportedEmbeddings(scan.faces, importEmbeddings(llm.embeddingsPath, llm.mappingPath), cache,
                                        record.llmId, record.instruction);
  } else {
    record.llmId = provider->llmId();
    record.instruction = llm.endpoint.instruction;
    std::vector<LlmRequestImage> images;
    for (const auto& f : scan.faces)  // failures name the recording and frame, not the crop's hash
      images.push_back({f.hash, f.cropPath, f.frame >= 0 ? f.source + " frame " + std::to_string(f.frame) : f.source});
    const auto asked = provider->embedAll(images, stage(CacheStage::LlmEmbeddings), cancel);
    build.llm.computed = asked.computed, build.llm.fromCache = asked.fromCache, build.llm.failures = asked.failures;
  }
  if (cancel && *cancel) return build.cancelled = true, build;
  record.save(work.recordPath());
  build.rows = assembleTrainingRows(scan.faces, cache, record.modelId, record.preprocessing, record.llmId, record.instruction);
  return build;
}

}  // namespace mien
