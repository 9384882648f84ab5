// The whole Exp-CLIP training workflow on real face crops made from ../shared/media with the tiny CLIP and LLM
// embeddings from a loopback OpenAI-compatible server: scan, cache (nothing recomputed on a rerun), train
// (loss falls, the head reloads in the authors' format with the same logits), kill -9 and --resume (same
// weights as an uninterrupted run), evaluate (UAR/WAR/confusion for plain CLIP and heads).
#include <ATen/ATen.h>
#include <QProcess>
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <random>
#include <thread>

#include "common/errors.h"
#include "common/resource_paths.h"
#include "io/feature_cache.h"
#include "model/expclip_head.h"
#include "model/safetensors_reader.h"
#include "support/fixtures.h"
#include "support/loopback_llm_server.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/evaluation.h"
#include "train/face_collection.h"
#include "train/training_cache.h"
#include "train/training_workspace.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString shared(const std::string& relative) { return QString::fromStdString(test::sharedPath(relative)); }
QString q(const std::string& s) { return QString::fromStdString(s); }

test::ProcessResult cli(const QStringList& args) { return test::runProgram(MIEN_CLI_PATH, args); }

FaceScanSettings detection() {
  FaceScanSettings s;
  s.videoEveryNth = 3;
  return s;
}

// Aligned crops of the faces in two real videos: the "folder of unlabelled faces" a lab brings.
const std::string& cropFolder() {
  static test::ScratchDir dir;
  static const bool made = [] {
    test::ScratchDir videos;
    fs::copy_file(test::sharedPath("media/single_face.mp4"), videos.path("single_face.mp4"));
    fs::copy_file(test::sharedPath("media/WolfgangLanger_Pexels.mp4"), videos.path("WolfgangLanger_Pexels.mp4"));
    return !scanFaceFolder(videos.path(), dir.path("crops"), detection()).faces.empty();
  }();
  Q_UNUSED(made);
  static const std::string path = dir.path("crops");
  return path;
}

QStringList cacheArgs(const std::string& work, const std::string& llmUrl) {
  return {"cache", q(cropFolder()), "--work", q(work), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"),
          "--aligned", "--llm-url", q(llmUrl), "--chat-model", "test-vlm", "--embedding-model", "test-embed"};
}

// Full batches (the paper's 512 exceeds these faces) for a falling loss; small ones for many checkpoints.
QStringList trainArgs(const std::string& work, int epochs, const QString& lr = "0.02", const QString& batch = "512") {
  return {"train", "--work", q(work), "--start-head", shared("fixtures/clip-tiny/head-tiny.pth"), "--epochs",
          QString::number(epochs), "--lr", lr, "--batch", batch, "--milestones", QString::number(epochs * 2 / 3),
          "--seed", "7", "--logit-scale", "66.7"};
}

double lossIn(const QString& text, int which) {  // "loss 4.1 -> 3.2"
  const auto m = QRegularExpression(R"(loss ([0-9.]+) -> ([0-9.]+))").match(text);
  return m.hasMatch() ? m.captured(which).toDouble() : -1;
}

}  // namespace

class TestTrainingWorkflow : public QObject {
  Q_OBJECT

  test::LoopbackLlmServer llm_{0, false, 64};  // head-tiny projects 48 -> 64

 private slots:
  void scanDeduplicatesAndReports() {
    test::ScratchDir in, crops;
    fs::copy_file(test::sharedPath("media/single_face.mp4"), in.path("a.mp4"));
    fs::copy_file(test::sharedPath("media/single_face.mp4"), in.path("b.mp4"));  // the same faces again
    test::writeBytes(in.path("notes.txt"), "not a picture");
    test::writeBytes(in.path("broken.jpg"), "not a jpeg");
    const FaceScan scan = scanFaceFolder(in.path(), crops.path(), detection());
    QCOMPARE(scan.videos, 2);
    QCOMPARE(scan.duplicates, scan.facesFound / 2);
    QCOMPARE(static_cast<int>(scan.faces.size()), scan.facesFound - scan.duplicates);
    QCOMPARE(scan.skipped.size(), std::size_t{2});
    QVERIFY(QString::fromStdString(scan.summary()).contains("duplicates"));
    for (const auto& f : scan.faces) QVERIFY(fs::exists(f.cropPath));
  }

