// The packed kernels' product team: every chunk of every job runs exactly once and is finished when run() returns,
// with spinning and with sleeping workers, with two callers at once, across changes of the thread count, and a
// chunk's exception reaches the caller. Built from the team's source alone, also under ThreadSanitizer
// (scripts/test).
#include <QtTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "model/product_team.h"

using namespace mien;

namespace {

// Runs `jobs` jobs of random chunk counts on `team`; returns how many chunks did not run exactly once by the time
// their run() returned (no QtTest macro here: this also runs on a second thread).
int wrongRuns(ProductTeam& team, int jobs, const std::vector<int>& threadCounts, unsigned seed) {
  std::mt19937 random(seed);
  int wrong = 0;
  for (int job = 0; job < jobs; ++job) {
    const auto chunks = static_cast<std::size_t>(1 + random() % 17);
    const int threads = threadCounts[static_cast<std::size_t>(job) % threadCounts.size()];
    auto runs = std::make_unique<std::atomic<int>[]>(chunks);
    for (std::size_t i = 0; i < chunks; ++i) runs[i] = 0;
    std::atomic<int> outOfRange{0};
    team.run(threads, static_cast<std::int64_t>(chunks), [&](std::int64_t chunk) {
      if (chunk < 0 || static_cast<std::size_t>(chunk) >= chunks) return void(outOfRange.fetch_add(1));
      runs[static_cast<std::size_t>(chunk)].fetch_add(1);
    });
    wrong += outOfRange.load();
    for (std::size_t i = 0; i < chunks; ++i) wrong += runs[i].load() != 1;
  }
  return wrong;
}

}  // namespace

class TestProductTeam : public QObject {
  Q_OBJECT

 private slots:
  void everyChunkOnceWithSpinningWorkers() {
    ProductTeam team(1000);
    QCOMPARE(wrongRuns(team, 3000, {2}, 1), 0);
    QCOMPARE(wrongRuns(team, 1000, {4}, 2), 0);
  }

  void everyChunkOnceWithSleepingWorkers() {
    ProductTeam team(0);
    QCOMPARE(wrongRuns(team, 2000, {2}, 3), 0);
  }

  void everyChunkOnceAcrossThreadCounts() {
    ProductTeam team(200);
    QCOMPARE(wrongRuns(team, 1000, {2, 3, 1, 4, 2, 2}, 4), 0);
  }

  void twoCallersAtOnce() {
    ProductTeam team(500);
    int otherWrong = -1;
    std::thread other([&] { otherWrong = wrongRuns(team, 1500, {2}, 5); });
    const int wrong = wrongRuns(team, 1500, {2}, 6);
    other.join();
    QCOMPARE(wrong, 0);
    QCOMPARE(otherWrong, 0);
  }

  void workersTakePart() {
    // Chunks that sleep leave the cores free, so a worker gets to claim one even on a busy machine.
    ProductTeam team(1000);
    std::mutex mutex;
    std::set<std::thread::id> seen;
    for (int job = 0; job < 50; ++job)
      team.run(2, 4, [&](std::int64_t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::lock_guard<std::mutex> lock(mutex);
        seen.insert(std::this_thread::get_id());
      });
    QCOMPARE(seen.size(), std::size_t{2});
  }

  void chunkExceptionReachesCaller() {
    ProductTeam team(1000);
    for (int job = 0; job < 20; ++job) {
      std::atomic<int> finished{0};
      QVERIFY_THROWS_EXCEPTION(std::runtime_error, team.run(2, 8, [&](std::int64_t chunk) {
        if (chunk == 5) throw std::runtime_error("chunk 5 failed");
        finished.fetch_add(1);
      }));
      QCOMPARE(finished.load(), 7);  // the other chunks still ran, and ran before run() returned
    }
    QCOMPARE(wrongRuns(team, 100, {2}, 7), 0);  // and the team goes on working
  }
};

QTEST_APPLESS_MAIN(TestProductTeam)
#include "test_product_team.moc"
