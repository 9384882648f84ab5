// Every precision mode runs the fixture model and stays within its stated bound of the fp32 reference.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <QtTest>

#include "common/errors.h"
#include "model/blas_runtime.h"
#include "model/clip_model.h"
#include "model/linear_layer.h"
#include "support/fixtures.h"
#include "support/test_main.h"

using namespace mien;

namespace {
// Relative error of image features against the float64 reference, per mode (documented in the README).
double boundFor(Precision p) {
  switch (p) {
    case Precision::Fp32: return 1e-4;
    case Precision::Int8: return 5e-2;
    case Precision::Bf16: return 5e-2;
    case Precision::Fp16: return 1e-2;
  }
  return 0;
}
}  // namespace

class TestPrecision : public QObject {
  Q_OBJECT

 private slots:
  void everySupportedModeStaysWithinItsBound() {
    const auto expected = test::clipTinyExpected();
    for (Precision p : supportedPrecisions(false)) {
      auto model = ClipModel::load(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt"),
                                   chooseComputeDevice(DevicePreference::Cpu, p));
      const double error = test::relativeError(model->encodeImage(expected.at("images")), expected.at("image_features"));
      qInfo("%s: relative error %.3g (bound %.0e)", precisionName(p).c_str(), error, boundFor(p));
      QVERIFY2(error < boundFor(p), precisionName(p).c_str());
      // The text side stays fp32 in every mode.
      QVERIFY(test::relativeError(model->encodeText(expected.at("tokens")), expected.at("text_features")) < 1e-4);
    }
  }

  void int8IsAlwaysOfferedHere() {
    const auto modes = supportedPrecisions(false);
    QVERIFY(std::find(modes.begin(), modes.end(), Precision::Int8) != modes.end());
  }

  void unsupportedModesAreRefusedClearly() {
    try {
      chooseComputeDevice(DevicePreference::Cpu, Precision::Fp16);
      QFAIL("fp16 on the CPU was accepted");
    } catch (const ModelError& e) {
      QVERIFY2(QString(e.what()).contains("fp16 cannot run on this CPU"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(ModelError, precisionFromName("int4"));
  }

  void threadsGoToTheWorkingPool() {
    configureThreads(1, Precision::Int8);
    QCOMPARE(configuredThreads(), 1);
    QCOMPARE(at::get_num_threads(), 1);
    configureThreads(2, Precision::Int8);
    QCOMPARE(at::get_num_threads(), 2);
    configureThreads(2, Precision::Fp32);
    QCOMPARE(configuredThreads(), 2);
    // fp32 on the BLAS leaves LibTorch's pool one thread; fp32 on oneDNN (AVX-512) or Mien's packed kernel (AVX2) uses it.
    const bool blasRunsFp32 = linearKernelFor(Precision::Fp32) == LinearKernel::LibTorch;
    if (blasKernelChoice().library.rfind("OpenBLAS", 0) == 0) QCOMPARE(at::get_num_threads(), blasRunsFp32 ? 1 : 2);
    configureThreads(0, Precision::Fp32);
    QCOMPARE(configuredThreads(), physicalCoreCount());
  }
};

MIEN_TEST_MAIN(TestPrecision)
#include "test_precision.moc"
