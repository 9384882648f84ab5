// What a careless or hostile user feeds mien-cli ends in one sentence and exit status 2, never a hang, a trap,
// a NaN in a result or an overwritten file: training options of no size, non-finite weights, a head with a
// bias the method has none of, a missing folder, two inputs of one name, an output another run is writing.
#include <ATen/ATen.h>
#include <QProcess>
#include <cmath>
#include <QtTest>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "model/expclip_head.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torch_checkpoint_writer.h"
#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString shared(const std::string& relative) { return QString::fromStdString(test::sharedPath(relative)); }
QString q(const std::string& s) { return QString::fromStdString(s); }

test::ProcessResult cli(const QStringList& args) { return test::runProgram(MIEN_CLI_PATH, args, 60000); }

QStringList tinyModel() {
  return {"--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--classes", "happiness,sadness", "--device", "cpu"};
}

// One sentence on stderr, exit status 2 (1: one input of a batch failed, the others finish), in time.
bool refusedWith(const test::ProcessResult& run, const QString& words, int status = 2) {
  if (!run.finished || run.exitCode != status || !run.err.contains(words)) {
    qWarning("exit %d, finished %d, stderr: %s", run.exitCode, run.finished, qPrintable(run.err));
    return false;
  }
  return true;
}

QString hostName() {
  char name[256] = {};
  gethostname(name, sizeof name - 1);
  return QString::fromUtf8(name);
}

void writeLock(const std::string& path, qint64 pid) {
  const nlohmann::json lock = {{"host", hostName().toStdString()}, {"pid", pid}, {"started", "2026-12-02T10:00:00Z"}};
  test::writeBytes(path, lock.dump());
}

}  // namespace

class TestCliRefusals : public QObject {
  Q_OBJECT

 private slots:
  void trainingOptionsOfNoSizeAreRefused() {
    test::ScratchDir dir;
    for (const QString batch : {"0", "-5"})
      QVERIFY(refusedWith(cli({"train", "-w", q(dir.path("work")), "--batch", batch}), "Option --batch is " + batch));
    QVERIFY(refusedWith(cli({"train", "-w", q(dir.path("work")), "--epochs", "0"}), "Option --epochs is 0"));
    QVERIFY(refusedWith(cli({"train", "-w", q(dir.path("work")), "--lr", "-1"}), "Option --lr is -1"));
    QVERIFY(refusedWith(cli({"train-gfer", shared("media"), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "-w",
                             q(dir.path("gfer")), "--batch", "0"}),
                        "Option --batch is 0"));
  }

