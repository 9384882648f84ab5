// What the pipeline says about one sampled frame: every face with its id, box, landmarks and probabilities.
#pragma once
#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "vision/face_detection.h"
#include "vision/face_quality.h"

namespace mien {

struct FaceResult {
  std::int64_t trackId = 0;
  FaceDetection detection;
  std::vector<float> probabilities;  // classifier order; smoothed when smoothing is on
  std::size_t top = 0;
  std::vector<float> dimensions;     // the classifier's dimension order: P(first pole) over the two, not smoothed
  int windowFrames = 1;              // frames of the track's feature window behind the labels (1: no window)
  FaceQuality quality;  // size, sharpness, head pose, valid
};

struct FrameResult {
  std::int64_t frameIndex = 0;
  double timestamp = 0;
  bool hasTimestamp = true;
  std::string name;  // image folders: the file
  std::shared_ptr<const std::vector<std::string>> classNames;  // what the probabilities mean, at this frame
  std::shared_ptr<const std::vector<std::string>> dimensionNames;  // what the faces' dimension scores mean
  std::vector<FaceResult> faces;
  double latencyMs = 0;  // from the frame's arrival to its result
  cv::Mat bgr;           // the frame the results describe (empty unless the session keeps frames)
};

}  // namespace mien
