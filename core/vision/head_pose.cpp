// The template's proportions are those of YuNet's five points on frontal faces (measured on the shared photos:
// eyes 63 mm apart, nose tip 33 mm below them, mouth corners 53 mm apart and 26 mm below the nose tip; YuNet
// marks the mouth higher than the ArcFace alignment template does), with depths from average anthropometry.
#include "vision/head_pose.h"

#include <cmath>
#include <opencv2/calib3d.hpp>

namespace mien {
namespace {

constexpr double kDegrees = 180.0 / M_PI;

// Yaw about the head's vertical axis, then pitch about its horizontal axis, then roll about the view axis:
// R = Rz(roll) · Ry(-yaw) · Rx(-pitch) in camera axes (y down), so that the signs read as HeadPose says.
cv::Matx33d rotationMatrix(const HeadPose& p) {
  const double y = -p.yaw / kDegrees, x = -p.pitch / kDegrees, z = p.roll / kDegrees;
  const cv::Matx33d rx(1, 0, 0, 0, std::cos(x), -std::sin(x), 0, std::sin(x), std::cos(x));
  const cv::Matx33d ry(std::cos(y), 0, std::sin(y), 0, 1, 0, -std::sin(y), 0, std::cos(y));
  const cv::Matx33d rz(std::cos(z), -std::sin(z), 0, std::sin(z), std::cos(z), 0, 0, 0, 1);
  return rz * ry * rx;
}

}  // namespace

const std::array<cv::Point3d, 5>& headTemplate() {
  static const std::array<cv::Point3d, 5> points = {cv::Point3d{-31.5, -33, 30}, cv::Point3d{31.5, -33, 30},
                                                    cv::Point3d{0, 0, 0}, cv::Point3d{-26.5, 26, 24},
                                                    cv::Point3d{26.5, 26, 24}};
  return points;
}

cv::Matx33d assumedCamera(cv::Size frameSize) {
  const double f = frameSize.width;
  return {f, 0, frameSize.width / 2.0, 0, f, frameSize.height / 2.0, 0, 0, 1};
}

cv::Vec3d rotationOf(const HeadPose& pose) {
  cv::Vec3d r;
  cv::Rodrigues(rotationMatrix(pose), r);
  return r;
}

HeadPose estimateHeadPose(const std::array<Point2, 5>& landmarks, cv::Size frameSize) {
  std::vector<cv::Point3d> object(headTemplate().begin(), headTemplate().end());
  std::vector<cv::Point2d> image;
  for (const auto& p : landmarks) image.emplace_back(p.x, p.y);
  const cv::Matx33d camera = assumedCamera(frameSize);
  // Five points of a non-planar object are too few for the direct method, so the iteration starts from a face
  // looking at the camera at the distance its eye spacing implies.
  const double eyes = std::hypot(image[1].x - image[0].x, image[1].y - image[0].y);
  HeadPose pose;
  if (!(eyes > 1)) {  // both eyes on one point: no face to fit
    pose.yaw = pose.pitch = pose.roll = std::nan("");
    return pose;
  }
  const double distance = camera(0, 0) * 63.0 / eyes;
  const cv::Point2d nose = image[2];
  cv::Vec3d rvec(0, 0, 0);
  cv::Vec3d tvec((nose.x - camera(0, 2)) * distance / camera(0, 0), (nose.y - camera(1, 2)) * distance / camera(1, 1), distance);
  try {
    cv::solvePnP(object, image, camera, cv::noArray(), rvec, tvec, true, cv::SOLVEPNP_ITERATIVE);
  } catch (const cv::Exception&) {  // degenerate landmarks (all on one point): no pose
    pose.yaw = pose.pitch = pose.roll = std::nan("");
    return pose;
  }
  cv::Matx33d r;
  cv::Rodrigues(rvec, r);
  // Inverse of rotationMatrix: R = Rz(γ)·Ry(β)·Rx(α) with β = -yaw, α = -pitch, γ = roll.
  const double beta = std::asin(std::max(-1.0, std::min(1.0, -r(2, 0))));
  const double alpha = std::atan2(r(2, 1), r(2, 2)), gamma = std::atan2(r(1, 0), r(0, 0));
  pose.yaw = -beta * kDegrees;
  pose.pitch = -alpha * kDegrees;
  pose.roll = gamma * kDegrees;
  return pose;
}

}  // namespace mien
