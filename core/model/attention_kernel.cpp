// A head's keys are transposed once into the scratch (gathered 16 at a time), then six queries at a time take
// their scores against every key (2 × 16 keys per step, 12 accumulators), their softmax in place, and their
// context (6 queries × up to 64 columns, 24 accumulators) in one sweep over the values. The softmax's exp is the
// Cephes single-precision polynomial (within 2 ulp), on AVX-512's scalef for the power of two.
#include "model/attention_kernel.h"

#include <algorithm>
#include <stdexcept>

#if defined(__x86_64__)
// GCC 12 takes the _mm512_undefined_* inside its own intrinsics for uninitialised reads under a target attribute.
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#define MIEN_AVX512 __attribute__((target("avx512f")))
#endif

namespace mien {

#if defined(__x86_64__)
namespace {

constexpr int kQueries = 6;  // queries per step

MIEN_AVX512 inline __m512 exponential(__m512 x) {
  const __m512 representable = _mm512_set1_ps(-87.33f);  // below, exp underflows: the result is 0
  const __mmask16 kept = _mm512_cmp_ps_mask(x, representable, _CMP_GE_OQ);
  x = _mm512_max_ps(x, representable);
  const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504088896341f)),
                                        _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
  __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);  // x - n·ln2 in two parts
  r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
  __m512 p = _mm512_set1_ps(1.9875691500e-4f);
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
  p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
  p = _mm512_fmadd_ps(_mm512_mul_ps(p, r), r, _mm512_add_ps(r, _mm512_set1_ps(1.f)));
  return _mm512_maskz_mov_ps(kept, _mm512_scalef_ps(p, n));
}

MIEN_AVX512 inline __mmask16 firstLanes(std::int64_t count) {  // count in [1, 16]
  return static_cast<__mmask16>((1u << count) - 1u);
}

// kt[d · padded + j] = k_j[d] for every key j, 0 in the padding.
MIEN_AVX512 void transposeKeys(const float* keys, std::int64_t rowStride, std::int64_t tokens, std::int64_t headDim,
                               std::int64_t padded, float* kt) {
  const __m512i offsets =
      _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                         _mm512_set1_epi32(static_cast<int>(rowStride)));
  for (std::int64_t j = 0; j < padded; j += 16) {
    const __mmask16 lanes = firstLanes(std::min<std::int64_t>(16, tokens - j));
    const float* first = keys + j * rowStride;
    for (std::int64_t d = 0; d < headDim; ++d)
      _mm512_storeu_ps(kt + d * padded + j,
                       _mm512_mask_i32gather_ps(_mm512_setzero_ps(), lanes, offsets, first + d, 4));
  }
}

// scores[r · padded + j] = q_r · k_j for Q queries and every (padded) key.
template <int Q>
MIEN_AVX512 void scoreQueries(const float* const* queries, const float* kt, std::int64_t headDim,
                              std::int64_t padded, float* scores) {
  std::int64_t j = 0;
  for (; j + 32 <= padded; j += 32) {
    __m512 sum[Q][2];
    for (int r = 0; r < Q; ++r) sum[r][0] = sum[r][1] = _mm512_setzero_ps();
    for (std::int64_t d = 0; d < headDim; ++d) {
      const __m512 k0 = _mm512_loadu_ps(kt + d * padded + j), k1 = _mm512_loadu_ps(kt + d * padded + j + 16);
      for (int r = 0; r < Q; ++r) {
        const __m512 q = _mm512_set1_ps(queries[r][d]);
        sum[r][0] = _mm512_fmadd_ps(q, k0, sum[r][0]);
        sum[r][1] = _mm512_fmadd_ps(q, k1, sum[r][1]);
      }
    }
    for (int r = 0; r < Q; ++r) {
      _mm512_storeu_ps(scores + r * padded + j, sum[r][0]);
      _mm512_storeu_ps(scores + r * padded + j + 16, sum[r][1]);
    }
  }
  if (j < padded) {  // the last 16
    __m512 sum[Q];
    for (int r = 0; r < Q; ++r) sum[r] = _mm512_setzero_ps();
    for (std::int64_t d = 0; d < headDim; ++d) {
      const __m512 k0 = _mm512_loadu_ps(kt + d * padded + j);
      for (int r = 0; r < Q; ++r) sum[r] = _mm512_fmadd_ps(_mm512_set1_ps(queries[r][d]), k0, sum[r]);
    }
    for (int r = 0; r < Q; ++r) _mm512_storeu_ps(scores + r * padded + j, sum[r]);
  }
}

// row[j] = exp(row[j] · scale + mask[j] - max) over `tokens` keys; returns 1 / their sum.
MIEN_AVX512 float softmaxInPlace(float* row, const float* mask, std::int64_t tokens, float scale) {
  const __m512 scaleBy = _mm512_set1_ps(scale);
  __m512 highest = _mm512_set1_ps(-__builtin_inff());
  for (std::int64_t j = 0; j < tokens; j += 16) {
    const __mmask16 lanes = firstLanes(std::min<std::int64_t>(16, tokens - j));
    __m512 v = _mm512_mul_ps(_mm512_maskz_loadu_ps(lanes, row + j), scaleBy);
    if (mask) v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(lanes, mask + j));
    _mm512_mask_storeu_ps(row + j, lanes, v);
    highest = _mm512_mask_max_ps(highest, lanes, highest, v);
  }
  const __m512 shift = _mm512_set1_ps(_mm512_reduce_max_ps(highest));
  __m512 total = _mm512_setzero_ps();
  for (std::int64_t j = 0; j < tokens; j += 16) {
    const __mmask16 lanes = firstLanes(std::min<std::int64_t>(16, tokens - j));
    const __m512 e = _mm512_maskz_mov_ps(lanes, exponential(_mm512_sub_ps(_mm512_loadu_ps(row + j), shift)));
    _mm512_storeu_ps(row + j, e);
    total = _mm512_add_ps(total, e);
  }
  return 1.f / _mm512_reduce_add_ps(total);
}

