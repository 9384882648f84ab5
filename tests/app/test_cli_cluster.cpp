// The cluster verbs without a cluster: annotate --shard (refusals, shards that together give the single-machine
// CSVs, --shard slurm from the array's variables), failure records, status, the sbatch file slurm-script writes,
// and a model folder that the run cannot write to.
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "pipeline/run_host.h"
#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString shared(const std::string& relative) { return qs(test::sharedPath(relative)); }

QStringList modelArgs(const std::string& folder = test::sharedPath("fixtures/clip-tiny")) {
  return {"--model", qs(folder + "/openai-tiny.pt"), "--head", qs(folder + "/head-tiny.pth"),
          "--classes", "happiness,sadness,surprise", "--device", "cpu", "--every", "6"};
}

QProcessEnvironment withoutSlurm() {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for (const auto& key : env.keys())
    if (key.startsWith("SLURM_")) env.remove(key);
  return env;
}

test::ProcessResult cli(const QStringList& args, const QProcessEnvironment& env = withoutSlurm()) {
  return test::runProgram(MIEN_CLI_PATH, args, 300000, env);
}

// Three short inputs of different sizes: two videos and an image folder.
QStringList makeInputs(const test::ScratchDir& in) {
  fs::create_directory(in.path("photos"));
  fs::copy_file(test::sharedPath("media/astronaut.png"), in.path("photos/1.png"));
  fs::copy_file(test::sharedPath("media/multi_face.jpg"), in.path("photos/2.jpg"));
  return {shared("media/single_face.mp4"), qs(in.path("photos")), shared("media/face_noface.mov")};
}

// Every file under `folder` with its size and modification time.
std::string listing(const std::string& folder) {
  std::string text;
  for (const auto& e : fs::recursive_directory_iterator(folder))
    text += e.path().string() + " " + std::to_string(e.is_regular_file() ? e.file_size() : 0) + " " +
            std::to_string(e.last_write_time().time_since_epoch().count()) + "\n";
  return text;
}

}  // namespace

class TestCliCluster : public QObject {
  Q_OBJECT

 private slots:
  void badShardsAreOneSentence() {
    test::ScratchDir out;
    const std::pair<QString, QString> cases[] = {
        {"0/3", "error: Option --shard is '0/3'; its task number I must be a whole number from 1 to 3."},
        {"4/3", "error: Option --shard is '4/3'; its task number I must be a whole number from 1 to 3."},
        {"x", "error: Option --shard is 'x'; it must be I/N (this task's number I from 1 to N, and the number of tasks N) or slurm."},
        {"slurm", "error: Option --shard is slurm, but SLURM_ARRAY_TASK_ID is not set; run it as an element of a Slurm job "
                  "array (sbatch --array), or give --shard I/N."},
    };
    for (const auto& [shard, message] : cases) {
      const auto run = cli(QStringList{"annotate", shared("media/single_face.mp4"), "-o", qs(out.path()), "--shard", shard} + modelArgs());
      QCOMPARE(run.exitCode, 2);
      QCOMPARE(run.err, message + "\n");
    }
    QVERIFY(fs::is_empty(out.path()));
  }

