// Image files through OpenCV's codecs.
#include "media/image_file.h"

#include "common/atomic_file_writer.h"

#include <cstring>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mien {

cv::Mat readBgrImage(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw MediaError("Image '" + path + "' does not exist.");
  if (std::filesystem::is_directory(path, ec)) throw MediaError("'" + path + "' is a folder, not an image.");
  cv::Mat bgr;
  try {
    bgr = cv::imread(path, cv::IMREAD_COLOR);
  } catch (const cv::Exception&) {
  }
  if (bgr.empty()) throw MediaError("Cannot decode '" + path + "' as an image (unsupported format or damaged file).");
  return bgr;
}

RgbImage readRgbImage(const std::string& path) {
  const cv::Mat bgr = readBgrImage(path);
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  RgbImage image{rgb.cols, rgb.rows, {}};
  image.pixels.resize(static_cast<std::size_t>(rgb.cols) * rgb.rows * 3);
  for (int y = 0; y < rgb.rows; ++y)
    std::memcpy(image.pixels.data() + static_cast<std::size_t>(y) * rgb.cols * 3, rgb.ptr(y),
                static_cast<std::size_t>(rgb.cols) * 3);
  return image;
}

bool writeRgbImagePng(const std::string& path, const RgbImage& image) {
  cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  std::vector<unsigned char> png;
  if (!cv::imencode(".png", bgr, png)) return false;
  AtomicFileWriter writer(path);  // a reader never sees half a picture
  writer.write(png.data(), png.size());
  writer.commit();
  return true;
}

}  // namespace mien
