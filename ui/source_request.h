// What the user asked to look at: a camera, a video file or an image folder, and where to start.
#pragma once
#include <QString>

namespace mien::ui {

struct SourceRequest {
  enum class Kind { None, Camera, VideoFile, ImageFolder };
  Kind kind = Kind::None;
  QString path;          // file or folder; for a camera, a device path or stream URL (empty: cameraIndex)
  int cameraIndex = 0;
  int width = 1280, height = 720;
  double startSeconds = 0;
  double speed = 1;     // files: playback speed
  int imageIndex = 0;   // image folders: the image shown

  bool isFile() const { return kind == Kind::VideoFile; }
  QString displayName() const;
};

}  // namespace mien::ui
