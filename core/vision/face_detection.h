// One detected face: box, score and the five landmarks, in the frame's pixel coordinates.
#pragma once
#include <array>

namespace mien {

struct Point2 {
  float x = 0, y = 0;
};

struct FaceDetection {
  float x = 0, y = 0, width = 0, height = 0;  // top-left corner and size
  float score = 0;
  // Subject's right eye, left eye, nose tip, right mouth corner, left mouth corner (image left first).
  std::array<Point2, 5> landmarks{};
};

float intersectionOverUnion(const FaceDetection& a, const FaceDetection& b);

}  // namespace mien
