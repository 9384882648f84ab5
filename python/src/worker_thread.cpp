// The task loop of WorkerThread.
#include "worker_thread.h"

#include <unistd.h>

#include "common/errors.h"

namespace mien::python {

WorkerThread::WorkerThread()
    : owner_(::getpid()), queue_(std::make_unique<Queue>()),
      thread_(std::make_unique<std::thread>([q = queue_.get()] { loop(*q); })) {}

WorkerThread::~WorkerThread() {
  if (::getpid() != owner_) {
    (void)thread_.release();
    (void)queue_.release();
    return;
  }
  {
    std::lock_guard<std::mutex> lock(queue_->mutex);
    queue_->stopping = true;
  }
  queue_->changed.notify_all();
  thread_->join();
}

void WorkerThread::post(std::function<void()> task) {
  if (::getpid() != owner_)
    throw ModelError("This engine was made before the process forked and cannot run here; make a mien.Engine in "
                     "each process (or use multiprocessing's 'spawn' start method).");
  {
    std::lock_guard<std::mutex> lock(queue_->mutex);
    queue_->tasks.push_back(std::move(task));
  }
  queue_->changed.notify_all();
}

void WorkerThread::loop(Queue& queue) {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(queue.mutex);
      queue.changed.wait(lock, [&] { return queue.stopping || !queue.tasks.empty(); });
      if (queue.tasks.empty()) return;
      task = std::move(queue.tasks.front());
      queue.tasks.pop_front();
    }
    task();
  }
}

}  // namespace mien::python
