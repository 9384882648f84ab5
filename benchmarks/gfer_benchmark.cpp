// Random CLIP (published sizes) + a fresh ResNet-18 GFER head; the first step is warm-up and not counted.
#include "gfer_benchmark.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/InferenceMode.h>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "model/blas_runtime.h"
#include "model/clip_architectures.h"
#include "model/clip_model.h"
#include "train/gfer_trainer.h"

namespace mien {

void runGferBenchmark(const std::string& architecture, int batch, int steps, std::ostream& out) {
  using Clock = std::chrono::steady_clock;
  configureThreads(0, Precision::Fp32);
  const ClipConfig config = publishedClipConfig(architecture);
  auto clip = ClipModel::fromWeights(randomClipWeights(config, 1), config, ComputeDevice{}, architecture, "random");
  GferHead head = GferHead::fresh({64, 128, 256, config.embedDim}, {2, 2, 2, 2}, 7, 1);
  const at::Tensor images = at::randint(0, 256, {batch * (steps + 1), 224, 224, 3}, at::kByte);
  const at::Tensor labels = at::randint(0, 7, {batch * (steps + 1)}, at::kLong);
  GferTrainingSettings settings;
  settings.batchSize = batch;
  settings.epochs = 1;
  GferTrainer trainer(head, [clip](const at::Tensor& x) { return clip->encodeImage(x).clone(); }, images, labels,
                      at::Tensor(), at::Tensor(), settings);
  Clock::time_point countedFrom;
  int counted = 0;
  trainer.train("", {}, [&](int done, int) {
    if (done == 1) countedFrom = Clock::now();
    else ++counted;
  });
  const double trainSeconds = std::chrono::duration<double>(Clock::now() - countedFrom).count();
  const double imagesPerSecond = counted * batch / trainSeconds;

  const GferHead& trained = trainer.head();
  const at::Tensor one = GferTrainer::normaliseBatch(images.slice(0, 0, 1));
  c10::InferenceMode guard;
  trained.logits(one, clip->encodeImage(one), false);  // warm-up
  const int repeats = 10;
  const auto started = Clock::now();
  for (int i = 0; i < repeats; ++i) trained.logits(one, clip->encodeImage(one), false);
  const double inferenceMs = 1000 * std::chrono::duration<double>(Clock::now() - started).count() / repeats;

  char line[200];
  std::snprintf(line, sizeof line, "gfer %s + ResNet-18: training %.1f images/s (batch %d, augmented), inference %.1f ms per face\n",
                architecture.c_str(), imagesPerSecond, batch, inferenceMs);
  const nlohmann::json j = {{"bench", "gfer"}, {"architecture", architecture}, {"batch", batch},
                            {"train_images_per_second", imagesPerSecond}, {"inference_ms_per_face", inferenceMs},
                            {"threads", configuredThreads()}, {"device", "cpu"}};
  out << line << j.dump() << "\n" << std::flush;
}

}  // namespace mien
