// A state file that cannot be trusted is never used: the run starts over instead of writing a broken CSV.
#include "pipeline/resume_state.h"

#include "common/errors.h"
#include "common/json_numbers.h"
#include "pipeline/annotation_options.h"

namespace mien {

nlohmann::json sessionStateToJson(const SessionState& s) {
  nlohmann::json tracks = nlohmann::json::array();
  for (const auto& t : s.tracks) {
    nlohmann::json landmarks = nlohmann::json::array();
    for (const auto& p : t.box.landmarks) landmarks.push_back({p.x, p.y});
    tracks.push_back({{"id", t.id},
                      {"box", {t.box.x, t.box.y, t.box.width, t.box.height, t.box.score}},
                      {"landmarks", landmarks},
                      {"feature", t.feature},
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
    const auto b = jsonNumbers<float>(t.at("box"));
    face.box.x = b.at(0);
    face.box.y = b.at(1);
    face.box.width = b.at(2);
    face.box.height = b.at(3);
    face.box.score = b.at(4);
    const auto& lm = t.at("landmarks");
    for (std::size_t i = 0; i < 5; ++i) face.box.landmarks[i] = {jsonNumber<float>(lm.at(i).at(0)), jsonNumber<float>(lm.at(i).at(1))};
    face.feature = jsonNumbers<float>(t.at("feature"));
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
