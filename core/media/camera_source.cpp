// Camera frames, timestamped by a steady clock from the moment the camera opened.
#include "media/camera_source.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <opencv2/videoio.hpp>

#include "common/errors.h"

namespace mien {
namespace {

class CameraSource : public FrameSource {
 public:
  CameraSource(int index, int width, int height) : name_("Camera " + std::to_string(index)) {
    if (!capture_.open(index, cv::CAP_V4L2) || !capture_.isOpened())
      throw MediaError(name_ + " cannot be opened (in use by another program, or " +
                       "no permission: add yourself to the 'video' group).");
    configure(width, height);
  }
  CameraSource(const std::string& device, int width, int height) : name_("Camera " + device) {
    if (!capture_.open(device, cv::CAP_ANY) || !capture_.isOpened())
      throw MediaError(name_ + " cannot be opened (unplugged, not there yet, or no permission: add yourself to the 'video' group).");
    configure(width, height);
  }
  void configure(int width, int height) {
    capture_.set(cv::CAP_PROP_FRAME_WIDTH, width);
    capture_.set(cv::CAP_PROP_FRAME_HEIGHT, height);
    start_ = std::chrono::steady_clock::now();
  }
  bool next(Frame& frame) override {
    if (!capture_.read(frame.bgr) || frame.bgr.empty())
      throw MediaError(name_ + " stopped delivering frames (unplugged?).");
    frame.index = count_++;
    frame.timestamp = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    frame.hasTimestamp = true;
    return true;
  }
  bool isLive() const override { return true; }
  std::string description() const override { return name_; }

 private:
  std::string name_;
  cv::VideoCapture capture_;
  std::chrono::steady_clock::time_point start_;
  std::int64_t count_ = 0;
};

}  // namespace

std::vector<CameraInfo> listCameras() {
  std::vector<CameraInfo> cameras;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/dev", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("video", 0) != 0 || name.size() == 5) continue;
    CameraInfo info;
    try {
      info.index = std::stoi(name.substr(5));
    } catch (const std::exception&) {
      continue;
    }
    info.device = entry.path().string();
    std::ifstream sysName("/sys/class/video4linux/" + name + "/name");
    std::getline(sysName, info.name);
    cameras.push_back(info);
  }
  std::sort(cameras.begin(), cameras.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
  return cameras;
}

std::unique_ptr<FrameSource> openCamera(int index, int width, int height) {
  const auto cameras = listCameras();
  if (cameras.empty())
    throw MediaError("No camera found: this machine has no /dev/video* device. Connect a webcam, or open a video file.");
  if (std::none_of(cameras.begin(), cameras.end(), [&](const CameraInfo& c) { return c.index == index; }))
    throw MediaError("There is no camera " + std::to_string(index) + "; found: /dev/video" +
                     std::to_string(cameras.front().index) + (cameras.size() > 1 ? " and others." : "."));
  return std::make_unique<CameraSource>(index, width, height);
}

std::unique_ptr<FrameSource> openCameraDevice(const std::string& device, int width, int height) {
  return std::make_unique<CameraSource>(device, width, height);
}

}  // namespace mien
