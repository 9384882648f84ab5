// The sidecar of a run (`NAME.mien.json` beside `NAME.csv`) as the exports need it: the recording, the
// provenance (model, head, prompts, versions, checksums) and the classes, for runs of every sidecar version.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mien {

struct RunSidecar {
  std::string path;
  nlohmann::json document;
  std::string inputPath;    // the recording (a video file or an image folder), as the run recorded it
  std::string inputSha256;  // empty for an image folder

  // The provenance as (label, value) pairs, in the order a reader wants them: for the report and exports.
  std::vector<std::pair<std::string, std::string>> provenance() const;
};

// `NAME.mien.json` beside `NAME.csv` (or `NAME.csv` -> NAME.mien.json for a CSV named otherwise).
std::string sidecarPathFor(const std::string& csvPath);
// Reads and checks the sidecar; throws ModelError with one sentence when it is missing or not a run sidecar.
RunSidecar readRunSidecar(const std::string& path);
// The sidecar beside `csvPath`, or the one given; nullopt when none is given and none is there.
std::optional<RunSidecar> findRunSidecar(const std::string& csvPath, const std::string& given = {});

}  // namespace mien
