// Image preprocessing variants, chosen by a model manifest: "expclip" (plain resize, [0,1]),
// "clip" (shorter side resize, centre crop, CLIP mean/std), "imagenet" (resize, ImageNet mean/std; GFER).
#pragma once
#include <ATen/Tensor.h>
#include <string>
#include <vector>

#include "model/rgb_image.h"

namespace mien {

enum class Preprocessing { ExpClip, Clip, ImageNet };

Preprocessing preprocessingFromName(const std::string& name);  // throws ModelError
std::string preprocessingName(Preprocessing p);

// [3, size, size] float32. Resizing matches PIL's antialiased filters (bilinear for expclip and
// imagenet, bicubic for clip), including PIL's rounding back to 8 bits.
at::Tensor preprocessImage(const RgbImage& image, Preprocessing p, std::int64_t size);
at::Tensor preprocessBatch(const std::vector<RgbImage>& images, Preprocessing p, std::int64_t size);

}  // namespace mien
