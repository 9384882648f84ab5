// Reads an output folder's files; never writes. Damaged or half-written files count as partial, never as complete.
#include "pipeline/annotation_status.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "pipeline/failure_record.h"
#include "pipeline/output_lock.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

nlohmann::json readJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return nullptr;
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return nlohmann::json::parse(text, nullptr, false);
}

std::int64_t integerAt(const nlohmann::json& json, const nlohmann::json::json_pointer& where) {
  return json.is_object() && json.contains(where) && json[where].is_number_integer() ? json[where].get<std::int64_t>() : -1;
}

std::string stringAt(const nlohmann::json& json, const char* key) {
  return json.is_object() && json.contains(key) && json[key].is_string() ? json[key].get<std::string>() : std::string();
}

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

InputStatus inspect(std::string input, AnnotationPaths paths) {
  InputStatus status;
  status.input = std::move(input);
  status.paths = std::move(paths);
  const auto& p = status.paths;
  if (const auto failure = readFailureRecord(p.failure)) {
    status.progress = InputProgress::Failed;
    status.detail = failure->message + " (" + failure->time + " on " + failure->host +
                    (failure->slurmJob.empty() ? "" : ", Slurm job " + failure->slurmJob) + ")";
    return status;
  }
  const auto sidecar = readJson(p.sidecar);
  const bool complete = stringAt(sidecar, "status") == "complete" && exists(p.csv);
  if (complete && !exists(p.csv + ".part")) {
    status.progress = InputProgress::Complete;
    status.frames = integerAt(sidecar, "/frames"_json_pointer);
    return status;
  }
  if (exists(p.csv + ".part") || exists(p.state) || exists(p.csv) || exists(p.sidecar) || !OutputLock::holder(p.csv).empty()) {
    status.progress = InputProgress::Partial;
    status.frames = integerAt(readJson(p.state), "/session/frames_done"_json_pointer);
    if (const std::string holder = OutputLock::holder(p.csv); !holder.empty()) status.detail = "being written by " + holder;
  }
  return status;
}

// The output name of a file only an annotation run writes: "clip" for clip.mien.json, clip.csv.part ... (a bare
// CSV may come from anything, such as a summary table).
std::string outputStem(const std::string& fileName) {
  for (const char* suffix : {".csv.state.json", ".csv.part", ".csv.lock", ".mien.json", ".failed.json"}) {
    const std::string s = suffix;
    if (fileName.size() > s.size() && fileName.compare(fileName.size() - s.size(), s.size(), s) == 0)
      return fileName.substr(0, fileName.size() - s.size());
  }
  return {};
}

}  // namespace

std::string progressName(InputProgress progress) {
  switch (progress) {
    case InputProgress::Complete: return "complete";
    case InputProgress::Partial: return "partial";
    case InputProgress::Failed: return "failed";
    case InputProgress::NotStarted: break;
  }
  return "not started";
}

InputStatus inspectInput(const std::string& input, const std::string& outputDir) {
  return inspect(input, AnnotationPaths::forInput(input, outputDir));
}

std::vector<InputStatus> inspectOutputFolder(const std::string& outputDir) {
  std::map<std::string, bool> stems;
  std::error_code ec;
  for (auto it = fs::directory_iterator(outputDir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (const auto stem = outputStem(it->path().filename().string()); !stem.empty()) stems[stem] = true;
  std::vector<InputStatus> found;
  for (const auto& [stem, unused] : stems) {
    const AnnotationPaths paths = AnnotationPaths::named(stem, outputDir);
    const auto sidecar = readJson(paths.sidecar);
    std::string input = sidecar.is_object() && sidecar.contains("input") ? stringAt(sidecar["input"], "path") : "";
    if (input.empty()) input = stringAt(readJson(paths.failure), "input");
    found.push_back(inspect(input.empty() ? stem : input, paths));
  }
  return found;
}

}  // namespace mien
