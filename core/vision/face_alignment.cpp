// Similarity alignment onto the ArcFace template (Deng et al. 2019), widened by a margin for expression context.
#include "vision/face_alignment.h"

#include <cstring>
#include <opencv2/imgproc.hpp>

namespace mien {

std::array<Point2, 5> alignmentTemplate(const AlignmentSettings& s) {
  static const std::array<Point2, 5> arcface = {
      Point2{38.2946f, 51.6963f}, Point2{73.5318f, 51.5014f}, Point2{56.0252f, 71.7366f},
      Point2{41.5493f, 92.3655f}, Point2{70.7299f, 92.2041f}};
  const float scale = static_cast<float>(s.cropSize) / 112.0f, half = static_cast<float>(s.cropSize) / 2.0f;
  std::array<Point2, 5> out{};
  for (int i = 0; i < 5; ++i) {
    const float x = arcface[i].x * scale, y = arcface[i].y * scale;
    out[i] = {half + (x - half) / (1.0f + s.margin), half + (y - half) / (1.0f + s.margin)};
  }
  return out;
}

cv::Matx23d similarityTransform(const std::array<Point2, 5>& from, const std::array<Point2, 5>& to) {
  double mx = 0, my = 0, nx = 0, ny = 0;
  for (int i = 0; i < 5; ++i) {
    mx += from[i].x / 5.0;
    my += from[i].y / 5.0;
    nx += to[i].x / 5.0;
    ny += to[i].y / 5.0;
  }
  // For 2-D similarity the least-squares solution reduces to a complex-number ratio: (a + ib) = Σ z'·conj(z) / Σ |z|².
  double a = 0, b = 0, norm = 0;
  for (int i = 0; i < 5; ++i) {
    const double x = from[i].x - mx, y = from[i].y - my, u = to[i].x - nx, v = to[i].y - ny;
    a += u * x + v * y;
    b += v * x - u * y;
    norm += x * x + y * y;
  }
  if (norm <= 0) return cv::Matx23d(1, 0, nx - mx, 0, 1, ny - my);
  a /= norm;
  b /= norm;
  return cv::Matx23d(a, -b, nx - (a * mx - b * my), b, a, ny - (b * mx + a * my));
}

AlignedFace alignFace(const cv::Mat& bgrFrame, const FaceDetection& face, const AlignmentSettings& settings) {
  AlignedFace out;
  out.transform = similarityTransform(face.landmarks, alignmentTemplate(settings));
  cv::Mat bgr, rgb;
  cv::warpAffine(bgrFrame, bgr, cv::Mat(out.transform), cv::Size(settings.cropSize, settings.cropSize),
                 cv::INTER_LINEAR, cv::BORDER_REPLICATE);
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  out.crop.width = rgb.cols;
  out.crop.height = rgb.rows;
  out.crop.pixels.resize(static_cast<std::size_t>(rgb.cols) * rgb.rows * 3);
  for (int y = 0; y < rgb.rows; ++y)
    std::memcpy(out.crop.pixels.data() + static_cast<std::size_t>(y) * rgb.cols * 3, rgb.ptr(y),
                static_cast<std::size_t>(rgb.cols) * 3);
  return out;
}

}  // namespace mien
