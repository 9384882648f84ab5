#include "model/openmp_threads.h"

#include <cstdlib>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "model/blas_runtime.h"

namespace mien {
#ifdef _OPENMP
namespace {

std::int64_t smallRowLimit() {
  static const std::int64_t limit = [] {
    const char* v = std::getenv("MIEN_SMALL_WORK_ROWS");
    return v ? std::atoll(v) : std::int64_t{64};
  }();
  return limit;
}

thread_local int narrowedThreads = 0;  // the full count while a SmallWorkThreads scope runs on this thread

}  // namespace

void useConfiguredThreads() {
  const int threads = configuredThreads();
  if (narrowedThreads == 0 && threads > 0 && omp_get_max_threads() != threads) omp_set_num_threads(threads);
}

SmallWorkThreads::SmallWorkThreads(std::int64_t rows) {
  const int threads = configuredThreads();
  if (narrowedThreads > 0 || threads <= 1 || rows > smallRowLimit()) return;
  narrowedFrom_ = omp_get_max_threads();
  narrowedThreads = threads;
  omp_set_num_threads(1);
}

SmallWorkThreads::~SmallWorkThreads() {
  if (narrowedFrom_ == 0) return;
  narrowedThreads = 0;
  omp_set_num_threads(narrowedFrom_);
}

ProductThreads::ProductThreads(bool widen) : widened_(widen && narrowedThreads > 0) {
  if (widened_) omp_set_num_threads(narrowedThreads);
}

ProductThreads::~ProductThreads() {
  if (widened_) omp_set_num_threads(1);
}
#else
void useConfiguredThreads() {}
SmallWorkThreads::SmallWorkThreads(std::int64_t) {}
SmallWorkThreads::~SmallWorkThreads() = default;
ProductThreads::ProductThreads(bool) {}
ProductThreads::~ProductThreads() = default;
#endif

}  // namespace mien
