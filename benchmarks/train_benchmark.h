// Seconds per epoch of Exp-CLIP head training on cached features (random values at the real sizes).
#pragma once
#include <iosfwd>

namespace mien {

void runTrainBenchmark(int faces, int featureDim, int embeddingDim, int epochs, std::ostream& out);

}  // namespace mien
