// Encodes frames to an MP4 file with FFmpeg (H.264 when libx264 is there, MPEG-4 Part 2 otherwise), keeping
// each frame's own timestamp, and copies the source's audio stream alongside, trimmed to the same span;
// written to "<path>.part" and renamed when finished.
#pragma once
#include <memory>
#include <opencv2/core.hpp>
#include <string>

namespace mien {

struct AnnotatedVideoAudio {
  std::string sourcePath;     // the recording whose first audio stream is copied; empty or no audio: none
  double originSeconds = 0;   // the source time that becomes 0 in the file (the --start of a trimmed run)
};

class AnnotatedVideoWriter {
 public:
  // Throws MediaError naming the file. Audio the MP4 muxer cannot hold is left out (hasAudio() says so).
  AnnotatedVideoWriter(std::string path, int width, int height, const AnnotatedVideoAudio& audio = {});
  ~AnnotatedVideoWriter();  // removes the .part file unless finished
  void write(const cv::Mat& bgr, double timestampSeconds);  // source time
  void finish();  // the audio ends with the last frame's span
  std::string codecName() const;
  bool hasAudio() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mien
