// One long-lived thread that runs an engine's work in the order posted: LibTorch's and OpenMP's per-thread state
// (thread pools, the thread layout) is made once, not on every call (a fresh thread per call tripled the time of
// a one-image classify).
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace mien::python {

class WorkerThread {
 public:
  WorkerThread();
  ~WorkerThread();  // runs what was posted, then joins
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;

  void post(std::function<void()> task);  // the task must not throw

 private:
  void loop();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> tasks_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace mien::python
