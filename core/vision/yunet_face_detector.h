// YuNet face detection through OpenCV's DNN module, with our own decoding of its outputs.
#pragma once
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <string>
#include <vector>

#include "vision/detector_spec.h"
#include "vision/face_detection.h"

namespace mien {

class YuNetFaceDetector {
 public:
  // Throws MediaError naming the file.
  explicit YuNetFaceDetector(const DetectorSpec& spec);

  // Any resolution: letterboxed to the network size, boxes mapped back. Sorted by score.
  std::vector<FaceDetection> detect(const cv::Mat& bgr);
  const DetectorSpec& spec() const { return spec_; }

 private:
  cv::dnn::Net net_;
  DetectorSpec spec_;
  std::vector<std::string> outputNames_;
};

}  // namespace mien
