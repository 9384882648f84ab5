// Process-wide settings for fast inference, made once at the top of main() by mien, mien-cli, benchmarks and tests.
#pragma once
#include <string>

namespace mien {

// Chooses the BLAS kernels (may restart the process once, see blas_runtime.h) and keeps large tensor
// allocations in the heap (useInferenceAllocations).
// It also makes OpenMP's idle threads sleep instead of spinning (restarting the process once, see the .cpp).
void prepareInferenceProcess(int argc, char** argv);

std::string openMpWaitPolicy();  // "OMP_WAIT_POLICY=PASSIVE (chosen by Mien)", for sidecars and benchmarks

}  // namespace mien
