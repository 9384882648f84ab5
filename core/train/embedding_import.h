// Imports LLM instruction embeddings made elsewhere (the authors' BLIP2-FlanT5-XXL pipeline: one 4096-d vector
// per image): vectors from .npy or .safetensors, and a CSV or JSON file naming the image of each row.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace mien {

struct ImportedEmbeddings {
  std::int64_t dimension = 0;
  std::map<std::string, std::vector<float>> byImage;  // image file name (as the mapping writes it) -> vector
};

// Mapping formats: CSV with a header naming `file` (and optionally `row`), or one file name per line in row
// order; JSON as {"file": row, ...} or ["file", ...] in row order. Throws ModelError with one clear sentence.
ImportedEmbeddings importEmbeddings(const std::string& vectorsPath, const std::string& mappingPath);

// A .npy array as float32 rows: [N, K] little-endian float16/32/64, C order.
std::vector<std::vector<float>> readNpyMatrix(const std::string& path);

}  // namespace mien
