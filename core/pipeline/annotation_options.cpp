// AnnotationOptions <-> JSON, and the ranges every option must keep wherever it comes from.
#include "pipeline/annotation_options.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "common/json_numbers.h"
#include "common/option_range.h"
#include "common/sha256.h"

namespace mien {

namespace {

// Versions 1 and 2 matched boxes by overlap and counted lost frames; their runs replay with the motion tracker,
// keeping a lost face for the time their frame count lasted at 30 frames per second.
FaceTrackerSettings trackerFromJson(const nlohmann::json& t) {
  FaceTrackerSettings s;
  if (t.contains("max_missed_frames") && !t.contains("lost_track_time_s")) {
    s.lostSeconds = jsonNumber<int>(t.at("max_missed_frames")) / 30.0;
    return s;
  }
  s.lostSeconds = jsonNumber<double>(t.at("lost_track_time_s"));
  s.appearanceWeight = jsonNumber<double>(t.at("appearance_weight"));
  const auto& m = t.at("motion");
  s.motion = {jsonNumber<double>(m.at("acceleration")), jsonNumber<double>(m.at("measurement")),
              jsonNumber<double>(m.at("initial_speed"))};
  return s;
}

}  // namespace

void AnnotationOptions::validate() const {
  checkOption("--every", sampling.everyNth, kEveryNth);
  checkOption("--fps", sampling.targetFps, {0, 1000, false});
  checkOption("--start", sampling.startSeconds, {0, 1e7, false});
  if (sampling.endSeconds != -1) checkOption("--end", sampling.endSeconds, {sampling.startSeconds, 1e7, false});
  checkOption("--smooth", session.smoothingAlpha, {0.001, 1, false});
  checkOption("--window", session.windowFrames, kWindowFrames);
  if (session.windowValidOnly && session.windowFrames <= 1)
    throw ModelError("--window-valid-only needs --window N (N > 1): it chooses which frames the window averages.");
  checkOption("--batch-frames", session.framesPerGroup, {1, 4096, true});
  checkOption("--margin", session.alignment.margin, {0, 2, false});
  checkOption("crop size", session.alignment.cropSize, {16, 4096, true});
  checkOption("--lost-track-time", session.tracker.lostSeconds, kLostTrackTime);
  session.quality.validate();
  checkOption("tracking appearance weight", session.tracker.appearanceWeight, {0, 10, false});
  checkOption("tracking acceleration noise", session.tracker.motion.acceleration, {0.001, 1000, false});
  checkOption("tracking measurement noise", session.tracker.motion.measurement, {0.001, 10, false});
  checkOption("tracking initial speed", session.tracker.motion.initialSpeed, {0.001, 1000, false});
}

nlohmann::json AnnotationOptions::toJson() const {
  const auto& s = session;
  return {{"engine", engine.toJson()},
          {"prompts", nlohmann::json::parse(prompts.toJson())},  // classes, and dimensions when there are any
          {"sampling",
           {{"every_nth", sampling.everyNth},
            {"target_fps", sampling.targetFps},
            {"start_s", sampling.startSeconds},
            {"end_s", sampling.endSeconds}}},
          {"layout", layout == CsvLayout::Wide ? "wide" : "long"},
          {"alignment", {{"crop_size", s.alignment.cropSize}, {"margin", s.alignment.margin}}},
          {"tracking",
           {{"lost_track_time_s", s.tracker.lostSeconds},
            {"appearance_weight", s.tracker.appearanceWeight},
            {"motion",
             {{"acceleration", s.tracker.motion.acceleration},
              {"measurement", s.tracker.motion.measurement},
              {"initial_speed", s.tracker.motion.initialSpeed}}}}},
          {"quality", s.quality.toJson()},
          {"participants", {{"file", participants.empty() ? nlohmann::json(nullptr) : nlohmann::json(participants)}, {"mapping", nullptr}}},
          {"smoothing_alpha", s.smoothingAlpha},
          {"window_frames", s.windowFrames},
          {"window_valid_only", s.windowValidOnly},
          {"frames_per_batch", s.framesPerGroup},
          {"annotated_video", annotatedVideo}};
}

AnnotationOptions AnnotationOptions::fromJson(const nlohmann::json& j) {
  AnnotationOptions o;
  try {
    // Version 1 kept the engine's members at the top level; EngineSpec::fromJson reads both forms.
    o.engine = EngineSpec::fromJson(j.contains("engine") ? j.at("engine") : j);
    o.prompts = PromptSet::fromJson(j.at("prompts").dump(), "the sidecar's prompts");
    const auto& sm = j.at("sampling");
    o.sampling = {jsonNumber<int>(sm.at("every_nth")), jsonNumber<double>(sm.at("target_fps")), jsonNumber<double>(sm.at("start_s")),
                  jsonNumber<double>(sm.at("end_s"))};
    o.layout = j.at("layout").get<std::string>() == "long" ? CsvLayout::Long : CsvLayout::Wide;
    auto& s = o.session;
    s.alignment = {jsonNumber<int>(j.at("alignment").at("crop_size")), jsonNumber<float>(j.at("alignment").at("margin"))};
    s.tracker = trackerFromJson(j.at("tracking"));
    if (j.contains("quality")) s.quality = QualityThresholds::fromJson(j.at("quality"));  // version 3 on
    if (j.contains("participants") && j["participants"].is_object() && j["participants"].value("file", nlohmann::json()).is_string())
      o.participants = j["participants"]["file"].get<std::string>();
    s.smoothingAlpha = jsonNumber<float>(j.at("smoothing_alpha"));
    s.windowFrames = j.contains("window_frames") ? jsonNumber<int>(j.at("window_frames")) : 1;  // older sidecars: none
    s.windowValidOnly = j.value("window_valid_only", false);
    s.framesPerGroup = jsonNumber<int>(j.at("frames_per_batch"));
    o.annotatedVideo = j.value("annotated_video", false);
  } catch (const nlohmann::json::exception& e) {
    throw ModelError(std::string("The sidecar's options are incomplete or malformed: ") + e.what());
  } catch (const std::out_of_range& e) {
    throw ModelError(std::string("The sidecar's options hold a number out of range: ") + e.what());
  }
  try {
    o.validate();
  } catch (const ModelError& e) {
    throw ModelError(std::string("The sidecar's options are out of range: ") + e.what());
  }
  return o;
}

AnnotationOptions AnnotationOptions::fromSidecar(const std::string& text, const std::string& source, std::string& input) {
  nlohmann::json sidecar;
  try {
    sidecar = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Sidecar '" + source + "' is not valid JSON.");
  }
  if (!sidecar.is_object() || !sidecar.contains("options") || !sidecar.contains("input") || !sidecar["input"].is_object() ||
      !sidecar["input"].contains("path") || !sidecar["input"]["path"].is_string())
    throw ModelError("'" + source + "' is not a Mien run sidecar.");
  const int version = sidecar.contains("format_version") && sidecar["format_version"].is_number_integer()
                          ? sidecar["format_version"].get<int>()
                          : 1;
  if (version < 1 || version > kSidecarFormatVersion)
    throw ModelError("Sidecar '" + source + "' has format version " + std::to_string(version) +
                     ", newer than this Mien reads (" + std::to_string(kSidecarFormatVersion) + "); use a newer Mien.");
  input = sidecar["input"]["path"].get<std::string>();
  return fromJson(sidecar["options"]);
}

void AnnotationOptions::requireRecordedInput(const std::string& sidecarText, const std::string& source,
                                             const std::string& input) {
  const auto sidecar = nlohmann::json::parse(sidecarText, nullptr, false);
  if (!sidecar.is_object() || !sidecar.contains("input") || !sidecar["input"].is_object()) return;
  const auto& recorded = sidecar["input"];
  if (!recorded.contains("sha256") || !recorded["sha256"].is_string()) return;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(input, ec))
    throw MediaError("'" + input + "', the recording the sidecar '" + source + "' describes, is missing.");
  if (sha256OfFile(input) != recorded["sha256"].get<std::string>())
    throw ModelError("'" + input + "' is not the recording the sidecar '" + source + "' describes (its SHA-256 differs).",
                     Remedy::ReplayAnyway);
}

}  // namespace mien
