// Times the CLIP image encoder at the published sizes (random weights) and prints a table and JSON lines.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace mien {

struct EncoderBenchmarkOptions {
  std::vector<std::string> models = {"ViT-B/32", "ViT-B/16"};
  std::vector<int> batches = {1, 8, 32};
  std::vector<std::string> devices = {"cpu", "cuda"};  // cuda is skipped when absent
  std::vector<std::string> precisions;                 // empty = every one the device supports
  int threads = 0;                                     // 0 = all physical cores
  double secondsPerCase = 3.0;
  int minRuns = 3;
};

struct EncoderBenchmarkResult {
  std::string model, device, precision, blasKernels;
  int batch = 0, threads = 0, runs = 0;
  double msPerBatch = 0, imagesPerSecond = 0, gflops = 0;
  double maxProbabilityDifference = 0, top1Agreement = 1;  // against fp32 on the same inputs
  double timeVsFp32 = 0;  // ms per batch as a ratio of fp32's in the same run (0: fp32 not run before it)
  std::string json() const;
};

std::vector<EncoderBenchmarkResult> runEncoderBenchmark(const EncoderBenchmarkOptions& options, std::ostream& table);

// For the peer benchmark (benchmarks/peers): loads `weightsPath` once per precision, then answers JSON lines
// {"batch": 8, "precision": "int8", "warmup": 1, "iterations": 3} read from `requests` with {"ms": [...],
// "kernel": ..., and the deviation from fp32} on `replies`, until the input ends.
void serveEncoderTimings(const std::string& weightsPath, int threads, std::istream& requests, std::ostream& replies);

}  // namespace mien
