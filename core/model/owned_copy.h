// A weight converted into memory of its own.
#pragma once
#include <ATen/Tensor.h>

namespace mien {

class MappedFile;

// `t` in `options` in memory of its own, even where it is already of that type: weights read as views of a file's
// memory map are read-only, and the file's pages are let go only once nothing holds them.
at::Tensor ownedCopy(const at::Tensor& t, const at::TensorOptions& options);

// Lets go of the resident pages under `t` where it is a view of `file` (the page cache keeps them; null: nothing).
void releaseFilePages(const MappedFile* file, const at::Tensor& t);

// While one lives on this thread, each ownedCopy of a view of `file` lets go of the view's pages once copied, so
// a model being converted never holds both the file's copy of its weights and its own (null: nothing to let go).
class ReleasingCopiedPages {
 public:
  explicit ReleasingCopiedPages(const MappedFile* file);
  ~ReleasingCopiedPages();
  ReleasingCopiedPages(const ReleasingCopiedPages&) = delete;
  ReleasingCopiedPages& operator=(const ReleasingCopiedPages&) = delete;

 private:
  const MappedFile* previous_;
};

}  // namespace mien
