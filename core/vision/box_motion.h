// A face box's motion: a constant-velocity Kalman filter on the box centre and size (as SORT), with time in
// seconds so that sampling and variable frame rates only change the step, never the model.
#pragma once
#include <opencv2/core.hpp>

#include "vision/face_detection.h"

namespace mien {

struct BoxMotionNoise {
  double acceleration = 1.5;  // std of the centre's and size's acceleration, in face heights per s²
  double measurement = 0.06;  // std of a detection's centre and size, in face heights
  double initialSpeed = 1.5;  // std of a new face's unknown speed, in face heights per s
};

// State: centre x, y, width, height and their rates of change per second.
struct BoxMotion {
  cv::Vec<double, 8> mean;
  cv::Matx<double, 8, 8> covariance;
  double time = 0;  // presentation time (s) the state describes

  static BoxMotion start(const FaceDetection& box, double time, const BoxMotionNoise& noise);
  void predict(double time, const BoxMotionNoise& noise);  // to a later time; an earlier one changes nothing
  // Squared Mahalanobis distance of `box` from the predicted box (4 degrees of freedom). `frame` (the frame's
  // size, empty when unknown) tells boxes cut by the frame's edge, whose size and centre across that edge
  // say little about the face.
  double distance2(const FaceDetection& box, const BoxMotionNoise& noise, cv::Size frame = {}) const;
  void correct(const FaceDetection& box, const BoxMotionNoise& noise, cv::Size frame = {});
  double height() const { return mean[3]; }
};

// The squared distance a box of the same face stays within 99 % of the time (chi-square, 4 dof).
inline constexpr double kMotionGate = 13.2767;

}  // namespace mien
