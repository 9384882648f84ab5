// The face tracks of a run's CSV, as the GUI's identity panel lists them: per track id how often and when it was
// seen, its largest box (where a thumbnail can be cut from), its participant name, and which ids met on a frame.
#pragma once
#include <cstdint>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

#include "io/participant_map.h"

namespace mien {

struct RunTrack {
  std::int64_t id = 0;
  std::size_t frames = 0;
  std::int64_t firstFrame = 0, lastFrame = 0;
  std::optional<double> firstTime, lastTime;  // presentation times (s); none for image folders
  std::string participant;                    // the CSV's `participant` column where it names the track
  // The frame where the track's box was largest (wide CSVs): frame index, time, image file (image folders) and box.
  std::int64_t bestFrame = 0;
  std::optional<double> bestTime;
  std::string bestFile;
  double boxX = 0, boxY = 0, boxWidth = 0, boxHeight = 0;
};

struct RunTracks {
  std::string csvPath;
  std::vector<RunTrack> tracks;  // in order of first appearance
  std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> idsByFrame;  // frames with two or more faces

  // Throws ModelError naming the frame when `participants` makes two ids seen together one participant.
  void requireDistinct(const ParticipantMap& participants) const;
};

// Throws ModelError naming the file and line for a CSV that is not a Mien timeline.
RunTracks readRunTracks(const std::string& csvPath);

// The track's face at its largest, cut from `recording` (the video or, for image folders, the frame's file) and
// scaled to `size` x `size` pixels, in memory only: thumbnails identify people and go to disk only when asked.
// Empty when the recording cannot be read or the CSV has no boxes (long layout).
cv::Mat trackThumbnail(const std::string& recording, const RunTrack& track, int size);

// Writes `participants` as `path` atomically (the .participants.json format); throws std::runtime_error.
void writeParticipantsFile(const std::string& path, const ParticipantMap& participants);

}  // namespace mien
