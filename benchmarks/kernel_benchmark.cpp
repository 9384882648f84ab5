// mien-bench-kernels: each fp32 Linear kernel this CPU can run, on the products of CLIP's image blocks (rows of
// ViT-B/32 and ViT-B/16 at batch 1 and 8), interleaved in rounds; prints the median ms and GFLOP/s per kernel and
// shape, then one JSON line each. With --peak-gflops the table also gives each kernel's share of that peak.
//   mien-bench-kernels [--threads 2] [--rounds 5] [--peak-gflops G] [--kernels blas,onednn,packed]
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "model/blas_runtime.h"
#include "model/inference_process.h"
#include "model/packed_fp32_linear.h"
#ifdef MIEN_HAVE_ONEDNN
#include "model/onednn_linear.h"
#endif

namespace {

struct Shape {
  const char* where;
  std::int64_t rows, inputs, outputs;
};

// Rows: ViT-B/32 has 50 tokens an image, ViT-B/16 197. The four products of a block: QKV, output, MLP in, MLP out.
std::vector<Shape> shapes() {
  std::vector<Shape> list;
  for (auto [where, rows] : std::vector<std::pair<const char*, std::int64_t>>{
           {"B/32 b1", 50}, {"B/32 b8", 400}, {"B/16 b1", 197}, {"B/16 b8", 1576}})
    for (auto [inputs, outputs] : std::vector<std::pair<std::int64_t, std::int64_t>>{
             {768, 2304}, {768, 768}, {768, 3072}, {3072, 768}})
      list.push_back({where, rows, inputs, outputs});
  return list;
}

struct Kernel {
  std::function<void()> enter;  // thread counts: set before timing, as LibTorch rebuilds its pool on each change
  std::function<void()> run;
};

double millisecondsOf(const Kernel& kernel, int passes) {
  kernel.enter();
  const auto& run = kernel.run;
  run();  // warm: first-call packing, page faults
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < passes; ++i) run();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / passes;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  mien::prepareInferenceProcess(argc, argv);
  int threads = 2, rounds = 5;
  double peak = 0;
  std::string only = "blas,onednn,packed";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) threads = std::atoi(argv[++i]);
    else if (arg == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--peak-gflops" && i + 1 < argc) peak = std::atof(argv[++i]);
    else if (arg == "--kernels" && i + 1 < argc) only = argv[++i];
    else {
      std::cerr << "usage: mien-bench-kernels [--threads 2] [--rounds 5] [--peak-gflops G] [--kernels blas,onednn,packed]\n";
      return 2;
    }
  }
  at::manual_seed(1);
  std::cout << "CPU: " << mien::detectCpuFeatures().describe() << "; " << threads << " threads\n";
  std::printf("%-8s %5s %5s %5s  %-10s %9s %9s%s\n", "case", "rows", "in", "out", "kernel", "ms", "GFLOP/s",
              peak > 0 ? "  of peak" : "");
  std::vector<std::string> jsonLines;
  for (const Shape& s : shapes()) {
    const at::Tensor w = at::randn({s.outputs, s.inputs}) * 0.05, b = at::randn({s.outputs}) * 0.05;
    const at::Tensor x = at::randn({s.rows, s.inputs});
    at::Tensor y = at::empty({s.rows, s.outputs});
    std::map<std::string, Kernel> kernels;
    const auto libTorchPool = [threads] { at::set_num_threads(threads); };
    // The BLAS as LibTorch's fp32 runs it: the BLAS pool does the work, OpenMP's gets one thread.
    kernels["blas"] = {[threads] {
                         mien::configureThreads(threads, mien::Precision::Fp32);
                         at::set_num_threads(1);
                       },
                       [&] { at::linear_out(y, x, w, b); }};
    std::shared_ptr<mien::PackedFp32Linear> packed;
    if (mien::packedKernelsRun()) {
      packed = std::make_shared<mien::PackedFp32Linear>(w.data_ptr<float>(), b.data_ptr<float>(), s.outputs, s.inputs);
      kernels["packed"] = {libTorchPool, [&] {
                             packed->multiply(x.data_ptr<float>(), s.rows, y.data_ptr<float>(),
                                              mien::PackedEpilogue::None);
                           }};
    }
#ifdef MIEN_HAVE_ONEDNN
    const mien::OneDnnLinear onednn(w, b, mien::Precision::Fp32, std::nullopt);
    kernels["onednn"] = {libTorchPool, [&] { y = onednn.forward(x); }};
#endif
    const double flops = 2.0 * s.rows * s.inputs * s.outputs;
    const int passes = std::max(1, static_cast<int>(2e9 / flops));
    for (auto it = kernels.begin(); it != kernels.end();)
      it = ("," + only + ",").find("," + it->first + ",") == std::string::npos ? kernels.erase(it) : std::next(it);
    std::map<std::string, std::vector<double>> times;
    for (int round = 0; round < rounds; ++round)
      for (auto& [name, kernel] : kernels) {
        times[name].push_back(millisecondsOf(kernel, passes));
        // OpenBLAS's threads spin for a while after a call: they would take the cores from the next kernel.
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
      }
    for (auto& [name, list] : times) {
      const double ms = median(list), gflops = flops / ms / 1e6;
      std::printf("%-8s %5lld %5lld %5lld  %-10s %9.3f %9.1f", s.where, static_cast<long long>(s.rows),
                  static_cast<long long>(s.inputs), static_cast<long long>(s.outputs), name.c_str(), ms, gflops);
      if (peak > 0) std::printf("  %7.0f%%", 100 * gflops / peak);
      std::printf("\n");
      nlohmann::json j{{"bench", "kernels"}, {"case", s.where}, {"rows", s.rows}, {"inputs", s.inputs},
                       {"outputs", s.outputs}, {"kernel", name}, {"threads", threads}, {"ms", ms},
                       {"gflops", gflops}, {"rounds", rounds}};
      if (peak > 0) j["share_of_peak"] = gflops / peak;
      jsonLines.push_back(j.dump());
    }
  }
  for (const auto& line : jsonLines) std::cout << line << "\n";
  return 0;
}
