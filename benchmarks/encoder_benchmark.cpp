// Encoder benchmark: warm-up, then repeated timed batches until the time budget; the median is reported.
#include "encoder_benchmark.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "model/clip_architectures.h"
#include "model/clip_model.h"

namespace mien {

std::string EncoderBenchmarkResult::json() const {
  nlohmann::json j = {{"bench", "encoder"},   {"model", model},          {"device", device},
                      {"precision", precision}, {"batch", batch},        {"threads", threads},
                      {"runs", runs},           {"ms_per_batch", msPerBatch}, {"ms_per_image", msPerBatch / batch},
                      {"images_per_s", imagesPerSecond}, {"gflops", gflops}};
  return j.dump();
}

std::vector<EncoderBenchmarkResult> runEncoderBenchmark(const EncoderBenchmarkOptions& o, std::ostream& table) {
  using Clock = std::chrono::steady_clock;
  if (o.threads > 0) at::set_num_threads(o.threads);
  std::vector<EncoderBenchmarkResult> results;
  char line[256];
  std::snprintf(line, sizeof line, "%-9s %-16s %-9s %5s %7s %12s %10s %9s\n", "model", "device", "precision", "batch",
                "threads", "ms/batch", "images/s", "GFLOP/s");
  table << line;
  for (const auto& deviceName : o.devices) {
    const bool cuda = deviceName == "cuda";
    if (cuda && !at::hasCUDA()) continue;
    const ComputeDevice device = chooseComputeDevice(cuda ? DevicePreference::Cuda : DevicePreference::Cpu);
    for (const auto& name : o.models) {
      const ClipConfig config = publishedClipConfig(name);
      auto model = ClipModel::fromWeights(randomClipWeights(config, 1), config, device, name, "random");
      for (int batch : o.batches) {
        const at::Tensor images = at::rand({batch, 3, config.vision.imageSize, config.vision.imageSize});
        for (int i = 0; i < 2; ++i) model->encodeImage(images);  // warm-up: allocator, kernels, caches
        std::vector<double> ms;
        const auto budgetEnd = Clock::now() + std::chrono::duration<double>(o.secondsPerCase);
        while (static_cast<int>(ms.size()) < o.minRuns || Clock::now() < budgetEnd) {
          const auto start = Clock::now();
          at::Tensor features = model->encodeImage(images);
          if (cuda) features.cpu();  // waits for the device
          ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        std::sort(ms.begin(), ms.end());
        EncoderBenchmarkResult r;
        r.model = name;
        r.device = device.describe();
        r.precision = device.dtype == at::kHalf ? "fp16" : "fp32";
        r.batch = batch;
        r.threads = at::get_num_threads();
        r.runs = static_cast<int>(ms.size());
        r.msPerBatch = ms[ms.size() / 2];
        r.imagesPerSecond = 1000.0 * batch / r.msPerBatch;
        r.gflops = visionGflopsPerImage(config) * r.imagesPerSecond;
        std::snprintf(line, sizeof line, "%-9s %-16s %-9s %5d %7d %12.2f %10.2f %9.1f\n", name.c_str(),
                      r.device.c_str(), r.precision.c_str(), batch, r.threads, r.msPerBatch, r.imagesPerSecond,
                      r.gflops);
        table << line << std::flush;
        results.push_back(r);
      }
    }
  }
  return results;
}

}  // namespace mien
