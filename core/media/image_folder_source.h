// A folder of images (recursive, common formats, sorted by path) treated as a sequence of frames.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "media/frame_source.h"

namespace mien {

std::vector<std::string> listImageFiles(const std::string& folder);  // throws MediaError if unreadable
bool isImageFileName(const std::string& path);
std::unique_ptr<FrameSource> openImageFolder(const std::string& folder);

}  // namespace mien
