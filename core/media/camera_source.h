// Cameras: enumeration and opening at a chosen resolution (Video4Linux through OpenCV).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "media/frame_source.h"

namespace mien {

struct CameraInfo {
  int index = 0;
  std::string device;  // "/dev/video0"
  std::string name;    // from sysfs, when known
};

std::vector<CameraInfo> listCameras();

// Throws MediaError with one clear sentence when there is no such camera or it cannot be opened.
std::unique_ptr<FrameSource> openCamera(int index, int width = 1280, int height = 720);

// A camera by its device path (/dev/video2) or a network camera's stream URL (rtsp://, http://); MediaError
// naming it when it cannot be opened (unplugged, not there yet).
std::unique_ptr<FrameSource> openCameraDevice(const std::string& device, int width = 1280, int height = 720);

}  // namespace mien
