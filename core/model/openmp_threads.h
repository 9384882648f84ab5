// The OpenMP thread count of the calling thread, as the encoder's steps need it. OpenMP keeps the count per
// thread, so the pipeline's worker thread must be given the count Mien configured, not OpenMP's default. And a
// few tokens' element-wise work runs on the calling thread alone while the products keep every thread: with
// passive waiting each parallel region wakes the other threads (tens of microseconds in a VM), and at batch 1 a
// block's layer norms, residual adds, softmax and quantisation each take less than that wake-up.
#pragma once
#include <cstdint>

namespace mien {

// The configured count (configureThreads) for the calling thread, unless a SmallWorkThreads scope narrowed it.
void useConfiguredThreads();

// For a run of blocks over `rows` tokens: if they are few, LibTorch's and oneDNN's OpenMP work runs on the
// calling thread, except inside a ProductThreads scope.
class SmallWorkThreads {
 public:
  explicit SmallWorkThreads(std::int64_t rows);
  ~SmallWorkThreads();
  SmallWorkThreads(const SmallWorkThreads&) = delete;
  SmallWorkThreads& operator=(const SmallWorkThreads&) = delete;

 private:
  int narrowedFrom_ = 0;  // the count before, restored at the end; 0 when nothing was narrowed
};

// Around a matrix product: every configured thread, also inside a SmallWorkThreads scope (unless `widen` is false:
// the product then stays with the small work on the calling thread).
class ProductThreads {
 public:
  explicit ProductThreads(bool widen = true);
  ~ProductThreads();
  ProductThreads(const ProductThreads&) = delete;
  ProductThreads& operator=(const ProductThreads&) = delete;

 private:
  bool widened_ = false;
};

}  // namespace mien
