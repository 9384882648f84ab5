// The CPU kernels: Linear of every precision against a float64 product, with fused activations, several row
// counts (one primitive each) and repeated calls (bit-identical), and attention against its float64 definition.
// Built twice by scripts/test: with oneDNN, and in a model-only tree without it, where LibTorch's kernels must run.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <QtTest>
#include <cmath>
#include <limits>
#include <thread>

#include "model/attention.h"
#include "model/attention_kernel.h"
#include "model/linear_layer.h"
#include "model/onednn_linear.h"
#include "model/openmp_threads.h"
#include "model/activation_quantizer.h"
#include "model/packed_fp32_linear.h"
#include "model/packed_int8_linear.h"
#include "support/test_main.h"

using namespace mien;

namespace {

double boundFor(Precision p) {
  switch (p) {
    case Precision::Fp32: return 1e-5;
    case Precision::Int8: return 3e-2;  // per-channel s8 weights, per-tensor u8 activations
    default: return 2e-2;               // bf16: 8 significant bits
  }
}

at::Tensor reference(const at::Tensor& x, const at::Tensor& w, const at::Tensor& b, std::optional<Activation> act) {
  at::Tensor y = at::linear(x.to(at::kDouble), w.to(at::kDouble), b.to(at::kDouble));
  if (!act) return y;
  return *act == Activation::QuickGelu ? y * at::sigmoid(1.702 * y) : at::gelu(y);
}

double relativeError(const at::Tensor& got, const at::Tensor& want) {
  return (got.to(at::kDouble) - want).norm().item<double>() / want.norm().item<double>();
}

// softmax(q kᵀ / √d + mask) v in float64, qkv [B, L, 3W] -> [B, L, W]
at::Tensor attentionReference(const at::Tensor& qkv, std::int64_t heads, const at::Tensor& mask) {
  const auto batch = qkv.size(0), tokens = qkv.size(1), width = qkv.size(2) / 3, headDim = width / heads;
  const at::Tensor split = qkv.to(at::kDouble).view({batch, tokens, 3, heads, headDim}).permute({2, 0, 3, 1, 4});
  at::Tensor scores = at::matmul(split[0], split[1].transpose(-1, -2)) / std::sqrt(static_cast<double>(headDim));
  if (mask.defined()) scores = scores + mask.to(at::kDouble);
  return at::matmul(at::softmax(scores, -1), split[2]).transpose(1, 2).reshape({batch, tokens, width});
}

// A packed kernel's product of x on `threads` OpenMP threads.
template <typename Kernel>
at::Tensor packedProduct(const Kernel& kernel, const at::Tensor& x, PackedEpilogue epilogue, int threads) {
  at::Tensor y = at::empty({x.size(0), kernel.outputs()});
  at::set_num_threads(threads);
  kernel.multiply(x.data_ptr<float>(), x.size(0), y.data_ptr<float>(), epilogue);
  return y;
}

}  // namespace

class TestLinearKernels : public QObject {
  Q_OBJECT

