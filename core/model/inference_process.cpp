// glibc allocator settings for tensor-sized buffers, then the BLAS kernel choice.
#include "model/inference_process.h"

#include <malloc.h>

#include "model/blas_runtime.h"

namespace mien {

void prepareInferenceProcess(int argc, char** argv) {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts; also stops the threshold from drifting
  mallopt(M_TRIM_THRESHOLD, 1 << 30);   // do not hand freed activations back to the kernel between layers
  mallopt(M_TOP_PAD, 64 << 20);
  ensureFastBlasKernels(argc, argv);
}

}  // namespace mien
