// Encodes frames to an MP4 file with FFmpeg (H.264 when libx264 is there, MPEG-4 Part 2 otherwise), keeping
// each frame's own timestamp; written to "<path>.part" and renamed when finished.
#pragma once
#include <memory>
#include <opencv2/core.hpp>
#include <string>

namespace mien {

class AnnotatedVideoWriter {
 public:
  AnnotatedVideoWriter(std::string path, int width, int height);  // throws MediaError naming the file
  ~AnnotatedVideoWriter();                                       // removes the .part file unless finished
  void write(const cv::Mat& bgr, double timestampSeconds);
  void finish();
  std::string codecName() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mien
