// What Mien's packed AVX2 products share: the CPU check, zeroed 64-byte-aligned buffers for packed operands, and
// the threads' split of a product's panels of output columns.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>

namespace mien {

bool packedKernelsRun();  // whether this CPU runs the packed kernels: AVX2 and FMA, checked once

struct FreeAligned {
  void operator()(void* p) const;
};
template <typename T>
using AlignedBuffer = std::unique_ptr<T[], FreeAligned>;

void* zeroedAligned(std::int64_t bytes);  // 64-byte aligned, freed by FreeAligned

template <typename T>
AlignedBuffer<T> alignedZeros(std::int64_t count) {
  return AlignedBuffer<T>(static_cast<T*>(zeroedAligned(count * static_cast<std::int64_t>(sizeof(T)))));
}

// work(firstPanel, lastPanel) over the panels in even chunks, on the product team (model/product_team) with OpenMP's
// current thread count; on the calling thread alone when the product has fewer than `parallelWork` multiply-adds
// (a second thread costs more to wake).
void splitPanels(std::int64_t panels, std::int64_t multiplyAdds, std::int64_t parallelWork,
                 const std::function<void(std::int64_t, std::int64_t)>& work);

}  // namespace mien
