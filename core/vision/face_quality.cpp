// Sharpness is measured on the aligned crop, not the frame, so that it compares faces at one scale: a small
// face blown up to the crop size is soft, as it should read.
#include "vision/face_quality.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "common/json_numbers.h"
#include "common/option_range.h"

namespace mien {

bool QualityThresholds::passes(const FaceQuality& q, double score) const {
  auto within = [](double angle, double limit) { return std::isnan(angle) ? limit >= 180 : std::abs(angle) <= limit; };
  return q.sizePx >= minSizePx && q.sharpness >= minSharpness && score >= minScore && within(q.pose.yaw, maxYaw) &&
         within(q.pose.pitch, maxPitch) && within(q.pose.roll, maxRoll);
}

void QualityThresholds::validate() const {
  checkOption("--valid-min-size", minSizePx, {0, 100000, false});
  checkOption("--valid-min-sharpness", minSharpness, {0, 1e9, false});
  checkOption("--valid-max-yaw", maxYaw, {0, 180, false});
  checkOption("--valid-max-pitch", maxPitch, {0, 180, false});
  checkOption("--valid-max-roll", maxRoll, {0, 180, false});
  checkOption("--valid-min-score", minScore, {0, 1, false});
}

nlohmann::json QualityThresholds::toJson() const {
  return {{"min_size_px", minSizePx}, {"min_sharpness", minSharpness}, {"max_yaw_deg", maxYaw},
          {"max_pitch_deg", maxPitch}, {"max_roll_deg", maxRoll},      {"min_score", minScore}};
}

QualityThresholds QualityThresholds::fromJson(const nlohmann::json& j) {
  QualityThresholds t;
  t.minSizePx = jsonNumber<double>(j.at("min_size_px"));
  t.minSharpness = jsonNumber<double>(j.at("min_sharpness"));
  t.maxYaw = jsonNumber<double>(j.at("max_yaw_deg"));
  t.maxPitch = jsonNumber<double>(j.at("max_pitch_deg"));
  t.maxRoll = jsonNumber<double>(j.at("max_roll_deg"));
  t.minScore = jsonNumber<double>(j.at("min_score"));
  return t;
}

QualityThresholds QualityThresholdChanges::appliedTo(QualityThresholds t) const {
  if (minSizePx) t.minSizePx = *minSizePx;
  if (minSharpness) t.minSharpness = *minSharpness;
  if (maxYaw) t.maxYaw = *maxYaw;
  if (maxPitch) t.maxPitch = *maxPitch;
  if (maxRoll) t.maxRoll = *maxRoll;
  if (minScore) t.minScore = *minScore;
  t.validate();
  return t;
}

double laplacianVariance(const RgbImage& crop) {
  if (crop.width <= 2 || crop.height <= 2) return 0;
  const cv::Mat rgb(crop.height, crop.width, CV_8UC3, const_cast<std::uint8_t*>(crop.pixels.data()));
  cv::Mat grey, laplacian;
  cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
  cv::Laplacian(grey, laplacian, CV_64F);
  cv::Scalar mean, deviation;
  cv::meanStdDev(laplacian, mean, deviation);
  return deviation[0] * deviation[0];
}

FaceQuality measureFaceQuality(const FaceDetection& face, const RgbImage& alignedCrop, cv::Size frameSize) {
  FaceQuality q;
  q.sizePx = std::min(face.width, face.height);
  q.sharpness = laplacianVariance(alignedCrop);
  q.pose = estimateHeadPose(face.landmarks, frameSize);
  return q;
}

}  // namespace mien
