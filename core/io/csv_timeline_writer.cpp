// CSV rows for frames and faces; numbers in fixed formats so that reruns are byte-identical.
#include "io/csv_timeline_writer.h"

#include "common/write_failure.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <unistd.h>

namespace mien {
namespace {

// Rows written so far stay in the .part file, so the advice ends in --resume.
std::runtime_error writeError(const std::string& path, int err) {
  return std::runtime_error("Cannot write '" + path + "': " + writeFailureReason(err) +
                            ". Rows up to the last flushed frame are kept in '" + path + ".part'; " +
                            writeFailureAdvice(err) + ", then run again with --resume.");
}

std::runtime_error openError(const std::string& partPath, int err) {
  return std::runtime_error("Cannot write '" + partPath + "': " + writeFailureReason(err) + "; " +
                            writeFailureAdvice(err) + " (-o), then run again.");
}

std::string fixed(double v, int decimals) { return csvFixed(v, decimals); }

}  // namespace

const char* const kQualityColumns = "face_size_px,sharpness,yaw_deg,pitch_deg,roll_deg,valid";

std::size_t wideColumnsAfterFaceId(std::size_t classes) { return 1 + 15 + 6 + classes + 2; }

std::string csvFixed(double v, int decimals) {
  if (std::isnan(v)) return {};
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, v);
  return text;
}

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string CsvTimelineWriter::header(const std::vector<std::string>& classes, const CsvTimelineOptions& o) {
  std::string h = "frame,timestamp_s";
  if (o.fileColumn) h += ",file";
  h += ",face_id,participant";
  const std::string window = o.windowColumn ? ",window_frames" : "";
  if (o.layout == CsvLayout::Long) return h + ",valid,class,probability" + window + "\n";
  h += ",score,x,y,w,h,right_eye_x,right_eye_y,left_eye_x,left_eye_y,nose_x,nose_y,mouth_right_x,mouth_right_y,"
       "mouth_left_x,mouth_left_y,";
  h += kQualityColumns;
  for (const auto& c : classes) h += "," + csvField("p_" + c);
  for (const auto& d : o.dimensions) h += "," + csvField("d_" + d);
  return h + ",top_label,top_probability" + window + "\n";
}

CsvTimelineWriter::CsvTimelineWriter(std::string path, std::vector<std::string> classes, CsvTimelineOptions options,
                                     std::uint64_t resumeBytes)
    : path_(std::move(path)), classes_(std::move(classes)), options_(options) {
  const std::string part = partPath();
  if (resumeBytes > 0) {
    if (::truncate(part.c_str(), static_cast<off_t>(resumeBytes)) != 0) throw openError(part, errno);
    file_ = std::fopen(part.c_str(), "ab");
    size_ = resumeBytes;
  } else {
    file_ = std::fopen(part.c_str(), "wb");
  }
  if (!file_) throw openError(part, errno);
  if (resumeBytes == 0) buffer_ = header(classes_, options_);
}

CsvTimelineWriter::~CsvTimelineWriter() {
  if (file_) std::fclose(file_);
}

void CsvTimelineWriter::add(const FrameResult& f) {
  std::string prefix = std::to_string(f.frameIndex) + "," + (f.hasTimestamp ? fixed(f.timestamp, 6) : "");
  if (options_.fileColumn) prefix += "," + csvField(f.name);
  const ParticipantMap& names = options_.participants;
  std::vector<const FaceResult*> kept;
  std::vector<std::int64_t> ids;
  for (const auto& face : f.faces)
    if (!names.drops(face.trackId)) {
      kept.push_back(&face);
      ids.push_back(face.trackId);
    }
  names.requireDistinct(f.frameIndex, ids);
  const std::size_t windowColumns = options_.windowColumn ? 1 : 0;
  if (kept.empty()) {
    const std::size_t emptyColumns =
        (options_.layout == CsvLayout::Long ? 4 : wideColumnsAfterFaceId(classes_.size()) + options_.dimensions.size()) + windowColumns;
    buffer_ += prefix + "," + std::string(emptyColumns, ',') + "\n";
    return;
  }
  for (const FaceResult* shown : kept) {
    const FaceResult& face = *shown;
    const std::string valid = face.quality.valid ? "1" : "0";
    const std::string id = prefix + "," + std::to_string(face.trackId) + "," + csvField(names.nameOf(face.trackId));
    const std::string end = (options_.windowColumn ? "," + std::to_string(face.windowFrames) : std::string()) + "\n";
    if (options_.layout == CsvLayout::Long) {
      for (std::size_t c = 0; c < classes_.size(); ++c)
        buffer_ += id + "," + valid + "," + csvField(classes_[c]) + "," + fixed(face.probabilities[c], 6) + end;
      for (std::size_t d = 0; d < options_.dimensions.size(); ++d)
        buffer_ += id + "," + valid + "," + csvField("d_" + options_.dimensions[d]) + "," + fixed(face.dimensions[d], 6) + end;
      continue;
    }
    const auto& d = face.detection;
    const auto& q = face.quality;
    std::string row = id + "," + fixed(d.score, 4) + "," + fixed(d.x, 2) + "," + fixed(d.y, 2) + "," +
                      fixed(d.width, 2) + "," + fixed(d.height, 2);
    for (const auto& p : d.landmarks) row += "," + fixed(p.x, 2) + "," + fixed(p.y, 2);
    row += "," + fixed(q.sizePx, 2) + "," + fixed(q.sharpness, 2) + "," + fixed(q.pose.yaw, 2) + "," + fixed(q.pose.pitch, 2) +
           "," + fixed(q.pose.roll, 2) + "," + valid;
    for (float p : face.probabilities) row += "," + fixed(p, 6);
    for (float s : face.dimensions) row += "," + fixed(s, 6);
    row += "," + csvField(classes_[face.top]) + "," + fixed(face.probabilities[face.top], 6) + end;
    buffer_ += row;
  }
}

std::uint64_t CsvTimelineWriter::flush() {
  if (!buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) throw writeError(path_, errno ? errno : EIO);
    size_ += buffer_.size();
    buffer_.clear();
  }
  if (std::fflush(file_) != 0 || ::fdatasync(fileno(file_)) != 0) throw writeError(path_, errno);
  return size_;
}

void CsvTimelineWriter::finish() {
  flush();
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) throw writeError(path_, errno);
  if (std::rename(partPath().c_str(), path_.c_str()) != 0) throw writeError(path_, errno);
  finished_ = true;
}

}  // namespace mien
