// The threads that share the packed kernels' matrix products. A ViT block is a chain of products a fraction of a
// millisecond apart; OpenMP's passive waiting puts its threads to sleep between them (each wake-up costs tens of
// microseconds in a VM), and its spinning holds a core whatever the rest of the machine does. These threads watch
// for the next product for a short window after each one (MIEN_PRODUCT_SPIN_US, 1000 by default; 0: sleep at once),
// yielding the core now and then, and sleep after it. A product is cut into chunks that threads claim as they come,
// so a thread that is late (asleep, or its core taken by another program) costs no waiting: the caller takes its
// chunk. Every atomic access is sequentially consistent (on x86 only the few stores per product cost more), which
// keeps the protocol easy to check.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace mien {

class ProductTeam {
 public:
  using Chunk = std::function<void(std::int64_t)>;

  static ProductTeam& shared();  // the process's team (never destroyed: its threads sleep through exit)

  // chunk(i) for each i in [0, chunks) exactly once, on at most `threads` threads (the caller is one of them);
  // returns when every chunk is done; at most 65535 chunks. A second caller while one runs does its chunks alone on
  // its own thread.
  void run(int threads, std::int64_t chunks, const Chunk& chunk);

  explicit ProductTeam(int spinMicroseconds);
  ~ProductTeam();
  ProductTeam(const ProductTeam&) = delete;
  ProductTeam& operator=(const ProductTeam&) = delete;

 private:
  void resize(int workers);
  void stopWorkers();
  void workerLoop(std::uint64_t seen);
  bool waitForJob(std::uint64_t& seen);  // false when the worker is to stop
  void claimAndRun(std::uint64_t generation);

  const int spinMicroseconds_;
  std::mutex use_;  // held by the caller whose job runs
  std::vector<std::thread> workers_;

  std::atomic<std::uint64_t> generation_{0};  // +1 per job: the workers' signal
  std::atomic<std::uint64_t> claim_{0};       // the job's generation, chunk count and next chunk (claimWord)
  std::atomic<const Chunk*> job_{nullptr};
  std::atomic<std::int64_t> done_{0};  // chunks finished in this job
  std::atomic<bool> stop_{false};
  std::mutex failureMutex_;
  std::exception_ptr failure_;  // the first exception a chunk threw, rethrown to the caller

  std::mutex sleep_;
  std::condition_variable wake_;
  std::atomic<int> sleepers_{0};
};

}  // namespace mien
