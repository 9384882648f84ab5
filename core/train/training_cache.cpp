// Features are computed in batches and written as each batch finishes, so a killed run keeps its work.
#include "train/training_cache.h"

#include <filesystem>
#include <fstream>

#include "common/sha256.h"
#include "media/image_file.h"

namespace mien {
namespace fs = std::filesystem;

std::string modelIdentity(const std::string& weightsPath) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(weightsPath, ec)) {
    for (const auto& e : fs::directory_iterator(weightsPath, ec))
      if (e.is_regular_file(ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(weightsPath);
  }
  std::string summary;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string head(1 << 20, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    summary += f.filename().string() + ":" + std::to_string(fs::file_size(f, ec)) + ":" + sha256Hex(head) + "\n";
  }
  return fs::path(weightsPath).filename().string() + "@" + sha256Hex(summary).substr(0, 16);
}

CacheFillReport cacheClipFeatures(const std::vector<FaceItem>& faces, Classifier& encoder, FeatureCache& cache,
                                  const std::string& modelId, int batchSize,
                                  const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel) {
  CacheFillReport report;
  const std::string preprocessing = encoder.preprocessingName();
  std::vector<const FaceItem*> todo;
  for (const auto& face : faces) {
    if (cache.clipFeature(face.hash, modelId, preprocessing)) ++report.fromCache;
    else todo.push_back(&face);
  }
  const int total = static_cast<int>(faces.size());
  if (progress) progress(report.fromCache, total);
  for (std::size_t start = 0; start < todo.size(); start += static_cast<std::size_t>(std::max(1, batchSize))) {
    if (cancel && *cancel) break;
    std::vector<const FaceItem*> batch;
    std::vector<RgbImage> crops;
    for (std::size_t i = start; i < std::min(todo.size(), start + static_cast<std::size_t>(std::max(1, batchSize))); ++i) {
      try {
        crops.push_back(readRgbImage(todo[i]->cropPath));
        batch.push_back(todo[i]);
      } catch (const std::exception& e) {
        report.failures.emplace_back(todo[i]->source, e.what());
      }
    }
    const auto features = encoder.encodeFaces(crops);
    for (std::size_t i = 0; i < batch.size(); ++i) cache.putClipFeature(batch[i]->hash, modelId, preprocessing, features[i]);
    report.computed += static_cast<int>(batch.size());
    if (progress) progress(report.fromCache + report.computed + static_cast<int>(report.failures.size()), total);
  }
  return report;
}

CacheFillReport cacheImportedEmbeddings(const std::vector<FaceItem>& faces, const ImportedEmbeddings& imported,
                                        FeatureCache& cache, const std::string& llmId, const std::string& instruction) {
  CacheFillReport report;
  for (const auto& face : faces) {
    auto it = imported.byImage.find(face.source);
    if (it == imported.byImage.end()) it = imported.byImage.find(fs::path(face.source).filename().string());
    if (it == imported.byImage.end()) {
      report.failures.emplace_back(face.source, "not named in the mapping file");
      continue;
    }
    if (cache.llmEmbedding(face.hash, llmId, instruction)) {
      ++report.fromCache;
      continue;
    }
    cache.putLlmEmbedding(face.hash, llmId, instruction, {"", it->second});
    ++report.computed;
  }
  return report;
}

TrainingRows assembleTrainingRows(const std::vector<FaceItem>& faces, FeatureCache& cache, const std::string& modelId,
                                  const std::string& preprocessing, const std::string& llmId,
                                  const std::string& instruction) {
  TrainingRows rows;
  for (const auto& face : faces) {
    const auto feature = cache.clipFeature(face.hash, modelId, preprocessing);
    const auto llm = cache.llmEmbedding(face.hash, llmId, instruction);
    if (!feature || !llm) {
      ++rows.missing;
      continue;
    }
    if (rows.count == 0) {
      rows.featureDim = static_cast<std::int64_t>(feature->size());
      rows.embeddingDim = static_cast<std::int64_t>(llm->embedding.size());
    }
    if (static_cast<std::int64_t>(feature->size()) != rows.featureDim ||
        static_cast<std::int64_t>(llm->embedding.size()) != rows.embeddingDim)
      throw CacheError("The cache holds vectors of different sizes for one model or LLM (" +
                       std::to_string(feature->size()) + " vs " + std::to_string(rows.featureDim) + ", " +
                       std::to_string(llm->embedding.size()) + " vs " + std::to_string(rows.embeddingDim) +
                       "); delete the cache and build it again.");
    rows.features.insert(rows.features.end(), feature->begin(), feature->end());
    rows.embeddings.insert(rows.embeddings.end(), llm->embedding.begin(), llm->embedding.end());
    ++rows.count;
  }
  return rows;
}

}  // namespace mien
