// Parity with the float64 references: every weights layout, image and text features, head and plain-CLIP logits.
#include <ATen/ATen.h>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "model/clip_model.h"
#include "model/expclip_head.h"
#include "model/safetensors_reader.h"
#include "model/zero_shot.h"
#include "support/fixtures.h"
#include "support/test_main.h"

using namespace mien;

namespace {
constexpr double kTolerance = 1e-4;

PromptSet fixtureEnsemble(const std::vector<std::string>& texts, const std::vector<std::string>& classes, int perClass) {
  PromptSet set;
  for (std::size_t c = 0; c < classes.size(); ++c) {
    ExpressionClass cls{classes[c], {}};
    for (int p = 0; p < perClass; ++p) cls.prompts.push_back(texts[c * perClass + p]);
    set.classes.push_back(cls);
  }
  return set;
}
}  // namespace

class TestClipParity : public QObject {
  Q_OBJECT

 private slots:
  void features_data() {
    QTest::addColumn<QString>("model");
    QTest::newRow("openai state dict fp16") << "fixtures/clip-tiny/openai-tiny.pt";
    QTest::newRow("openai torchscript archive") << "fixtures/clip-tiny/openai-tiny-jit.pt";
    QTest::newRow("huggingface folder") << "fixtures/clip-tiny/hf-tiny";
    QTest::newRow("huggingface safetensors file") << "fixtures/clip-tiny/hf-tiny/model.safetensors";
  }

  void features() {
    QFETCH(QString, model);
    auto clip = ClipModel::load(test::sharedPath(model.toStdString()));
    const auto expected = test::clipTinyExpected();
    QCOMPARE(clip->config().embedDim, 48);
    QCOMPARE(clip->config().vision.heads, 2);
    QCOMPARE(clip->config().text.heads, 1);
    const double imageError = test::relativeError(clip->encodeImage(expected.at("images")), expected.at("image_features"));
    const double textError = test::relativeError(clip->encodeText(expected.at("tokens")), expected.at("text_features"));
    qInfo("image %.3g, text %.3g relative error", imageError, textError);
    QVERIFY2(imageError < kTolerance, qPrintable(QString::number(imageError)));
    QVERIFY2(textError < kTolerance, qPrintable(QString::number(textError)));
    QVERIFY(std::abs(clip->logitScale() - 4.2) < 1e-3);  // stored as fp16 in every layout
  }

  void zeroShotLogits_data() { features_data(); }

  void zeroShotLogits() {
    QFETCH(QString, model);
    const auto path = test::sharedPath(model.toStdString());
    const auto readme = nlohmann::json::parse(test::readBytes(test::sharedPath("fixtures/clip-tiny/README.json")));
    const auto texts = readme["texts"].get<std::vector<std::string>>();
    const auto classes = readme["ensemble"]["classes"].get<std::vector<std::string>>();
    const auto expected = test::clipTinyExpected();

    ZeroShotClassifier classifier(ClipModel::load(path), ClipTokenizer::forModel(path, std::string(MIEN_TEST_DATA_DIR) + "/../../resources"),
                                  ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")));
    classifier.setPromptSet(fixtureEnsemble(texts, classes, 3));
    const at::Tensor headLogits = classifier.logits(expected.at("images"));
    QVERIFY(test::relativeError(headLogits, expected.at("head_logits")) < kTolerance);
    QVERIFY(test::relativeError(at::softmax(headLogits, 1), expected.at("head_probs")) < kTolerance);
    classifier.setHeadEnabled(false);
    QVERIFY(test::relativeError(classifier.logits(expected.at("images")), expected.at("clip_logits")) < kTolerance);
    classifier.setHeadEnabled(true);
    QVERIFY(test::relativeError(classifier.logits(expected.at("images")), expected.at("head_logits")) < kTolerance);
  }

  void modelWithOtherSizesNeedsNoCodeChange() {
    const auto dir = test::testDataPath("clip-other/");
    const auto expected = readSafetensors(dir + "expected.safetensors");
    auto clip = ClipModel::load(dir + "openai-other.pt");
    QCOMPARE(clip->config().vision.imageSize, 96);
    QCOMPARE(clip->config().vision.heads, 3);
    QCOMPARE(clip->config().text.heads, 2);
    QCOMPARE(clip->config().embedDim, 40);
    QVERIFY(test::relativeError(clip->encodeImage(expected.at("images")), expected.at("image_features")) < kTolerance);
    QVERIFY(test::relativeError(clip->encodeText(expected.at("tokens")), expected.at("text_features")) < kTolerance);

    const auto readme = nlohmann::json::parse(test::readBytes(test::sharedPath("fixtures/clip-tiny/README.json")));
    const auto texts = readme["texts"].get<std::vector<std::string>>();
    PromptSet set;
    set.classes = {{"happiness", {texts[0], texts[1]}}, {"sadness", {texts[3], texts[4]}}};
    ZeroShotClassifier classifier(clip, ClipTokenizer::fromOpenAiBpe(test::sharedPath("fixtures/clip-tiny/bpe_simple_vocab_16e6.txt.gz")),
                                  ExpClipHead::load(dir + "head-other.pth"));
    classifier.setPromptSet(set);
    QVERIFY(test::relativeError(classifier.logits(expected.at("images")), expected.at("head_logits")) < kTolerance);
    classifier.setHeadEnabled(false);
    QVERIFY(test::relativeError(classifier.logits(expected.at("images")), expected.at("clip_logits")) < kTolerance);
  }
};

MIEN_TEST_MAIN(TestClipParity)
#include "test_clip_parity.moc"
