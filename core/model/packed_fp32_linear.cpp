// Each panel of 16 output columns holds its weights for every input contiguously, and each slice of rows is copied
// into tiles of 6 rows whose values for one input lie side by side, so a tile × panel step reads both in order: per
// input, two weight loads, six broadcasts and twelve FMAs into twelve accumulators. Rows are taken 240 and inputs
// 256 at a time so the rows' tiles (240 KiB) stay in L2 and the panel's slice (16 KiB) in L1 while the thread's
// panels pass over them; threads split the panels, so each output is summed by one thread in one order. Bias and
// activation are applied to the accumulators after the last slice of inputs. At few rows the weights come from
// memory with little work between them, so a panel's first tile fetches the next panel's slice ahead (50 rows,
// interleaved: 6-11 % faster; no change at 197-400 rows).
#include "model/packed_fp32_linear.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "model/packed_panels.h"
#if defined(__x86_64__)
#include "model/avx2_epilogue.h"
#endif

namespace mien {
namespace {

constexpr std::int64_t kColumns = 16;       // a panel: two AVX2 registers wide
constexpr std::int64_t kTileRows = 6;       // 12 accumulators, 2 weights and 1 broadcast of AVX2's 16 registers
constexpr std::int64_t kRowBlock = 240;     // rows per pass, a multiple of kTileRows
constexpr std::int64_t kDepthBlock = 256;   // inputs per pass
constexpr std::int64_t kParallelWork = 1 << 20;  // multiply-adds below which a second thread costs more than it saves

struct Product {
  const float* x;
  const float* packed;
  const float* bias;
  float* out;
  std::int64_t rows, inputs, outputs;
  PackedEpilogue epilogue;
};

#if defined(__x86_64__)

struct TileStep {
  const float* tile;    // the rows' tile: depth × kTileRows values, row r of input k at k · kTileRows + r
  const float* panel;   // the panel at the slice's first input
  float* out;           // the tile's first row at the panel's first column
  const float* bias;    // the panel's bias when this slice is the last, else null
  std::int64_t depth, outStride, columns;
  bool accumulate;      // add to what `out` holds (a previous slice's sums)
  const float* prefetch;  // read one line per input ahead: the next panel's slice during a panel's first tile
  PackedEpilogue epilogue;
};

template <int R>
MIEN_AVX2 void multiplyTile(const TileStep& s) {
  const bool full = s.columns == kColumns;
  const __m256i low = avx2::firstLanes(s.columns), high = avx2::firstLanes(s.columns - 8);
  __m256 sum[R][2];
#pragma GCC unroll 6
  for (int r = 0; r < R; ++r) {
    float* o = s.out + r * s.outStride;
    if (!s.accumulate) sum[r][0] = sum[r][1] = _mm256_setzero_ps();
    else if (full) sum[r][0] = _mm256_loadu_ps(o), sum[r][1] = _mm256_loadu_ps(o + 8);
    else sum[r][0] = _mm256_maskload_ps(o, low), sum[r][1] = _mm256_maskload_ps(o + 8, high);
  }
  const float* w = s.panel;
  const float* a = s.tile;
  const float* ahead = s.prefetch;
  for (std::int64_t k = 0; k < s.depth; ++k, w += kColumns, a += kTileRows, ahead += kColumns) {
    _mm_prefetch(reinterpret_cast<const char*>(ahead), _MM_HINT_T0);
    const __m256 w0 = _mm256_load_ps(w), w1 = _mm256_load_ps(w + 8);
#pragma GCC unroll 6
    for (int r = 0; r < R; ++r) {
      const __m256 v = _mm256_broadcast_ss(a + r);
      sum[r][0] = _mm256_fmadd_ps(v, w0, sum[r][0]);
      sum[r][1] = _mm256_fmadd_ps(v, w1, sum[r][1]);
    }
  }
  if (s.bias) {
    const __m256 b0 = _mm256_load_ps(s.bias), b1 = _mm256_load_ps(s.bias + 8);
#pragma GCC unroll 6
    for (int r = 0; r < R; ++r) {
      sum[r][0] = avx2::finish(sum[r][0], b0, s.epilogue);
      sum[r][1] = avx2::finish(sum[r][1], b1, s.epilogue);
    }
  }
#pragma GCC unroll 6
  for (int r = 0; r < R; ++r) {
    float* o = s.out + r * s.outStride;
    if (full) _mm256_storeu_ps(o, sum[r][0]), _mm256_storeu_ps(o + 8, sum[r][1]);
    else _mm256_maskstore_ps(o, low, sum[r][0]), _mm256_maskstore_ps(o + 8, high, sum[r][1]);
  }
}

MIEN_AVX2 void multiplyTileOf(std::int64_t rows, const TileStep& s) {
  switch (rows) {
    case 1: return multiplyTile<1>(s);
    case 2: return multiplyTile<2>(s);
    case 3: return multiplyTile<3>(s);
    case 4: return multiplyTile<4>(s);
    case 5: return multiplyTile<5>(s);
    default: return multiplyTile<6>(s);
  }
}

// tiles[(r / kTileRows) · depth · kTileRows + k · kTileRows + r % kTileRows] = x[r0 + r, k0 + k]
void copyIntoTiles(const Product& p, std::int64_t r0, std::int64_t r1, std::int64_t k0, std::int64_t depth,
                   float* tiles) {
  for (std::int64_t r = r0; r < r1; ++r) {
    const float* row = p.x + r * p.inputs + k0;
    float* to = tiles + (r - r0) / kTileRows * depth * kTileRows + (r - r0) % kTileRows;
    for (std::int64_t k = 0; k < depth; ++k) to[k * kTileRows] = row[k];
  }
}

MIEN_AVX2 void multiplyPanels(const Product& p, std::int64_t firstPanel, std::int64_t lastPanel) {
  thread_local std::vector<float> tiles(kRowBlock * kDepthBlock);
  for (std::int64_t r0 = 0; r0 < p.rows; r0 += kRowBlock) {
    const std::int64_t r1 = std::min(p.rows, r0 + kRowBlock);
    for (std::int64_t k0 = 0; k0 < p.inputs; k0 += kDepthBlock) {
      const std::int64_t depth = std::min(kDepthBlock, p.inputs - k0);
      const bool last = k0 + depth == p.inputs;
      copyIntoTiles(p, r0, r1, k0, depth, tiles.data());
      for (std::int64_t panel = firstPanel; panel < lastPanel; ++panel) {
        TileStep s{};
        s.panel = p.packed + (panel * p.inputs + k0) * kColumns;
        s.bias = last ? p.bias + panel * kColumns : nullptr;
        s.depth = depth;
        s.outStride = p.outputs;
        s.columns = std::min(kColumns, p.outputs - panel * kColumns);
        s.accumulate = k0 > 0;
        s.epilogue = p.epilogue;
        for (std::int64_t r = r0; r < r1; r += kTileRows) {
          s.tile = tiles.data() + (r - r0) * depth;
          s.out = p.out + r * p.outputs + panel * kColumns;
          s.prefetch = r == r0 && panel + 1 < lastPanel ? s.panel + p.inputs * kColumns : s.panel;
          multiplyTileOf(std::min(kTileRows, r1 - r), s);
        }
      }
    }
  }
}

#endif

}  // namespace

PackedFp32Linear::PackedFp32Linear(const float* weight, const float* bias, std::int64_t outputs, std::int64_t inputs)
    : outputs_(outputs), inputs_(inputs), panels_((outputs + kColumns - 1) / kColumns) {
  packed_ = alignedZeros<float>(panels_ * kColumns * inputs_);
  bias_ = alignedZeros<float>(panels_ * kColumns);
  for (std::int64_t panel = 0; panel < panels_; ++panel)
    for (std::int64_t j = 0; j < kColumns && panel * kColumns + j < outputs_; ++j) {
      const float* row = weight + (panel * kColumns + j) * inputs_;
      float* column = packed_.get() + panel * inputs_ * kColumns + j;
      for (std::int64_t k = 0; k < inputs_; ++k) column[k * kColumns] = row[k];
    }
  if (bias) std::copy(bias, bias + outputs_, bias_.get());
}

void PackedFp32Linear::multiply(const float* x, std::int64_t rows, float* out, PackedEpilogue epilogue) const {
#if defined(__x86_64__)
  if (!packedKernelsRun()) throw std::logic_error("PackedFp32Linear used on a CPU without AVX2 and FMA");
  if (rows <= 0) return;
  const Product p{x, packed_.get(), bias_.get(), out, rows, inputs_, outputs_, epilogue};
  splitPanels(panels_, rows * inputs_ * outputs_, kParallelWork,
              [&](std::int64_t first, std::int64_t last) { multiplyPanels(p, first, last); });
#else
  (void)x, (void)rows, (void)out, (void)epilogue;
  throw std::logic_error("PackedFp32Linear used on a CPU without AVX2 and FMA");
#endif
}

}  // namespace mien
