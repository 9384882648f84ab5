// OpenMP's wait policy (before the libraries load), glibc allocator settings for tensor-sized buffers, then the
// BLAS kernel choice.
#include "model/inference_process.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#include "common/log.h"
#include "model/allocation_modes.h"
#include "model/blas_runtime.h"

namespace {

bool isSet(const char* name) {
  const char* v = std::getenv(name);
  return v && *v;
}

}  // namespace

namespace mien {

void prepareInferenceProcess(int argc, char** argv) {
  useInferenceAllocations();
  // OpenMP threads that spin between parallel regions keep a core from the pipeline's other stages, and a
  // region whose threads are not all on a core waits for the missing one: measured on a 2-core machine beside
  // other work (ViT-B/32, batch 1 and 8, interleaved), passive waiting took 0.24-0.46x the time of libgomp's
  // default spin. libgomp reads the policy once, as it loads, and glibc resets the environment after an
  // executable's .preinit_array, so the process restarts once (with the BLAS choice, when that restarts too).
  // A user's own OMP_WAIT_POLICY or GOMP_SPINCOUNT wins; MIEN_OMP_PASSIVE=0 keeps libgomp's default.
  const char* off = std::getenv("MIEN_OMP_PASSIVE");
  const bool choosePolicy = argv && !isSet("OMP_WAIT_POLICY") && !isSet("GOMP_SPINCOUNT") &&
                            !(off && std::strcmp(off, "0") == 0);
  if (choosePolicy) {
    ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    ::setenv("MIEN_OMP_PASSIVE", "chosen", 1);
  }
  ensureFastBlasKernels(argc, argv);  // returns only where it did not restart the process
  if (choosePolicy) {
    ::execv("/proc/self/exe", argv);
    logger("model")->warn("Could not restart with OMP_WAIT_POLICY=PASSIVE: {}", std::strerror(errno));
  }
}

std::string openMpWaitPolicy() {
  if (isSet("GOMP_SPINCOUNT")) return "GOMP_SPINCOUNT=" + std::string(std::getenv("GOMP_SPINCOUNT"));
  if (!isSet("OMP_WAIT_POLICY")) return "OpenMP's default wait";
  const char* chosen = std::getenv("MIEN_OMP_PASSIVE");
  return std::string("OMP_WAIT_POLICY=") + std::getenv("OMP_WAIT_POLICY") +
         (chosen && std::strcmp(chosen, "chosen") == 0 ? " (chosen by Mien)" : " (set by user)");
}

}  // namespace mien
