// GFER training on real face crops made from ../shared/media, labels assigned by the test, with the tiny CLIP
// and a ResNet initialised from backbone-tiny.pth: the loss falls, the checkpoint reloads in the authors'
// layout with identical logits, kill -9 and --resume end at the same weights, bad input gets one clear message,
// and the augmentation behaves as torchvision's.
#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QProcess>
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <thread>

#include "common/resource_paths.h"
#include "model/classifier.h"
#include "model/clip_model.h"
#include "model/gfer_head.h"
#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/face_collection.h"
#include "train/gfer_training_run.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString shared(const std::string& relative) { return q(test::sharedPath(relative)); }
test::ProcessResult cli(const QStringList& args) { return test::runProgram(MIEN_CLI_PATH, args); }

// Two classes of real aligned faces: one per video (the test decides the labels).
const std::string& labelledFolder() {
  static test::ScratchDir dir;
  static const bool made = [] {
    FaceScanSettings detect;
    detect.videoEveryNth = 4;
    int n = 0;
    for (const auto& [video, label] : {std::pair{"single_face.mp4", "calm"}, {"WolfgangLanger_Pexels.mp4", "tense"}}) {
      test::ScratchDir in;
      fs::copy_file(test::sharedPath(std::string("media/") + video), in.path(video));
      const FaceScan scan = scanFaceFolder(in.path(), dir.path("crops"), detect);
      fs::create_directories(dir.path(std::string("faces/") + label));
      for (std::size_t i = 0; i < scan.faces.size() && i < 16; ++i)
        fs::copy_file(scan.faces[i].cropPath, dir.path(std::string("faces/") + label + "/" + std::to_string(n++) + ".png"));
    }
    return true;
  }();
  Q_UNUSED(made);
  static const std::string path = dir.path("faces");
  return path;
}

QStringList trainArgs(const std::string& work, int epochs) {
  return {"train-gfer", q(labelledFolder()), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--work", q(work),
          "--aligned", "--resnet-widths", "8,16,24", "--backbone", shared("fixtures/gfer-tiny/backbone-tiny.pth"),
          "--epochs", QString::number(epochs), "--batch", "8", "--lr", "2e-3", "--validation", "0.25"};
}

at::Tensor someImages() {
  return at::randn({4, 3, 224, 224}, at::make_generator<at::CPUGeneratorImpl>(2));
}

}  // namespace

class TestGferTraining : public QObject {
  Q_OBJECT

 private slots:
  void lossFallsAndTheHeadReloadsWithTheSameLogits() {
    test::ScratchDir work;
    GferRunSettings s;
    s.training.epochs = 5;
    s.training.batchSize = 8;
    s.training.learningRate = 2e-3;
    s.clipModel = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    s.backbone = test::sharedPath("fixtures/gfer-tiny/backbone-tiny.pth");
    s.resnetWidths = {8, 16, 24};
    s.validationShare = 0.25;
    s.faces.alignedCrops = true;
    s.cachePath = work.path("cache.sqlite");
    s.checkpointDir = work.path("checkpoints");
    s.outputPath = work.path("gfer.pth");
    std::vector<GferEpochReport> epochs;
    const auto outcome = runGferTraining(scanLabelledFolder(labelledFolder()), s, [&](const GferEpochReport& r) { epochs.push_back(r); });
    QCOMPARE(outcome.epochsDone, 5);
    QCOMPARE(outcome.trainingFaces + outcome.validationFaces, std::int64_t{32});
    QCOMPARE(outcome.validationFaces, std::int64_t{8});
    QVERIFY2(epochs.back().meanLoss < epochs.front().meanLoss,
             qPrintable(QString("%1 -> %2").arg(epochs.front().meanLoss).arg(epochs.back().meanLoss)));
    QVERIFY(epochs.back().validationAccuracy >= 0 && epochs.back().validationUar >= 0);
    QVERIFY(std::abs(epochs[1].learningRate - 2e-3 * 0.9) < 1e-12);  // exponential decay per epoch

    const GferHead fromPth = GferHead::load(work.path("gfer.pth"));
    const GferHead lastCheckpoint = GferHead::load(work.path("checkpoints/epoch-5.pth"));
    auto clip = ClipModel::load(s.clipModel);
    const at::Tensor images = someImages(), features = clip->encodeImage(images);
    QVERIFY(at::equal(fromPth.logits(images, features, false), lastCheckpoint.logits(images, features, false)));
    for (const auto& [key, value] : lastCheckpoint.tensors()) QVERIFY2(at::equal(fromPth.tensors().at(key), value), key.c_str());

    EngineSpec o;
    o.model = s.clipModel;
    o.head = s.outputPath;
    const auto classifier = createClassifier(o);
    QCOMPARE(classifier->classNames(), std::vector<std::string>({"calm", "tense"}));
    QVERIFY(!classifier->promptsEditable());
  }

