// Errors a user can cause: each carries one sentence naming the file, key or frame and what to do, in words
// that fit every front end; its remedy lets a front end add its own hint (a flag, a button, a menu item).
#pragma once
#include <stdexcept>
#include <string>

namespace mien {

// The way out that a front end can offer beside core's sentence.
enum class Remedy {
  None,
  UseCpu,               // run on the CPU instead (CLI: --device cpu)
  ChoosePreprocessing,  // say how to preprocess images (CLI: --preprocess expclip|clip)
  ChooseModel,          // name a CLIP model (CLI: --model)
  Resume,               // continue the interrupted run (CLI: --resume)
  BuildCache,           // build the training cache first (CLI: mien-cli cache)
  GiveAddress,          // give a download address (CLI: --base-url, models add)
  FreeSpace,            // free disk space, then continue the run (CLI: --resume)
  ReplayAnyway,         // replay a sidecar on an input that differs from the recorded one (CLI: --force)
  ShowDetails,          // a library failed: its own message is in the log (CLI: --verbose)
};

// A model, head, tokenizer, manifest file or option that cannot be used as given.
class ModelError : public std::runtime_error {
 public:
  explicit ModelError(const std::string& what, Remedy remedy = Remedy::None) : std::runtime_error(what), remedy_(remedy) {}
  Remedy remedy() const { return remedy_; }

 private:
  Remedy remedy_;
};

// An image, video, camera or folder that cannot be read.
class MediaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A failure inside a library Mien calls (OpenCV, FFmpeg, LibTorch, the JSON reader) or of the allocator, told in
// Mien's words; the library's own text, which names source lines and assertions, goes to the log.
class LibraryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The remedy of any exception: a ModelError's own; ShowDetails for a library's exception, wrapped or not.
Remedy remedyOf(const std::exception& e);

// What a user reads of `e`: Mien's own errors (every std::runtime_error) as they are; anything else worded as a
// LibraryError about `subject` (the file being worked on; empty: the command as a whole).
std::string userMessage(const std::exception& e, const std::string& subject = {});

// Inside a catch block: rethrows Mien's own errors as they are and anything else as a LibraryError about `subject`.
[[noreturn]] void rethrowForUser(const std::string& subject);

}  // namespace mien
