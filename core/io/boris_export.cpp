// BORIS reads a project's events as [time, subject, code, modifier, comment, frame_index] (MEDIA observations)
// and tells a state event's START from its STOP by their order per subject and code, so every segment gives two
// events and at equal times a STOP precedes the next START. BORIS opens the file directly (File > Open
// project) or merges its observation into an open project (Observations > Import observations).
#include "io/boris_export.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/build_info.h"
#include "io/csv_timeline_writer.h"
#include "io/export_text.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

struct BorisEvent {
  double time;
  bool stop;
  std::string subject, code;
  std::int64_t frame;
};

double milliRound(double seconds) { return std::round(seconds * 1000.0) / 1000.0; }

std::vector<BorisEvent> events(const ExportContext& c) {
  std::vector<BorisEvent> out;
  for (const auto& s : c.allSegments()) {
    const std::string code = segmentLabel(c.run, s);
    out.push_back({milliRound(s.start), false, s.participant, code, s.firstFrame});
    // The STOP lies on the frame after the segment's last frame (where its end time comes from).
    const auto next = std::upper_bound(c.run.frames.begin(), c.run.frames.end(), s.lastFrame);
    out.push_back({milliRound(s.end), true, s.participant, code, next == c.run.frames.end() ? s.lastFrame + 1 : *next});
  }
  std::stable_sort(out.begin(), out.end(), [](const BorisEvent& a, const BorisEvent& b) {
    return a.time != b.time ? a.time < b.time : a.stop > b.stop;
  });
  return out;
}

std::string mediaPath(const ExportContext& c) {
  std::error_code ec;
  if (!c.sidecar || fs::is_directory(c.sidecar->inputPath, ec)) return {};
  return fs::absolute(c.sidecar->inputPath, ec).lexically_normal().string();
}

std::string plotFileName(const RunTimeline& run, const std::string& participant) {
  return timeSeriesFileName(run, participant);
}

}  // namespace

