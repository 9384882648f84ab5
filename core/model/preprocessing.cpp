// Tensor-in, tensor-out preprocessing: the same arithmetic as torchvision on PIL images.
#include "model/preprocessing.h"

#include <ATen/ATen.h>
#include <cmath>

#include "common/errors.h"

namespace mien {
namespace {

at::Tensor resizeLikePil(const at::Tensor& chw255, std::int64_t height, std::int64_t width, bool bicubic) {
  if (chw255.size(1) == height && chw255.size(2) == width) return chw255;
  at::Tensor batch = chw255.unsqueeze(0);
  at::Tensor out = bicubic ? at::_upsample_bicubic2d_aa(batch, {height, width}, false)
                           : at::_upsample_bilinear2d_aa(batch, {height, width}, false);
  return out.squeeze(0).round_().clamp_(0, 255);
}

at::Tensor normalise(at::Tensor x, const double (&mean)[3], const double (&std)[3]) {
  const auto options = at::TensorOptions().dtype(at::kFloat);
  const at::Tensor m = at::tensor({mean[0], mean[1], mean[2]}, options.dtype(at::kDouble)).to(at::kFloat).view({3, 1, 1});
  const at::Tensor s = at::tensor({std[0], std[1], std[2]}, options.dtype(at::kDouble)).to(at::kFloat).view({3, 1, 1});
  return (x - m) / s;
}

}  // namespace

Preprocessing preprocessingFromName(const std::string& name) {
  if (name == "expclip") return Preprocessing::ExpClip;
  if (name == "clip") return Preprocessing::Clip;
  if (name == "imagenet") return Preprocessing::ImageNet;
  throw ModelError("Unknown preprocessing '" + name + "'; use expclip, clip or imagenet.");
}

std::string preprocessingName(Preprocessing p) {
  switch (p) {
    case Preprocessing::ExpClip: return "expclip";
    case Preprocessing::Clip: return "clip";
    case Preprocessing::ImageNet: return "imagenet";
  }
  return "?";
}

at::Tensor preprocessImage(const RgbImage& image, Preprocessing p, std::int64_t size) {
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 3)
    throw ModelError("An image of " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                     " pixels with " + std::to_string(image.pixels.size()) + " bytes is not a valid RGB picture.");
  at::Tensor hwc = at::from_blob(const_cast<std::uint8_t*>(image.pixels.data()), {image.height, image.width, 3}, at::kByte);
  at::Tensor chw = hwc.permute({2, 0, 1}).to(at::kFloat).contiguous();
  switch (p) {
    case Preprocessing::ExpClip:
      return resizeLikePil(chw, size, size, false) / 255.0;
    case Preprocessing::ImageNet:
      return normalise(resizeLikePil(chw, size, size, false) / 255.0, {0.485, 0.456, 0.406}, {0.229, 0.224, 0.225});
    case Preprocessing::Clip: {
      // torchvision Resize(size): shorter side to `size`, the other scaled and truncated; then CentreCrop.
      const bool wide = image.width >= image.height;
      const std::int64_t shortSide = wide ? image.height : image.width, longSide = wide ? image.width : image.height;
      const std::int64_t scaledLong = static_cast<std::int64_t>(static_cast<double>(size) * longSide / shortSide);
      const std::int64_t h = wide ? size : scaledLong, w = wide ? scaledLong : size;
      at::Tensor resized = resizeLikePil(chw, h, w, true);
      const std::int64_t top = static_cast<std::int64_t>(std::round((h - size) / 2.0));
      const std::int64_t left = static_cast<std::int64_t>(std::round((w - size) / 2.0));
      at::Tensor cropped = resized.slice(1, top, top + size).slice(2, left, left + size) / 255.0;
      return normalise(cropped, {0.48145466, 0.4578275, 0.40821073}, {0.26862954, 0.26130258, 0.27577711});
    }
  }
  throw ModelError("Unknown preprocessing.");
}

at::Tensor preprocessBatch(const std::vector<RgbImage>& images, Preprocessing p, std::int64_t size) {
  std::vector<at::Tensor> tensors;
  tensors.reserve(images.size());
  for (const auto& image : images) tensors.push_back(preprocessImage(image, p, size));
  if (tensors.empty()) return at::empty({0, 3, size, size});
  return at::stack(tensors);
}

}  // namespace mien