// out_r = inverseSum_r · Σ_j p_r[j] v_j for Q queries, V vectors of 16 columns.
template <int Q, int V>
MIEN_AVX512 void weighValues(const float* p, std::int64_t padded, const float* values, std::int64_t rowStride,
                             std::int64_t tokens, const float* inverseSum, float* const* out) {
  __m512 sum[Q][V];
  for (int r = 0; r < Q; ++r)
    for (int c = 0; c < V; ++c) sum[r][c] = _mm512_setzero_ps();
  for (std::int64_t j = 0; j < tokens; ++j) {
    __m512 v[V];
    for (int c = 0; c < V; ++c) v[c] = _mm512_loadu_ps(values + j * rowStride + 16 * c);
    for (int r = 0; r < Q; ++r) {
      const __m512 weight = _mm512_set1_ps(p[r * padded + j]);
      for (int c = 0; c < V; ++c) sum[r][c] = _mm512_fmadd_ps(weight, v[c], sum[r][c]);
    }
  }
  for (int r = 0; r < Q; ++r)
    for (int c = 0; c < V; ++c)
      _mm512_storeu_ps(out[r] + 16 * c, _mm512_mul_ps(sum[r][c], _mm512_set1_ps(inverseSum[r])));
}

template <int Q>
MIEN_AVX512 void queriesStep(const AttentionRows& rows, std::int64_t head, float scale, std::int64_t first,
                             const float* kt, std::int64_t padded, float* scores) {
  const std::int64_t rowStride = 3 * rows.width, column = head * rows.headDim;
  const float* queries[Q];
  float* out[Q];
  float inverseSum[Q];
  for (int r = 0; r < Q; ++r) {
    queries[r] = rows.qkv + (first + r) * rowStride + column;
    out[r] = rows.context + (first + r) * rows.width + column;
  }
  scoreQueries<Q>(queries, kt, rows.headDim, padded, scores);
  for (int r = 0; r < Q; ++r)
    inverseSum[r] = softmaxInPlace(scores + r * padded,
                                   rows.additiveMask ? rows.additiveMask + (first + r) * rows.tokens : nullptr,
                                   rows.tokens, scale);
  const float* values = rows.qkv + 2 * rows.width + column;
  switch (rows.headDim / 16) {
    case 1: return weighValues<Q, 1>(scores, padded, values, rowStride, rows.tokens, inverseSum, out);
    case 2: return weighValues<Q, 2>(scores, padded, values, rowStride, rows.tokens, inverseSum, out);
    case 3: return weighValues<Q, 3>(scores, padded, values, rowStride, rows.tokens, inverseSum, out);
    default: return weighValues<Q, 4>(scores, padded, values, rowStride, rows.tokens, inverseSum, out);
  }
}

}  // namespace

bool fusedAttentionRuns(std::int64_t headDim) {
  static const bool avx512 = __builtin_cpu_supports("avx512f");
  return avx512 && headDim > 0 && headDim % 16 == 0 && headDim <= 64;
}

void attendOneHead(const AttentionRows& rows, std::int64_t head, float scale, std::vector<float>& scratch) {
  const std::int64_t padded = (rows.tokens + 15) / 16 * 16;
  scratch.resize(static_cast<std::size_t>((rows.headDim + kQueries) * padded));
  float* kt = scratch.data();
  float* scores = kt + rows.headDim * padded;
  transposeKeys(rows.qkv + rows.width + head * rows.headDim, 3 * rows.width, rows.tokens, rows.headDim, padded, kt);
  std::int64_t first = 0;
  for (; first + kQueries <= rows.tokens; first += kQueries)
    queriesStep<kQueries>(rows, head, scale, first, kt, padded, scores);
  switch (rows.tokens - first) {
    case 5: return queriesStep<5>(rows, head, scale, first, kt, padded, scores);
    case 4: return queriesStep<4>(rows, head, scale, first, kt, padded, scores);
    case 3: return queriesStep<3>(rows, head, scale, first, kt, padded, scores);
    case 2: return queriesStep<2>(rows, head, scale, first, kt, padded, scores);
    case 1: return queriesStep<1>(rows, head, scale, first, kt, padded, scores);
    default: return;
  }
}

#else  // no AVX-512 outside x86-64: LibTorch's attention runs

bool fusedAttentionRuns(std::int64_t) { return false; }

void attendOneHead(const AttentionRows&, std::int64_t, float, std::vector<float>&) {
  throw std::logic_error("attendOneHead called where fusedAttentionRuns is false");
}

#endif

}  // namespace mien
