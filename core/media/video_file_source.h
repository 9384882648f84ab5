// Video files through FFmpeg: presentation timestamps (variable frame rate safe), rotation metadata applied.
#pragma once
#include <memory>
#include <string>

#include "media/frame_source.h"

namespace mien {

// Throws MediaError naming the file when it cannot be opened or holds no video stream.
std::unique_ptr<FrameSource> openVideoFile(const std::string& path);

// The same file from `startSeconds` on, reached by seeking to the keyframe before it rather than decoding from
// the start (the GUI's seek in long recordings). Frame indices are then estimated from the timestamps.
std::unique_ptr<FrameSource> openVideoFileAt(const std::string& path, double startSeconds);

bool isVideoFileName(const std::string& path);  // by extension: mp4, mov, avi, mkv, webm, ...

}  // namespace mien
