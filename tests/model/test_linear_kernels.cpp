// The Linear kernels of every CPU precision against a float64 product, with fused activations, several row
// counts (one primitive each) and repeated calls (bit-identical). Built twice by scripts/test: with oneDNN, and
// in a model-only tree without it, where LibTorch's kernels must run.
#include <ATen/ATen.h>
#include <QtTest>
#include <thread>

#include "model/linear_layer.h"
#include "model/onednn_linear.h"
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
#ifdef MIEN_EXPECT_ONEDNN  // by default only where its AVX-512 kernels run (see linear_layer.cpp)
    QCOMPARE(linearKernelFor(Precision::Int8) == LinearKernel::OneDnn, oneDnnHasBrgemm());
    QCOMPARE(linearKernelFor(Precision::Fp32) == LinearKernel::OneDnn, oneDnnHasBrgemm());
#else
    QCOMPARE(linearKernelFor(Precision::Int8), LinearKernel::LibTorchInt8);
    QCOMPARE(linearKernelFor(Precision::Fp32), LinearKernel::LibTorch);
#endif
    QVERIFY(!linearKernelDescription().empty());
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
#endif

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