  void killedTrainingResumesToTheSameWeights() {
    test::ScratchDir straight;
    const int epochs = 6;
    const auto full = cli(trainArgs(straight.path(), epochs));
    QVERIFY2(full.exitCode == 0, qPrintable(full.err + full.out));
    const GferHead expected = GferHead::load(straight.path("gfer-head.pth"));

    test::ScratchDir work;
    QProcess process;
    process.start(MIEN_CLI_PATH, trainArgs(work.path(), epochs));
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (!fs::exists(work.path("checkpoints/epoch-2.json")) && timer.elapsed() < 120000 && process.state() == QProcess::Running)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    QVERIFY2(process.state() == QProcess::Running, "training ended before it could be killed");
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished();
    QVERIFY(!fs::exists(work.path("gfer-head.pth")));
    const auto resumed = cli(QStringList(trainArgs(work.path(), epochs)) << "--resume");
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY2(resumed.out.contains("resumed after epoch"), qPrintable(resumed.out));
    const GferHead again = GferHead::load(work.path("gfer-head.pth"));
    for (const auto& [key, value] : expected.tensors()) QVERIFY2(at::equal(again.tensors().at(key), value), key.c_str());

    const auto evaluated = cli({"evaluate", q(labelledFolder()), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"),
                                "--head", q(work.path("gfer-head.pth")), "--classes", "calm,tense", "--aligned"});
    QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
    QVERIFY2(evaluated.out.contains("GFER gfer-head.pth") && evaluated.out.contains("CLIP zero-shot"), qPrintable(evaluated.out));
  }

  void badInputGetsOneClearMessage() {
    test::ScratchDir one, empty, stray, work;
    const std::string face = test::readBytes(test::sharedPath("media/messi5.jpg"));
    fs::create_directories(one.path("calm"));
    test::writeBytes(one.path("calm/a.jpg"), face);
    fs::create_directories(empty.path("calm"));
    fs::create_directories(empty.path("tense"));
    test::writeBytes(empty.path("calm/a.jpg"), face);
    fs::create_directories(stray.path("calm"));
    fs::create_directories(stray.path("tense"));
    test::writeBytes(stray.path("calm/a.jpg"), face);
    test::writeBytes(stray.path("tense/b.jpg"), face);
    test::writeBytes(stray.path("tense/readme.txt"), "notes");
    const QString model = shared("fixtures/clip-tiny/openai-tiny.pt");
    const auto expectError = [&](const QStringList& args, const QStringList& needles) {
      const auto r = cli(QStringList{"train-gfer"} + args + QStringList{"--model", model, "--work", q(work.path()), "--epochs", "1"});
      QCOMPARE(r.exitCode, 2);
      QCOMPARE(r.err.count("error:"), 1);
      for (const auto& n : needles) QVERIFY2(r.err.contains(n), qPrintable(r.err));
    };
    expectError({q(one.path())}, {"1 class folder", "at least two"});
    expectError({q(empty.path())}, {"'tense'", "holds no images"});
    expectError({q(stray.path())}, {"readme.txt", "not an image"});
    expectError({q(labelledFolder()), "--aligned", "--start-head", shared("fixtures/clip-tiny/head-tiny.pth")},
                {"not a GFER checkpoint"});
    expectError({q(labelledFolder()), "--aligned", "--start-head", shared("fixtures/gfer-tiny/gfer-tiny.pth")},
                {"7 classes", "has 2"});
    // A GFER mask of 48 channels on a CLIP giving 40-d features: both sizes named.
    const auto r = cli({"classify", shared("media/astronaut.png"), "--model",
                        q(std::string(MIEN_TEST_DATA_DIR) + "/clip-other/openai-other.pt"), "--head",
                        shared("fixtures/gfer-tiny/gfer-tiny.pth")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("48-d") && r.err.contains("40-d"), qPrintable(r.err));
  }

  void augmentationFollowsTorchvision() {
    GferTrainingSettings s;
    const at::Tensor grey = at::full({2, 224, 224, 3}, 128, at::kByte);
    auto generator = at::make_generator<at::CPUGeneratorImpl>(1);
    s.noiseProbability = 0, s.flipProbability = 0, s.erasingProbability = 1;
    const at::Tensor erased = GferTrainer::augmentBatch(grey, s, generator);
    const at::Tensor plain = GferTrainer::normaliseBatch(grey);
    for (int b = 0; b < 2; ++b) {
      const double area = erased[b][0].eq(0).to(at::kDouble).mean().item<double>();  // value 0 after normalisation
      QVERIFY2(area >= 0.02 * 0.8 && area <= 0.25 * 1.2, qPrintable(QString::number(area)));
      QVERIFY(at::equal(erased[b].ne(0), erased[b].eq(plain[b])));
    }
    s.erasingProbability = 0, s.noiseProbability = 1;
    const at::Tensor noisy = GferTrainer::augmentBatch(grey, s, generator);
    const double spread = (noisy - plain).mul(0.229 * 255).std().item<double>();  // back on the 0-255 scale
    QVERIFY2(std::abs(spread - std::sqrt(30.0)) < 0.6, qPrintable(QString::number(spread)));
    at::Tensor ramp = at::arange(224, at::kByte).view({1, 1, 224, 1}).expand({1, 224, 224, 3}).contiguous();
    s.noiseProbability = 0, s.flipProbability = 1;
    const at::Tensor flipped = GferTrainer::augmentBatch(ramp, s, generator);
    QVERIFY(at::equal(flipped, GferTrainer::normaliseBatch(ramp).flip({3})));
  }
};

MIEN_TEST_MAIN(TestGferTraining)
#include "test_gfer_training.moc"
