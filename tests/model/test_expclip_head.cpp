// The Exp-CLIP head: the authors' file as given, saving in both formats, prefixes, and size mismatches.
#include <ATen/ATen.h>
#include <QtTest>

#include "common/errors.h"
#include "model/expclip_head.h"
#include "model/torch_checkpoint_writer.h"
#include "support/fixtures.h"
#include "support/test_main.h"
#include "support/scratch_dir.h"

using namespace mien;

class TestExpClipHead : public QObject {
  Q_OBJECT

 private slots:
  void authorsFileLoadsAsGiven() {
    // An OrderedDict with _metadata and storages tagged cuda:0, as the authors' training script saves it.
    auto head = ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth"));
    QCOMPARE(head.outputDim(), 64);
    QCOMPARE(head.inputDim(), 48);
    QVERIFY(head.weight().abs().sum().item<double>() > 0);
  }

  void savesBothFormatsAndReloadsExactly() {
    test::ScratchDir dir;
    auto head = ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth"));
    head.saveTorch(dir.path("head.pth"));
    head.saveSafetensors(dir.path("head.safetensors"));
    QVERIFY(at::equal(ExpClipHead::load(dir.path("head.pth")).weight(), head.weight()));
    QVERIFY(at::equal(ExpClipHead::load(dir.path("head.safetensors")).weight(), head.weight()));
    const at::Tensor x = at::randn({5, 48});
    QVERIFY(at::equal(ExpClipHead::load(dir.path("head.pth")).project(x), head.project(x)));
  }

  void acceptsWrapperPrefixes() {
    test::ScratchDir dir;
    const at::Tensor w = at::randn({16, 8});
    for (const std::string prefix : {"module.", "projection_head.", "module.projection_head."}) {
      writeTorchStateDict(dir.path("p.pth"), {{prefix + "mlp.weight", w}});
      QVERIFY2(at::equal(ExpClipHead::load(dir.path("p.pth")).weight(), w), prefix.c_str());
    }
  }

  void mismatchedSizesNameBoth() {
    auto head = ExpClipHead::load(test::testDataPath("clip-other/head-other.pth"));
    try {
      head.checkFits(48, "openai-tiny.pt");
      QFAIL("a 40-d head was accepted for a 48-d model");
    } catch (const ModelError& e) {
      const QString message = e.what();
      QVERIFY2(message.contains("40-d") && message.contains("48-d") && message.contains("openai-tiny.pt"), e.what());
    }
  }

  void notAHead() {
    QVERIFY_THROWS_EXCEPTION(ModelError, ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")));
    test::ScratchDir dir;
    writeTorchStateDict(dir.path("v.pth"), {{"mlp.weight", at::randn({16})}});
    QVERIFY_THROWS_EXCEPTION(ModelError, ExpClipHead::load(dir.path("v.pth")));
    test::writeBytes(dir.path("text.pth"), "plain text");
    QVERIFY_THROWS_EXCEPTION(ModelError, ExpClipHead::load(dir.path("text.pth")));
  }
};

MIEN_TEST_MAIN(TestExpClipHead)
#include "test_expclip_head.moc"
