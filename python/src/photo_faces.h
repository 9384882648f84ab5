// The faces in a whole photo, found and aligned as the analysis session's face stage finds them in a frame
// (the engine's YuNet detector, then the five-point similarity alignment).
#pragma once
#include <opencv2/core.hpp>
#include <vector>

#include "vision/face_alignment.h"
#include "vision/yunet_face_detector.h"

namespace mien::python {

struct PhotoFace {
  FaceDetection detection;
  RgbImage crop;
};

class PhotoFaceFinder {
 public:
  explicit PhotoFaceFinder(const DetectorSpec& detector) : detector_(detector) {}  // throws MediaError
  std::vector<PhotoFace> find(const cv::Mat& bgr, const AlignmentSettings& alignment);  // sorted by score

 private:
  YuNetFaceDetector detector_;
};

}  // namespace mien::python
