// YuNet decoding: per stride s in {8,16,32}, score = sqrt(cls * obj), centre and landmarks offset from the
// anchor cell, sizes exp(.) * s; then NMS. Layout checked against ../shared/models/README.md.
#include "vision/yunet_face_detector.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include "common/errors.h"

namespace mien {

float intersectionOverUnion(const FaceDetection& a, const FaceDetection& b) {
  const float x1 = std::max(a.x, b.x), y1 = std::max(a.y, b.y);
  const float x2 = std::min(a.x + a.width, b.x + b.width), y2 = std::min(a.y + a.height, b.y + b.height);
  const float inter = std::max(0.f, x2 - x1) * std::max(0.f, y2 - y1);
  const float uni = a.width * a.height + b.width * b.height - inter;
  return uni > 0 ? inter / uni : 0.f;
}

namespace {
constexpr int kStrides[3] = {8, 16, 32};
}

YuNetFaceDetector::YuNetFaceDetector(const DetectorSpec& spec) : spec_(spec) {
  const std::string onnxPath = spec.resolvedPath();
  if (!std::filesystem::exists(onnxPath))
    throw MediaError("Face detector model '" + onnxPath + "' does not exist; run 'mien-cli models verify' or " +
                     "reinstall Mien to get it back.");
  try {
    net_ = cv::dnn::readNetFromONNX(onnxPath);
  } catch (const cv::Exception&) {
    throw MediaError("Face detector model '" + onnxPath + "' cannot be loaded by OpenCV (damaged or not ONNX).");
  }
  if (net_.empty()) throw MediaError("Face detector model '" + onnxPath + "' is empty.");
  net_.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
  net_.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
  for (const char* kind : {"cls", "obj", "bbox", "kps"})
    for (int s : kStrides) outputNames_.push_back(std::string(kind) + "_" + std::to_string(s));
  const auto names = net_.getUnconnectedOutLayersNames();
  for (const auto& wanted : outputNames_)
    if (std::find(names.begin(), names.end(), wanted) == names.end())
      throw MediaError("Face detector model '" + onnxPath + "' lacks output '" + wanted +
                       "'; Mien needs the 2023 YuNet export (yunet_n_320_320.onnx or yunet_n_640_640.onnx).");
}

std::vector<FaceDetection> YuNetFaceDetector::detect(const cv::Mat& bgr) {
  if (bgr.empty() || bgr.type() != CV_8UC3) return {};
  const float scale = static_cast<float>(spec_.inputSize) / static_cast<float>(std::max(bgr.cols, bgr.rows));
  cv::Mat resized;
  cv::resize(bgr, resized, cv::Size(std::max(1, static_cast<int>(std::lround(bgr.cols * scale))),
                                    std::max(1, static_cast<int>(std::lround(bgr.rows * scale)))),
             0, 0, cv::INTER_LINEAR);
  cv::Mat letterbox(spec_.inputSize, spec_.inputSize, CV_8UC3, cv::Scalar(0, 0, 0));
  resized.copyTo(letterbox(cv::Rect(0, 0, std::min(resized.cols, spec_.inputSize), std::min(resized.rows, spec_.inputSize))));
  net_.setInput(cv::dnn::blobFromImage(letterbox, 1.0, cv::Size(), cv::Scalar(), false, false));
  std::vector<cv::Mat> outputs;
  net_.forward(outputs, outputNames_);

  std::vector<FaceDetection> candidates;
  std::vector<cv::Rect2d> boxes;
  std::vector<float> scores;
  for (int k = 0; k < 3; ++k) {
    const int stride = kStrides[k], cols = spec_.inputSize / stride;
    const float* cls = outputs[k].ptr<float>();
    const float* obj = outputs[3 + k].ptr<float>();
    const float* box = outputs[6 + k].ptr<float>();
    const float* kps = outputs[9 + k].ptr<float>();
    const int count = cols * cols;
    for (int i = 0; i < count; ++i) {
      const float score = std::sqrt(std::clamp(cls[i], 0.f, 1.f) * std::clamp(obj[i], 0.f, 1.f));
      if (score < spec_.scoreThreshold) continue;
      const float c = static_cast<float>(i % cols), r = static_cast<float>(i / cols);
      const float cx = (c + box[4 * i]) * stride, cy = (r + box[4 * i + 1]) * stride;
      const float w = std::exp(box[4 * i + 2]) * stride, h = std::exp(box[4 * i + 3]) * stride;
      FaceDetection d;
      d.x = (cx - w / 2) / scale;
      d.y = (cy - h / 2) / scale;
      d.width = w / scale;
      d.height = h / scale;
      d.score = score;
      for (int p = 0; p < 5; ++p)
        d.landmarks[p] = {(c + kps[10 * i + 2 * p]) * stride / scale, (r + kps[10 * i + 2 * p + 1]) * stride / scale};
      if (std::min(d.width, d.height) < spec_.minFaceSize) continue;
      candidates.push_back(d);
      boxes.emplace_back(d.x, d.y, d.width, d.height);
      scores.push_back(score);
    }
  }
  std::vector<int> keep;
  cv::dnn::NMSBoxes(boxes, scores, spec_.scoreThreshold, spec_.nmsThreshold, keep);
  std::vector<FaceDetection> faces;
  for (int i : keep) faces.push_back(candidates[i]);
  std::sort(faces.begin(), faces.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  return faces;
}

}  // namespace mien
