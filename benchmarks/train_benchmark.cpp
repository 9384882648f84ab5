// Times ExpClipTrainer epochs (SGD, batch 512) over N cached faces; prints a line and a JSON line per epoch.
#include "train_benchmark.h"

#include <ATen/ATen.h>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "model/blas_runtime.h"
#include "train/expclip_trainer.h"

namespace mien {

void runTrainBenchmark(int faces, int featureDim, int embeddingDim, int epochs, std::ostream& out) {
  configureThreads(0, Precision::Fp32);
  const at::Tensor features = at::randn({faces, featureDim});
  const at::Tensor embeddings = at::randn({faces, embeddingDim});
  ExpClipTrainingSettings settings;
  settings.epochs = epochs;
  ExpClipTrainer trainer(features, embeddings, ExpClipHead(at::randn({embeddingDim, featureDim}) * 0.02), settings);
  trainer.train("", [&](const ExpClipEpochReport& r) {
    char line[160];
    std::snprintf(line, sizeof line, "train epoch %d: %d faces, %dx%d head, batch %d: %.2f s (loss %.3f)\n", r.epoch,
                  faces, embeddingDim, featureDim, settings.batchSize, r.seconds, r.meanLoss);
    const nlohmann::json j = {{"bench", "expclip_train_epoch"}, {"faces", faces}, {"feature_dim", featureDim},
                              {"embedding_dim", embeddingDim}, {"batch", settings.batchSize}, {"epoch", r.epoch},
                              {"seconds", r.seconds}, {"threads", configuredThreads()}, {"blas", blasKernelChoice().kernels}};
    out << line << j.dump() << "\n" << std::flush;
  });
}

}  // namespace mien
