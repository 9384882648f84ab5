// fp32 y = act(x Wᵀ + b) on AVX2 + FMA with the weights packed once at load, for CPUs where oneDNN has no
// pre-packed kernel: the BLAS repacks the weights on every call, which at 50 rows (ViT-B/32 at batch 1) costs
// nearly as much as the product.
#pragma once
#include <cstdint>
#include <memory>

#include "model/packed_epilogue.h"
#include "model/packed_panels.h"

namespace mien {


class PackedFp32Linear {
 public:
  // `weight`: [outputs, inputs] row-major, as a Linear layer stores it; `bias`: [outputs] or null.
  PackedFp32Linear(const float* weight, const float* bias, std::int64_t outputs, std::int64_t inputs);

  std::int64_t outputs() const { return outputs_; }
  std::int64_t inputs() const { return inputs_; }

  // out[rows, outputs] = epilogue(x[rows, inputs] Wᵀ + b) on OpenMP's current thread count. Each output is summed
  // in the same order whatever the thread count, so results are bit-identical across runs and thread counts.
  void multiply(const float* x, std::int64_t rows, float* out, PackedEpilogue epilogue) const;

 private:
  std::int64_t outputs_ = 0, inputs_ = 0, panels_ = 0;
  AlignedBuffer<float> packed_;  // panel p: inputs × 16 columns, contiguous
  AlignedBuffer<float> bias_;    // padded to panels × 16
};

}  // namespace mien
