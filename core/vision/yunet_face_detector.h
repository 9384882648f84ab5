// YuNet face detection through OpenCV's DNN module, with our own decoding of its outputs.
#pragma once
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <string>
#include <vector>

#include "vision/face_detection.h"

namespace mien {

struct FaceDetectorSettings {
  float scoreThreshold = 0.6f;
  float nmsThreshold = 0.3f;
  float minFaceSize = 16.0f;  // pixels in the frame, shorter box side
};

class YuNetFaceDetector {
 public:
  // `inputSize`: the fixed square input of the export (320 or 640). Throws MediaError naming the file.
  YuNetFaceDetector(const std::string& onnxPath, int inputSize, FaceDetectorSettings settings = {});

  // Any resolution: letterboxed to the network size, boxes mapped back. Sorted by score.
  std::vector<FaceDetection> detect(const cv::Mat& bgr);
  const FaceDetectorSettings& settings() const { return settings_; }
  void setSettings(const FaceDetectorSettings& settings) { settings_ = settings; }

 private:
  cv::dnn::Net net_;
  int inputSize_;
  FaceDetectorSettings settings_;
  std::vector<std::string> outputNames_;
};

}  // namespace mien
