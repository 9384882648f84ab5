// The Exp-CLIP loss: a 3x3 example worked out by hand, and gradients against finite differences.
#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QtTest>
#include <cmath>

#include "common/errors.h"
#include "support/test_main.h"
#include "train/contrastive_loss.h"

using namespace mien;

class TestContrastiveLoss : public QObject {
  Q_OBJECT

 private slots:
  void matchesAHandComputedExample() {
    // Images are the unit axes (given unnormalised), the LLM embeddings the same axes with the first two
    // swapped, scale 1. Both similarity matrices are then the swap permutation:
    //   rows 0 and 1: the right pair scores 0 against one 1 and one 0  -> -log(1 / (2 + e)) = log(2 + e)
    //   row 2:        the right pair scores 1 against two 0s           -> -log(e / (2 + e)) = log(2 + e) - 1
    // mean over rows = log(2 + e) - 1/3, the same in both directions.
    const at::Tensor images = at::tensor({2.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.5}, at::kDouble).view({3, 3});
    const at::Tensor llm = at::tensor({0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 7.0}, at::kDouble).view({3, 3});
    const double expected = std::log(2.0 + std::exp(1.0)) - 1.0 / 3.0;
    QVERIFY(std::abs(expClipContrastiveLoss(images, llm, 1.0).item<double>() - expected) < 1e-12);
    // Matching pairs with scale 1: every row is -log(e / (e + 2)).
    QVERIFY(std::abs(expClipContrastiveLoss(images, images, 1.0).item<double>() - std::log(1.0 + 2.0 / std::exp(1.0))) < 1e-12);
  }

  void gradientsMatchFiniteDifferences() {
    auto generator = at::make_generator<at::CPUGeneratorImpl>(5);
    const at::Tensor clipFeatures = at::randn({4, 6}, generator, at::kDouble);
    const at::Tensor llm = at::randn({4, 5}, generator, at::kDouble);
    at::Tensor head = at::randn({5, 6}, generator, at::kDouble).requires_grad_(true);
    const double scale = 10.0;
    expClipContrastiveLoss(at::matmul(clipFeatures, head.t()), llm, scale).backward();
    const at::Tensor analytic = head.grad().clone();
    const double h = 1e-6;
    double worst = 0;
    for (std::int64_t i = 0; i < head.size(0); ++i)
      for (std::int64_t j = 0; j < head.size(1); ++j) {
        at::Tensor plus = head.detach().clone(), minus = head.detach().clone();
        plus[i][j] += h;
        minus[i][j] -= h;
        const double numeric = (expClipContrastiveLoss(at::matmul(clipFeatures, plus.t()), llm, scale).item<double>() -
                                expClipContrastiveLoss(at::matmul(clipFeatures, minus.t()), llm, scale).item<double>()) /
                               (2 * h);
        worst = std::max(worst, std::abs(numeric - analytic[i][j].item<double>()));
      }
    qInfo("largest gradient difference: %.2e (gradient scale %.2e)", worst, analytic.abs().max().item<double>());
    QVERIFY(worst < 1e-7 * std::max(1.0, analytic.abs().max().item<double>()));
  }

  void mismatchedSizesAreNamed() {
    try {
      expClipContrastiveLoss(at::zeros({4, 64}), at::zeros({4, 4096}), 100.0);
      QFAIL("mismatched sizes were accepted");
    } catch (const ModelError& e) {
      QVERIFY2(QString(e.what()).contains("[4, 64]") && QString(e.what()).contains("[4, 4096]"), e.what());
    }
  }
};

MIEN_TEST_MAIN(TestContrastiveLoss)
#include "test_contrastive_loss.moc"
