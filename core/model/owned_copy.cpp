#include "model/owned_copy.h"

#include <ATen/ATen.h>

#include "common/mapped_file.h"

namespace mien {
namespace {

thread_local const MappedFile* fileBeingReleased = nullptr;

}  // namespace

void releaseFilePages(const MappedFile* file, const at::Tensor& t) {
  if (!file || !t.device().is_cpu() || !t.is_contiguous()) return;
  const auto* begin = static_cast<const std::uint8_t*>(t.data_ptr());
  if (begin >= file->data() && begin + t.nbytes() <= file->data() + file->size()) file->releasePages(begin, t.nbytes());
}

at::Tensor ownedCopy(const at::Tensor& t, const at::TensorOptions& options) {
  at::Tensor copy = t.to(options, /*non_blocking=*/false, /*copy=*/true);
  releaseFilePages(fileBeingReleased, t);
  return copy;
}

ReleasingCopiedPages::ReleasingCopiedPages(const MappedFile* file) : previous_(fileBeingReleased) {
  fileBeingReleased = file;
}

ReleasingCopiedPages::~ReleasingCopiedPages() { fileBeingReleased = previous_; }

}  // namespace mien
