// Cluster pieces of the annotation job: --shard parsing (by hand and from a Slurm array's environment), the
// size-balanced assignment of inputs, failure records, the status read from an output folder, and lock takeover
// by a requeued Slurm job.
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <unistd.h>

#include "common/errors.h"
#include "pipeline/annotation_shard.h"
#include "pipeline/annotation_status.h"
#include "pipeline/failure_record.h"
#include "pipeline/output_lock.h"
#include "pipeline/run_host.h"
#include "support/expect_error.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

EnvironmentLookup environmentOf(std::map<std::string, std::string> variables) {
  return [variables = std::move(variables)](const char* name) -> const char* {
    const auto it = variables.find(name);
    return it == variables.end() ? nullptr : it->second.c_str();
  };
}

std::string refusal(const std::string& text, const EnvironmentLookup& environment = environmentOf({})) {
  try {
    parseShard(text, environment);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "accepted";
}

}  // namespace

class TestAnnotationShards : public QObject {
  Q_OBJECT

 private slots:
  void shardsAreParsedOrRefusedInOneSentence() {
    const Shard two = parseShard("2/3", environmentOf({}));
    QCOMPARE(two.index, 2);
    QCOMPARE(two.count, 3);
    QCOMPARE(refusal("0/3"), std::string("Option --shard is '0/3'; its task number I must be a whole number from 1 to 3."));
    QCOMPARE(refusal("4/3"), std::string("Option --shard is '4/3'; its task number I must be a whole number from 1 to 3."));
    QCOMPARE(refusal("1/0"), std::string("Option --shard is '1/0'; its number of tasks N must be a whole number from 1 to 100000."));
    QCOMPARE(refusal("x"), std::string("Option --shard is 'x'; it must be I/N (this task's number I from 1 to N, and the "
                                       "number of tasks N) or slurm."));
    QVERIFY(refusal("-1/3").find("it must be I/N") != std::string::npos);
    QCOMPARE(refusal("slurm"), std::string("Option --shard is slurm, but SLURM_ARRAY_TASK_ID is not set; run it as an element "
                                           "of a Slurm job array (sbatch --array), or give --shard I/N."));
  }

