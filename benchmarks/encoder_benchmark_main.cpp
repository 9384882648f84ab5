// mien-bench-encoder: the encoder benchmark as a standalone program (builds with MIEN_MODEL_ONLY, e.g. on a GPU box).
#include <cstdlib>
#include <iostream>
#include <string>

#include "encoder_benchmark.h"
#include "model/blas_runtime.h"
#include "model/inference_process.h"

int main(int argc, char** argv) {
  mien::prepareInferenceProcess(argc, argv);
  mien::EncoderBenchmarkOptions options;
  std::string weights;
  bool serve = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) options.threads = std::atoi(argv[++i]);
    else if (arg == "--seconds" && i + 1 < argc) options.secondsPerCase = std::atof(argv[++i]);
    else if (arg == "--model" && i + 1 < argc) options.models = {argv[++i]};
    else if (arg == "--batch" && i + 1 < argc) options.batches = {std::atoi(argv[++i])};
    else if (arg == "--precision" && i + 1 < argc) options.precisions = {argv[++i]};
    else if (arg == "--iterations" && i + 1 < argc) {
      options.minRuns = std::atoi(argv[++i]);
      options.secondsPerCase = 0;
    }
    else if (arg == "--cpu-only") options.devices = {"cpu"};
    else if (arg == "--weights" && i + 1 < argc) weights = argv[++i];
    else if (arg == "--serve") serve = true;
    else {
      std::cerr << "usage: mien-bench-encoder [--model ViT-B/32] [--batch N] [--precision fp32] [--threads N]\n"
                   "                          [--seconds S | --iterations N] [--cpu-only]\n"
                   "       mien-bench-encoder --serve --weights CLIP.pt [--threads N]   (JSON requests on stdin)\n";
      return 2;
    }
  }
  if (serve != !weights.empty()) {
    std::cerr << "--serve and --weights go together (the peer benchmark, benchmarks/peers, uses them).\n";
    return 2;
  }
  if (serve) {
    mien::serveEncoderTimings(weights, options.threads, std::cin, std::cout);
    return 0;
  }
  for (const auto& r : mien::runEncoderBenchmark(options, std::cout)) std::cout << r.json() << "\n";
  return 0;
}