 private slots:
  void everyPrecisionMatchesFloat64() {
    at::manual_seed(3);
    const at::Tensor w = at::randn({96, 80}) * 0.1, b = at::randn({96}) * 0.1;
    for (Precision p : supportedPrecisions(false)) {
      for (std::optional<Activation> act : {std::optional<Activation>(), std::optional(Activation::QuickGelu),
                                            std::optional(Activation::Gelu)}) {
        const at::ScalarType type = p == Precision::Bf16 ? at::kBFloat16 : at::kFloat;
        LinearLayer layer(w.to(type), b.to(type), act);
        layer.prepare(p);
        for (std::int64_t rows : {1, 7, 50, 130}) {  // a new row count makes a new primitive
          const at::Tensor x = at::randn({rows, 2, 80});
          const at::Tensor y = layer.forward(x.to(type));
          QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{rows, 2, 96}));
          QCOMPARE(y.scalar_type(), type);
          const double error = relativeError(y, reference(x.to(type).to(at::kFloat), w.to(type).to(at::kFloat),
                                                          b.to(type).to(at::kFloat), act));
          const QByteArray what = QByteArray::fromStdString(precisionName(p) + " rows " + std::to_string(rows) +
                                                            " error " + std::to_string(error));
          QVERIFY2(error < boundFor(p), what.constData());
          QVERIFY2(at::equal(layer.forward(x.to(type)), y), "a second call gave other bits");
        }
      }
    }
  }

  void theKernelIsTheOneThisBuildPromises() {
    const LinearKernel fp32Elsewhere = packedKernelsRun() ? LinearKernel::PackedFp32 : LinearKernel::LibTorch;
    const LinearKernel int8Elsewhere = packedKernelsRun() ? LinearKernel::PackedInt8 : LinearKernel::LibTorchInt8;
#ifdef MIEN_EXPECT_ONEDNN  // by default only where its AVX-512 kernels run (see linear_layer.cpp)
    QCOMPARE(linearKernelFor(Precision::Int8), oneDnnHasBrgemm() ? LinearKernel::OneDnn : int8Elsewhere);
    QCOMPARE(linearKernelFor(Precision::Fp32), oneDnnHasBrgemm() ? LinearKernel::OneDnn : fp32Elsewhere);
#else
    QCOMPARE(linearKernelFor(Precision::Int8), int8Elsewhere);
    QCOMPARE(linearKernelFor(Precision::Fp32), fp32Elsewhere);
#endif
    QVERIFY(!linearKernelDescription().empty());
  }

  // Tails of rows (not a multiple of 6) and of columns (not of 16), inputs over one 512-wide slice, no bias; the
  // same bits on one thread and on two.
  void packedFp32MatchesFloat64EvenWhereNotChosen() {
    if (!packedKernelsRun()) QSKIP("this CPU has no AVX2 and FMA");
    at::manual_seed(13);
    const int threadsBefore = at::get_num_threads();
    for (std::int64_t outputs : {16, 40, 200})
      for (std::int64_t inputs : {3, 80, 1100})
        for (bool withBias : {true, false})
          for (PackedEpilogue epilogue : {PackedEpilogue::None, PackedEpilogue::QuickGelu}) {
            const at::Tensor w = at::randn({outputs, inputs}) * 0.1, b = at::randn({outputs}) * 0.1;
            const PackedFp32Linear kernel(w.data_ptr<float>(), withBias ? b.data_ptr<float>() : nullptr, outputs, inputs);
            for (std::int64_t rows : {1, 5, 7, 50, 125, 250}) {
              const at::Tensor x = at::randn({rows, inputs});
              const at::Tensor one = packedProduct(kernel, x, epilogue, 1), two = packedProduct(kernel, x, epilogue, 2);
              const auto act = epilogue == PackedEpilogue::QuickGelu ? std::optional(Activation::QuickGelu) : std::nullopt;
              const double error = relativeError(one, reference(x, w, withBias ? b : at::zeros({outputs}), act));
              const std::string what = std::to_string(rows) + "x" + std::to_string(inputs) + "x" +
                                       std::to_string(outputs) + " error " + std::to_string(error);
              QVERIFY2(error < boundFor(Precision::Fp32), what.c_str());
              QVERIFY2(at::equal(one, two), ("one and two threads differ: " + what).c_str());
            }
          }
    at::set_num_threads(threadsBefore);
  }

  // int8 against its integer definition: per-channel s8 weights (scale = max |w| / 127), the activations as the
  // quantiser makes them (7 bits) and their zero point; only float rounding may differ. Tails of rows (not a
  // multiple of 4), columns (not of 16) and inputs (not of 4); the same bits on one thread and on two.
  void packedInt8IsItsIntegerDefinition() {
    if (!packedKernelsRun()) QSKIP("this CPU has no AVX2 and FMA");
    at::manual_seed(17);
    const int threadsBefore = at::get_num_threads();
    for (std::int64_t outputs : {16, 40})
      for (std::int64_t inputs : {3, 80, 770})
        for (PackedEpilogue epilogue : {PackedEpilogue::None, PackedEpilogue::QuickGelu}) {
          const at::Tensor w = at::randn({outputs, inputs}) * 0.1, b = at::randn({outputs}) * 0.1;
          const PackedInt8Linear kernel(w.data_ptr<float>(), b.data_ptr<float>(), outputs, inputs);
          const at::Tensor scales = (std::get<0>(w.abs().max(1)).clamp_min(1e-8) / 127.0).unsqueeze(1);
          const at::Tensor qw = at::div(w, scales).round().clamp(-127, 127).to(at::kDouble);
          for (std::int64_t rows : {1, 3, 5, 50, 130}) {
            const at::Tensor x = (at::randn({rows, inputs}) + 1.0).contiguous();  // a zero point inside the range
            std::vector<std::uint8_t> bytes(x.numel());
            const ActivationQuantization q = quantizeActivations(x.data_ptr<float>(), x.numel(),
                                                                 PackedInt8Linear::kActivationLevels, bytes.data());
            const at::Tensor qx = at::from_blob(bytes.data(), x.sizes(), at::kByte).to(at::kDouble) - q.zeroPoint;
            at::Tensor want = at::matmul(qx, qw.t()) * (q.scale * scales.t().to(at::kDouble)) + b.to(at::kDouble);
            if (epilogue == PackedEpilogue::QuickGelu) want = want * at::sigmoid(1.702 * want);
            const at::Tensor one = packedProduct(kernel, x, epilogue, 1), two = packedProduct(kernel, x, epilogue, 2);
            const double error = relativeError(one, want);
            const std::string what = std::to_string(rows) + "x" + std::to_string(inputs) + "x" +
                                     std::to_string(outputs) + " error " + std::to_string(error);
            QVERIFY2(error < 1e-5, what.c_str());
            QVERIFY2(at::equal(one, two), ("one and two threads differ: " + what).c_str());
          }
        }
    at::set_num_threads(threadsBefore);
  }

