// What a careless or hostile user feeds mien-cli ends in one sentence and exit status 2, never a hang, a trap,
// a NaN in a result or an overwritten file: training options of no size, non-finite weights, a head with a
// bias the method has none of, a missing folder, two inputs of one name, an output another run is writing.
#include <ATen/ATen.h>
#include <QProcess>
#include <cmath>
#include <QtTest>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <csignal>
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

// Runs mien-cli as a user without write access where the test sets a folder read-only (root may write anywhere,
// so as root the program runs as nobody).
test::ProcessResult cliWithoutWriteAccess(const QStringList& args, const QProcessEnvironment& env) {
  if (::geteuid() != 0) return test::runProgram(MIEN_CLI_PATH, args, 60000, env);
  return test::runProgram("setpriv", QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", MIEN_CLI_PATH} + args,
                          60000, env);
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

  void ctrlCKeepsTheRowsAndSaysHowToContinue() {
    test::ScratchDir dir;
    QProcess run;
    run.start(MIEN_CLI_PATH, QStringList{"annotate", shared("media/WolfgangLanger_Pexels.mp4"), shared("media/single_face.mp4"),
                                         "-o", q(dir.path("out"))} + tinyModel());
    QVERIFY(run.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(fs::exists(dir.path("out/WolfgangLanger_Pexels.csv.state.json")), 60000);  // rows are being written
    ::kill(static_cast<pid_t>(run.processId()), SIGINT);
    QVERIFY(run.waitForFinished(30000));
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QCOMPARE(run.exitCode(), 130);
    QVERIFY2(err.contains("cancelled") && err.contains("--resume"), qPrintable(err));
    QVERIFY(fs::exists(dir.path("out/WolfgangLanger_Pexels.csv.part")));
    QVERIFY(!fs::exists(dir.path("out/WolfgangLanger_Pexels.csv")));
    QVERIFY(!fs::exists(dir.path("out/single_face.csv")));  // the batch stops: the next input never started
  }

  void resumeDoesNotTakeAnotherRecordingsResultsForThisOne() {
    test::ScratchDir dir;
    fs::copy_file(test::sharedPath("media/single_face.mp4"), dir.path("clip.mp4"));
    const QStringList args = QStringList{"annotate", q(dir.path("clip.mp4")), "-o", q(dir.path("out")), "--resume"} + tinyModel();
    QCOMPARE(cli(args).exitCode, 0);
    const std::string first = test::readBytes(dir.path("out/clip.csv"));
    fs::remove(dir.path("clip.mp4"));
    fs::copy_file(test::sharedPath("media/noface_face.mov"), dir.path("clip.mp4"));
    QVERIFY(refusedWith(cli(args), "another recording", 1));
    QVERIFY(test::readBytes(dir.path("out/clip.csv")) == first);  // the earlier results stay as they were
  }

  void aGferManifestThatDisagreesWithItsHeadIsRefused() {
    test::ScratchDir dir;
    fs::copy_file(test::sharedPath("fixtures/gfer-tiny/gfer-tiny.pth"), dir.path("lab-gfer-head.pth"));
    test::writeBytes(dir.path("lab-gfer-head.pth.manifest.json"),
                     R"({"id": "lab-gfer-head", "kind": "gfer-head", "preprocessing": "imagenet", "classes": ["calm", "tense", "happy"]})");
    const auto run = cli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                          q(dir.path("lab-gfer-head.pth")), "--device", "cpu", shared("media/astronaut.png")});
    QVERIFY(refusedWith(run, "names 3 classes"));
    QVERIFY2(run.err.contains("7 outputs") && run.err.contains("lab-gfer-head.pth.manifest.json"), qPrintable(run.err));
  }

  void cacheOptionsOfNoSizeAreRefused() {
    test::ScratchDir dir;
    const QStringList cache = {"cache", shared("media"), "-w", q(dir.path("work")), "--model",
                               shared("fixtures/clip-tiny/openai-tiny.pt"), "--llm-url", "http://127.0.0.1:9",
                               "--chat-model", "c", "--embedding-model", "e"};
    QVERIFY(refusedWith(cli(cache + QStringList{"--every", "0"}), "Option --every is 0"));
    QVERIFY(refusedWith(cli(cache + QStringList{"--concurrency", "0"}), "Option --concurrency is 0"));
    QVERIFY(refusedWith(cli(cache + QStringList{"--timeout", "-3"}), "Option --timeout is -3"));
    QVERIFY(!fs::exists(dir.path("work")));  // refused before anything was written
  }

  void filesOfAnImageFolderThatAreNoImagesAreListedInTheSidecar() {
    test::ScratchDir dir;
    fs::create_directories(dir.path("photos"));
    fs::copy_file(test::sharedPath("media/astronaut.png"), dir.path("photos/a.png"));
    test::writeBytes(dir.path("photos/b.png"), "not a picture");
    const auto run = cli(QStringList{"annotate", q(dir.path("photos")), "-o", q(dir.path("out"))} + tinyModel());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains("1 file(s) are not readable images"), qPrintable(run.err));
    const auto sidecar = nlohmann::json::parse(test::readBytes(dir.path("out/photos.mien.json")));
    QCOMPARE(sidecar["skipped_files"].size(), 1u);
    QCOMPARE(QString::fromStdString(sidecar["skipped_files"][0]["file"]), q(dir.path("photos/b.png")));
    QVERIFY(QString::fromStdString(sidecar["skipped_files"][0]["reason"]).contains("Cannot decode"));
  }

  void aReadOnlyFolderIsCalledSoNotAFullDisk() {
    test::ScratchDir dir;
    fs::create_directories(dir.path("readonly/mien/models"));
    fs::permissions(dir.path(""), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                      fs::perms::others_read | fs::perms::others_exec);
    for (const char* folder : {"readonly", "readonly/mien", "readonly/mien/models"})
      fs::permissions(dir.path(folder), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", q(dir.path("readonly")));
    const auto fetch = cliWithoutWriteAccess({"models", "fetch", "expclip-b32-head", "--base-url", "http://127.0.0.1:9"}, env);
    QVERIFY(refusedWith(fetch, "permission denied", 1));
    QVERIFY2(!fetch.err.contains("free") && !fetch.err.contains(".part.part"), qPrintable(fetch.err));

    const auto annotate = cliWithoutWriteAccess(
        QStringList{"annotate", shared("media/single_face.mp4"), "-o", q(dir.path("readonly"))} + tinyModel(), env);
    QVERIFY(refusedWith(annotate, "permission denied", 1));
    QVERIFY2(!annotate.err.contains("free"), qPrintable(annotate.err));
    const auto nested = cliWithoutWriteAccess(
        QStringList{"annotate", shared("media/single_face.mp4"), "-o", q(dir.path("readonly/out"))} + tinyModel(), env);
    QVERIFY(refusedWith(nested, "Cannot create the output folder", 1));
    QVERIFY2(nested.err.contains("permission denied"), qPrintable(nested.err));
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
