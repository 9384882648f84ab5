// GFER against the authors' float64 references: the checkpoint as given, inference, train mode, every loss
// term, gradients; the backbone file; wrong files.
#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QtTest>

#include "common/errors.h"
#include "model/classifier.h"
#include "model/clip_model.h"
#include "model/preprocessing.h"
#include "model/gfer_head.h"
#include "model/safetensors_reader.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torch_checkpoint_writer.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;

namespace {
constexpr double kTolerance = 1e-4;
TensorMap expected() { return readSafetensors(test::sharedPath("fixtures/gfer-tiny/expected.safetensors")); }
GferHead tinyHead() { return GferHead::load(test::sharedPath("fixtures/gfer-tiny/gfer-tiny.pth")); }

void near(const at::Tensor& actual, const at::Tensor& reference, const char* what) {
  const double error = test::relativeError(actual.detach().reshape(reference.sizes()), reference);
  qInfo("%-28s relative error %.2e", what, error);
  QVERIFY2(error < kTolerance, what);
}
}  // namespace

class TestGferParity : public QObject {
  Q_OBJECT

 private slots:
  void checkpointLoadsAsGiven() {
    const GferHead head = tinyHead();
    QCOMPARE(head.sizes().featureDim, 48);
    QCOMPARE(head.sizes().classes, 7);
    QCOMPARE(head.sizes().groupWidth(), 6);
    QCOMPARE(head.sizes().channels, (std::vector<std::int64_t>{8, 16, 24, 48}));
    QCOMPARE(head.sizes().blocks, (std::vector<std::int64_t>{2, 2, 2, 2}));
  }

