// Means over valid frames only: frames flagged not valid say nothing about the resting face.
#include "io/baseline.h"

#include <cstdlib>

#include "common/errors.h"
#include "io/csv_timeline_writer.h"
#include "io/export_text.h"

namespace mien {

namespace {

double parseSeconds(const std::string& text, const std::string& argument) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(v >= 0) || v > 1e7)
    throw ModelError("--baseline '" + argument + "' is not START-END in seconds (e.g. 0-5, or P01=0-5 for one participant).");
  return v;
}

}  // namespace

void addBaselineArgument(BaselineRequest& request, const std::string& argument) {
  std::string participant, range = argument;
  if (const auto eq = argument.rfind('='); eq != std::string::npos) {
    participant = argument.substr(0, eq);
    range = argument.substr(eq + 1);
    if (participant.empty()) throw ModelError("--baseline '" + argument + "' names no participant before '='.");
  }
  const auto dash = range.find('-');
  if (dash == std::string::npos)
    throw ModelError("--baseline '" + argument + "' is not START-END in seconds (e.g. 0-5, or P01=0-5 for one participant).");
  BaselineInterval interval{parseSeconds(range.substr(0, dash), argument), parseSeconds(range.substr(dash + 1), argument)};
  if (interval.end <= interval.start)
    throw ModelError("--baseline '" + argument + "' ends before it starts; give START-END with END after START.");
  if (participant.empty()) {
    if (request.all) throw ModelError("--baseline is given twice for all participants; give it once, or once per participant as P=START-END.");
    request.all = interval;
  } else {
    if (request.perParticipant.count(participant)) throw ModelError("--baseline is given twice for participant '" + participant + "'.");
    request.perParticipant[participant] = interval;
  }
}

std::vector<ParticipantBaseline> computeBaselines(const RunTimeline& run, const BaselineRequest& request) {
  for (const auto& [name, interval] : request.perParticipant)
    if (!run.participant(name)) {
      std::string known;
      for (const auto& p : run.participants) known += (known.empty() ? "" : ", ") + p.name;
      throw ModelError("--baseline names participant '" + name + "', who is not in '" + run.csvPath + "' (participants: " + known + ").");
    }
  std::vector<ParticipantBaseline> out;
  for (const auto& track : run.participants) {
    const auto own = request.perParticipant.find(track.name);
    if (own == request.perParticipant.end() && !request.all) continue;
    ParticipantBaseline b{track.name, own != request.perParticipant.end() ? own->second : *request.all, 0,
                          std::vector<double>(run.classes.size() + run.dimensions.size(), 0.0)};
    for (const auto& f : track.frames) {
      if (!f.valid || f.time < b.interval.start || f.time >= b.interval.end) continue;
      ++b.frames;
      const auto values = f.measures();
      for (std::size_t m = 0; m < b.means.size(); ++m) b.means[m] += values[m];
    }
    if (b.frames == 0)
      throw ModelError("The baseline " + fixedNumber(b.interval.start, 3) + "-" + fixedNumber(b.interval.end, 3) + " s holds no valid frame of participant '" +
                       track.name + "' in '" + run.csvPath + "'; choose an interval where the face is seen.");
    for (auto& m : b.means) m /= static_cast<double>(b.frames);
    out.push_back(std::move(b));
  }
  return out;
}

std::string baselineCsv(const RunTimeline& run, const std::vector<ParticipantBaseline>& baselines, bool longLayout) {
  const auto names = run.measureNames();
  std::string t = "frame,timestamp_s,participant,valid";
  if (longLayout) {
    t += ",class,probability,baseline,corrected\n";
  } else {
    for (std::size_t m = 0; m < names.size(); ++m) t += "," + csvField(run.measureColumn(m));
    for (const char* prefix : {"baseline_", "corrected_"})
      for (const auto& name : names) t += "," + csvField(prefix + name);
    t += "\n";
  }
  for (const auto& b : baselines) {
    const auto* track = run.participant(b.participant);
    for (const auto& f : track->frames) {
      const std::string prefix = std::to_string(f.frame) + "," + fixedNumber(f.time) + "," +
                                 csvField(b.participant) + "," + (f.valid ? "1" : "0");
      const auto values = f.measures();
      if (longLayout) {
        for (std::size_t m = 0; m < names.size(); ++m)
          t += prefix + "," + csvField(names[m]) + "," + fixedNumber(values[m]) + "," + fixedNumber(b.means[m]) + "," +
               fixedNumber(values[m] - b.means[m]) + "\n";
        continue;
      }
      t += prefix;
      for (double v : values) t += "," + fixedNumber(v);
      for (double m : b.means) t += "," + fixedNumber(m);
      for (std::size_t m = 0; m < names.size(); ++m) t += "," + fixedNumber(values[m] - b.means[m]);
      t += "\n";
    }
  }
  return t;
}

}  // namespace mien