  void slurmArraysMayStartAnywhereAndStep() {
    // sbatch --array=0-2: task 1 is the second of three.
    Shard s = parseShard("slurm", environmentOf({{"SLURM_ARRAY_TASK_ID", "1"}, {"SLURM_ARRAY_TASK_MIN", "0"},
                                                 {"SLURM_ARRAY_TASK_STEP", "1"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}));
    QCOMPARE(s.index, 2);
    QCOMPARE(s.count, 3);
    // sbatch --array=3-11:4 (3, 7, 11): task 11 is the third.
    s = parseShard("slurm", environmentOf({{"SLURM_ARRAY_TASK_ID", "11"}, {"SLURM_ARRAY_TASK_MIN", "3"},
                                           {"SLURM_ARRAY_TASK_STEP", "4"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}));
    QCOMPARE(s.index, 3);
    // A list that is no range (--array=1,2,9) cannot be numbered.
    const auto listed = environmentOf({{"SLURM_ARRAY_TASK_ID", "9"}, {"SLURM_ARRAY_TASK_MIN", "1"},
                                       {"SLURM_ARRAY_TASK_STEP", "1"}, {"SLURM_ARRAY_TASK_COUNT", "3"}});
    QCOMPARE(refusal("slurm", listed), std::string("Option --shard is slurm, but array task 9 is not one of 3 tasks from 1 in "
                                                   "steps of 1; give the array as a range (sbatch --array=1-3), or give --shard I/N."));
    const auto garbled = environmentOf({{"SLURM_ARRAY_TASK_ID", "x"}});
    QVERIFY(refusal("slurm", garbled).find("SLURM_ARRAY_TASK_ID is 'x'") != std::string::npos);
  }

  void everyInputGoesToOneShardWhateverTheOrder() {
    test::ScratchDir dir;
    std::vector<std::string> inputs;
    const std::size_t sizes[] = {900, 100, 500, 500, 300, 50, 700, 10};
    for (std::size_t i = 0; i < std::size(sizes); ++i) {
      inputs.push_back(dir.path("clip" + std::to_string(i) + ".mp4"));
      test::writeBytes(inputs.back(), std::string(sizes[i], 'v'));
    }
    fs::create_directory(dir.path("images"));  // an image folder weighs what its files do
    test::writeBytes(dir.path("images/1.png"), std::string(400, 'i'));
    test::writeBytes(dir.path("images/2.png"), std::string(400, 'i'));
    inputs.push_back(dir.path("images"));

    std::vector<std::vector<std::string>> shards;
    for (int i = 1; i <= 3; ++i) shards.push_back(inputsOfShard(inputs, {i, 3}));
    std::vector<std::string> all;
    std::vector<std::uintmax_t> bytes;
    for (const auto& shard : shards) {
      QVERIFY(std::is_sorted(shard.begin(), shard.end()));
      all.insert(all.end(), shard.begin(), shard.end());
      std::uintmax_t total = 0;
      for (const auto& input : shard) total += fs::is_directory(input) ? 800 : fs::file_size(input);
      bytes.push_back(total);
    }
    std::sort(all.begin(), all.end());
    auto sorted = inputs;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(all == sorted);  // each input exactly once
    // Largest first onto the lightest shard (the lower on a tie): 900+300+100, 800 (folder)+500, 700+500+50+10.
    QVERIFY(bytes == (std::vector<std::uintmax_t>{1300, 1300, 1260}));

    std::mt19937 shuffle(7);
    for (int round = 0; round < 5; ++round) {
      std::shuffle(inputs.begin(), inputs.end(), shuffle);
      for (int i = 1; i <= 3; ++i) QVERIFY(inputsOfShard(inputs, {i, 3}) == shards[static_cast<std::size_t>(i - 1)]);
    }
    QCOMPARE(inputsOfShard(inputs, {1, 1}), sorted);
    QVERIFY(inputsOfShard({inputs[0]}, {2, 2}).empty());  // more tasks than inputs: some have nothing to do
  }

  void statusComesFromTheFilesARunLeaves() {
    test::ScratchDir out;
    const auto complete = AnnotationPaths::forInput("/data/a.mp4", out.path());
    test::writeBytes(complete.csv, "frame\n");
    test::writeBytes(complete.sidecar, R"({"status": "complete", "frames": 72, "input": {"path": "/data/a.mp4"}})");
    const auto partial = AnnotationPaths::forInput("/data/b.mp4", out.path());
    test::writeBytes(partial.csv + ".part", "frame\n0\n");
    test::writeBytes(partial.state, R"({"session": {"frames_done": 16}})");
    const auto failed = AnnotationPaths::forInput("/data/c.mp4", out.path());
    writeFailureRecord(failed.failure, "/data/c.mp4", "Cannot decode 'c.mp4'.");
    const auto damaged = AnnotationPaths::forInput("/data/d.mp4", out.path());
    test::writeBytes(damaged.csv, "frame\n");
    test::writeBytes(damaged.sidecar, "{\"status\": \"comp");  // never complete on a sidecar it cannot read

    const auto a = inspectInput("/data/a.mp4", out.path());
    QCOMPARE(progressName(a.progress), std::string("complete"));
    QCOMPARE(a.frames, std::int64_t{72});
    const auto b = inspectInput("/data/b.mp4", out.path());
    QCOMPARE(progressName(b.progress), std::string("partial"));
    QCOMPARE(b.frames, std::int64_t{16});
    QVERIFY(b.detail.empty());  // no one is writing it
    const auto c = inspectInput("/data/c.mp4", out.path());
    QCOMPARE(progressName(c.progress), std::string("failed"));
    QVERIFY2(c.detail.find("Cannot decode 'c.mp4'. (") == 0 && c.detail.find(" on " + runHostName()) != std::string::npos,
             c.detail.c_str());
    QCOMPARE(progressName(inspectInput("/data/d.mp4", out.path()).progress), std::string("partial"));
    QCOMPARE(progressName(inspectInput("/data/e.mp4", out.path()).progress), std::string("not started"));

    const auto record = readFailureRecord(failed.failure);
    QVERIFY(record);
    QCOMPARE(record->input, std::string("/data/c.mp4"));
    QCOMPARE(record->host, runHostName());
    QCOMPARE(record->time.size(), std::size_t{20});

    const auto found = inspectOutputFolder(out.path());  // without the list: what the folder holds, by name
    QCOMPARE(found.size(), std::size_t{4});
    QCOMPARE(found[0].input, std::string("/data/a.mp4"));
    QCOMPARE(found[1].input, std::string("b"));  // nothing there names its input
    QCOMPARE(found[2].input, std::string("/data/c.mp4"));
    QCOMPARE(progressName(found[3].progress), std::string("partial"));

    {
      const OutputLock lock(partial.csv);  // a run writing it now is named
      const auto running = inspectInput("/data/b.mp4", out.path());
      QVERIFY2(running.detail.find("being written by pid " + std::to_string(getpid()) + " on " + runHostName()) == 0,
               running.detail.c_str());
    }
  }

  void aRequeuedSlurmJobTakesOverItsOwnLock() {
    test::ScratchDir out;
    const std::string csv = out.path("clip.csv");
    // Left by this job's first instance, killed on another node.
    test::writeBytes(csv + ".lock", R"({"host": "node-elsewhere", "pid": 4242, "started": "2026-12-02T10:00:00Z", "slurm_job": "77"})");
    qputenv("SLURM_JOB_ID", "78");
    const QString refused = test::errorMessage<std::runtime_error>([&] { OutputLock lock(csv); });
    QVERIFY2(refused.contains("being written by another run (pid 4242 on node-elsewhere"), qPrintable(refused));
    QCOMPARE(OutputLock::holder(csv), std::string("pid 4242 on node-elsewhere since 2026-12-02T10:00:00Z, Slurm job 77"));
    qputenv("SLURM_JOB_ID", "77");
    {
      const OutputLock lock(csv);
      const auto held = nlohmann::json::parse(test::readBytes(csv + ".lock"));
      QCOMPARE(held["slurm_job"].get<std::string>(), std::string("77"));
      QCOMPARE(held["host"].get<std::string>(), runHostName());
    }
    QVERIFY(!fs::exists(csv + ".lock"));
    qunsetenv("SLURM_JOB_ID");
  }
};

MIEN_TEST_MAIN(TestAnnotationShards)
#include "test_annotation_shards.moc"
