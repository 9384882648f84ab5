// One long-lived thread that runs an engine's work in the order posted: LibTorch's and OpenMP's per-thread state
// (thread pools, the thread layout) is made once, not on every call (a fresh thread per call tripled the time of
// a one-image classify).
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <sys/types.h>
#include <thread>

namespace mien::python {

class WorkerThread {
 public:
  WorkerThread();
  // Runs what was posted, then joins. In a forked child it leaves the thread and its queue alone: the thread is
  // not there, and its condition variable still counts the parent's waiter, so destroying it would block.
  ~WorkerThread();
  WorkerThread(const WorkerThread&) = delete;
  WorkerThread& operator=(const WorkerThread&) = delete;

  // The task must not throw. Throws ModelError in a process forked after the thread started (a fork copies no
  // threads, so the task would never run): each process makes its own Engine.
  void post(std::function<void()> task);

 private:
  struct Queue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::function<void()>> tasks;
    bool stopping = false;
  };
  static void loop(Queue& queue);

  pid_t owner_;  // the process the thread runs in
  std::unique_ptr<Queue> queue_;
  std::unique_ptr<std::thread> thread_;
};

}  // namespace mien::python
