// Strict on layout and lists, so a wrong --root or prompt set is caught at the first line, not after hours.
#include "train/labelled_clips.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <sstream>

#include "common/errors.h"
#include "common/option_range.h"
#include "common/text_file.h"
#include "media/image_folder_source.h"
#include "media/video_file_source.h"
#include "train/labelled_folder.h"

namespace mien {
namespace fs = std::filesystem;
namespace {

std::vector<fs::path> visibleEntries(const fs::path& folder) {
  std::vector<fs::path> entries;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (!isHiddenEntry(e.path())) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  return entries;
}

std::vector<std::string> classFolders(const std::string& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw MediaError("'" + folder + "' is not a folder.");
  std::vector<std::string> names;
  for (const auto& e : visibleEntries(folder))
    if (fs::is_directory(e, ec)) names.push_back(e.filename().string());
  if (names.size() < 2)
    throw MediaError("'" + folder + "' has " + std::to_string(names.size()) +
                     " class folder(s); a labelled folder needs at least two (one sub-folder per class).");
  return names;
}

bool parseInteger(const std::string& text, long long& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// "<path, which may hold spaces> <frames> <label>" -> its three fields; {} for a blank or comment line; fewer
// than three fields for a line that has no room for them.
std::vector<std::string> splitLastTwoFields(std::string line) {
  const auto trimmed = [](const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
  };
  line = trimmed(line);
  if (line.empty() || line[0] == '#') return {};
  std::vector<std::string> tail;
  for (int i = 0; i < 2; ++i) {
    const auto cut = line.find_last_of(" \t");
    if (cut == std::string::npos) return {line};
    tail.insert(tail.begin(), line.substr(cut + 1));
    line = trimmed(line.substr(0, cut));
  }
  return {line, tail[0], tail[1]};
}

// The folders every clip path lies below: the longest shared run of leading components of their parents.
fs::path commonFolder(const std::vector<std::string>& paths) {
  fs::path common = fs::path(paths.front()).parent_path();
  for (const auto& p : paths) {
    const fs::path parent = fs::path(p).parent_path();
    fs::path shared;
    for (auto a = common.begin(), b = parent.begin(); a != common.end() && b != parent.end() && *a == *b; ++a, ++b)
      shared /= *a;
    common = shared;
  }
  return common;
}

}  // namespace

bool holdsClips(const std::string& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return false;
  for (const auto& classDir : visibleEntries(folder)) {
    if (!fs::is_directory(classDir, ec)) continue;
    for (const auto& e : visibleEntries(classDir)) {
      if (fs::is_directory(e, ec) || isVideoFileName(e.string())) return true;
      if (isImageFileName(e.string())) return false;
    }
  }
  return false;
}

LabelledClips scanLabelledClipFolder(const std::string& folder) {
  LabelledClips result;
  result.source = folder;
  result.classNames = classFolders(folder);
  std::error_code ec;
  for (std::size_t c = 0; c < result.classNames.size(); ++c) {
    const fs::path classDir = fs::path(folder) / result.classNames[c];
    std::size_t before = result.clips.size();
    for (const auto& e : visibleEntries(classDir)) {
      const bool frameFolder = fs::is_directory(e, ec);
      if (!frameFolder && !isVideoFileName(e.string()))
        throw MediaError("'" + fs::relative(e, folder).string() + "' is neither a video file nor a folder of frames; "
                         "a class folder of clips holds only those: remove it.");
      result.clips.push_back({e.string(), -1, static_cast<int>(c)});
    }
    if (result.clips.size() == before)
      throw MediaError("Class folder '" + result.classNames[c] + "' in '" + folder + "' holds no clips.");
  }
  return result;
}

LabelledClips readClipList(const std::string& listPath, const ClipListSettings& settings,
                           const std::vector<std::string>& classNames) {
  checkOption("--label-base", settings.labelBase, {0, 1, true});
  std::istringstream text(readWholeFile(listPath, "clip list"));
  const auto where = [&](std::size_t line) { return "Line " + std::to_string(line) + " of '" + listPath + "'"; };
  struct Row {
    std::string path;
    long long frames, label;
    std::size_t line;
  };
  std::vector<Row> rows;
  std::string line;
  for (std::size_t number = 1; std::getline(text, line); ++number) {
    const std::vector<std::string> parts = splitLastTwoFields(line);
    if (parts.empty()) continue;  // blank, or a # comment
    Row row{parts[0], 0, 0, number};
    if (parts.size() != 3 || !parseInteger(parts[1], row.frames) || !parseInteger(parts[2], row.label))
      throw MediaError(where(number) + " is not '<frame folder> <number of frames> <label>'; give the list as the "
                       "authors' annotation files are.");
    if (row.frames < 1) throw MediaError(where(number) + " gives " + std::to_string(row.frames) + " frames; a clip has at least one.");
    const long long index = row.label - settings.labelBase;
    if (index < 0 || index >= static_cast<long long>(classNames.size()))
      throw MediaError(where(number) + " gives label " + std::to_string(row.label) + ", but the prompt set has " +
                       std::to_string(classNames.size()) + " classes (labels " + std::to_string(settings.labelBase) +
                       " to " + std::to_string(settings.labelBase + static_cast<long long>(classNames.size()) - 1) +
                       "); choose the prompt set the list was made for (--prompts) or set --label-base.");
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw MediaError("'" + listPath + "' lists no clips.");

  std::vector<std::string> paths;
  for (const auto& r : rows) paths.push_back(r.path);
  const fs::path prefix = !settings.strip.empty() ? fs::path(settings.strip) : commonFolder(paths);
  LabelledClips result;
  result.source = listPath;
  result.classNames = classNames;
  std::error_code ec;
  for (const auto& r : rows) {
    fs::path clip = r.path;
    if (!settings.root.empty()) {
      const fs::path relative = fs::path(r.path).lexically_relative(prefix);
      if (relative.empty() || *relative.begin() == "..")
        throw MediaError(where(r.line) + ": '" + r.path + "' does not begin with '" + prefix.string() +
                         "'; give the prefix to replace with --strip.");
      clip = fs::path(settings.root) / relative;
    } else if (clip.is_relative()) {
      clip = fs::path(listPath).parent_path() / clip;
    }
    if (!fs::exists(clip, ec))
      throw MediaError(where(r.line) + ": the clip '" + clip.string() + "' does not exist" +
                       (settings.root.empty() ? "; give the folder that holds the clips with --root."
                                              : " (--root replaced '" + prefix.string() + "'); check --root and --strip."));
    result.clips.push_back({clip.string(), r.frames, static_cast<int>(r.label - settings.labelBase)});
  }
  return result;
}

}  // namespace mien
