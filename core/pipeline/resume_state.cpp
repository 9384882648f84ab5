// A state file that cannot be trusted is never used: the run starts over instead of writing a broken CSV.
#include "pipeline/resume_state.h"

#include <algorithm>
#include <stdexcept>

#include "common/errors.h"
#include "common/json_numbers.h"
#include "pipeline/annotation_options.h"

namespace mien {

nlohmann::json sessionStateToJson(const SessionState& s) {
  nlohmann::json tracks = nlohmann::json::array();
  for (const auto& t : s.tracks) {
    std::vector<double> covariance(t.motion.covariance.val, t.motion.covariance.val + 64);
    tracks.push_back({{"id", t.id},
                      {"motion", {{"mean", std::vector<double>(t.motion.mean.val, t.motion.mean.val + 8)},
                                  {"covariance", covariance},
                                  {"time_s", t.motion.time}}},
                      {"feature", t.feature},
                      {"last_seen_s", t.lastSeen},
                      {"missed", t.missed}});
  }
  nlohmann::json smoothing = nlohmann::json::object();
  for (const auto& [id, p] : s.smoothing) smoothing[std::to_string(id)] = p;
  nlohmann::json windows = nlohmann::json::object();
  for (const auto& [id, frames] : s.windows) windows[std::to_string(id)] = frames;  // floats as doubles: exact
  return {{"last_frame", s.lastFrameIndex}, {"frames_done", s.framesDone}, {"next_track_id", s.nextTrackId},
          {"tracks", tracks}, {"smoothing", smoothing}, {"windows", windows}};
}

SessionState sessionStateFromJson(const nlohmann::json& j) {
  SessionState s;
  s.lastFrameIndex = jsonNumber<std::int64_t>(j.at("last_frame"));
  s.framesDone = jsonNumber<std::int64_t>(j.at("frames_done"));
  s.nextTrackId = jsonNumber<std::int64_t>(j.at("next_track_id"));
  for (const auto& t : j.at("tracks")) {
    TrackedFace face;
    face.id = jsonNumber<std::int64_t>(t.at("id"));
    const auto& motion = t.at("motion");
    const auto mean = jsonNumbers<double>(motion.at("mean")), covariance = jsonNumbers<double>(motion.at("covariance"));
    if (mean.size() != 8 || covariance.size() != 64) throw std::out_of_range("a track's motion state has the wrong size");
    std::copy(mean.begin(), mean.end(), face.motion.mean.val);
    std::copy(covariance.begin(), covariance.end(), face.motion.covariance.val);
    face.motion.time = jsonNumber<double>(motion.at("time_s"));
    face.feature = jsonNumbers<float>(t.at("feature"));
    face.lastSeen = jsonNumber<double>(t.at("last_seen_s"));
    face.missed = jsonNumber<int>(t.at("missed"));
    s.tracks.push_back(face);
  }
  for (auto& [id, p] : j.at("smoothing").items()) s.smoothing[std::stoll(id)] = jsonNumbers<float>(p);
  if (j.contains("windows"))  // states written before the window option have none
    for (auto& [id, frames] : j.at("windows").items())
      for (const auto& f : frames) s.windows[std::stoll(id)].push_back(jsonNumbers<float>(f));
  return s;
}

std::optional<ResumePoint> parseResumePoint(const std::string& stateText, const std::string& statePath,
                                            const nlohmann::json& options, std::uint64_t partSize) {
  nlohmann::json state;
  try {
    state = nlohmann::json::parse(stateText);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const int version = state.is_object() && state.contains("format_version") && state["format_version"].is_number_integer()
                          ? state["format_version"].get<int>()
                          : 1;
  if (version != kSidecarFormatVersion)
    throw ModelError("The resume state '" + statePath + "' was written in format version " + std::to_string(version) +
                     " and this Mien continues only version " + std::to_string(kSidecarFormatVersion) +
                     " runs; delete it (and its .part file) to start that input over.");
  try {
    ResumePoint point;
    point.csvBytes = jsonNumber<std::uint64_t>(state.at("csv_bytes"));
    point.session = sessionStateFromJson(state.at("session"));
    if (state.at("options") != options || point.csvBytes > partSize || point.session.framesDone < 0) return std::nullopt;
    for (const auto& [id, p] : point.session.smoothing)
      if (p.empty()) return std::nullopt;
    return point;
  } catch (const std::exception&) {  // malformed JSON, wrong types, a non-numeric track id
    return std::nullopt;
  }
}

}  // namespace mien
