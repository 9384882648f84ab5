// Per-face quality, so that labs can filter frames: face size, sharpness of the aligned crop, head pose and
// the detector's score, and whether they pass the user's thresholds (`valid`).
#pragma once
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <optional>

#include "model/rgb_image.h"
#include "vision/face_detection.h"
#include "vision/head_pose.h"

namespace mien {

struct FaceQuality {
  double sizePx = 0;     // the box's shorter side, frame pixels
  double sharpness = 0;  // variance of the Laplacian of the aligned crop's grey values
  HeadPose pose;         // degrees; NaN when it could not be estimated
  bool valid = true;     // passes the thresholds
};

// Defaults (README): faces of 40 px and more, sharpness 30 and more, |yaw| and |pitch| up to 40°, any roll (the
// alignment turns it away), any score the detector kept.
struct QualityThresholds {
  double minSizePx = 40;
  double minSharpness = 30;
  double maxYaw = 40, maxPitch = 40, maxRoll = 180;
  double minScore = 0;

  bool passes(const FaceQuality& quality, double score) const;
  void validate() const;  // throws ModelError naming the option out of range
  nlohmann::json toJson() const;
  static QualityThresholds fromJson(const nlohmann::json& json);  // throws std::out_of_range / json exceptions
};

// Some thresholds changed (flags), the others kept: from the defaults, or from a run's sidecar on re-export.
struct QualityThresholdChanges {
  std::optional<double> minSizePx, minSharpness, maxYaw, maxPitch, maxRoll, minScore;
  bool any() const { return minSizePx || minSharpness || maxYaw || maxPitch || maxRoll || minScore; }
  QualityThresholds appliedTo(QualityThresholds base) const;  // validated: throws ModelError naming the option
};

double laplacianVariance(const RgbImage& crop);

// Everything but `valid`, which the thresholds decide.
FaceQuality measureFaceQuality(const FaceDetection& face, const RgbImage& alignedCrop, cv::Size frameSize);

}  // namespace mien
