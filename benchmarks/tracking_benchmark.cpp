// mien-bench-tracking: the composed scenes (face_scenes) through the shipped YuNet detector and the face
// tracker; per scene the MOTA-style counts (id switches, fragmentations, ids shared by two people, misses,
// false detections) as a table and one JSON line each, then the totals as one more JSON line.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "face_scenes.h"
#include "track_scoring.h"

int main(int argc, char** argv) {
  CLI::App app("Face tracking on composed recordings with known truth");
  std::string media = MIEN_DEFAULT_MEDIA_DIR;
  mien::FaceTrackerSettings settings;
  std::vector<std::string> only;
  app.add_option("--media", media, "Folder with multi_face.jpg and astronaut.png")->capture_default_str();
  app.add_option("--lost-track-time", settings.lostSeconds, "Seconds an unseen face keeps its id")->capture_default_str();
  app.add_option("--scene", only, "Run only these scenes");
  CLI11_PARSE(app, argc, argv);

  mien::YuNetFaceDetector detector(mien::DetectorSpec{});
  const auto faces = mien::scenes::loadFacePhotos(media, detector);
  std::printf("%-14s %6s %6s %6s %6s %6s %8s %6s %6s %7s %8s\n", "scene", "frames", "truth", "match", "miss", "false",
              "switches", "frags", "shared", "MOTA", "ms/frame");
  mien::scenes::TrackScore total;
  std::vector<std::string> lines;
  for (const auto& scene : mien::scenes::standardScenes()) {
    if (!only.empty() && std::find(only.begin(), only.end(), scene.name) == only.end()) continue;
    const auto started = std::chrono::steady_clock::now();
    const auto s = mien::scenes::trackScene(scene, faces, detector, settings);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count() / s.frames;
    std::printf("%-14s %6d %6d %6d %6d %6d %8d %6d %6d %7.3f %8.1f\n", scene.name.c_str(), s.frames, s.truthFaces, s.matched,
                s.missed, s.falseDetections, s.idSwitches, s.fragmentations, s.sharedIds, s.mota(), ms);
    lines.push_back(s.json(scene.name));
    total.frames += s.frames, total.truthFaces += s.truthFaces, total.matched += s.matched, total.missed += s.missed;
    total.falseDetections += s.falseDetections, total.idSwitches += s.idSwitches;
    total.fragmentations += s.fragmentations, total.sharedIds += s.sharedIds;
  }
  for (const auto& line : lines) std::cout << line << "\n";
  std::cout << nlohmann::json{{"benchmark", "tracking"}, {"scene", "all"}, {"lost_track_time_s", settings.lostSeconds},
                              {"frames", total.frames}, {"truth_faces", total.truthFaces}, {"missed", total.missed},
                              {"false_detections", total.falseDetections}, {"id_switches", total.idSwitches},
                              {"fragmentations", total.fragmentations}, {"shared_ids", total.sharedIds}, {"mota", total.mota()}}
                   .dump()
            << "\n";
  return 0;
}
