// The waiting loop behind callInterruptibly.
#include "interruptible_call.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <pybind11/pybind11.h>

namespace py = pybind11;

namespace mien::python {

void callInterruptibly(WorkerThread& worker, const std::function<void(const std::atomic<bool>& cancel)>& work,
                       const std::function<void()>& tick) {
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  std::atomic<bool> cancel{false};
  std::exception_ptr failure;
  std::optional<py::error_already_set> interrupted;
  std::exception_ptr tickFailure;  // a C++ exception from the tick (a failed conversion, say)
  {
    py::gil_scoped_release release;
    worker.post([&] {
      try {
        work(cancel);
      } catch (...) {
        failure = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(mutex);
      done = true;
      finished.notify_all();
    });
    for (bool over = false; !over;) {
      {
        std::unique_lock<std::mutex> lock(mutex);
        over = finished.wait_for(lock, std::chrono::milliseconds(50), [&] { return done; });
      }
      py::gil_scoped_acquire gil;
      if (interrupted || tickFailure) continue;
      if (PyErr_CheckSignals() != 0) {
        interrupted.emplace();
        cancel = true;
      } else if (tick) {
        try {
          tick();
        } catch (py::error_already_set& e) {
          interrupted.emplace(std::move(e));
          cancel = true;
        } catch (...) {
          tickFailure = std::current_exception();
          cancel = true;
        }
      }
    }
  }
  if (interrupted) throw std::move(*interrupted);
  if (tickFailure) std::rethrow_exception(tickFailure);
  if (failure) std::rethrow_exception(failure);
}

}  // namespace mien::python
