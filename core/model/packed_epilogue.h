// What Mien's packed kernels apply after a product, before storing it.
#pragma once

namespace mien {

enum class PackedEpilogue { None, QuickGelu };  // QuickGELU: y · sigmoid(1.702 y), CLIP's activation

}  // namespace mien
