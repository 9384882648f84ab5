// The BLAS that LibTorch calls, the CPU's abilities, and Mien's choice of kernels and threads.
//
// Debian's OpenBLAS picks its oldest kernels on CPUs it does not recognise. OpenBLAS reads
// OPENBLAS_CORETYPE only when it loads, before main(), so when the user has not chosen and the kernels
// run below the CPU's ability, Mien restarts its own process once with that variable set.
#pragma once
#include <string>

#include "model/precision.h"

namespace mien {

struct CpuFeatures {
  bool avx2 = false, fma = false, avx512f = false, avx512bw = false, avx512vl = false, avx512dq = false;
  bool avx512vnni = false, avx512bf16 = false, amxTile = false, amxInt8 = false, amxBf16 = false;
  std::string describe() const;  // "AVX2 FMA AVX-512 VNNI BF16"
  bool hasBf16() const { return avx512bf16 || amxBf16; }
};

CpuFeatures detectCpuFeatures();

struct BlasKernelChoice {
  std::string library;   // "OpenBLAS 0.3.21 ..." or "unknown BLAS"
  std::string kernels;   // the kernels in use now ("SkylakeX")
  std::string detected;  // what OpenBLAS picked by itself
  std::string source;    // "chosen by Mien", "set by user (OPENBLAS_CORETYPE)", "as detected", ...
  std::string describe() const;  // one line for --version, logs, benchmarks and sidecars
};

// Call first in main(). May replace the process (execv) once; never loops. Honours a user's own
// OPENBLAS_CORETYPE, and MIEN_BLAS_AUTO=0 turns the choice off.
void ensureFastBlasKernels(int argc, char** argv);
const BlasKernelChoice& blasKernelChoice();

int physicalCoreCount();  // distinct cores this process may run on
// Threads for the model (0 = all physical cores). They go to the pool that does the work for `precision`
// (the BLAS's own pool for fp32, LibTorch's for int8 and bf16) and the other pool gets one, so the two
// never oversubscribe the cores. Measured on a 2-core machine: both pools at 2 makes fp32 2.7x slower.
void configureThreads(int threads, Precision precision);
int configuredThreads();
std::string threadLayoutDescription();

}  // namespace mien
