// Per group of 4 inputs a panel holds its 16 columns' 4 weights each (64 bytes: columns 0-7, then 8-15), and a tile
// its 4 rows' 4 activation bytes each (16 bytes). A step broadcasts one row's 4 bytes, multiplies them with 8
// columns' 4 weights (vpmaddubsw: pairs of products summed in 16 bits, in range for 7-bit activations), sums those
// pairs into 32 bits (vpmaddwd with ones) and adds them to an accumulator: 8 accumulators hold 4 rows × 16
// columns over all inputs. Then y = (Σ q_x q_w − z · Σ q_w) · scale_x · scale_w + b, and the activation. Threads
// split the panels; the sums are integers, so the bits never depend on the split.
#include "model/packed_int8_linear.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "model/activation_quantizer.h"
#include "model/packed_panels.h"
#if defined(__x86_64__)
#include "model/avx2_epilogue.h"
#endif

namespace mien {
namespace {

constexpr std::int64_t kColumns = 16;
constexpr std::int64_t kTileRows = 4;        // 8 accumulators, 2 weights, the broadcast, ones and 2 temporaries
constexpr std::int64_t kTileBytes = 16;      // per group of 4 inputs: 4 rows × 4 bytes
constexpr std::int64_t kPanelBytes = 64;     // per group of 4 inputs: 16 columns × 4 bytes
constexpr std::int64_t kRowBlockBytes = 192 * 1024;  // a pass's activation tiles stay in L2
constexpr std::int64_t kParallelWork = 1 << 21;      // multiply-adds below which a second thread costs more

struct Product {
  const std::uint8_t* tiles;  // tile t (rows 4t..4t+3) at t · groups · kTileBytes
  const std::int8_t* packed;
  const float *weightScales, *columnSums, *bias;  // padded to panels × 16
  float* out;
  std::int64_t rows, groups, outputs;
  float activationScale, zeroPoint;
  PackedEpilogue epilogue;
};

#if defined(__x86_64__)

template <int R>
MIEN_AVX2 void multiplyTile(const Product& p, std::int64_t tile, std::int64_t panel) {
  const std::uint8_t* a = p.tiles + tile * p.groups * kTileBytes;
  const std::int8_t* w = p.packed + panel * p.groups * kPanelBytes;
  const __m256i ones = _mm256_set1_epi16(1);
  __m256i sum[R][2];
#pragma GCC unroll 4
  for (int r = 0; r < R; ++r) sum[r][0] = sum[r][1] = _mm256_setzero_si256();
  for (std::int64_t g = 0; g < p.groups; ++g, a += kTileBytes, w += kPanelBytes) {
    const __m256i w0 = _mm256_load_si256(reinterpret_cast<const __m256i*>(w));
    const __m256i w1 = _mm256_load_si256(reinterpret_cast<const __m256i*>(w + 32));
#pragma GCC unroll 4
    for (int r = 0; r < R; ++r) {
      std::int32_t four;
      std::memcpy(&four, a + 4 * r, 4);
      const __m256i v = _mm256_set1_epi32(four);
      sum[r][0] = _mm256_add_epi32(sum[r][0], _mm256_madd_epi16(_mm256_maddubs_epi16(v, w0), ones));
      sum[r][1] = _mm256_add_epi32(sum[r][1], _mm256_madd_epi16(_mm256_maddubs_epi16(v, w1), ones));
    }
  }
  const std::int64_t first = panel * kColumns, columns = std::min(kColumns, p.outputs - first);
  const __m256 zeroPoint = _mm256_set1_ps(p.zeroPoint), activationScale = _mm256_set1_ps(p.activationScale);
  for (int h = 0; h < 2; ++h) {
    const __m256 sums = _mm256_loadu_ps(p.columnSums + first + 8 * h);
    const __m256 scale = _mm256_mul_ps(_mm256_loadu_ps(p.weightScales + first + 8 * h), activationScale);
    const __m256 bias = _mm256_loadu_ps(p.bias + first + 8 * h);
    const __m256i lanes = avx2::firstLanes(columns - 8 * h);
#pragma GCC unroll 4
    for (int r = 0; r < R; ++r) {
      const __m256 exact = _mm256_fnmadd_ps(zeroPoint, sums, _mm256_cvtepi32_ps(sum[r][h]));
      const __m256 y = avx2::finish(_mm256_mul_ps(exact, scale), bias, p.epilogue);
      float* o = p.out + (tile * kTileRows + r) * p.outputs + first + 8 * h;
      if (columns == kColumns) _mm256_storeu_ps(o, y);
      else _mm256_maskstore_ps(o, lanes, y);
    }
  }
}

MIEN_AVX2 void multiplyPanels(const Product& p, std::int64_t firstPanel, std::int64_t lastPanel) {
  const std::int64_t tiles = (p.rows + kTileRows - 1) / kTileRows;
  const std::int64_t tilesPerBlock = std::max<std::int64_t>(1, kRowBlockBytes / (p.groups * kTileBytes));
  for (std::int64_t t0 = 0; t0 < tiles; t0 += tilesPerBlock) {
    const std::int64_t t1 = std::min(tiles, t0 + tilesPerBlock);
    for (std::int64_t panel = firstPanel; panel < lastPanel; ++panel)
      for (std::int64_t t = t0; t < t1; ++t) {
        switch (std::min(kTileRows, p.rows - t * kTileRows)) {
          case 1: multiplyTile<1>(p, t, panel); break;
          case 2: multiplyTile<2>(p, t, panel); break;
          case 3: multiplyTile<3>(p, t, panel); break;
          default: multiplyTile<4>(p, t, panel); break;
        }
      }
  }
}

#endif

// tiles[(t · groups + g) · 16 + r · 4 + b] = q[(4t + r) · inputs + 4g + b], 0 beyond the rows and inputs.
void copyIntoTiles(const std::uint8_t* q, std::int64_t rows, std::int64_t inputs, std::int64_t groups,
                   std::uint8_t* tiles) {
  for (std::int64_t row = 0; row < rows; ++row) {
    const std::uint8_t* from = q + row * inputs;
    std::uint8_t* to = tiles + row / kTileRows * groups * kTileBytes + row % kTileRows * 4;
    std::int64_t k = 0;
    for (; k + 4 <= inputs; k += 4) std::memcpy(to + k / 4 * kTileBytes, from + k, 4);
    for (; k < inputs; ++k) to[k / 4 * kTileBytes + k % 4] = from[k];
  }
}

}  // namespace

PackedInt8Linear::PackedInt8Linear(const float* weight, const float* bias, std::int64_t outputs, std::int64_t inputs)
    : outputs_(outputs), inputs_(inputs), groups_((inputs + 3) / 4), panels_((outputs + kColumns - 1) / kColumns) {
  packed_ = alignedZeros<std::int8_t>(panels_ * groups_ * kPanelBytes);
  weightScales_.assign(panels_ * kColumns, 1.f);
  columnSums_.assign(panels_ * kColumns, 0.f);
  bias_.assign(panels_ * kColumns, 0.f);
  if (bias) std::copy(bias, bias + outputs_, bias_.begin());
  for (std::int64_t j = 0; j < outputs_; ++j) {
    const float* row = weight + j * inputs_;
    float largest = 0.f;
    for (std::int64_t k = 0; k < inputs_; ++k) largest = std::max(largest, std::fabs(row[k]));
    const float scale = std::max(largest, 1e-8f) / 127.f;
    std::int8_t* column = packed_.get() + j / kColumns * groups_ * kPanelBytes + (j % kColumns) / 8 * 32 + j % 8 * 4;
    std::int32_t sum = 0;
    for (std::int64_t k = 0; k < inputs_; ++k) {
      const auto q = static_cast<std::int8_t>(std::clamp(std::nearbyint(row[k] / scale), -127.f, 127.f));
      column[k / 4 * kPanelBytes + k % 4] = q;
      sum += q;
    }
    weightScales_[j] = scale;
    columnSums_[j] = static_cast<float>(sum);
  }
}

void PackedInt8Linear::multiply(const float* x, std::int64_t rows, float* out, PackedEpilogue epilogue) const {
#if defined(__x86_64__)
  if (!packedKernelsRun()) throw std::logic_error("PackedInt8Linear used on a CPU without AVX2 and FMA");
  if (rows <= 0) return;
  std::unique_ptr<std::uint8_t[]> quantised(new std::uint8_t[rows * inputs_]);
  const ActivationQuantization q = quantizeActivations(x, rows * inputs_, kActivationLevels, quantised.get());
  const std::int64_t tiles = (rows + kTileRows - 1) / kTileRows;
  const AlignedBuffer<std::uint8_t> tiled = alignedZeros<std::uint8_t>(tiles * groups_ * kTileBytes);
  copyIntoTiles(quantised.get(), rows, inputs_, groups_, tiled.get());
  const Product p{tiled.get(), packed_.get(), weightScales_.data(), columnSums_.data(), bias_.data(), out, rows,
                  groups_, outputs_, q.scale, static_cast<float>(q.zeroPoint), epilogue};
  splitPanels(panels_, rows * inputs_ * outputs_, kParallelWork,
              [&](std::int64_t first, std::int64_t last) { multiplyPanels(p, first, last); });
#else
  (void)x, (void)rows, (void)out, (void)epilogue;
  throw std::logic_error("PackedInt8Linear used on a CPU without AVX2 and FMA");
#endif
}

}  // namespace mien
