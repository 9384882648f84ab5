#include "model/activation_quantizer.h"

#include <algorithm>
#include <cmath>
#ifdef _OPENMP
#include <omp.h>
#endif

namespace mien {
namespace {

// Below this many values a second thread costs more to wake than it saves.
constexpr std::int64_t kParallelCount = 1 << 18;

struct Range {
  float low, high;
};

__attribute__((target_clones("avx512f", "avx2", "default")))
Range rangeOf(const float* values, std::int64_t count) {
  float low = 0.f, high = 0.f;  // the range always holds 0
#pragma omp simd reduction(min : low) reduction(max : high)  // vectorised: a plain loop is not, without -ffast-math
  for (std::int64_t i = 0; i < count; ++i) {
    const float v = values[i];
    low = std::min(low, v);
    high = std::max(high, v);
  }
  return {low, high};
}

__attribute__((target_clones("avx512f", "avx2", "default")))
void writeQuantized(const float* values, std::int64_t count, float inverseScale, float zeroPoint, float levels,
                    std::uint8_t* out) {
  for (std::int64_t i = 0; i < count; ++i) {
    const float q = std::nearbyint(values[i] * inverseScale) + zeroPoint;
    out[i] = static_cast<std::uint8_t>(std::min(std::max(q, 0.f), levels));
  }
}

// Runs `work(begin, end)` over [0, count) in one piece per thread when the count is large.
template <typename Work>
void inPieces(std::int64_t count, Work work) {
#ifdef _OPENMP
  const int threads = count >= kParallelCount ? omp_get_max_threads() : 1;
  if (threads > 1) {
#pragma omp parallel num_threads(threads)
    {
      const std::int64_t piece = (count + omp_get_num_threads() - 1) / omp_get_num_threads();
      const std::int64_t begin = std::min(count, piece * omp_get_thread_num());
      work(begin, std::min(count, begin + piece));
    }
    return;
  }
#endif
  work(0, count);
}

}  // namespace

ActivationQuantization quantizeActivations(const float* values, std::int64_t count, int levels, std::uint8_t* out) {
  float low = 0.f, high = 0.f;
  inPieces(count, [&](std::int64_t begin, std::int64_t end) {
    const Range r = rangeOf(values + begin, end - begin);
#ifdef _OPENMP
#pragma omp critical(mien_quantize_range)
#endif
    {
      low = std::min(low, r.low);
      high = std::max(high, r.high);
    }
  });
  ActivationQuantization q;
  const double scale = high > low ? (static_cast<double>(high) - low) / levels : 1.0;
  q.scale = static_cast<float>(scale);
  q.zeroPoint = static_cast<std::int32_t>(std::clamp(std::nearbyint(-low / scale), 0.0, static_cast<double>(levels)));
  const float inverseScale = static_cast<float>(1.0 / scale), zeroPoint = static_cast<float>(q.zeroPoint);
  inPieces(count, [&](std::int64_t begin, std::int64_t end) {
    writeQuantized(values + begin, end - begin, inverseScale, zeroPoint, static_cast<float>(levels), out + begin);
  });
  return q;
}

}  // namespace mien
