// Who is who: a mapping from a run's track ids to participant names, read from `NAME.participants.json`
// ({"1": "P01", "3": "P02", "7": "P02", "9": null}): several ids may share a name (a merge), null drops a track
// (a face on a poster), ids not named stay unnamed. Ids are per input, so each input has its own file.
#pragma once
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mien {

class ParticipantMap {
 public:
  ParticipantMap() = default;
  // Throws ModelError naming `source` for anything but an object of track ids to names or null.
  static ParticipantMap parse(const std::string& text, const std::string& source);
  static ParticipantMap read(const std::string& path);
  // From names given in memory (the GUI's identity panel), checked as a file's are; `source` names it in messages.
  static ParticipantMap fromNames(const std::map<std::int64_t, std::optional<std::string>>& names, const std::string& source);

  bool empty() const { return names_.empty(); }
  const std::string& source() const { return source_; }
  bool drops(std::int64_t id) const;
  std::string nameOf(std::int64_t id) const;  // "" when unnamed (or dropped)
  nlohmann::json toJson() const;              // the mapping as the file has it; null when empty

  // Throws ModelError naming the frame when two of `ids` (the faces of one frame) would become one participant.
  void requireDistinct(std::int64_t frame, const std::vector<std::int64_t>& ids) const;

 private:
  std::string source_;
  std::map<std::int64_t, std::optional<std::string>> names_;
};

// `NAME.participants.json` for a CSV or input named NAME.
std::string participantsFileName(const std::string& name);
// The map for the run NAME: `given` is a file (its map) or a folder (its NAME.participants.json, if there);
// empty `given`: `besideDir`/NAME.participants.json, if there. Throws ModelError for a file that cannot be used.
ParticipantMap participantMapFor(const std::string& name, const std::string& given, const std::string& besideDir = {});

}  // namespace mien
