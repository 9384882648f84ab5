// The per-frame CSV timeline, wide (one row per face per frame) or long (one row per face, frame and class),
// written crash-safely: rows go to "<path>.part" in whole frames, flushed in bounded batches, renamed at the end.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "io/participant_map.h"
#include "vision/frame_result.h"

namespace mien {

enum class CsvLayout { Wide, Long };

struct CsvTimelineOptions {
  CsvLayout layout = CsvLayout::Wide;
  bool fileColumn = false;  // image folders: the image each row comes from
  std::vector<std::string> dimensions;  // zero-shot dimensions: d_<name> columns (long layout: rows)
  bool windowColumn = false;            // --window: how many frames each face's labels were averaged over
  ParticipantMap participants;  // names the `participant` column; drops the rows of tracks mapped to null
};

class CsvTimelineWriter {
 public:
  // `resumeBytes` > 0 continues an existing .part file, cut back to that many bytes (a killed run's last
  // recorded flush). Throws std::runtime_error naming the file.
  CsvTimelineWriter(std::string path, std::vector<std::string> classes, CsvTimelineOptions options,
                    std::uint64_t resumeBytes = 0);
  ~CsvTimelineWriter();  // leaves the .part file for --resume unless finish() ran

  static std::string header(const std::vector<std::string>& classes, const CsvTimelineOptions& options);

  // Buffered in memory. Throws ModelError when the participants map would make two faces of the frame one person.
  void add(const FrameResult& frame);
  std::uint64_t flush();               // writes the buffer, fsync; returns the .part file's size
  void finish();                       // flush, rename into place
  std::string partPath() const { return path_ + ".part"; }

 private:
  std::string path_;
  std::vector<std::string> classes_;
  CsvTimelineOptions options_;
  std::string buffer_;
  std::FILE* file_ = nullptr;
  std::uint64_t size_ = 0;
  bool finished_ = false;
};

std::string csvField(const std::string& text);  // quoted when it holds a comma, quote or newline
std::string csvFixed(double value, int decimals);  // "" for NaN
// The quality columns of the wide layout, in order, and how many columns a row has after `face_id`.
extern const char* const kQualityColumns;
std::size_t wideColumnsAfterFaceId(std::size_t classes);

}  // namespace mien