  void weightsThatAreNotFiniteNumbersAreRefused() {
    test::ScratchDir dir;
    at::Tensor weight = ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")).weight().clone();
    weight.select(0, 0).select(0, 0).fill_(std::nan(""));
    writeTorchStateDict(dir.path("nan-head.pth"), TensorMap{{"mlp.weight", weight}});
    QVERIFY(refusedWith(cli(QStringList{"classify", "--head", q(dir.path("nan-head.pth")), shared("media/astronaut.png")} + tinyModel()),
                        "not a finite number"));

    TensorMap clip = readTorchStateDict(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt"));
    clip["visual.proj"] = clip["visual.proj"].clone();
    clip["visual.proj"].select(0, 1).select(0, 1).fill_(INFINITY);
    writeTorchStateDict(dir.path("inf-clip.pt"), clip);
    QVERIFY(refusedWith(cli({"classify", "--model", q(dir.path("inf-clip.pt")), "--classes", "happiness,sadness",
                             shared("media/astronaut.png")}),
                        "not a finite number"));
  }

  void aHeadWithABiasIsRefused() {
    test::ScratchDir dir;
    const at::Tensor weight = ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")).weight();
    writeTorchStateDict(dir.path("biased.pth"), TensorMap{{"mlp.weight", weight}, {"mlp.bias", at::ones({weight.size(0)})}});
    QVERIFY(refusedWith(cli(QStringList{"classify", "--head", q(dir.path("biased.pth")), shared("media/astronaut.png")} + tinyModel()),
                        "mlp.bias"));
  }

  void classNamesForAHeadWithFixedClassesAreRefused() {
    const QStringList gfer = {"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                              shared("fixtures/gfer-tiny/gfer-tiny.pth"), "--device", "cpu"};
    QVERIFY(refusedWith(cli(gfer + QStringList{"--classes", "happiness,sadness", shared("media/astronaut.png")}), "fixed classes"));
    QVERIFY(refusedWith(cli(gfer + QStringList{"--prompts", "mafw-11.class-name", shared("media/astronaut.png")}), "fixed classes"));
    QCOMPARE(cli(gfer + QStringList{shared("media/astronaut.png")}).exitCode, 0);
  }

  void numbersOfNoSenseAreRefused() {
    QVERIFY(refusedWith(cli({"models", "fetch", "expclip-b16-head", "--stall-timeout", "0"}), "Option --stall-timeout is 0"));
    QVERIFY(refusedWith(cli({"train", "-w", "/tmp", "--fresh", "--threads", "-1"}), "Option --threads is -1"));
  }

  void addingModelsFromAMissingFolderFails() {
    QVERIFY(refusedWith(cli({"models", "add", "--from", "/nonexistent/downloads"}), "/nonexistent/downloads"));
  }

  void twoInputsOfOneNameDoNotOverwriteEachOther() {
    test::ScratchDir dir;
    fs::create_directories(dir.path("a"));
    fs::create_directories(dir.path("b"));
    fs::copy_file(test::sharedPath("media/single_face.mp4"), dir.path("a/clip.mp4"));
    fs::copy_file(test::sharedPath("media/noface_face.mov"), dir.path("b/clip.mp4"));
    const auto run = cli(QStringList{"annotate", q(dir.path("a/clip.mp4")), q(dir.path("b/clip.mp4")), "-o", q(dir.path("out"))} + tinyModel());
    QVERIFY(refusedWith(run, "clip.csv"));
    QVERIFY(run.err.contains(q(dir.path("a/clip.mp4"))) && run.err.contains(q(dir.path("b/clip.mp4"))));
    QVERIFY(!fs::exists(dir.path("out/clip.csv")));
  }

  void anOutputAnotherRunWritesIsRefusedAndAStaleLockIsNot() {
    test::ScratchDir dir;
    fs::create_directories(dir.path("out"));
    QProcess other;  // a live process stands for the other run
    other.start("sleep", {"60"});
    QVERIFY(other.waitForStarted());
    writeLock(dir.path("out/single_face.csv.lock"), other.processId());
    const QStringList args = QStringList{"annotate", shared("media/single_face.mp4"), "-o", q(dir.path("out"))} + tinyModel();
    const auto run = cli(args);
    QVERIFY(refusedWith(run, QString("pid %1 on %2").arg(other.processId()).arg(hostName()), 1));
    QVERIFY(!fs::exists(dir.path("out/single_face.csv")));
    other.kill();
    other.waitForFinished();

    writeLock(dir.path("out/single_face.csv.lock"), other.processId());  // its owner is gone: stale
    const auto again = cli(args);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(fs::exists(dir.path("out/single_face.csv")));
    QVERIFY(!fs::exists(dir.path("out/single_face.csv.lock")));
  }

  void aSidecarReplaysOnlyTheInputItRecorded() {
    test::ScratchDir dir;
    fs::copy_file(test::sharedPath("media/single_face.mp4"), dir.path("clip.mp4"));
    QCOMPARE(cli(QStringList{"annotate", q(dir.path("clip.mp4")), "-o", q(dir.path("first"))} + tinyModel()).exitCode, 0);
    fs::remove(dir.path("clip.mp4"));
    fs::copy_file(test::sharedPath("media/noface_face.mov"), dir.path("clip.mp4"));  // another recording, same name
    const QString sidecar = q(dir.path("first/clip.mien.json"));
    QVERIFY(refusedWith(cli({"annotate", "--from-sidecar", sidecar, "-o", q(dir.path("second"))}), "not the recording"));
    QVERIFY(!fs::exists(dir.path("second/clip.csv")));
    QCOMPARE(cli({"annotate", "--from-sidecar", sidecar, "--force", "-o", q(dir.path("third"))}).exitCode, 0);
  }
};

MIEN_TEST_MAIN(TestCliRefusals)
#include "test_cli_refusals.moc"
