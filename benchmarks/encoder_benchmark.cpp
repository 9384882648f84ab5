// Encoder benchmark: warm-up, then repeated timed batches until the time budget; the median is reported.
// Each precision's deviation from fp32 is measured on the same inputs through the zero-shot classifier.
#include "encoder_benchmark.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <istream>
#include <map>
#include <ostream>

#include "common/resource_paths.h"
#include "model/blas_runtime.h"
#include "model/clip_architectures.h"
#include "model/clip_model.h"
#include "model/inference_process.h"
#include "model/linear_layer.h"
#include "model/zero_shot.h"

namespace mien {
namespace {

using Clock = std::chrono::steady_clock;

double medianMilliseconds(const ClipModel& model, const at::Tensor& images, const EncoderBenchmarkOptions& o,
                          bool cuda, int& runs) {
  for (int i = 0; i < 2; ++i) model.encodeImage(images);  // warm-up: allocator, kernels, caches
  std::vector<double> ms;
  const auto budgetEnd = Clock::now() + std::chrono::duration<double>(o.secondsPerCase);
  while (static_cast<int>(ms.size()) < o.minRuns || Clock::now() < budgetEnd) {
    const auto start = Clock::now();
    at::Tensor features = model.encodeImage(images);
    if (cuda) features.cpu();  // waits for the device
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  runs = static_cast<int>(ms.size());
  return ms[ms.size() / 2];
}

at::Tensor probabilities(std::shared_ptr<ClipModel> model, const at::Tensor& images) {
  ZeroShotClassifier classifier(std::move(model), ClipTokenizer::fromOpenAiBpe(resourcesDirectory() + "/tokenizer/bpe_simple_vocab_16e6.txt.gz"),
                                std::nullopt);
  classifier.setPromptSet(PromptSet::load(resourcesDirectory() + "/prompts/basic-7.an-expression-of.json"));
  return at::softmax(classifier.logits(images), 1);
}

}  // namespace

std::string EncoderBenchmarkResult::json() const {
  nlohmann::json j = {{"bench", "encoder"},
                      {"model", model},
                      {"device", device},
                      {"precision", precision},
                      {"batch", batch},
                      {"threads", threads},
                      {"blas", blasKernels},
                      {"runs", runs},
                      {"ms_per_batch", msPerBatch},
                      {"ms_per_image", msPerBatch / batch},
                      {"images_per_s", imagesPerSecond},
                      {"gflops", gflops},
                      {"max_probability_difference_vs_fp32", maxProbabilityDifference},
                      {"top1_agreement_vs_fp32", top1Agreement}};
  if (timeVsFp32 > 0) j["ms_vs_fp32"] = timeVsFp32;
  return j.dump();
}

std::vector<EncoderBenchmarkResult> runEncoderBenchmark(const EncoderBenchmarkOptions& o, std::ostream& table) {
  std::vector<EncoderBenchmarkResult> results;
  char line[256];
  table << "BLAS: " << blasKernelChoice().describe() << "\nOpenMP: " << openMpWaitPolicy() << "\nCPU: " << detectCpuFeatures().describe()
        << "\nKernels: " << linearKernelDescription() << "\n";
  std::snprintf(line, sizeof line, "%-9s %-14s %5s %7s %10s %8s %10s %9s %9s %8s\n", "model", "device", "batch", "threads",
                "ms/batch", "vs fp32", "images/s", "GFLOP/s", "max|dp|", "top1");
  table << line;
  for (const auto& deviceName : o.devices) {
    const bool cuda = deviceName == "cuda";
    if (cuda && !at::hasCUDA()) continue;
    std::vector<Precision> precisions;
    for (const auto& name : o.precisions) precisions.push_back(precisionFromName(name));
    if (precisions.empty()) precisions = supportedPrecisions(cuda);
    const auto preference = cuda ? DevicePreference::Cuda : DevicePreference::Cpu;
    for (const auto& name : o.models) {
      const ClipConfig config = publishedClipConfig(name);
      const TensorMap weights = randomClipWeights(config, 1);
      const at::Tensor probeImages = at::rand({16, 3, config.vision.imageSize, config.vision.imageSize});
      std::map<int, double> fp32Ms;  // per batch, for the ratios
      const at::Tensor reference = probabilities(
          ClipModel::fromWeights(weights, config, chooseComputeDevice(preference, Precision::Fp32), name, "random"),
          probeImages);
      for (Precision precision : precisions) {
        const ComputeDevice device = chooseComputeDevice(preference, precision);
        configureThreads(o.threads, precision);
        auto model = ClipModel::fromWeights(weights, config, device, name, "random");
        const at::Tensor probs = probabilities(model, probeImages);
        const double maxDifference = (probs - reference).abs().max().item<double>();
        const double agreement = (probs.argmax(1) == reference.argmax(1)).to(at::kDouble).mean().item<double>();
        for (int batch : o.batches) {
          const at::Tensor images = at::rand({batch, 3, config.vision.imageSize, config.vision.imageSize});
          EncoderBenchmarkResult r;
          r.model = name;
          r.device = device.describe();
          r.precision = precisionName(precision);
          r.blasKernels = blasKernelChoice().kernels;
          r.batch = batch;
          r.threads = configuredThreads();
          r.msPerBatch = medianMilliseconds(*model, images, o, cuda, r.runs);
          if (precision == Precision::Fp32) fp32Ms[batch] = r.msPerBatch;
          if (fp32Ms.count(batch)) r.timeVsFp32 = r.msPerBatch / fp32Ms[batch];
          r.imagesPerSecond = 1000.0 * batch / r.msPerBatch;
          r.gflops = visionGflopsPerImage(config) * r.imagesPerSecond;
          r.maxProbabilityDifference = maxDifference;
          r.top1Agreement = agreement;
          char ratio[16] = "-";
          if (r.timeVsFp32 > 0) std::snprintf(ratio, sizeof ratio, "%.2fx", r.timeVsFp32);
          std::snprintf(line, sizeof line, "%-9s %-14s %5d %7d %10.2f %8s %10.2f %9.1f %9.2e %7.0f%%\n", name.c_str(),
                        r.device.c_str(), batch, r.threads, r.msPerBatch, ratio, r.imagesPerSecond, r.gflops,
                        maxDifference, 100 * agreement);
          table << line << std::flush;
          results.push_back(r);
        }
      }
    }
  }
  return results;
}

void serveEncoderTimings(const std::string& weightsPath, int threads, std::istream& requests, std::ostream& replies) {
  struct Loaded {
    std::shared_ptr<ClipModel> model;
    double maxProbabilityDifference = 0, top1Agreement = 1;
  };
  std::map<Precision, Loaded> models;
  std::map<int, at::Tensor> images;
  at::Tensor referenceProbabilities;
  const at::Tensor probeImages = at::rand({8, 3, 224, 224});
  std::vector<std::string> supported;
  for (Precision p : supportedPrecisions(false)) supported.push_back(precisionName(p));
  replies << nlohmann::json({{"ready", true}, {"kernels", linearKernelDescription()}, {"openmp", openMpWaitPolicy()},
                             {"precisions", supported}})
                 .dump()
          << std::endl;
  for (std::string line; std::getline(requests, line);) {
    if (line.empty()) continue;
    const auto request = nlohmann::json::parse(line);
    const Precision precision = precisionFromName(request.at("precision").get<std::string>());
    configureThreads(threads, precision);
    if (!models.count(precision)) {
      Loaded& loaded = models[precision];
      loaded.model = ClipModel::load(weightsPath, chooseComputeDevice(DevicePreference::Cpu, precision));
      const at::Tensor probs = probabilities(loaded.model, probeImages);
      if (!referenceProbabilities.defined())
        referenceProbabilities = precision == Precision::Fp32 ? probs
            : probabilities(ClipModel::load(weightsPath, chooseComputeDevice(DevicePreference::Cpu, Precision::Fp32)),
                            probeImages);
      loaded.maxProbabilityDifference = (probs - referenceProbabilities).abs().max().item<double>();
      loaded.top1Agreement =
          (probs.argmax(1) == referenceProbabilities.argmax(1)).to(at::kDouble).mean().item<double>();
    }
    const Loaded& loaded = models[precision];
    const int batch = request.at("batch").get<int>();
    const int size = static_cast<int>(loaded.model->config().vision.imageSize);
    if (!images.count(batch)) images[batch] = at::rand({batch, 3, size, size});
    for (int i = 0; i < request.value("warmup", 1); ++i) loaded.model->encodeImage(images[batch]);
    std::vector<double> ms;
    for (int i = 0; i < request.value("iterations", 3); ++i) {
      const auto start = Clock::now();
      loaded.model->encodeImage(images[batch]);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    replies << nlohmann::json({{"ms", ms},
                               {"kernel", linearKernelName(precision)},
                               {"threads", threadLayoutDescription()},
                               {"max_probability_difference_vs_fp32", loaded.maxProbabilityDifference},
                               {"top1_agreement_vs_fp32", loaded.top1Agreement}})
                   .dump()
            << std::endl;
  }
}

}  // namespace mien
