// Plays a file source at its real speed and marks it live: a stand-in for a camera (tests, demos).
#pragma once
#include <memory>

#include "media/frame_source.h"

namespace mien {

std::unique_ptr<FrameSource> playInRealTime(std::unique_ptr<FrameSource> source);

}  // namespace mien
