// The cluster workflow on a real Slurm (Debian's slurm-wlm and munge, a one-node cluster this test starts): the
// script `mien-cli slurm-script` writes is submitted as a 3-task array with its status job; one element is killed
// mid-input (scancel --signal=KILL) and requeued; at the end every CSV is byte-identical to a single-machine run,
// the killed input was resumed, and `mien-cli status` (the status job's and ours) reports all complete.
#include <QtTest>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <memory>
#include <sys/stat.h>
#include <thread>

#include "pipeline/annotation_job.h"
#include "pipeline/annotation_shard.h"
#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/slurm_cluster.h"
#include "support/test_main.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

const std::vector<std::string> kVideos = {"media/single_face.mp4", "media/face_noface.mov", "media/noface_face.mov",
                                          "media/Megamind.avi"};

QStringList modelArgs() {
  return {"--model", qs(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")), "--head",
          qs(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")), "--device", "cpu"};
}
const QStringList kAnnotateOptions = {"--classes", "happiness,sadness,surprise", "--every", "3", "--batch-frames", "4"};

}  // namespace

class TestSlurmCluster : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    const std::string missing = test::SlurmCluster::missingCapability();
    if (missing.empty()) return;
    if (std::getenv("CI")) QFAIL(qPrintable(qs("CI must run the Slurm test, but this machine lacks " + missing)));
    QSKIP(qPrintable(qs("no Slurm here: this machine lacks " + missing)));
  }

  void aKilledAndRequeuedArrayEndsWithTheSingleMachineCsvs() {
    test::ScratchDir work;
    std::vector<std::string> inputs;
    std::string list = "# the test's inputs\n";
    for (const auto& video : kVideos) inputs.push_back(test::sharedPath(video)), list += inputs.back() + "\n";
    test::writeBytes(work.path("inputs.txt"), list);

    QStringList single = {"annotate", "-o", qs(work.path("single"))};
    for (const auto& input : inputs) single << qs(input);
    // The same engine as the tasks run (one thread each, as --cpus 1 gives): the thread count orders the
    // floating-point sums, and so the last digits of the probabilities.
    const auto reference = test::runProgram(MIEN_CLI_PATH, single + modelArgs() + kAnnotateOptions + QStringList{"--threads", "1"});
    QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));

    const auto script = test::runProgram(
        MIEN_CLI_PATH, QStringList{"slurm-script", "--input-list", qs(work.path("inputs.txt")), "-o", qs(work.path("out")),
                                   "--tasks", "3", "--time", "00:10:00", "--mem", "1G", "--cpus", "1",
                                   "-s", qs(work.path("annotate.sbatch"))} +
                           modelArgs() + QStringList{"--"} + kAnnotateOptions);
    QVERIFY2(script.exitCode == 0, qPrintable(script.err));

    ::chmod(work.path().c_str(), 0755);  // munged wants every folder above its socket searchable by all
    std::unique_ptr<test::SlurmCluster> started;
    try {
      started = std::make_unique<test::SlurmCluster>(work.path("slurm"));
    } catch (const std::exception& e) {
      QFAIL(e.what());
    }
    const test::SlurmCluster& cluster = *started;
    QProcessEnvironment pause;  // inherited by the jobs: each input holds 3 s after its first checkpoint
    pause.insert("MIEN_TEST_PAUSE_AFTER_CHECKPOINT", "3");
    const auto submitted = cluster.run("bash", {qs(work.path("annotate.sbatch"))}, 30000, pause);
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.out + submitted.err));
    const QRegularExpressionMatch ids =
        QRegularExpression(R"(job array (\d+) \(3 tasks\) and status job (\d+))").match(submitted.out);
    QVERIFY2(ids.hasMatch(), qPrintable(submitted.out));
    const std::string array = ids.captured(1).toStdString(), statusJob = ids.captured(2).toStdString();
    const std::string element = array + "_2";

    // The marker: task 2's first input has checkpointed (its resume state exists) and is not finished.
    const std::string victim = inputsOfShard(inputs, {2, 3}).front();
    const auto paths = AnnotationPaths::forInput(victim, work.path("out"));
    QElapsedTimer waited;
    waited.start();
    while (!fs::exists(paths.state) && waited.elapsed() < 90000) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    QVERIFY2(fs::exists(paths.state), qPrintable(qs("task 2 never checkpointed " + victim + "\n" + cluster.logs())));
    const auto killed = cluster.run("scancel", {"--signal=KILL", qs(element)});
    QVERIFY2(killed.exitCode == 0, qPrintable(killed.err));
    for (int i = 0; i < 100 && cluster.jobField(element, "JobState") == "RUNNING"; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    const std::string stateAfterKill = cluster.jobField(element, "JobState");
    QVERIFY2(stateAfterKill != "RUNNING" && stateAfterKill != "COMPLETED", stateAfterKill.c_str());
    QVERIFY2(!fs::exists(paths.csv) && fs::exists(paths.csv + ".part"), "the kill did not land mid-input");

    const auto requeued = cluster.run("scontrol", {"requeue", qs(element)});
    QVERIFY2(requeued.exitCode == 0, qPrintable(requeued.err));
    QVERIFY2(cluster.waitUntilEnded({array, statusJob}, 150000), qPrintable(qs(cluster.logs())));

    QCOMPARE(cluster.jobField(element, "Restarts"), std::string("1"));
    for (const std::string& job : {array + "_1", element, array + "_3", statusJob}) {
      QCOMPARE(cluster.jobField(job, "JobState"), std::string("COMPLETED"));
      QCOMPARE(cluster.jobField(job, "ExitCode"), std::string("0:0"));
    }
    for (const auto& input : inputs) {
      const auto out = AnnotationPaths::forInput(input, work.path("out"));
      const auto single = AnnotationPaths::forInput(input, work.path("single"));
      QVERIFY2(test::readBytes(out.csv) == test::readBytes(single.csv), qPrintable(qs(out.csv + " differs")));
      QVERIFY(!fs::exists(out.csv + ".lock") && !fs::exists(out.failure));
    }
    const auto sidecar = nlohmann::json::parse(test::readBytes(paths.sidecar));
    QVERIFY2(sidecar["resumed"].get<bool>(), "the requeued task started the killed input over instead of resuming it");

    const auto statusLog = qs(test::readBytes(work.path("out/slurm-logs/mien-annotate-status-" + statusJob + ".out")));
    QVERIFY2(statusLog.contains("4 inputs: 4 complete, 0 partial, 0 failed, 0 not started"), qPrintable(statusLog));
    const auto status = test::runProgram(MIEN_CLI_PATH, {"status", qs(work.path("out")), "--input-list", qs(work.path("inputs.txt"))});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("4 inputs: 4 complete"), qPrintable(status.out));
    const auto log = qs(test::readBytes(work.path("out/slurm-logs/mien-annotate-" + array + "_2.out")));
    QVERIFY2(log.count("shard 2 of 3") == 2, qPrintable(log));  // both attempts appended to the one log
  }
};

MIEN_TEST_MAIN(TestSlurmCluster)
#include "test_slurm_cluster.moc"
