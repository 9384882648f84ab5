// A run's per-frame CSV read back (wide or long layout, any Mien version): per participant, the frames where
// that participant's face was seen, with presentation times, validity and class probabilities.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mien {

struct ParticipantFrame {
  std::int64_t frame = 0;  // the CSV's frame index
  double time = 0;         // presentation time (s) from the CSV, or frame / --fps for an image folder
  bool valid = true;       // false where the CSV's `valid` column says 0
  std::vector<double> probabilities;  // one per class
  std::size_t top = 0;                // index of the most probable class
  std::vector<double> dimensionScores;  // one per zero-shot dimension: the first pole's probability
  std::vector<double> measures() const;  // probabilities, then dimension scores (RunTimeline::measureNames' order)
};

struct ParticipantTrack {
  std::string name;  // the `participant` column where present, else "face_<track id>"
  std::vector<ParticipantFrame> frames;  // in time order
};

struct RunTimeline {
  std::string csvPath;
  std::string name;  // the recording's name: the CSV file name without .csv
  std::vector<std::string> classes;
  std::vector<std::string> dimensions;  // zero-shot dimensions (d_<name> columns or rows), names without d_
  std::vector<std::int64_t> frames;  // every frame the CSV has a row for, in order (with or without faces)
  std::vector<double> frameTimes;    // presentation time of each of `frames`
  std::vector<ParticipantTrack> participants;  // in order of first appearance
  bool timesFromFps = false;  // an image folder: times are frame / fps as the user gave

  // The time the frame after `frame` starts (the next row's time; the last frame lasts as long as the one before).
  double nextFrameTime(std::int64_t frame) const;
  double startTime() const { return frameTimes.empty() ? 0 : frameTimes.front(); }
  double endTime() const { return frames.empty() ? 0 : nextFrameTime(frames.back()); }
  const ParticipantTrack* participant(const std::string& name) const;
  // Classes, then dimensions as the long layout names them (d_<name>); and each one's wide column (p_<class>, d_<name>).
  std::vector<std::string> measureNames() const;
  std::string measureColumn(std::size_t measure) const;
};

// Reads `csvPath`. A CSV without presentation times (an image folder) needs `fps`; without it, throws
// ModelError saying to give --fps. Throws ModelError naming the file and line for anything malformed.
RunTimeline readRunTimeline(const std::string& csvPath, std::optional<double> fps = std::nullopt);
// The same from the CSV's text; `csvPath` names it in messages and gives the run its name.
RunTimeline parseRunTimeline(const std::string& text, const std::string& csvPath, std::optional<double> fps = std::nullopt);

}  // namespace mien
