// Aligns a face by the similarity transform that maps its five landmarks onto a canonical template.
#pragma once
#include <opencv2/core.hpp>

#include "model/rgb_image.h"
#include "vision/face_detection.h"

namespace mien {

struct AlignmentSettings {
  int cropSize = 224;    // the encoder's input size
  float margin = 0.15f;  // extra context around the ArcFace template, as a fraction of the face
};

// The template (ArcFace's five points for 112 px) scaled to `settings`.
std::array<Point2, 5> alignmentTemplate(const AlignmentSettings& settings);

// Least-squares similarity (rotation, uniform scale, translation) taking `from` onto `to` (Umeyama).
cv::Matx23d similarityTransform(const std::array<Point2, 5>& from, const std::array<Point2, 5>& to);

struct AlignedFace {
  RgbImage crop;          // cropSize x cropSize RGB
  cv::Matx23d transform;  // frame pixel -> crop pixel
};

AlignedFace alignFace(const cv::Mat& bgrFrame, const FaceDetection& face, const AlignmentSettings& settings);

}  // namespace mien
