// The matched training rows of an Exp-CLIP run: CLIP image features and LLM embeddings of the same faces.
#pragma once
#include <cstdint>
#include <vector>

namespace mien {

struct TrainingRows {
  std::vector<float> features, embeddings;  // row-major [count, featureDim], [count, embeddingDim]
  std::int64_t count = 0, featureDim = 0, embeddingDim = 0;
  int missing = 0;  // faces without both entries
};

}  // namespace mien
