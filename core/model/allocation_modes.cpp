#include "model/allocation_modes.h"

#include <atomic>
#include <malloc.h>

namespace mien {
namespace {

std::atomic<int> loading{0};

}  // namespace

void useInferenceAllocations() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts; also stops the threshold from drifting
  mallopt(M_TRIM_THRESHOLD, 1 << 30);   // do not hand freed activations back to the kernel between layers
  mallopt(M_TOP_PAD, 64 << 20);
}

WeightLoadingAllocations::WeightLoadingAllocations() {
  if (loading++ == 0) {
    mallopt(M_MMAP_THRESHOLD, 128 << 10);  // glibc's initial threshold: a layer's weights are mapped blocks
    mallopt(M_TOP_PAD, 0);
  }
}

WeightLoadingAllocations::~WeightLoadingAllocations() {
  if (--loading == 0) useInferenceAllocations();
}

}  // namespace mien
