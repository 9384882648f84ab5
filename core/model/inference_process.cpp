// OpenMP's wait policy (before the libraries load), glibc allocator settings for tensor-sized buffers, then the
// BLAS kernel choice.
#include "model/inference_process.h"

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

constexpr const char* kPolicy = "OMP_WAIT_POLICY=PASSIVE";
constexpr const char* kChosen = "MIEN_OMP_PASSIVE=chosen";

bool startsWith(const char* entry, const char* prefix) { return std::strncmp(entry, prefix, std::strlen(prefix)) == 0; }

// OpenMP threads that spin between parallel regions keep a core from the pipeline's other stages, and a region
// whose threads are not all on a core waits for the missing one: measured on a 2-core machine beside other work
// (ViT-B/32, batch 1 and 8, interleaved), passive waiting took 0.24-0.46x the time of libgomp's default spin.
// libgomp reads the policy once, in its constructor, and glibc sets the environment back to the one the process
// started with after an executable's .preinit_array, so the process starts again with the policy added. Doing
// it here, before any library's constructor has run, costs the dynamic linking only (0.15 s with LibTorch, Qt and
// OpenCV), where a restart from main() paid every constructor again (0.35 s). A user's own OMP_WAIT_POLICY or
// GOMP_SPINCOUNT wins; MIEN_OMP_PASSIVE=0 keeps libgomp's default.
void restartWithPassiveOpenMp(int /*argc*/, char** argv, char** envp) {
  if (!argv || !argv[0] || !envp) return;
  static char* environment[4096];  // no allocation before the C library is set up
  constexpr std::size_t kRoom = sizeof environment / sizeof *environment - 3;
  std::size_t count = 0;
  for (char** e = envp; *e; ++e) {
    if (startsWith(*e, "OMP_WAIT_POLICY=") || startsWith(*e, "GOMP_SPINCOUNT=")) return;
    // MIEN_OMP_PASSIVE=0 keeps libgomp's default; "chosen" means this is the restarted process
    if (std::strcmp(*e, "MIEN_OMP_PASSIVE=0") == 0 || std::strcmp(*e, kChosen) == 0) return;
    if (startsWith(*e, "MIEN_OMP_PASSIVE=")) continue;
    if (count == kRoom) return;
    environment[count++] = *e;
  }
  environment[count] = const_cast<char*>(kPolicy);
  environment[count + 1] = const_cast<char*>(kChosen);
  environment[count + 2] = nullptr;
  ::execve("/proc/self/exe", argv, environment);  // returns only where it failed: the process goes on spinning
}

__attribute__((section(".preinit_array"), used)) void (*const restartEntry)(int, char**, char**) =
    restartWithPassiveOpenMp;

}  // namespace

namespace mien {

void prepareInferenceProcess(int argc, char** argv) {
  useInferenceAllocations();
  const char* off = std::getenv("MIEN_OMP_PASSIVE");
  if (!isSet("OMP_WAIT_POLICY") && !isSet("GOMP_SPINCOUNT") && !(off && std::strcmp(off, "0") == 0))
    logger("model")->warn("Could not restart with OMP_WAIT_POLICY=PASSIVE; OpenMP threads spin between products");
  ensureFastBlasKernels(argc, argv);  // returns only where it did not restart the process
}

std::string openMpWaitPolicy() {
  if (isSet("GOMP_SPINCOUNT")) return "GOMP_SPINCOUNT=" + std::string(std::getenv("GOMP_SPINCOUNT"));
  if (!isSet("OMP_WAIT_POLICY")) return "OpenMP's default wait";
  const char* chosen = std::getenv("MIEN_OMP_PASSIVE");
  return std::string("OMP_WAIT_POLICY=") + std::getenv("OMP_WAIT_POLICY") +
         (chosen && std::strcmp(chosen, "chosen") == 0 ? " (chosen by Mien)" : " (set by user)");
}

}  // namespace mien
