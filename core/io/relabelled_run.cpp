// Rows are rewritten field by field in the file's own text, so numbers keep their bytes; a frame whose every
// face is dropped keeps one row without a face, as annotate writes a frame without faces.
#include "io/relabelled_run.h"

#include <set>

#include "common/errors.h"
#include "io/csv_timeline_writer.h"

namespace mien {
namespace {

constexpr const char* kPurpose = "writing a run again";

std::string joined(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + csvField(fields[i]);
  return line + "\n";
}

struct QualityColumns {
  std::size_t score, size, sharpness, yaw, pitch, roll;
};

std::optional<QualityColumns> qualityColumns(const CsvTable& t) {
  const auto score = t.column("score"), size = t.column("face_size_px"), sharpness = t.column("sharpness"),
             yaw = t.column("yaw_deg"), pitch = t.column("pitch_deg"), roll = t.column("roll_deg");
  if (!score || !size || !sharpness || !yaw || !pitch || !roll) return std::nullopt;
  return QualityColumns{*score, *size, *sharpness, *yaw, *pitch, *roll};
}

bool validRow(const CsvTable& t, std::size_t r, const QualityColumns& c, const QualityThresholds& thresholds) {
  FaceQuality q;
  auto number = [&](std::size_t column) { return csvNumber(t, r, column).value_or(std::nan("")); };
  q.sizePx = number(c.size);
  q.sharpness = number(c.sharpness);
  q.pose = {number(c.yaw), number(c.pitch), number(c.roll)};
  return thresholds.passes(q, number(c.score));
}

}  // namespace

std::string relabelledRunCsv(const CsvTable& t, const ParticipantMap& participants, const std::optional<QualityThresholds>& thresholds) {
  const std::size_t frameCol = t.requireColumn("frame", kPurpose), faceCol = t.requireColumn("face_id", kPurpose);
  std::vector<std::string> header = t.header;
  const auto existing = t.column("participant");
  const std::size_t participantCol = existing ? *existing : faceCol + 1;
  if (!existing) header.insert(header.begin() + static_cast<std::ptrdiff_t>(participantCol), "participant");
  const auto validCol = t.column("valid");
  const auto quality = thresholds && validCol ? qualityColumns(t) : std::nullopt;
  // Columns that describe the frame rather than a face, kept on a frame's row without faces.
  std::set<std::string> frameColumns = {"frame", "timestamp_s", "file"};

  std::string out = joined(header);
  for (std::size_t r = 0; r < t.rows.size();) {
    std::size_t end = r;
    while (end < t.rows.size() && t.rows[end][frameCol] == t.rows[r][frameCol]) ++end;
    std::vector<std::int64_t> ids;
    std::vector<std::vector<std::string>> kept;
    for (std::size_t k = r; k < end; ++k) {
      std::vector<std::string> row = t.rows[k];
      if (!existing) row.insert(row.begin() + static_cast<std::ptrdiff_t>(participantCol), "");
      const std::string& face = t.rows[k][faceCol];
      if (!face.empty()) {
        const auto id = csvNumber(t, k, faceCol);
        const auto track = static_cast<std::int64_t>(*id);
        if (participants.drops(track)) continue;
        if (const std::string name = participants.nameOf(track); !name.empty()) row[participantCol] = name;
        if (ids.empty() || ids.back() != track) ids.push_back(track);
        if (quality) {
          const std::size_t valid = *validCol + (!existing && *validCol >= participantCol ? 1 : 0);
          row[valid] = validRow(t, k, *quality, *thresholds) ? "1" : "0";
        }
      }
      kept.push_back(std::move(row));
    }
    if (kept.empty()) {  // every face of the frame dropped
      std::vector<std::string> row(header.size());
      for (std::size_t c = 0; c < header.size(); ++c)
        if (frameColumns.count(header[c])) row[c] = t.rows[r][*t.column(header[c])];
      kept.push_back(row);
    }
    // Faces of one frame that the map makes one participant: two people under one name.
    std::set<std::int64_t> distinct(ids.begin(), ids.end());
    participants.requireDistinct(std::stoll(t.rows[r][frameCol]), std::vector<std::int64_t>(distinct.begin(), distinct.end()));
    for (const auto& row : kept) out += joined(row);
    r = end;
  }
  return out;
}

}  // namespace mien
