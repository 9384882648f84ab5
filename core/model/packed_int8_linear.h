// int8 y = act(x Wᵀ + b) on AVX2 with the weights quantised and packed once at load, for CPUs where oneDNN has no
// pre-packed int8 kernel. Dynamic quantisation as PyTorch's: s8 weights with one scale per output channel, and the
// activations quantised per call over the whole tensor to 7-bit u8 with a zero point (AVX2's u8 × s8 instruction
// sums pairs of products in saturating 16-bit lanes; 7 bits keep every pair in range).
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "model/packed_epilogue.h"
#include "model/packed_panels.h"

namespace mien {

class PackedInt8Linear {
 public:
  static constexpr int kActivationLevels = 127;

  // `weight`: [outputs, inputs] row-major float, as a Linear layer stores it; `bias`: [outputs] or null.
  PackedInt8Linear(const float* weight, const float* bias, std::int64_t outputs, std::int64_t inputs);

  std::int64_t outputs() const { return outputs_; }
  std::int64_t inputs() const { return inputs_; }
  float weightScale(std::int64_t output) const { return weightScales_[output]; }

  // out[rows, outputs] = epilogue(dequantised product + b) on OpenMP's current thread count; bit-identical across
  // runs and thread counts (integer sums, then one float expression per output).
  void multiply(const float* x, std::int64_t rows, float* out, PackedEpilogue epilogue) const;

 private:
  std::int64_t outputs_ = 0, inputs_ = 0, groups_ = 0, panels_ = 0;  // groups: inputs in fours, zero-padded
  AlignedBuffer<std::int8_t> packed_;  // per panel and group of 4 inputs: 16 columns × 4 bytes
  std::vector<float> weightScales_, columnSums_, bias_;  // padded to panels × 16
};

}  // namespace mien
