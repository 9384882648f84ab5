// How the C library hands out tensor-sized blocks: for inference, and while a model's weights load.
#pragma once

namespace mien {

// Large blocks come from the heap and freed ones stay there: with glibc's defaults every activation buffer over the
// dynamic mmap threshold is mapped and unmapped per layer, and the page faults cost ViT-B/16 at batch 8 about 30 %
// (fp32) to 45 % (int8). Set at the top of main() (prepareInferenceProcess) and again after each model load.
void useInferenceAllocations();

// While one lives, every large block freed goes straight back to the system: otherwise the conversion and packing
// temporaries of each layer leave holes in the heap (measured: +0.43 GB on int8's ViT-B/16 peak). The last one to
// go switches back to useInferenceAllocations().
class WeightLoadingAllocations {
 public:
  WeightLoadingAllocations();
  ~WeightLoadingAllocations();
  WeightLoadingAllocations(const WeightLoadingAllocations&) = delete;
  WeightLoadingAllocations& operator=(const WeightLoadingAllocations&) = delete;
};

}  // namespace mien
