// Video files through FFmpeg: presentation timestamps (variable frame rate safe), rotation metadata applied.
#pragma once
#include <memory>
#include <string>

#include "media/frame_source.h"

namespace mien {

// Throws MediaError naming the file when it cannot be opened or holds no video stream.
std::unique_ptr<FrameSource> openVideoFile(const std::string& path);

bool isVideoFileName(const std::string& path);  // by extension: mp4, mov, avi, mkv, webm, ...

}  // namespace mien
