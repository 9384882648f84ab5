// CPUID, OpenBLAS introspection through dlsym (the symbols exist only when libblas.so.3 is OpenBLAS),
// the one-time restart, and a numeric self-check of the chosen kernels.
#include "model/blas_runtime.h"
#include "model/linear_layer.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <algorithm>
#include <cpuid.h>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fstream>
#include <sched.h>
#include <set>
#include <thread>
#include <unistd.h>

#include "common/log.h"

namespace mien {
namespace {

BlasKernelChoice& choice() {
  static BlasKernelChoice c{"unknown BLAS", "unknown", "unknown", "not inspected"};
  return c;
}
int& threadsInUse() {
  static int n = 0;
  return n;
}
std::string& threadLayout() {
  static std::string layout = "not configured";
  return layout;
}

template <typename F>
F openblasSymbol(const char* name) {
  return reinterpret_cast<F>(::dlsym(RTLD_DEFAULT, name));
}

std::string openblasCoreName() {
  auto corename = openblasSymbol<char* (*)()>("openblas_get_corename");
  return corename ? std::string(corename()) : std::string();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Kernels worth replacing: OpenBLAS's generic fallbacks and pre-AVX2 cores.
bool belowAbility(const std::string& core, const std::string& desired) {
  static const std::set<std::string> old = {"prescott", "core2", "penryn", "dunnington", "nehalem", "sandybridge",
                                            "katmai", "coppermine", "northwood", "banias", "atom", "barcelona",
                                            "opteron", "opteron_sse3", "bobcat", "bulldozer", "piledriver",
                                            "steamroller", "excavator", "unknown"};
  const std::string c = lower(core);
  if (old.count(c)) return true;
  return desired == "SkylakeX" && (c == "haswell" || c == "zen");
}

std::string desiredCore(const CpuFeatures& f) {
  if (f.avx512f && f.avx512bw && f.avx512vl && f.avx512dq) return "SkylakeX";
  if (f.avx2 && f.fma) return "Haswell";
  return "";
}

// A product checked in float64: catches kernels that compute wrong results on this CPU.
bool kernelsComputeCorrectly() {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(42);
  const at::Tensor a = at::empty({67, 129}).uniform_(-1, 1, generator);
  const at::Tensor b = at::empty({129, 71}).uniform_(-1, 1, generator);
  const at::Tensor fast = at::mm(a, b).to(at::kDouble);
  const at::Tensor exact = at::mm(a.to(at::kDouble), b.to(at::kDouble));
  return ((fast - exact).abs().max().item<double>() / exact.abs().max().item<double>()) < 1e-5;
}

void restartWith(const std::string& core, const std::string& marker, const std::string& detected, char** argv) {
  ::setenv("OPENBLAS_CORETYPE", core.c_str(), 1);
  ::setenv("MIEN_BLAS_RESTARTED", marker.c_str(), 1);
  ::setenv("MIEN_BLAS_DETECTED", detected.c_str(), 1);
  ::execv("/proc/self/exe", argv);
  logger("model")->warn("Could not restart with OPENBLAS_CORETYPE={}: {}", core, std::strerror(errno));
}

}  // namespace

std::string CpuFeatures::describe() const {
  std::string s;
  auto add = [&](bool on, const char* name) {
    if (on) s += (s.empty() ? "" : " ") + std::string(name);
  };
  add(avx2, "AVX2");
  add(fma, "FMA");
  add(avx512f, "AVX-512");
  add(avx512vnni, "VNNI");
  add(avx512bf16, "BF16");
  add(amxTile, "AMX");
  return s.empty() ? "SSE only" : s;
}

CpuFeatures detectCpuFeatures() {
  CpuFeatures f;
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return f;
  f.fma = c & (1u << 12);
  const bool osxsave = c & (1u << 27);
  unsigned long long xcr0 = 0;
  if (osxsave) {
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    xcr0 = (static_cast<unsigned long long>(hi) << 32) | lo;
  }
  const bool avxState = (xcr0 & 0x6) == 0x6, avx512State = (xcr0 & 0xE6) == 0xE6;
  const bool amxState = (xcr0 & 0x60000) == 0x60000;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return f;
  f.avx2 = avxState && (b & (1u << 5));
  f.fma = f.fma && avxState;
  f.avx512f = avx512State && (b & (1u << 16));
  f.avx512dq = f.avx512f && (b & (1u << 17));
  f.avx512bw = f.avx512f && (b & (1u << 30));
  f.avx512vl = f.avx512f && (b & (1u << 31));
  f.avx512vnni = f.avx512f && (c & (1u << 11));
  f.amxBf16 = amxState && (d & (1u << 22));
  f.amxTile = amxState && (d & (1u << 24));
  f.amxInt8 = amxState && (d & (1u << 25));
  if (__get_cpuid_count(7, 1, &a, &b, &c, &d)) f.avx512bf16 = f.avx512f && (a & (1u << 5));
  return f;
}

std::string BlasKernelChoice::describe() const { return library + "; kernels " + kernels + " (" + source + ")"; }

void ensureFastBlasKernels(int /*argc*/, char** argv) {
  BlasKernelChoice& c = choice();
  const std::string core = openblasCoreName();
  if (core.empty()) {
    c = {"non-OpenBLAS BLAS", "its own", "its own", "not OpenBLAS: left as it is"};
    return;
  }
  auto config = openblasSymbol<char* (*)()>("openblas_get_config");
  c.library = config ? std::string(config()) : "OpenBLAS";
  c.kernels = core;
  const char* restarted = std::getenv("MIEN_BLAS_RESTARTED");
  const char* detected = std::getenv("MIEN_BLAS_DETECTED");
  c.detected = detected ? detected : core;
  if (restarted && std::string(restarted) == "1") {
    if (!kernelsComputeCorrectly() && argv) {
      logger("model")->warn("OpenBLAS {} kernels compute wrong results on this CPU; going back to {}", core, c.detected);
      restartWith(c.detected, "fallback", c.detected, argv);
    }
    c.source = "chosen by Mien; OpenBLAS detected " + c.detected;
    return;
  }
  if (restarted) {
    c.source = "OpenBLAS's own choice: " + std::string(std::getenv("OPENBLAS_CORETYPE") ? std::getenv("OPENBLAS_CORETYPE") : "?") +
               " computed wrong results here";
    return;
  }
  if (const char* user = std::getenv("OPENBLAS_CORETYPE"); user && *user) {
    c.source = "set by user (OPENBLAS_CORETYPE=" + std::string(user) + ")";
    return;
  }
  const char* automatic = std::getenv("MIEN_BLAS_AUTO");
  if (automatic && std::string(automatic) == "0") {
    c.source = "as detected (MIEN_BLAS_AUTO=0)";
    return;
  }
  // Test seam: lets the restart be exercised on a machine whose OpenBLAS already picks good kernels.
  const char* pretend = std::getenv("MIEN_BLAS_TEST_DETECTED");
  const std::string detectedCore = pretend && *pretend ? pretend : core;
  const std::string desired = desiredCore(detectCpuFeatures());
  if (desired.empty() || !belowAbility(detectedCore, desired) || !argv) {
    c.source = "as detected";
    return;
  }
  logger("model")->info("OpenBLAS runs {} kernels on a CPU that can run {}; restarting once to use them",
                        detectedCore, desired);
  restartWith(desired, "1", detectedCore, argv);
  c.source = "as detected (restart failed)";
}

const BlasKernelChoice& blasKernelChoice() { return choice(); }

int physicalCoreCount() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return std::max(1u, std::thread::hardware_concurrency());
  std::set<std::pair<std::string, std::string>> cores;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (!CPU_ISSET(cpu, &set)) continue;
    const std::string base = "/sys/devices/system/cpu/cpu" + std::to_string(cpu) + "/topology/";
    std::ifstream package(base + "physical_package_id"), core(base + "core_id");
    std::string p, k;
    if (!(package >> p) || !(core >> k)) {
      p = "cpu";
      k = std::to_string(cpu);
    }
    cores.emplace(p, k);
  }
  return std::max<int>(1, static_cast<int>(cores.size()));
}

void configureThreads(int threads, Precision precision) {
  const int n = threads > 0 ? threads : physicalCoreCount();
  auto setBlasThreads = openblasSymbol<void (*)(int)>("openblas_set_num_threads");
  // Only one pool may run n threads at a time: fp32 through LibTorch spends its time in BLAS products; oneDNN
  // kernels and LibTorch's int8 and bf16 run on LibTorch's intra-op pool (OpenMP).
  const bool blasDoesTheWork =
      setBlasThreads && precision == Precision::Fp32 && linearKernelFor(precision) == LinearKernel::LibTorch;
  if (setBlasThreads) setBlasThreads(blasDoesTheWork ? n : 1);
  at::set_num_threads(blasDoesTheWork ? 1 : n);
  threadsInUse() = n;
  threadLayout() = std::to_string(n) + (blasDoesTheWork ? " threads in the BLAS pool" : " threads in LibTorch's pool");
}

int configuredThreads() { return threadsInUse() > 0 ? threadsInUse() : at::get_num_threads(); }
std::string threadLayoutDescription() { return threadLayout(); }

}  // namespace mien
