// mien.Engine: one classifier built from the engine description's fields, with the faces of whole photos found
// as the pipeline finds them. The engine works without the GIL, and Ctrl-C stops classify and encode_images
// (interruptible_call.h); one call runs at a time.
#pragma once
#include <memory>
#include <mutex>
#include <pybind11/pybind11.h>

#include "model/classifier.h"
#include "photo_faces.h"
#include "worker_thread.h"

namespace mien::python {

class PythonEngine {
 public:
  // Keywords: the engine fields by name ('-' written '_': detector_size), and classes= / prompts= / template=
  // for the default classes (else the CLI's default prompt set).
  explicit PythonEngine(const pybind11::kwargs& options);

  Classifier& classifier() { return *classifier_; }
  const PromptSet& defaultPrompts() const { return defaultPrompts_; }
  std::mutex& mutex() { return mutex_; }  // held, without the GIL, by whatever runs the classifier
  PhotoFaceFinder& faceFinder();          // under mutex(); made on first use
  WorkerThread& worker() { return worker_; }  // where the classifier runs (callInterruptibly)

 private:
  std::unique_ptr<Classifier> classifier_;
  std::unique_ptr<PhotoFaceFinder> faceFinder_;
  PromptSet defaultPrompts_;
  std::mutex mutex_;
  WorkerThread worker_;  // last: joined before the classifier it runs goes
};

void registerEngine(pybind11::module_& module);

}  // namespace mien::python
