// Reads both layouts by column name; the long layout repeats a face once per class, so rows are counted per
// (frame, face) pair.
#include "io/run_tracks.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <opencv2/imgproc.hpp>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "io/csv_reader.h"
#include "media/image_file.h"
#include "media/video_file_source.h"

namespace mien {

void RunTracks::requireDistinct(const ParticipantMap& participants) const {
  for (const auto& [frame, ids] : idsByFrame) participants.requireDistinct(frame, ids);
}

RunTracks readRunTracks(const std::string& csvPath) {
  const CsvTable t = readCsvFile(csvPath, "run timeline");
  constexpr const char* kPurpose = "listing a run's face tracks";
  const std::size_t frameCol = t.requireColumn("frame", kPurpose), timeCol = t.requireColumn("timestamp_s", kPurpose),
                    faceCol = t.requireColumn("face_id", kPurpose);
  const auto participantCol = t.column("participant"), fileCol = t.column("file");
  const auto wCol = t.column("w"), hCol = t.column("h"), xCol = t.column("x"), yCol = t.column("y");
  RunTracks run;
  run.csvPath = csvPath;
  std::map<std::int64_t, std::size_t> index;
  std::int64_t currentFrame = -1;
  std::vector<std::int64_t> idsHere;
  auto closeFrame = [&] {
    if (idsHere.size() > 1) run.idsByFrame.emplace_back(currentFrame, idsHere);
    idsHere.clear();
  };
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto frameNumber = csvNumber(t, r, frameCol);
    if (!frameNumber || *frameNumber < 0 || std::floor(*frameNumber) != *frameNumber)
      throw ModelError("Line " + std::to_string(t.lines[r]) + " of '" + csvPath + "' has no whole frame number.");
    const auto frame = static_cast<std::int64_t>(*frameNumber);
    if (frame != currentFrame) {
      closeFrame();
      currentFrame = frame;
    }
    const auto face = csvNumber(t, r, faceCol);
    if (!face) continue;  // a frame without faces
    const auto id = static_cast<std::int64_t>(*face);
    if (std::find(idsHere.begin(), idsHere.end(), id) != idsHere.end()) continue;  // the long layout's next class row
    idsHere.push_back(id);
    const auto time = csvNumber(t, r, timeCol);
    auto [it, added] = index.emplace(id, run.tracks.size());
    if (added) {
      RunTrack track;
      track.id = id;
      track.firstFrame = frame;
      track.firstTime = time;
      track.bestFrame = frame;
      track.bestTime = time;
      run.tracks.push_back(track);
    }
    RunTrack& track = run.tracks[it->second];
    ++track.frames;
    track.lastFrame = frame;
    track.lastTime = time;
    if (participantCol && !t.rows[r][*participantCol].empty()) track.participant = t.rows[r][*participantCol];
    if (wCol && hCol && xCol && yCol) {
      const double w = csvNumber(t, r, *wCol).value_or(0), h = csvNumber(t, r, *hCol).value_or(0);
      if (added || w * h > track.boxWidth * track.boxHeight) {
        track.bestFrame = frame;
        track.bestTime = time;
        track.bestFile = fileCol ? t.rows[r][*fileCol] : std::string();
        track.boxX = csvNumber(t, r, *xCol).value_or(0);
        track.boxY = csvNumber(t, r, *yCol).value_or(0);
        track.boxWidth = w;
        track.boxHeight = h;
      }
    }
  }
  closeFrame();
  if (t.rows.empty()) throw ModelError("'" + csvPath + "' has a header but no rows; the run analysed no frames.");
  return run;
}

cv::Mat trackThumbnail(const std::string& recording, const RunTrack& track, int size) {
  if (track.boxWidth <= 0 || track.boxHeight <= 0) return {};
  cv::Mat frame;
  try {
    if (!track.bestFile.empty()) {
      frame = readBgrImage(track.bestFile);
    } else if (track.bestTime) {
      // The keyframe seek lands at or before the time; decode on to the frame itself.
      auto source = openVideoFileAt(recording, *track.bestTime);
      Frame f;
      for (int guard = 0; guard < 1000 && source->next(f); ++guard) {
        frame = f.bgr;
        if (f.timestamp >= *track.bestTime - 1e-4) break;
      }
    }
  } catch (const std::exception&) {
    return {};  // a moved or unreadable recording: the list still works without faces
  }
  if (frame.empty()) return {};
  const double side = std::max(track.boxWidth, track.boxHeight) * 1.2;
  const double cx = track.boxX + track.boxWidth / 2, cy = track.boxY + track.boxHeight / 2;
  const cv::Rect wanted(static_cast<int>(cx - side / 2), static_cast<int>(cy - side / 2), static_cast<int>(side), static_cast<int>(side));
  const cv::Rect inside = wanted & cv::Rect(0, 0, frame.cols, frame.rows);
  if (inside.area() <= 0) return {};
  cv::Mat thumbnail;
  cv::resize(frame(inside), thumbnail, cv::Size(size, size), 0, 0, cv::INTER_AREA);
  return thumbnail;
}

void writeParticipantsFile(const std::string& path, const ParticipantMap& participants) {
  AtomicFileWriter out(path);
  const auto json = participants.toJson();
  out.write((json.is_null() ? nlohmann::json::object() : json).dump(2) + "\n");
  out.commit();
}

}  // namespace mien
