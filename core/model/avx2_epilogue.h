// What Mien's packed AVX2 kernels apply to their accumulators before storing them: bias, then the layer's
// activation. Included only by those kernels' sources (it defines functions for the AVX2 target).
#pragma once
#include <immintrin.h>

#include "model/packed_epilogue.h"

#define MIEN_AVX2 __attribute__((target("avx2,fma")))

namespace mien {

namespace avx2 {

// Cephes' single-precision exp (within 2 ulp), the power of two put into the exponent bits.
MIEN_AVX2 inline __m256 exponential(__m256 x) {
  x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-87.33f)), _mm256_set1_ps(88.37f));
  const __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                                   _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);  // x - n·ln2 in two parts
  r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
  __m256 p = _mm256_set1_ps(1.9875691500e-4f);
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
  p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
  p = _mm256_fmadd_ps(_mm256_mul_ps(p, r), r, _mm256_add_ps(r, _mm256_set1_ps(1.f)));
  const __m256i power = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
  return _mm256_mul_ps(p, _mm256_castsi256_ps(power));
}

MIEN_AVX2 inline __m256 finish(__m256 y, __m256 bias, PackedEpilogue epilogue) {
  y = _mm256_add_ps(y, bias);
  if (epilogue == PackedEpilogue::QuickGelu) {
    const __m256 e = exponential(_mm256_mul_ps(y, _mm256_set1_ps(-1.702f)));
    y = _mm256_div_ps(y, _mm256_add_ps(_mm256_set1_ps(1.f), e));
  }
  return y;
}

// Lanes [0, count) of an 8-lane half, for a last panel when the outputs are not a multiple of 16.
MIEN_AVX2 inline __m256i firstLanes(long count) {
  const __m256i index = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  return _mm256_cmpgt_epi32(_mm256_set1_epi32(static_cast<int>(count < 0 ? 0 : count > 8 ? 8 : count)), index);
}

}  // namespace avx2
}  // namespace mien