#ifdef MIEN_EXPECT_ONEDNN
  void oneDnnKernelsMatchFloat64EvenWhereNotChosen() {  // so they stay correct on every CPU CI runs on
    at::manual_seed(5);
    const at::Tensor w = at::randn({96, 80}) * 0.1, b = at::randn({96}) * 0.1, x = at::randn({50, 80});
    for (Precision p : {Precision::Fp32, Precision::Int8})
      for (auto act : {std::optional<Activation>(), std::optional(Activation::QuickGelu), std::optional(Activation::Gelu)}) {
        const OneDnnLinear kernel(w, b, p, act);
        const at::Tensor y = kernel.forward(x);
        const double error = relativeError(y, reference(x, w, b, act));
        QVERIFY2(error < boundFor(p), (precisionName(p) + " " + std::to_string(error)).c_str());
        QVERIFY(at::equal(kernel.forward(x), y));
        QVERIFY(!kernel.implementation().empty());
      }
  }

  // int8 against its integer definition: per-channel s8 weights, u8 activations as the quantiser makes them and their
  // zero point folded into the bias; only float rounding may differ (int8 itself is 3e-2 from float64).
  void int8ProductIsItsIntegerDefinition() {
    at::manual_seed(11);
    const at::Tensor w = at::randn({96, 80}) * 0.1, b = at::randn({96}) * 0.1;
    const int levels = oneDnnHasVnni() ? 255 : 127;
    for (double shift : {0.0, 2.0, 5.0}) {  // zero points near the middle, low, and 0 (all positive)
      const at::Tensor x = (at::randn({50, 80}) + shift).contiguous();
      const at::Tensor got = OneDnnLinear(w, b, Precision::Int8, std::nullopt).forward(x);
      std::vector<std::uint8_t> bytes(x.numel());
      const ActivationQuantization q = quantizeActivations(x.data_ptr<float>(), x.numel(), levels, bytes.data());
      const at::Tensor activations = at::from_blob(bytes.data(), x.sizes(), at::kByte).to(at::kDouble) - q.zeroPoint;
      const at::Tensor scales = std::get<0>(w.abs().max(1)).clamp_min(1e-8) / 127.0;
      const at::Tensor weights = at::div(w, scales.unsqueeze(1)).round().clamp(-127, 127).to(at::kDouble);
      const at::Tensor want =
          at::matmul(activations, weights.t()) * (q.scale * scales.to(at::kDouble)) + b.to(at::kDouble);
      const double error = relativeError(got, want);
      QVERIFY2(error < 1e-5, ("shift " + std::to_string(shift) + ": " + std::to_string(error)).c_str());
    }
  }

  // The quantiser against its definition, on the one-thread path and on the one in pieces (above 2^18 values).
  void activationsAreQuantisedAsDefined() {
    at::manual_seed(9);
    for (std::int64_t count : {1, 77, 50 * 768, 600000})
      for (int levels : {255, 127})
        for (double shift : {0.0, 5.0}) {  // 5: all positive, so the widened range starts at 0
          const at::Tensor x = (at::randn({count}) * 3 + shift).contiguous();
          std::vector<std::uint8_t> bytes(count);
          const ActivationQuantization q = quantizeActivations(x.data_ptr<float>(), count, levels, bytes.data());
          const double low = std::min(0.0, x.min().item<double>()), high = std::max(0.0, x.max().item<double>());
          const double scale = (high - low) / levels;
          QCOMPARE(q.scale, static_cast<float>(scale));
          QCOMPARE(q.zeroPoint, static_cast<std::int32_t>(std::clamp(std::nearbyint(-low / scale), 0.0, 1.0 * levels)));
          const at::Tensor want = (at::round(x * static_cast<float>(1.0 / scale)) + static_cast<float>(q.zeroPoint))
                                      .clamp(0, levels).to(at::kByte);
          const at::Tensor got = at::from_blob(bytes.data(), {count}, at::kByte);
          QVERIFY2(at::equal(got, want), ("count " + std::to_string(count)).c_str());
          QVERIFY(got.max().item<int>() <= levels);
        }
  }
