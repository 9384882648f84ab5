// Long engine work that Ctrl-C can stop: the work runs on the engine's worker thread while the calling thread waits without
// the GIL and, every 50 ms, takes it to run Python's signal handlers (only the main thread can) and a tick
// (progress delivery). Used by classify, encode_images and annotate.
#pragma once
#include <atomic>
#include <functional>

#include "worker_thread.h"

namespace mien::python {

// `work` watches `cancel`. A KeyboardInterrupt, or an exception from `tick`, sets it and is raised once `work` has
// returned (its own "cancelled" error then says less); otherwise an exception of `work` is rethrown as it is.
// Call with the GIL held.
void callInterruptibly(WorkerThread& worker, const std::function<void(const std::atomic<bool>& cancel)>& work,
                       const std::function<void()>& tick = {});

}  // namespace mien::python
