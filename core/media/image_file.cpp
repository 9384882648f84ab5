// Image files through OpenCV's codecs.
#include "media/image_file.h"

#include "common/atomic_file_writer.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mien {
namespace {

constexpr double kMaxMegapixels = 100;  // 10000 x 10000: a decoded frame and its copies stay within about 2 GB

std::uint32_t bigEndian(const unsigned char* p, int bytes) {
  std::uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

// Width and height from a PNG's IHDR or a JPEG's start-of-frame marker, read before anything is decoded;
// {0, 0} for other formats and for headers that cannot be read (the decoder then judges the file).
std::pair<std::uint32_t, std::uint32_t> headerSize(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> head(64 * 1024);
  in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.size() >= 24 && std::memcmp(head.data(), "\x89PNG\r\n\x1a\n", 8) == 0 && std::memcmp(&head[12], "IHDR", 4) == 0)
    return {bigEndian(&head[16], 4), bigEndian(&head[20], 4)};
  if (head.size() < 4 || head[0] != 0xff || head[1] != 0xd8) return {0, 0};
  for (std::size_t at = 2; at + 9 < head.size();) {  // JPEG markers: FF xx, then a big-endian length
    if (head[at] != 0xff) return {0, 0};
    const unsigned marker = head[at + 1];
    if (marker == 0xff) { ++at; continue; }
    const bool startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    if (startOfFrame) return {bigEndian(&head[at + 7], 2), bigEndian(&head[at + 5], 2)};
    at += 2 + bigEndian(&head[at + 2], 2);
  }
  return {0, 0};
}

}  // namespace

cv::Mat readBgrImage(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw MediaError("Image '" + path + "' does not exist.");
  if (std::filesystem::is_directory(path, ec)) throw MediaError("'" + path + "' is a folder, not an image.");
  const auto [width, height] = headerSize(path);
  const double megapixels = static_cast<double>(width) * height / 1e6;
  if (megapixels > kMaxMegapixels)
    throw MediaError("'" + path + "' is " + std::to_string(width) + " x " + std::to_string(height) + " pixels (" +
                     std::to_string(static_cast<long long>(megapixels)) + " megapixels); Mien reads images of up to " +
                     std::to_string(static_cast<int>(kMaxMegapixels)) + " megapixels. Scale it down (a face needs " +
                     "only a few hundred pixels) and try again.");
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
