// Frames from a video file, a camera or an image folder, in order, with exact timestamps.
#pragma once
#include <cstdint>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "common/option_range.h"

namespace mien {

struct Frame {
  std::int64_t index = 0;     // position in the source (decoded order), before any sampling
  double timestamp = 0;       // seconds (presentation time for files, since opening for cameras)
  bool hasTimestamp = true;   // false for image folders
  std::string name;           // image folders: the file; otherwise empty
  cv::Mat bgr;                // 8-bit BGR, rotation metadata already applied
};

struct SkippedFile {
  std::string file, reason;  // reason: one sentence
};

class FrameSource {
 public:
  virtual ~FrameSource() = default;
  // Fills `frame` and returns true, or returns false at the end. Unreadable input throws MediaError.
  virtual bool next(Frame& frame) = 0;
  virtual std::int64_t frameCountHint() const { return -1; }  // -1 when unknown (cameras)
  virtual double durationHint() const { return -1; }          // seconds, -1 when unknown
  virtual bool isLive() const { return false; }
  virtual std::string description() const = 0;
  // What went wrong without stopping the source: packets that could not be decoded and were skipped, and
  // why reading ended before the end of the file ("" when it did not).
  virtual std::int64_t damagedPackets() const { return 0; }
  virtual std::string stoppedEarly() const { return {}; }
  virtual std::vector<SkippedFile> skippedFiles() const { return {}; }  // image folders: files that are no image
};

inline constexpr OptionRange kEveryNth{1, 1e6, true};  // --every of annotate and cache

struct SamplingSettings {
  int everyNth = 1;         // keep frames 0, N, 2N, ... (by index)
  double targetFps = 0;     // > 0: keep at most this many frames per second of timestamps
  double startSeconds = 0;  // skip frames before
  double endSeconds = -1;   // stop after (-1: to the end)
};

// Wraps a source and keeps only the frames `settings` asks for; indices stay the source's.
std::unique_ptr<FrameSource> sampled(std::unique_ptr<FrameSource> source, const SamplingSettings& settings);

}  // namespace mien
