#include "model/owned_copy.h"

#include <ATen/ATen.h>

#include "common/mapped_file.h"

namespace mien {
namespace {

thread_local const MappedFile* fileBeingReleased = nullptr;

}  // namespace

at::Tensor ownedCopy(const at::Tensor& t, const at::TensorOptions& options) {
  at::Tensor copy = t.to(options, /*non_blocking=*/false, /*copy=*/true);
  const MappedFile* file = fileBeingReleased;
  if (file && t.device().is_cpu() && t.is_contiguous()) {
    const auto* begin = static_cast<const std::uint8_t*>(t.data_ptr());
    if (begin >= file->data() && begin + t.nbytes() <= file->data() + file->size()) file->releasePages(begin, t.nbytes());
  }
  return copy;
}

ReleasingCopiedPages::ReleasingCopiedPages(const MappedFile* file) : previous_(fileBeingReleased) {
  fileBeingReleased = file;
}

ReleasingCopiedPages::~ReleasingCopiedPages() { fileBeingReleased = previous_; }

}  // namespace mien
