// Head pose (yaw, pitch, roll in degrees) from the five landmarks, by cv::solvePnP against a generic 3-D face.
// Rough by nature: five points, one average face, a guessed camera (focal length = the frame's width).
#pragma once
#include <array>
#include <opencv2/core.hpp>

#include "vision/face_detection.h"

namespace mien {

// Signs, as a viewer of the frame sees them: yaw > 0 when the nose points to the frame's right (the subject
// turns to their left), pitch > 0 when the subject looks up, roll > 0 when the head tilts clockwise on screen
// (the subject's left eye, on the frame's right, lower).
struct HeadPose {
  double yaw = 0, pitch = 0, roll = 0;
};

// The five points of the generic face in millimetres, in the landmarks' order (subject's right eye, left eye,
// nose tip, right and left mouth corner); camera axes: x to the frame's right, y down, z away from the camera;
// origin at the nose tip, the face looking at the camera.
const std::array<cv::Point3d, 5>& headTemplate();

// The camera assumed for a frame of `frameSize`: focal length = width, principal point at the centre.
cv::Matx33d assumedCamera(cv::Size frameSize);

// The rotation (head -> camera) of a pose, as solvePnP's Rodrigues vector; used to project the template in tests.
cv::Vec3d rotationOf(const HeadPose& pose);

// NaN angles when the landmarks are degenerate.
HeadPose estimateHeadPose(const std::array<Point2, 5>& landmarks, cv::Size frameSize);

}  // namespace mien