std::string borisProject(const ExportContext& c) {
  const auto& run = c.run;
  const std::string now = isoNowUtc().substr(0, 19);
  nlohmann::ordered_json ethogram = nlohmann::ordered_json::object(), subjects = nlohmann::ordered_json::object();
  const std::string keys = "1234567890abcdefghijklmnopqrstuvwxyz";
  // Classes, then each dimension's two levels (codes as segmentLabel names them).
  std::vector<std::pair<std::string, std::string>> behaviours;
  for (const auto& cls : run.classes) behaviours.emplace_back(cls, "Top label of a Mien run");
  for (const auto& d : run.dimensions)
    for (std::size_t level : {Segment::kHigh, Segment::kLow})
      behaviours.emplace_back("d_" + d + " " + dimensionLevelName(level),
                              "Zero-shot dimension " + d + ", score " + (level == Segment::kHigh ? ">= 0.5" : "< 0.5"));
  for (std::size_t i = 0; i < behaviours.size(); ++i)
    ethogram[std::to_string(i)] = {{"type", "State event"},
                                   {"key", i < keys.size() ? std::string(1, keys[i]) : std::string()},
                                   {"code", behaviours[i].first},
                                   {"description", behaviours[i].second},
                                   {"color", ""},
                                   {"category", ""},
                                   {"modifiers", nlohmann::ordered_json::object()},
                                   {"excluded", ""},
                                   {"coding map", ""}};
  for (std::size_t i = 0; i < run.participants.size(); ++i)
    subjects[std::to_string(i)] = {{"key", ""}, {"name", run.participants[i].name}, {"description", "Mien participant"}};

  const std::string media = mediaPath(c);
  nlohmann::ordered_json players = nlohmann::ordered_json::object();
  for (int p = 1; p <= 8; ++p) players[std::to_string(p)] = nlohmann::ordered_json::array();
  if (!media.empty()) players["1"].push_back(media);
  const double duration = run.endTime();
  const double fps = run.frames.size() > 1 && duration > run.startTime()
                         ? static_cast<double>(run.frames.size()) / (duration - run.startTime())
                         : 0.0;
  nlohmann::ordered_json mediaInfo = {{"length", nlohmann::ordered_json::object()},
                                      {"fps", nlohmann::ordered_json::object()},
                                      {"hasVideo", nlohmann::ordered_json::object()},
                                      {"hasAudio", nlohmann::ordered_json::object()},
                                      {"offset", {{"1", 0.0}}}};
  if (!media.empty()) {
    mediaInfo["length"][media] = milliRound(duration);
    mediaInfo["fps"][media] = std::round(fps * 1000.0) / 1000.0;
    mediaInfo["hasVideo"][media] = true;
    mediaInfo["hasAudio"][media] = false;
  }
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& e : events(c)) list.push_back({e.time, e.subject, e.code, "", "", e.frame});
  // BORIS shows at most two data plots per observation: the first class of the first two participants.
  nlohmann::ordered_json plots = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < run.participants.size() && i < 2; ++i)
    plots[std::to_string(i)] = {{"file_path", (fs::absolute(c.outputDir) / plotFileName(run, run.participants[i].name)).lexically_normal().string()},
                                {"columns", "1,2"},
                                {"title", run.participants[i].name + ": p_" + run.classes[0]},
                                {"variable_name", "p_" + run.classes[0]},
                                {"converters", nlohmann::ordered_json::object()},
                                {"time_interval", 60},
                                {"time_offset", 0},
                                {"substract_first_value", "False"},
                                {"color", "b-"}};
  nlohmann::ordered_json observation = {{"file", players},
                                        {"type", "MEDIA"},
                                        {"date", now},
                                        {"description", "Segments of the Mien run " + run.name + " (" + run.csvPath + ")"},
                                        {"time offset", 0.0},
                                        {"events", list},
                                        {"observation time interval", {0, 0}},
                                        {"independent_variables", nlohmann::ordered_json::object()},
                                        {"visualize_spectrogram", false},
                                        {"visualize_waveform", false},
                                        {"media_creation_date_as_offset", false},
                                        {"media_scan_sampling_duration", 0},
                                        {"image_display_duration", 1},
                                        {"close_behaviors_between_videos", false},
                                        {"media_info", mediaInfo},
                                        {"plot_data", plots}};
  nlohmann::ordered_json project = {{"time_format", "s"},
                                    {"project_date", now},
                                    {"project_name", run.name},
                                    {"project_description", "Exported by Mien " + std::string(MIEN_VERSION) + " from " + run.csvPath},
                                    {"project_format_version", "7.0"},
                                    {"subjects_conf", subjects},
                                    {"behaviors_conf", ethogram},
                                    {"observations", {{run.name, observation}}},
                                    {"behavioral_categories", nlohmann::ordered_json::array()},
                                    {"behavioral_categories_config", nlohmann::ordered_json::object()},
                                    {"independent_variables", nlohmann::ordered_json::object()},
                                    {"coding_map", nlohmann::ordered_json::object()},
                                    {"behaviors_coding_map", nlohmann::ordered_json::array()},
                                    {"converters", nlohmann::ordered_json::object()}};
  return project.dump(1) + "\n";
}

namespace {

// The columns of BORIS's own tabular events export (export_observation.py, export_events_tabular), one media file.
std::string borisTabular(const ExportContext& c) {
  const auto& run = c.run;
  const std::string media = mediaPath(c), now = isoNowUtc().substr(0, 19);
  const double duration = run.endTime() - run.startTime();
  const double fps = run.frames.size() > 1 && duration > 0 ? static_cast<double>(run.frames.size()) / duration : 0.0;
  std::string t = "Observation id\tObservation date\tDescription\tObservation duration\tObservation type\tSource\t"
                  "Time offset (s)\tMedia duration (s)\tFPS\tSubject\tBehavior\tBehavioral category\tBehavior type\tTime\t"
                  "Media file name\tImage index\tImage file path\tComment\tFrame index\n";
  for (const auto& e : events(c))
    t += run.name + "\t" + now + "\tMien segments\t" + fixedNumber(duration, 3) + "\tMedia file(s)\tplayer #1:" + media + "\t0.000\t" +
         fixedNumber(run.endTime(), 3) + "\t" + fixedNumber(fps, 3) + "\t" + e.subject + "\t" + e.code + "\t\t" + (e.stop ? "STOP" : "START") +
         "\t" + fixedNumber(e.time, 3) + "\t" + media + "\tNA\tNA\t\t" + std::to_string(e.frame) + "\n";
  return t;
}

}  // namespace

std::vector<ExportFile> borisFiles(const ExportContext& c) {
  std::vector<ExportFile> files{{safeFileName(c.run.name) + ".boris", borisProject(c)},
                                {safeFileName(c.run.name) + ".boris.tsv", borisTabular(c)}};
  for (const auto& p : c.run.participants) files.push_back({plotFileName(c.run, p.name), timeSeriesCsv(c.run, p)});
  return files;
}

}  // namespace mien