  void shardsTogetherWriteTheSingleMachineCsvs() {
    test::ScratchDir in, single, sharded;
    const QStringList inputs = makeInputs(in);
    const auto whole = cli(QStringList{"annotate", "-o", qs(single.path())} + inputs + modelArgs());
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));

    QStringList reversed = inputs;
    std::reverse(reversed.begin(), reversed.end());
    int assigned = 0;
    for (int i = 1; i <= 2; ++i) {
      // The second shard gets the inputs in another order: the assignment does not change.
      const auto run = cli(QStringList{"annotate", "-o", qs(sharded.path()), "--shard", QString("%1/2").arg(i)} +
                           (i == 1 ? inputs : reversed) + modelArgs());
      QVERIFY2(run.exitCode == 0, qPrintable(run.err));
      const auto said = QRegularExpression(QString(R"(shard %1 of 2: (\d) of 3 inputs)").arg(i)).match(run.err);
      QVERIFY2(said.hasMatch(), qPrintable(run.err));
      assigned += said.captured(1).toInt();
      // By size: face_noface.mov (1.3 MB) alone; the photos (0.9 MB) and single_face.mp4 (0.2 MB) together.
      if (i == 1) QVERIFY(fs::exists(sharded.path("face_noface.csv")) && !fs::exists(sharded.path("photos.csv")) &&
                          !fs::exists(sharded.path("single_face.csv")));
    }
    QCOMPARE(assigned, 3);
    for (const char* name : {"single_face.csv", "photos.csv", "face_noface.csv"})
      QVERIFY2(test::readBytes(sharded.path(name)) == test::readBytes(single.path(name)), name);
    const auto status = cli({"status", qs(sharded.path())});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains("3 inputs: 3 complete, 0 partial, 0 failed, 0 not started"), qPrintable(status.out));
  }

  void slurmArrayVariablesChooseTheShard() {
    test::ScratchDir in, out;
    const QStringList inputs = makeInputs(in);
    QProcessEnvironment env = withoutSlurm();  // sbatch --array=4-5: task 5 is the second of two
    env.insert("SLURM_ARRAY_TASK_ID", "5");
    env.insert("SLURM_ARRAY_TASK_MIN", "4");
    env.insert("SLURM_ARRAY_TASK_STEP", "1");
    env.insert("SLURM_ARRAY_TASK_COUNT", "2");
    const auto run = cli(QStringList{"annotate", "-o", qs(out.path()), "--shard", "slurm"} + inputs + modelArgs(), env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains("shard 2 of 2: 2 of 3 inputs"), qPrintable(run.err));
    QVERIFY(fs::exists(out.path("photos.csv")) && fs::exists(out.path("single_face.csv")) && !fs::exists(out.path("face_noface.csv")));
  }

  void failedInputsLeaveARecordThatStatusReports() {
    test::ScratchDir in, out;
    test::writeBytes(in.path("notes.mp4"), "not a video");
    test::writeBytes(in.path("inputs.txt"), in.path("notes.mp4") + "\n\n# comment\n" + test::sharedPath("media/single_face.mp4") +
                                                "\n" + in.path("later.mp4") + "\n");
    // later.mp4 does not exist yet: the first run covers the first two lines only.
    const auto run = cli(QStringList{"annotate", "-o", qs(out.path()), qs(in.path("notes.mp4")), shared("media/single_face.mp4")} + modelArgs());
    QCOMPARE(run.exitCode, 1);
    const auto record = nlohmann::json::parse(test::readBytes(out.path("notes.failed.json")));
    QCOMPARE(record["input"].get<std::string>(), in.path("notes.mp4"));
    QCOMPARE(record["host"].get<std::string>(), runHostName());
    QVERIFY(record["message"].get<std::string>().find("notes.mp4") != std::string::npos);
    QVERIFY(run.err.contains(qs(record["message"].get<std::string>())));
    QCOMPARE(record["time"].get<std::string>().size(), std::size_t{20});
    QVERIFY(!fs::exists(out.path("single_face.failed.json")));

    auto status = cli({"status", qs(out.path()), "--input-list", qs(in.path("inputs.txt"))});
    QCOMPARE(status.exitCode, 1);
    const QStringList lines = status.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith("failed      " + qs(in.path("notes.mp4")) + ": " + qs(record["message"].get<std::string>()) +
                                 " (" + qs(record["time"].get<std::string>()) + " on " + qs(runHostName())),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith("complete    " + shared("media/single_face.mp4") + ": 12 frames"), qPrintable(lines[1]));
    QCOMPARE(lines[2], "not started " + qs(in.path("later.mp4")));
    QCOMPARE(lines[3], QString("3 inputs: 1 complete, 0 partial, 1 failed, 1 not started"));

    // The input fixed and the list annotated: the record goes, everything is complete.
    fs::remove(in.path("notes.mp4"));
    fs::copy_file(test::sharedPath("media/single_face.mp4"), in.path("notes.mp4"));
    fs::copy_file(test::sharedPath("media/single_face.mp4"), in.path("later.mp4"));
    const auto again = cli(QStringList{"annotate", "-o", qs(out.path()), "--input-list", qs(in.path("inputs.txt")), "--resume"} + modelArgs());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(!fs::exists(out.path("notes.failed.json")));
    status = cli({"status", qs(out.path()), "--input-list", qs(in.path("inputs.txt"))});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.endsWith("3 inputs: 3 complete, 0 partial, 0 failed, 0 not started\n"), qPrintable(status.out));
  }

  void statusShowsAKilledInputAsPartial() {
    test::ScratchDir out;
    QProcessEnvironment env = withoutSlurm();
    env.insert("MIEN_TEST_PAUSE_AFTER_CHECKPOINT", "60");
    QProcess run;
    run.setProcessEnvironment(env);
    run.start(MIEN_CLI_PATH, QStringList{"annotate", shared("media/face_noface.mov"), "-o", qs(out.path())} + modelArgs());
    QVERIFY(run.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!fs::exists(out.path("face_noface.csv.state.json")) && waited.elapsed() < 60000) QTest::qWait(20);
    auto status = cli({"status", qs(out.path()), shared("media/face_noface.mov")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.out.startsWith("partial     " + shared("media/face_noface.mov") + ": 8 frames so far; being written by pid " +
                                   QString::number(run.processId()) + " on " + qs(runHostName()) + " since "),
             qPrintable(status.out));
    ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
    run.waitForFinished();
    status = cli({"status", qs(out.path()), shared("media/face_noface.mov")});
    QCOMPARE(status.exitCode, 1);
    QCOMPARE(status.out, "partial     " + shared("media/face_noface.mov") + ": 8 frames so far\n" +
                             "1 inputs: 0 complete, 1 partial, 0 failed, 0 not started\n");
    QVERIFY(!fs::exists(out.path("face_noface.failed.json")));  // killed is not failed
    status = cli({"status", qs(out.path()), qs(out.path("../never.mp4"))});
    QVERIFY(status.out.startsWith("not started "));
    const auto missing = cli({"status", qs(out.path("nowhere"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("The output folder '" + qs(out.path("nowhere")) + "' does not exist"), qPrintable(missing.err));
  }

  void slurmScriptWritesTheArrayAndItsStatusJob() {
    test::ScratchDir in, out;
    const QStringList inputs = makeInputs(in);
    test::writeBytes(in.path("list.txt"), inputs.join('\n').toStdString() + "\n");
    const QString script = qs(in.path("run.sbatch"));
    const auto made = cli(QStringList{"slurm-script", "--input-list", qs(in.path("list.txt")), "-o", qs(out.path()), "--tasks", "2",
                                      "--time", "1-00:00:00", "--mem", "16G", "--cpus", "8", "--gpu", "--partition", "gpu",
                                      "-s", script, "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--", "--classes",
                                      "happy,it's sad", "--every", "2"});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains("2 array tasks over 3 inputs"), qPrintable(made.out));
    const QString text = qs(test::readBytes(script.toStdString()));
    for (const QString& line : {QString("#SBATCH --array=1-2"), QString("#SBATCH --time=1-00:00:00"), QString("#SBATCH --mem=16G"),
                                QString("#SBATCH --cpus-per-task=8"), QString("#SBATCH --requeue"), QString("#SBATCH --gres=gpu:1"),
                                QString("#SBATCH --partition=gpu"), QString("#SBATCH --open-mode=append"),
                                "#SBATCH --output=" + qs(out.path("slurm-logs")) + "/%x-%A_%a.out",
                                "#SBATCH --chdir=" + qs(fs::current_path().string())})
      QVERIFY2(text.contains(line + "\n"), qPrintable(line));
    QVERIFY(text.contains("--dependency=afterany:\"$array_job\""));
    QVERIFY(text.contains("status '" + qs(out.path()) + "' --input-list '" + qs(in.path("list.txt")) + "'"));
    QVERIFY2(text.contains("annotate --input-list '" + qs(in.path("list.txt")) + "' -o '" + qs(out.path()) + "' --shard slurm --resume"),
             qPrintable(text));
    QVERIFY(text.contains("'--device' 'cuda'") && text.contains("'--threads' '8'"));
    QVERIFY2(text.contains("'--classes' 'happy,it'\\''s sad' '--every' '2'"), qPrintable(text));
    QVERIFY(fs::is_directory(out.path("slurm-logs")));
    QVERIFY(fs::status(script.toStdString()).permissions() == fs::perms(0755));
    QCOMPARE(test::runProgram("bash", {"-n", script}).exitCode, 0);

    const std::pair<QStringList, QString> refusals[] = {
        {{"--time", "2h"}, "error: Option --time is '2h'; it must be a Slurm time limit such as 90 (minutes), 02:00:00 or 1-12:00:00.\n"},
        {{"--mem", "lots"}, "error: Option --mem is 'lots'; it must be a Slurm memory size such as 8G or 16000M.\n"},
        {{"--tasks", "0"}, "error: Option --tasks is 0; it must be a whole number from 1 to 100000.\n"},
        {{"--cpus", "0"}, "error: Option --cpus is 0; it must be a whole number from 1 to 1024.\n"},
        {{"--precision", "int4"}, "error: Option --precision is 'int4'; it must be fp32, int8, bf16 or fp16.\n"},
    };
    for (const auto& [flags, message] : refusals) {
      const auto refused = cli(QStringList{"slurm-script", "--input-list", qs(in.path("list.txt")), "-o", qs(out.path()), "-s",
                                           qs(in.path("refused.sbatch")), "--model", shared("fixtures/clip-tiny/openai-tiny.pt")} + flags);
      QCOMPARE(refused.exitCode, 2);
      QCOMPARE(refused.err, message);
      QVERIFY(!fs::exists(in.path("refused.sbatch")));
    }
    const auto noList = cli({"slurm-script", "--input-list", qs(in.path("missing.txt")), "-o", qs(out.path()), "--model", "m.pt"});
    QCOMPARE(noList.err, "error: Cannot open input list '" + qs(in.path("missing.txt")) + "'.\n");
  }

  void theModelFolderIsOnlyRead() {
    // Tasks share one copy of the model: a folder nobody may write to, and a run as a user who cannot write there.
    test::ScratchDir models, out;
    for (const char* file : {"openai-tiny.pt", "head-tiny.pth"})
      fs::copy_file(test::sharedPath("fixtures/clip-tiny/") + file, models.path(file));
    for (const char* file : {"openai-tiny.pt", "head-tiny.pth"}) ::chmod(models.path(file).c_str(), 0444);
    ::chmod(models.path().c_str(), 0555);
    ::chmod(out.path().c_str(), 0777);
    const std::string before = listing(models.path());
    QStringList command = QStringList{MIEN_CLI_PATH, "annotate", shared("media/single_face.mp4"), "-o", qs(out.path())} + modelArgs(models.path());
    QString program = command.takeFirst();
    if (geteuid() == 0) {  // root writes anywhere: run it as nobody, for whom the folder is read-only
      command = QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", "--", program} + command;
      program = "setpriv";
    }
    QProcessEnvironment env = withoutSlurm();
    env.insert("HOME", qs(out.path()));
    const auto run = test::runProgram(program, command, 300000, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(fs::exists(out.path("single_face.csv")));
    QCOMPARE(listing(models.path()), before);
    ::chmod(models.path().c_str(), 0755);
  }
};

MIEN_TEST_MAIN(TestCliCluster)
#include "test_cli_cluster.moc"
