// Faces are pasted as rectangular patches onto a plain backdrop, nearest last, so occlusion is exact.
#include "face_scenes.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <cstdio>
#include <stdexcept>

namespace mien::scenes {
namespace {

constexpr double kPatchAspect = 0.8;  // width / height of a face patch

cv::Rect patchRect(const Appearance& a, double t) {
  const double dt = t - a.from;
  const double sway = a.swayPixels * std::sin(2 * M_PI * a.swayHz * dt);
  const double cx = a.start.x + a.velocity.x * dt + sway, cy = a.start.y + a.velocity.y * dt;
  const double w = a.height * kPatchAspect;
  return {static_cast<int>(std::lround(cx - w / 2)), static_cast<int>(std::lround(cy - a.height / 2)),
          static_cast<int>(std::lround(w)), static_cast<int>(std::lround(a.height))};
}

}  // namespace

std::vector<cv::Mat> loadFacePhotos(const std::string& mediaDir, YuNetFaceDetector& detector) {
  std::vector<cv::Mat> faces;
  for (const char* name : {"multi_face.jpg", "astronaut.png"}) {
    const cv::Mat photo = cv::imread(mediaDir + "/" + name);
    if (photo.empty()) throw std::runtime_error(std::string("cannot read ") + mediaDir + "/" + name);
    auto found = detector.detect(photo);
    std::sort(found.begin(), found.end(), [](const FaceDetection& a, const FaceDetection& b) { return a.x < b.x; });
    for (const auto& d : found) {
      // The box grown by a third upwards and a sixth elsewhere, at the patch's aspect.
      const double h = d.height * 1.5, w = h * kPatchAspect;
      const double cx = d.x + d.width / 2, cy = d.y + d.height / 2 - d.height * 0.08;
      cv::Rect r(static_cast<int>(cx - w / 2), static_cast<int>(cy - h / 2), static_cast<int>(w), static_cast<int>(h));
      r &= cv::Rect(0, 0, photo.cols, photo.rows);
      faces.push_back(photo(r).clone());
    }
  }
  return faces;
}

RenderedFrame render(const Scene& scene, const std::vector<cv::Mat>& faces, int index) {
  RenderedFrame f;
  f.index = index;
  f.time = index / scene.fps;
  f.bgr = cv::Mat(scene.size, CV_8UC3);
  for (int y = 0; y < f.bgr.rows; ++y)  // a soft vertical gradient, like a lit wall
    f.bgr.row(y).setTo(cv::Scalar(70 + 60.0 * y / f.bgr.rows, 80 + 50.0 * y / f.bgr.rows, 90 + 40.0 * y / f.bgr.rows));
  f.owner = cv::Mat(scene.size, CV_16S, cv::Scalar(-1));
  std::vector<const Appearance*> present;
  for (const auto& a : scene.appearances)
    if (f.time >= a.from && f.time < a.to) present.push_back(&a);
  std::stable_sort(present.begin(), present.end(), [](const Appearance* a, const Appearance* b) { return a->depth > b->depth; });
  std::vector<double> area(static_cast<std::size_t>(scene.persons), 0);
  const cv::Rect frameRect(0, 0, scene.size.width, scene.size.height);
  for (const Appearance* a : present) {
    const cv::Rect r = patchRect(*a, f.time);
    area[static_cast<std::size_t>(a->person)] = r.area();
    const cv::Rect clipped = r & frameRect;
    if (clipped.empty()) continue;
    cv::Mat patch;
    cv::resize(faces.at(static_cast<std::size_t>(a->person) % faces.size()), patch, r.size(), 0, 0, cv::INTER_AREA);
    patch(cv::Rect(clipped.x - r.x, clipped.y - r.y, clipped.width, clipped.height)).copyTo(f.bgr(clipped));
    f.owner(clipped).setTo(cv::Scalar(a->person));
  }
  f.visible.assign(static_cast<std::size_t>(scene.persons), 0);
  for (int y = 0; y < f.owner.rows; ++y)
    for (int x = 0; x < f.owner.cols; ++x) {
      const int p = f.owner.at<short>(y, x);
      if (p >= 0) f.visible[static_cast<std::size_t>(p)] += 1;
    }
  for (std::size_t p = 0; p < f.visible.size(); ++p) f.visible[p] = area[p] > 0 ? f.visible[p] / area[p] : 0;
  return f;
}

int ownerOf(const RenderedFrame& frame, const FaceDetection& face) {
  auto at = [&](double x, double y) {
    const int ix = static_cast<int>(x), iy = static_cast<int>(y);
    if (ix < 0 || iy < 0 || ix >= frame.owner.cols || iy >= frame.owner.rows) return -1;
    return static_cast<int>(frame.owner.at<short>(iy, ix));
  };
  const int nose = at(face.landmarks[2].x, face.landmarks[2].y);
  return nose >= 0 ? nose : at(face.x + face.width / 2, face.y + face.height / 2);
}

void writeSceneVideo(const Scene& scene, const std::vector<cv::Mat>& faces, const std::string& path) {
  const std::string command = "ffmpeg -v error -y -f rawvideo -pix_fmt bgr24 -s " + std::to_string(scene.size.width) + "x" +
                              std::to_string(scene.size.height) + " -r " + std::to_string(static_cast<int>(scene.fps)) +
                              " -i - -c:v libx264 -preset veryfast -crf 18 -pix_fmt yuv420p '" + path + "'";
  FILE* pipe = ::popen(command.c_str(), "w");
  if (!pipe) throw std::runtime_error("cannot start ffmpeg");
  bool written = true;
  for (int i = 0; i < scene.frameCount() && written; ++i) {
    const cv::Mat bgr = render(scene, faces, i).bgr;
    const std::size_t bytes = bgr.total() * bgr.elemSize();
    written = std::fwrite(bgr.data, 1, bytes, pipe) == bytes;
  }
  if (::pclose(pipe) != 0 || !written) throw std::runtime_error("ffmpeg could not encode " + path);
}

std::vector<Scene> standardScenes() {
  std::vector<Scene> s;
  // Two faces walk towards each other at one height; the nearer one covers the other as they pass.
  s.push_back({"crossing", 3.0, 25, {640, 360}, 2,
               {{0, 0, 3, {110, 185}, {140, 0}, 100, 0}, {1, 0, 3, {530, 175}, {-140, 0}, 90, 1}}});
  // A face passes behind a larger, nearer one and is out of sight for about a second; meanwhile a third
  // person steps in far from its path.
  s.push_back({"behind", 3.6, 25, {640, 360}, 3,
               {{0, 0, 3.6, {320, 185}, {0, 0}, 140, 0},
                {1, 0, 3.6, {110, 190}, {125, 0}, 80, 1},
                {2, 1.6, 3.6, {70, 95}, {0, 0}, 90, 0}}});
  // One face enters from the left and leaves on the right; another enters from the right later, higher up.
  s.push_back({"enter-leave", 4.0, 25, {640, 360}, 2,
               {{0, 0, 4, {-30, 250}, {190, 0}, 100, 0}, {1, 1.2, 4, {680, 100}, {-200, 0}, 95, 0}}});
  // Two faces close together for a long time, swaying a little.
  s.push_back({"side-by-side", 5.0, 25, {640, 360}, 2,
               {{0, 0, 5, {262, 180}, {0, 0}, 110, 0, 8, 0.4}, {1, 0, 5, {378, 185}, {0, 0}, 105, 0, 8, 0.55}}});
  // A face leaves on the right and comes back from the left a second later: the same person, off every
  // predicted path, so a new id (a fragmentation, never a switch to someone else).
  s.push_back({"leave-reenter", 4.0, 25, {640, 360}, 1,
               {{0, 0, 1.6, {380, 180}, {200, 0}, 100, 0}, {0, 2.6, 4, {-30, 190}, {200, 0}, 100, 0}}});
  return s;
}

const Scene& sceneNamed(const std::string& name) {
  static const std::vector<Scene> all = standardScenes();
  for (const auto& s : all)
    if (s.name == name) return s;
  throw std::invalid_argument("no scene named " + name);
}

}  // namespace mien::scenes