  void clipHalfIsTheClipTinyModel() {
    const auto e = expected();
    auto clip = ClipModel::load(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt"));
    near(clip->encodeImage(e.at("images")), e.at("image_features"), "image features");
    tinyHead().checkFits(clip->config().embedDim, "openai-tiny.pt");
  }

  void inferenceMatches() {
    const auto e = expected();
    const GferHead head = tinyHead();
    near(head.mask(e.at("images"), false), e.at("mask_eval"), "mask (eval)");
    near(e.at("image_features") * head.mask(e.at("images"), false), e.at("masked_eval"), "masked features (eval)");
    const at::Tensor logits = head.logits(e.at("images"), e.at("image_features"), false);
    near(logits, e.at("logits_eval"), "logits (eval)");
    near(at::softmax(logits, 1), e.at("probs_eval"), "probabilities (eval)");
  }

  void trainingLossesAndGradientsMatch() {
    const auto e = expected();
    GferHead head = tinyHead();
    near(head.mask(e.at("images"), true), e.at("mask_train"), "mask (train)");
    head = tinyHead();  // fresh running statistics
    head.setRequiresGrad(true);
    const GferLosses l = head.losses(e.at("images"), e.at("image_features"), e.at("labels"), e.at("drop_mask"));
    near(l.logits, e.at("logits_train"), "logits (train)");
    near(l.crossEntropy, e.at("loss_ce"), "loss CE");
    near(l.diversity, e.at("loss_div"), "loss diversity");
    near(l.channelDrop, e.at("loss_drop"), "loss channel drop");
    near(l.total, e.at("loss_total"), "loss total");
    l.total.backward();
    near(head.tensors().at("fc.weight").grad(), e.at("grad_fc_weight"), "grad fc.weight");
    near(head.tensors().at("fc.bias").grad(), e.at("grad_fc_bias"), "grad fc.bias");
    near(head.tensors().at("features.7.1.conv2.weight").grad(), e.at("grad_layer4_last_conv2_weight"), "grad layer4 conv2");
    // conv1's gradient passes back through every BatchNorm of a 3-image batch, which amplifies float32
    // rounding to about 1e-3; in float64 it matches the reference like everything else.
    GferHead exact = tinyHead();
    exact.to(at::kDouble);
    exact.setRequiresGrad(true);
    exact.losses(e.at("images").to(at::kDouble), e.at("image_features").to(at::kDouble), e.at("labels"),
                 e.at("drop_mask").to(at::kDouble)).total.backward();
    near(exact.tensors().at("features.0.weight").grad(), e.at("grad_conv1_weight"), "grad conv1 (float64)");
  }

  void backboneFileInitialisesTheResNet() {
    GferHead head = tinyHead();
    const auto before = head.tensors().at("features.4.0.conv1.weight").clone();
    head.initialiseBackbone(test::sharedPath("fixtures/gfer-tiny/backbone-tiny.pth"));
    const auto backbone = readTorchStateDict(test::sharedPath("fixtures/gfer-tiny/backbone-tiny.pth"));
    QVERIFY(at::equal(head.tensors().at("features.4.0.conv1.weight"), backbone.at("layer1.0.conv1.weight")));
    QVERIFY(at::equal(head.tensors().at("features.1.running_var"), backbone.at("bn1.running_var")));
    Q_UNUSED(before);
  }

  void savedCheckpointReloadsWithIdenticalLogits() {
    const auto e = expected();
    test::ScratchDir dir;
    const GferHead head = tinyHead();
    head.saveTorch(dir.path("gfer.pth"));
    const GferHead back = GferHead::load(dir.path("gfer.pth"));
    QVERIFY(at::equal(back.logits(e.at("images"), e.at("image_features"), false),
                      head.logits(e.at("images"), e.at("image_features"), false)));
  }

  void dropMaskHasTheAuthorsShape() {
    const GferHead head = tinyHead();
    auto generator = at::make_generator<at::CPUGeneratorImpl>(3407);
    const at::Tensor mask = head.randomDropMask(generator);
    QCOMPARE(mask.numel(), std::int64_t{48});
    for (int c = 0; c < 7; ++c) QCOMPARE(mask.slice(0, c * 6, c * 6 + 6).sum().item<double>(), 5.0);
  }

  void classifierUsesFixedClassesAndImagenetPreprocessing() {
    EngineSpec o;
    o.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    o.head = test::sharedPath("fixtures/gfer-tiny/gfer-tiny.pth");
    o.device = DevicePreference::Cpu;
    o.manifestsDir = std::string(MIEN_TEST_DATA_DIR) + "/../../models";
    o.resourcesDir = std::string(MIEN_TEST_DATA_DIR) + "/../../resources";
    auto classifier = createClassifier(o, PromptSet::fromClassNames({"a", "b"}));
    QCOMPARE(classifier->preprocessingName(), std::string("imagenet"));
    QVERIFY(!classifier->promptsEditable());
    QCOMPARE(classifier->classNames().size(), std::size_t{7});
    QCOMPARE(classifier->classNames()[3], std::string("happiness"));
    RgbImage face{64, 80, std::vector<std::uint8_t>(64 * 80 * 3)};
    for (std::size_t i = 0; i < face.pixels.size(); ++i) face.pixels[i] = static_cast<std::uint8_t>(i * 7 % 251);
    const auto probs = classifier->classify({face});
    const at::Tensor image = preprocessBatch({face}, Preprocessing::ImageNet, 224);
    auto clip = ClipModel::load(o.model);
    const at::Tensor expectedProbs = at::softmax(tinyHead().logits(image, clip->encodeImage(image), false), 1);
    for (int c = 0; c < 7; ++c) QVERIFY(std::abs(probs[0][c] - expectedProbs[0][c].item<float>()) < 1e-6);
  }

  void wrongFilesAreNamed() {
    QVERIFY_THROWS_EXCEPTION(ModelError, GferHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")));
    try {
      tinyHead().checkFits(512, "ViT-B-32.pt");
      QFAIL("a 48-d mask fitted a 512-d model");
    } catch (const ModelError& err) {
      QVERIFY2(QString(err.what()).contains("48-d") && QString(err.what()).contains("512-d"), err.what());
    }
    test::ScratchDir dir;
    TensorMap tensors = tinyHead().tensors();
    tensors["features.5.0.conv2.weight"] = at::zeros({16, 16, 5, 5});
    writeTorchStateDict(dir.path("bad.pth"), tensors, "model_state_dict");
    try {
      GferHead::load(dir.path("bad.pth"));
      QFAIL("a wrong-architecture checkpoint was accepted");
    } catch (const ModelError& err) {
      QVERIFY2(QString(err.what()).contains("features.5.0.conv2.weight") && QString(err.what()).contains("[16, 16, 3, 3]"), err.what());
    }
    QVERIFY_THROWS_EXCEPTION(ModelError, tinyHead().initialiseBackbone(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")));
  }
};

MIEN_TEST_MAIN(TestGferParity)
#include "test_gfer_parity.moc"
