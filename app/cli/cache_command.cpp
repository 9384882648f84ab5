// mien-cli cache: scan a folder of faces, then fill the training cache with CLIP features and LLM embeddings
// (imported from a file, or asked of an OpenAI-compatible endpoint). Re-running computes only what is missing.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "commands.h"
#include "common/errors.h"
#include "model_choice.h"
#include "progress_bar.h"
#include "train/training_cache_build.h"
#include "train/training_workspace.h"
#include "engine_options.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;
namespace {

struct CacheArguments {
  std::string folder, work, embeddings, mapping;
  EngineArguments engine;
  bool aligned = false, rescan = false;
  int every = 10;
  LlmEndpointSettings llm;
};

void listProblems(const std::vector<std::pair<std::string, std::string>>& problems, const char* what) {
  if (problems.empty()) return;
  std::fprintf(stderr, "%zu %s:\n", problems.size(), what);
  std::size_t shown = 0;
  for (const auto& [file, why] : problems) {
    if (++shown > 20) {
      std::fprintf(stderr, "  ... and %zu more\n", problems.size() - 20);
      break;
    }
    std::fprintf(stderr, "  %s: %s\n", file.c_str(), why.c_str());
  }
}

// The authors' preprocessing unless --preprocess says otherwise.
EngineSpec cacheEngine(const CacheArguments& a) {
  EngineSpec defaults;
  defaults.preprocess = "expclip";
  return engineSpecFrom(a.engine, defaults);
}

FaceScanSettings faceScanSettings(const CacheArguments& a, const EngineSpec& engine) {
  FaceScanSettings settings;
  settings.alignedCrops = a.aligned;
  settings.videoEveryNth = a.every;
  settings.detector = engine.detector;
  return settings;
}

FaceScan scanOrReuse(const CacheArguments& a, const EngineSpec& engine, const TrainingWorkspace& work) {
  if (!a.rescan && fs::exists(work.faceList()) && fs::exists(work.recordPath())) {
    FaceScan scan = FaceScan::load(work.faceList());
    if (CacheRecord::load(work.recordPath()).folder == fs::absolute(a.folder).string()) {
      std::printf("Using the face list in %s (%zu faces; --rescan to scan again).\n", work.faceList().c_str(), scan.faces.size());
      return scan;
    }
  }
  ProgressBar bar("scan");
  FaceScan scan = scanFaceFolder(a.folder, work.cropsDir(), faceScanSettings(a, engine), [&](int done, int total) { bar.update(done, total, "files"); });
  bar.finish(scan.summary());
  scan.save(work.faceList());
  listProblems(scan.skipped, "files skipped");
  return scan;
}

int runCache(CacheArguments& a) {
  if (a.embeddings.empty() == a.llm.baseUrl.empty())
    throw ModelError("Give the LLM embeddings either as a file (--embeddings FILE --mapping FILE) or as an endpoint "
                     "(--llm-url URL --chat-model NAME --embedding-model NAME).");
  const EngineSpec engine = cacheEngine(a);
  faceScanSettings(a, engine).validate();
  if (!a.llm.baseUrl.empty()) a.llm.validate();
  const TrainingWorkspace work{fs::absolute(a.work).string()};
  fs::create_directories(work.root);
  const FaceScan scan = scanOrReuse(a, engine, work);
  if (scan.faces.empty()) throw MediaError("No faces were found in '" + a.folder + "'; nothing to cache.");

  LlmSource llm{a.embeddings, a.mapping, a.llm};
  std::optional<ProgressBar> clipBar, llmBar;
  const CacheBuild build = buildTrainingCache(
      scan, fs::absolute(a.folder).string(), work, engine, llm,
      [&](CacheStage stage, int done, int total) {
        auto& bar = stage == CacheStage::ClipFeatures ? clipBar : llmBar;
        if (!bar) bar.emplace(stage == CacheStage::ClipFeatures ? "CLIP features" : "LLM embeddings");
        bar->update(done, total, "faces");
      });
  if (!clipBar) clipBar.emplace("CLIP features");
  clipBar->finish(std::to_string(build.clip.computed) + " computed, " + std::to_string(build.clip.fromCache) + " already cached");
  listProblems(build.clip.failures, "faces without a CLIP feature");
  if (llm.imports()) {
    std::printf("LLM embeddings imported: %d new, %d already cached (%lld-d).\n", build.llm.computed, build.llm.fromCache,
                static_cast<long long>(build.rows.embeddingDim));
  } else {
    if (!llmBar) llmBar.emplace("LLM embeddings");
    llmBar->finish(std::to_string(build.llm.computed) + " asked, " + std::to_string(build.llm.fromCache) + " already cached");
  }
  listProblems(build.llm.failures, "faces without an LLM embedding");
  const TrainingRows& rows = build.rows;
  std::printf("Ready to train: %lld faces with both vectors (%lld-d CLIP, %lld-d LLM); %d incomplete.\n",
              static_cast<long long>(rows.count), static_cast<long long>(rows.featureDim),
              static_cast<long long>(rows.embeddingDim), rows.missing);
  return rows.count >= 2 ? 0 : 1;
}

}  // namespace

void addCacheCommand(CLI::App& app) {
  auto a = std::make_shared<CacheArguments>();
  CLI::App* c = app.add_subcommand("cache", "Scan a folder of faces and cache CLIP features and LLM embeddings for training");
  c->add_option("folder", a->folder, "Folder of face images or videos (searched recursively)")->required();
  c->add_option("-w,--work", a->work, "Training folder: face list, crops, cache, checkpoints")->required();
  addEngineOptions(*c, a->engine, EngineFlags::ModelAndDetector, {"head"});
  c->add_flag("--aligned", a->aligned, "Images are already aligned face crops (no detection)");
  c->add_option("--every", a->every, "Keep every N-th frame of videos")->capture_default_str();
  c->add_flag("--rescan", a->rescan, "Scan the folder again even if a face list exists");
  c->add_option("--embeddings", a->embeddings, "Precomputed LLM embeddings (.npy or .safetensors)");
  c->add_option("--mapping", a->mapping, "CSV or JSON naming the image of each embedding row");
  c->add_option("--llm-url", a->llm.baseUrl, "OpenAI-compatible server, e.g. http://127.0.0.1:8080");
  c->add_option("--chat-model", a->llm.chatModel, "Vision-language model that describes the face");
  c->add_option("--embedding-model", a->llm.embeddingModel, "Model that embeds the description");
  c->add_option("--api-key", a->llm.apiKey, "Bearer token, if the server wants one");
  c->add_option("--instruction", a->llm.instruction, "What the LLM is asked")->capture_default_str();
  c->add_option("--concurrency", a->llm.concurrency, "Requests in flight")->capture_default_str();
  c->add_option("--timeout", a->llm.timeoutSeconds, "Seconds per request")->capture_default_str();
  c->callback([a] {
    runVerb([a] {
      if (!a->engine.given.count("model")) throw ModelError(missingModelAdvice());
      return runCache(*a);
    });
  });
}

}  // namespace mien::cli
