// A folder of images (recursive, common formats, sorted by path) treated as a sequence of frames.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "media/frame_source.h"

namespace mien {

std::vector<std::string> listImageFiles(const std::string& folder);  // throws MediaError if unreadable
bool isImageFileName(const std::string& path);
// From the `first` image on (the GUI shows one image of a folder at a time); indices stay the folder's.
std::unique_ptr<FrameSource> openImageFolder(const std::string& folder, std::size_t first = 0);

}  // namespace mien