  void cacheTrainAndReloadTheHead() {
    test::ScratchDir work;
    const auto first = cli(cacheArgs(work.path(), llm_.url()));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    const int asked = llm_.chatCalls();
    QVERIFY(asked > 20);
    QCOMPARE(q(llm_.instruction()), QString("Please play the role of a facial action describer. Objectively describe the detailed "
                                         "facial actions of the person in the image."));
    const auto again = cli(cacheArgs(work.path(), llm_.url()));  // nothing is computed twice
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(llm_.chatCalls(), asked);
    QVERIFY2(again.err.contains("0 computed") && again.err.contains("0 asked"), qPrintable(again.err));
    QCOMPARE(FeatureCache(work.path("cache.sqlite")).integrityReport(), std::string("ok"));

    const auto trained = cli(trainArgs(work.path(), 6));
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err + trained.out));
    const double start = lossIn(trained.err, 1), end = lossIn(trained.err, 2);
    QVERIFY2(start > 0 && end < start * 0.95, qPrintable(trained.err));

    // The saved head is the last epoch's weights, in the authors' format and as safetensors, with a record.
    const ExpClipHead fromPth = ExpClipHead::load(work.path("head.pth"));
    const ExpClipHead fromSafetensors = ExpClipHead::load(work.path("head.safetensors"));
    const at::Tensor inMemory = readSafetensors(work.path("checkpoints/epoch-6.safetensors")).at("mlp.weight");
    QVERIFY(at::equal(fromPth.weight(), inMemory));
    QVERIFY(at::equal(fromSafetensors.weight(), inMemory));
    QVERIFY(test::readBytes(work.path("head.json")).find("\"seed\": 7") != std::string::npos);
    const auto a = cli({"classify", shared("media/astronaut.png"), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"),
                        "--head", q(work.path("head.pth")), "--json"});
    const auto b = cli({"classify", shared("media/astronaut.png"), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"),
                        "--head", q(work.path("head.safetensors")), "--json"});
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QCOMPARE(a.out.section("\"results\"", 1), b.out.section("\"results\"", 1));

    const auto refused = cli(trainArgs(work.path(), 6));  // checkpoints exist: resume or start over, explicitly
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--resume"), qPrintable(refused.err));
  }

  void killedTrainingResumesToTheSameWeights() {
    test::ScratchDir straight;
    QVERIFY(cli(cacheArgs(straight.path(), llm_.url())).exitCode == 0);
    const int epochs = 150;
    const auto full = cli(trainArgs(straight.path(), epochs, "0.05", "8"));
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    const at::Tensor expected = ExpClipHead::load(straight.path("head.pth")).weight();

    std::mt19937 random(5);
    for (int round = 0; round < 3; ++round) {
      test::ScratchDir work;
      for (const char* f : {"faces.json", "cache.sqlite", "cache.json"}) fs::copy_file(straight.path(f), work.path(f));
      QProcess process;
      process.start(MIEN_CLI_PATH, trainArgs(work.path(), epochs, "0.05", "8"));
      QVERIFY(process.waitForStarted());
      const int killAfter = std::uniform_int_distribution<int>(1, epochs / 2)(random);
      QElapsedTimer timer;
      timer.start();
      while (!fs::exists(work.path("checkpoints/epoch-" + std::to_string(killAfter) + ".json")) && timer.elapsed() < 60000 &&
             process.state() == QProcess::Running)
        std::this_thread::sleep_for(std::chrono::microseconds(300));
      QVERIFY2(process.state() == QProcess::Running, "training ended before it could be killed");
      ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
      process.waitForFinished();
      QVERIFY(!fs::exists(work.path("head.pth")));  // no final head from a killed run
      const auto resumed = cli(QStringList(trainArgs(work.path(), epochs, "0.05", "8")) << "--resume");
      QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
      QVERIFY2(resumed.err.contains("resumed after epoch"), qPrintable(resumed.err));
      QVERIFY(at::equal(ExpClipHead::load(work.path("head.pth")).weight(), expected));
    }
  }

  void killedCacheRunsLoseNothing() {
    test::LoopbackLlmServer slow(0, false, 64, 15);
    test::ScratchDir reference;
    QVERIFY(cli(cacheArgs(reference.path(), slow.url())).exitCode == 0);
    test::ScratchDir work;
    std::mt19937 random(9);
    int kills = 0;
    for (int round = 0; round < 4; ++round) {
      const int callsBefore = slow.chatCalls();
      const int killAfter = round == 0 ? 0 : std::uniform_int_distribution<int>(1, 120)(random);  // 0: still in the CLIP stage
      QProcess process;
      process.start(MIEN_CLI_PATH, cacheArgs(work.path(), slow.url()));
      QVERIFY(process.waitForStarted());
      QElapsedTimer timer;
      timer.start();
      while (timer.elapsed() < 60000 && process.state() == QProcess::Running &&
             (killAfter == 0 ? !fs::exists(work.path("cache.sqlite")) : slow.chatCalls() - callsBefore < killAfter))
        std::this_thread::sleep_for(std::chrono::microseconds(500));
      if (process.state() != QProcess::Running) break;  // finished already: nothing left to interrupt
      ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
      process.waitForFinished();
      ++kills;
      QCOMPARE(FeatureCache(work.path("cache.sqlite")).integrityReport(), std::string("ok"));
    }
    QVERIFY(kills >= 3);
    const auto finished = cli(cacheArgs(work.path(), slow.url()));
    QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
    // Nothing asked twice across the interrupted runs beyond what was in flight at each kill, and the
    // cache ends equal to an uninterrupted one.
    const auto rowsOf = [](const std::string& dir) {
      FeatureCache cache(dir + "/cache.sqlite");
      const CacheRecord r = CacheRecord::load(dir + "/cache.json");
      return assembleTrainingRows(FaceScan::load(dir + "/faces.json").faces, cache, r.modelId, r.preprocessing, r.llmId, r.instruction);
    };
    const TrainingRows a = rowsOf(reference.path()), b = rowsOf(work.path());
    QCOMPARE(b.count, a.count);
    QCOMPARE(b.missing, 0);
    QVERIFY(a.features == b.features);
    QVERIFY(a.embeddings == b.embeddings);
  }

  void evaluateComparesMethodsOnALabelledFolder() {
    test::ScratchDir labelled, out;
    std::vector<std::string> crops;
    for (const auto& e : fs::directory_iterator(cropFolder())) crops.push_back(e.path().string());
    std::sort(crops.begin(), crops.end());
    fs::create_directories(labelled.path("happiness"));
    fs::create_directories(labelled.path("sadness"));
    for (std::size_t i = 0; i < 20; ++i)
      fs::copy_file(crops[i], labelled.path((i % 2 ? "sadness/" : "happiness/") + fs::path(crops[i]).filename().string()));
    const auto run = cli({"evaluate", q(labelled.path()), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                          shared("fixtures/clip-tiny/head-tiny.pth"), "--classes", "happiness,sadness,surprise",
                          "--aligned", "-o", q(out.path())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains("CLIP zero-shot") && run.out.contains("Exp-CLIP head-tiny.pth"), qPrintable(run.out));
    const QStringList summary = QString::fromStdString(test::readBytes(out.path("summary.csv"))).trimmed().split('\n');
    QCOMPARE(summary.size(), 3);
    const QStringList matrix = QString::fromStdString(test::readBytes(out.path("confusion-clip-zero-shot.csv"))).trimmed().split('\n');
    QCOMPARE(matrix.size(), 3);  // header + happiness + sadness
    QCOMPARE(matrix[0], QString("true\\predicted,happiness,sadness,surprise"));
    int counted = 0;
    for (int r = 1; r < 3; ++r)
      for (const QString& v : matrix[r].split(',').mid(1)) counted += v.toInt();
    QCOMPARE(counted, 20);
    QVERIFY(!cv::imread(out.path("confusion-exp-clip-head-tiny-pth.png")).empty());
  }

  void ratesFollowTheConfusionMatrix() {
    Evaluation e;
    e.correctColumn = {0, 1, 2};
    e.confusion = {{8, 2, 0}, {1, 1, 0}, {0, 0, 0}};  // the third class has no faces: left out of UAR
    computeRates(e);
    QVERIFY(std::abs(e.uar - (0.8 + 0.5) / 2) < 1e-12);
    QVERIFY(std::abs(e.war - 9.0 / 12.0) < 1e-12);
    QCOMPARE(e.faces, std::int64_t{12});
  }

  void labelledFolderMistakesAreNamed() {
    test::ScratchDir one, empty, stray;
    fs::create_directories(one.path("happiness"));
    test::writeBytes(one.path("happiness/a.png"), test::readBytes(test::sharedPath("media/messi5.jpg")));
    QVERIFY_THROWS_EXCEPTION(MediaError, scanLabelledFolder(one.path()));
    fs::create_directories(empty.path("happiness"));
    fs::create_directories(empty.path("sadness"));
    test::writeBytes(empty.path("happiness/a.jpg"), test::readBytes(test::sharedPath("media/messi5.jpg")));
    try {
      scanLabelledFolder(empty.path());
      QFAIL("an empty class folder was accepted");
    } catch (const MediaError& e) {
      QVERIFY2(QString(e.what()).contains("'sadness'") && QString(e.what()).contains("no images"), e.what());
    }
    test::writeBytes(empty.path("sadness/b.jpg"), test::readBytes(test::sharedPath("media/messi5.jpg")));
    test::writeBytes(empty.path("sadness/notes.txt"), "x");
    try {
      scanLabelledFolder(empty.path());
      QFAIL("a non-image file was accepted");
    } catch (const MediaError& e) {
      QVERIFY2(QString(e.what()).contains("notes.txt") && QString(e.what()).contains("not an image"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(ModelError, matchClasses({"happy", "sad"}, {"happiness", "sadness"}));
    QCOMPARE(matchClasses({"1", "2", "3"}, {"surprise", "fear", "disgust"}), std::vector<int>({0, 1, 2}));
  }
};

MIEN_TEST_MAIN(TestTrainingWorkflow)
#include "test_training_workflow.moc"