#endif

  // Few rows run their small steps on the calling thread and the products on all: the same bits either way, and the
  // thread count is back as it was once the scope ends.
  void smallWorkOnOneThreadGivesTheSameBits() {
    configureThreads(2, Precision::Int8);
    for (Precision p : supportedPrecisions(false)) {
      const at::ScalarType type = p == Precision::Bf16 ? at::kBFloat16 : at::kFloat;
      const at::Tensor w = at::randn({256, 192}).to(type), b = at::randn({256}).to(type);
      // Two layers, so that each makes its kernel for 50 rows under the thread count it then runs with.
      LinearLayer wide(w, b, Activation::QuickGelu), narrow(w, b, Activation::QuickGelu);
      wide.prepare(p);
      narrow.prepare(p);
      const at::Tensor x = at::randn({50, 192}).to(type);
      const int before = at::get_num_threads();
      at::Tensor narrowed;
      {
        const SmallWorkThreads smallWork(x.size(0));
#ifdef MIEN_EXPECT_ONEDNN  // built with OpenMP: LibTorch's pool is narrowed to this thread
        QCOMPARE(at::get_num_threads(), 1);
#endif
        narrowed = narrow.forward(x);  // int8: the product too runs on this thread
      }
      const at::Tensor everywhere = wide.forward(x);
      QCOMPARE(at::get_num_threads(), before);
      QVERIFY2(at::equal(everywhere, narrowed), precisionName(p).c_str());
    }
    configureThreads(0, Precision::Fp32);
  }

  void attentionMatchesFloat64() {
    at::manual_seed(5);
#if defined(__x86_64__)
    QCOMPARE(fusedAttentionRuns(64), static_cast<bool>(__builtin_cpu_supports("avx512f")));
#endif
    QVERIFY(!fusedAttentionRuns(40));  // a head not a multiple of 16 wide takes LibTorch's path
    struct Case {
      std::int64_t batch, tokens, heads, headDim;
      bool causal;
    };
    for (const Case c : {Case{1, 1, 2, 64, false}, Case{2, 5, 3, 16, false}, Case{1, 50, 12, 64, false},
                         Case{2, 77, 8, 64, true}, Case{1, 197, 4, 48, false}, Case{1, 33, 2, 32, true},
                         Case{1, 20, 2, 40, false}}) {
      const std::int64_t width = c.heads * c.headDim;
      const at::Tensor qkv = at::randn({c.batch, c.tokens, 3 * width}) * 2;
      const at::Tensor mask =
          c.causal ? at::full({c.tokens, c.tokens}, -std::numeric_limits<float>::infinity()).triu(1) : at::Tensor();
      const at::Tensor got = multiHeadAttention(qkv, c.heads, mask);
      QCOMPARE(got.sizes().vec(), (std::vector<std::int64_t>{c.batch, c.tokens, width}));
      const double error = relativeError(got, attentionReference(qkv, c.heads, mask));
      const std::string what = "tokens " + std::to_string(c.tokens) + " head " + std::to_string(c.headDim) +
                               " error " + std::to_string(error);
      QVERIFY2(error < 1e-6, what.c_str());
      QVERIFY2(at::equal(multiHeadAttention(qkv, c.heads, mask), got), "a second call gave other bits");
    }
  }

  void anotherThreadGetsTheSameBits() {  // the pipeline runs the model on its worker thread
    configureThreads(2, Precision::Int8);
    for (Precision p : supportedPrecisions(false)) {
      const at::ScalarType type = p == Precision::Bf16 ? at::kBFloat16 : at::kFloat;
      LinearLayer layer(at::randn({256, 192}).to(type), at::randn({256}).to(type), Activation::QuickGelu);
      layer.prepare(p);
      const at::Tensor x = at::randn({100, 192}).to(type);
      const at::Tensor here = layer.forward(x);
      at::Tensor there;
      std::thread([&] { there = layer.forward(x); }).join();
      QVERIFY2(at::equal(here, there), precisionName(p).c_str());
    }
    configureThreads(0, Precision::Fp32);
  }
};

MIEN_TEST_MAIN(TestLinearKernels)
#include "test_linear_kernels.moc"
