#include "model/packed_panels.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#ifdef _OPENMP
#include <omp.h>
#endif

namespace mien {

bool packedKernelsRun() {
#if defined(__x86_64__)
  static const bool runs = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return runs;
#else
  return false;
#endif
}

void FreeAligned::operator()(void* p) const { std::free(p); }

void* zeroedAligned(std::int64_t bytes) {
  const std::size_t size = std::max<std::size_t>((static_cast<std::size_t>(bytes) + 63) / 64 * 64, 64);
  void* p = std::aligned_alloc(64, size);
  if (!p) throw std::bad_alloc();
  std::memset(p, 0, size);
  return p;
}

void splitPanels(std::int64_t panels, std::int64_t multiplyAdds, std::int64_t parallelWork,
                 const std::function<void(std::int64_t, std::int64_t)>& work) {
#ifdef _OPENMP
  const int threads =
      multiplyAdds >= parallelWork ? static_cast<int>(std::min<std::int64_t>(omp_get_max_threads(), panels)) : 1;
#pragma omp parallel num_threads(threads) if (threads > 1)
  {
    const std::int64_t t = omp_get_thread_num(), n = omp_get_num_threads();
    work(panels * t / n, panels * (t + 1) / n);
  }
#else
  (void)multiplyAdds, (void)parallelWork;
  work(0, panels);
#endif
}

}  // namespace mien
