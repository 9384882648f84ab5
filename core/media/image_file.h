// Reads an image file (PNG, JPEG, BMP, TIFF, WebP, ...) as 8-bit RGB, honouring EXIF orientation.
#pragma once
#include <opencv2/core/mat.hpp>
#include <string>

#include "common/errors.h"
#include "model/rgb_image.h"

namespace mien {

RgbImage readRgbImage(const std::string& path);  // throws MediaError naming the file
cv::Mat readBgrImage(const std::string& path);   // the same as 8-bit BGR, for the detector
bool writeRgbImagePng(const std::string& path, const RgbImage& image);  // atomic; throws on a full disk

}  // namespace mien
