// Synthetic recordings composed from real face photos (../shared/media), with who is where known by
// construction: faces crossing, passing behind one another, entering and leaving, standing side by side,
// leaving and coming back on the other side. The tracking tests and mien-bench-tracking share them.
#pragma once
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "vision/face_tracker.h"
#include "vision/yunet_face_detector.h"

namespace mien::scenes {

// One stretch of a person's presence: a straight path at constant velocity (plus an optional sideways sway).
struct Appearance {
  int person = 0;  // who (truth); one person may appear several times
  double from = 0, to = 0;  // seconds on screen
  cv::Point2d start;        // face centre at `from`, frame pixels
  cv::Point2d velocity;     // pixels per second
  double height = 100;      // face patch height in pixels
  int depth = 0;            // larger is further back: drawn first, hidden by nearer faces
  double swayPixels = 0, swayHz = 0;
};

struct Scene {
  std::string name;
  double seconds = 3;
  double fps = 25;
  cv::Size size{640, 360};
  int persons = 1;
  std::vector<Appearance> appearances;
  int frameCount() const { return static_cast<int>(seconds * fps); }
};

// Face crops (a little hair and background around each face) from the shared photos, one per person.
std::vector<cv::Mat> loadFacePhotos(const std::string& mediaDir, YuNetFaceDetector& detector);

struct RenderedFrame {
  int index = 0;
  double time = 0;
  cv::Mat bgr;
  cv::Mat owner;  // CV_16S: the person whose face covers each pixel, -1 for background
  std::vector<double> visible;  // per person: share of their face patch that is in view (0 when absent)
};

RenderedFrame render(const Scene& scene, const std::vector<cv::Mat>& faces, int index);

// The person a detection shows (by the pixel under its nose, else its box centre), or -1 for none.
int ownerOf(const RenderedFrame& frame, const FaceDetection& face);

// The scene as a real video file, encoded by the ffmpeg program (H.264, yuv420p, constant frame rate);
// throws std::runtime_error when ffmpeg is missing or fails.
void writeSceneVideo(const Scene& scene, const std::vector<cv::Mat>& faces, const std::string& path);

// The scenes of the acceptance tests, each a few seconds at 25 fps.
std::vector<Scene> standardScenes();
const Scene& sceneNamed(const std::string& name);

}  // namespace mien::scenes
