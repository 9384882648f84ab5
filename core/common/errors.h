// Errors a user can cause: each carries one sentence naming the file, key or frame and what to do.
#pragma once
#include <stdexcept>
#include <string>

namespace mien {

// A model, head, tokenizer or manifest file that cannot be used as given.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An image, video, camera or folder that cannot be read.
class MediaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace mien
