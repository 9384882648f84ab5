// Reads both CSV layouts by column name, so CSVs of earlier Mien versions (and ones with extra columns such as
// `participant` or `valid`) read the same way.
#include "io/run_timeline.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include "common/errors.h"
#include "common/text_file.h"
#include "io/csv_reader.h"

namespace mien {

namespace {

constexpr const char* kPurpose = "reading a run's timeline";

bool validFlag(const std::string& text) { return !(text == "0" || text == "false" || text == "False" || text == "no"); }

struct Builder {
  std::map<std::string, std::size_t> index;
  RunTimeline& run;
  ParticipantTrack& track(const std::string& name) {
    auto it = index.find(name);
    if (it != index.end()) return run.participants[it->second];
    index[name] = run.participants.size();
    run.participants.push_back({name, {}});
    return run.participants.back();
  }
};

}  // namespace

double RunTimeline::nextFrameTime(std::int64_t frame) const {
  const auto it = std::upper_bound(frames.begin(), frames.end(), frame);
  if (it != frames.end()) return frameTimes[static_cast<std::size_t>(it - frames.begin())];
  const std::size_t n = frameTimes.size();
  if (n >= 2) return frameTimes[n - 1] + (frameTimes[n - 1] - frameTimes[n - 2]);
  return n == 1 ? frameTimes[0] : 0;
}

const ParticipantTrack* RunTimeline::participant(const std::string& name) const {
  for (const auto& p : participants)
    if (p.name == name) return &p;
  return nullptr;
}

std::vector<double> ParticipantFrame::measures() const {
  std::vector<double> m = probabilities;
  m.insert(m.end(), dimensionScores.begin(), dimensionScores.end());
  return m;
}

std::vector<std::string> RunTimeline::measureNames() const {
  std::vector<std::string> names = classes;
  for (const auto& d : dimensions) names.push_back("d_" + d);
  return names;
}

std::string RunTimeline::measureColumn(std::size_t measure) const {
  return measure < classes.size() ? "p_" + classes[measure] : "d_" + dimensions[measure - classes.size()];
}

RunTimeline readRunTimeline(const std::string& csvPath, std::optional<double> fps) {
  return parseRunTimeline(readWholeFile(csvPath, "run timeline"), csvPath, fps);
}

RunTimeline parseRunTimeline(const std::string& text, const std::string& csvPath, std::optional<double> fps) {
  const CsvTable t = parseCsv(text, csvPath);
  RunTimeline run;
  run.csvPath = csvPath;
  run.name = std::filesystem::path(csvPath).stem().string();
  const std::size_t frameCol = t.requireColumn("frame", kPurpose), timeCol = t.requireColumn("timestamp_s", kPurpose),
                    faceCol = t.requireColumn("face_id", kPurpose);
  const auto participantCol = t.column("participant"), validCol = t.column("valid");
  const auto classCol = t.column("class"), probabilityCol = t.column("probability");
  const bool longLayout = classCol && probabilityCol;
  std::vector<std::size_t> probabilityCols, dimensionCols;
  if (!longLayout) {
    for (std::size_t c = 0; c < t.header.size(); ++c)
      if (t.header[c].rfind("p_", 0) == 0) {
        run.classes.push_back(t.header[c].substr(2));
        probabilityCols.push_back(c);
      } else if (t.header[c].rfind("d_", 0) == 0) {
        run.dimensions.push_back(t.header[c].substr(2));
        dimensionCols.push_back(c);
      }
    if (run.classes.empty())
      throw ModelError("'" + csvPath + "' has neither p_<class> columns (wide layout) nor class and probability columns (long layout); is it a Mien timeline?");
  }
  auto timeOf = [&](std::size_t row, std::int64_t frame) {
    const auto time = csvNumber(t, row, timeCol);
    if (time) return *time;
    if (!fps)
      throw ModelError("'" + csvPath + "' has no presentation times (it comes from an image folder); give the frame rate the sequence was recorded at (mien-cli: --fps F).");
    run.timesFromFps = true;
    return static_cast<double>(frame) / *fps;
  };

  Builder builder{{}, run};
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto frameNumber = csvNumber(t, r, frameCol);
    if (!frameNumber || *frameNumber < 0 || *frameNumber > 1e15 || std::floor(*frameNumber) != *frameNumber)
      throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' has no whole frame number.");
    const auto frame = static_cast<std::int64_t>(*frameNumber);
    const double time = timeOf(r, frame);
    if (run.frames.empty() || run.frames.back() != frame) {
      if (!run.frames.empty() && (frame < run.frames.back() || time < run.frameTimes.back()))
        throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' goes back in frame or time; rows must be in frame order as Mien writes them.");
      run.frames.push_back(frame);
      run.frameTimes.push_back(time);
    }
    const std::string& face = t.rows[r][faceCol];
    if (face.empty()) continue;  // a frame without faces
    std::string name = participantCol && !t.rows[r][*participantCol].empty() ? t.rows[r][*participantCol] : "face_" + face;
    const bool valid = !validCol || validFlag(t.rows[r][*validCol]);
    auto& track = builder.track(name);
    if (!longLayout) {
      ParticipantFrame f{frame, time, valid, {}, 0, {}};
      for (std::size_t c : probabilityCols) {
        const auto p = csvNumber(t, r, c);
        if (!p) throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' has a face without the probability '" + t.header[c] + "'.");
        f.probabilities.push_back(*p);
      }
      for (std::size_t c : dimensionCols) {
        const auto d = csvNumber(t, r, c);
        if (!d) throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' has a face without the dimension score '" + t.header[c] + "'.");
        f.dimensionScores.push_back(*d);
      }
      if (!track.frames.empty() && track.frames.back().frame == frame)
        throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' gives participant '" + name + "' a second face on frame " + std::to_string(frame) + "; map the two track ids to different participants.");
      track.frames.push_back(std::move(f));
      continue;
    }
    // Long layout: one row per class; classes are learnt from the first face's rows in order.
    // A zero-shot dimension's rows have `class` d_<name>, the score in `probability`.
    const std::string& cls = t.rows[r][*classCol];
    const bool dimension = cls.rfind("d_", 0) == 0;
    auto& names = dimension ? run.dimensions : run.classes;
    const std::string measure = dimension ? cls.substr(2) : cls;
    auto c = std::find(names.begin(), names.end(), measure);
    if (c == names.end()) {
      names.push_back(measure);
      c = names.end() - 1;
    }
    const auto p = csvNumber(t, r, *probabilityCol);
    if (!p) throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' has a face without a probability.");
    if (track.frames.empty() || track.frames.back().frame != frame) track.frames.push_back({frame, time, valid, {}, 0, {}});
    auto& values = dimension ? track.frames.back().dimensionScores : track.frames.back().probabilities;
    const auto ci = static_cast<std::size_t>(c - names.begin());
    if (values.size() <= ci) values.resize(ci + 1, std::nan(""));
    values[ci] = *p;
  }
  for (auto& track : run.participants)
    for (auto& f : track.frames) {
      if (f.probabilities.size() != run.classes.size() ||
          std::any_of(f.probabilities.begin(), f.probabilities.end(), [](double v) { return std::isnan(v); }))
        throw ModelError("'" + csvPath + "' lacks some class probabilities for participant '" + track.name + "' on frame " + std::to_string(f.frame) + "; the file seems cut or edited.");
      if (f.dimensionScores.size() != run.dimensions.size() ||
          std::any_of(f.dimensionScores.begin(), f.dimensionScores.end(), [](double v) { return std::isnan(v); }))
        throw ModelError("'" + csvPath + "' lacks some dimension scores for participant '" + track.name + "' on frame " + std::to_string(f.frame) + "; the file seems cut or edited.");
      f.top = static_cast<std::size_t>(std::max_element(f.probabilities.begin(), f.probabilities.end()) - f.probabilities.begin());
    }
  if (run.frames.empty()) throw ModelError("'" + csvPath + "' has a header but no rows; the run analysed no frames.");
  return run;
}

}  // namespace mien
