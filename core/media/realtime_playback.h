// Plays a file source at its real speed and marks it live: a stand-in for a camera (tests, demos).
#pragma once
#include <memory>

#include "media/frame_source.h"

namespace mien {

// `speed` 0.5 plays at half speed, 2 at double (frames are released by timestamp / speed).
std::unique_ptr<FrameSource> playInRealTime(std::unique_ptr<FrameSource> source, double speed = 1.0);

}  // namespace mien
