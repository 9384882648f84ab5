// Names are checked when the file is read, merges when frames are written: only the frames know which ids meet.
#include "io/participant_map.h"

#include <filesystem>

#include "common/errors.h"
#include "common/text_file.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

bool wholeNumber(const std::string& text) {
  if (text.empty() || text.size() > 15) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

// Unnamed tracks are called face_<id> in exports; a name of that form would silently merge with one.
bool looksLikeUnnamedTrack(const std::string& name) { return name.rfind("face_", 0) == 0 && wholeNumber(name.substr(5)); }

}  // namespace

ParticipantMap ParticipantMap::parse(const std::string& text, const std::string& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Participants file '" + source + "' is not valid JSON; write an object of track ids to names, such as {\"1\": \"P01\", \"3\": null}.");
  }
  if (!j.is_object())
    throw ModelError("Participants file '" + source + "' must hold one JSON object of track ids to names, such as {\"1\": \"P01\", \"3\": null}.");
  ParticipantMap map;
  map.source_ = source;
  for (const auto& [key, value] : j.items()) {
    if (!wholeNumber(key) || std::stoll(key) < 1)
      throw ModelError("Participants file '" + source + "' has the key '" + key + "', which is not a track id; use the face_id numbers of the run's CSV (1, 2, ...).");
    const std::int64_t id = std::stoll(key);
    if (value.is_null()) {
      map.names_[id] = std::nullopt;
      continue;
    }
    if (!value.is_string() || value.get<std::string>().empty())
      throw ModelError("Participants file '" + source + "' gives track " + key + " something other than a name; give a name in quotes, or null to drop the track.");
    const std::string name = value.get<std::string>();
    for (char c : name)
      if (static_cast<unsigned char>(c) < 0x20)
        throw ModelError("Participants file '" + source + "' gives track " + key + " a name with a line break or control character; use a plain name.");
    if (looksLikeUnnamedTrack(name))
      throw ModelError("Participants file '" + source + "' names track " + key + " '" + name + "', the name exports give unnamed tracks; choose another name.");
    map.names_[id] = name;
  }
  return map;
}

ParticipantMap ParticipantMap::read(const std::string& path) { return parse(readWholeFile(path, "participants file"), path); }

ParticipantMap ParticipantMap::fromNames(const std::map<std::int64_t, std::optional<std::string>>& names, const std::string& source) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [id, name] : names) j[std::to_string(id)] = name ? nlohmann::json(*name) : nlohmann::json(nullptr);
  return parse(j.dump(), source);
}

bool ParticipantMap::drops(std::int64_t id) const {
  const auto it = names_.find(id);
  return it != names_.end() && !it->second;
}

std::string ParticipantMap::nameOf(std::int64_t id) const {
  const auto it = names_.find(id);
  return it != names_.end() && it->second ? *it->second : std::string();
}

nlohmann::json ParticipantMap::toJson() const {
  if (names_.empty()) return nullptr;
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [id, name] : names_) j[std::to_string(id)] = name ? nlohmann::json(*name) : nlohmann::json(nullptr);
  return j;
}

void ParticipantMap::requireDistinct(std::int64_t frame, const std::vector<std::int64_t>& ids) const {
  for (std::size_t a = 0; a < ids.size(); ++a) {
    const std::string name = nameOf(ids[a]);
    if (name.empty()) continue;
    for (std::size_t b = a + 1; b < ids.size(); ++b)
      if (nameOf(ids[b]) == name)
        throw ModelError("Participants file '" + source_ + "' makes tracks " + std::to_string(ids[a]) + " and " +
                         std::to_string(ids[b]) + " both '" + name + "', but both are seen on frame " + std::to_string(frame) +
                         ", so they are two people; give them different names.");
  }
}

std::string participantsFileName(const std::string& name) { return name + ".participants.json"; }

ParticipantMap participantMapFor(const std::string& name, const std::string& given, const std::string& besideDir) {
  std::error_code ec;
  if (!given.empty()) {
    if (fs::is_directory(given, ec)) {
      const fs::path file = fs::path(given) / participantsFileName(name);
      return fs::exists(file, ec) ? ParticipantMap::read(file.string()) : ParticipantMap();
    }
    if (!fs::exists(given, ec))
      throw ModelError("Participants file '" + given + "' does not exist; give a JSON file of track ids to names, or a folder of NAME.participants.json files.");
    return ParticipantMap::read(given);
  }
  if (besideDir.empty()) return {};
  const fs::path beside = fs::path(besideDir) / participantsFileName(name);
  return fs::exists(beside, ec) ? ParticipantMap::read(beside.string()) : ParticipantMap();
}

}  // namespace mien
