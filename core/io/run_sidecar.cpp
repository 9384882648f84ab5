// Sidecar fields read leniently (members added over versions may be missing), the shape checked strictly.
#include "io/run_sidecar.h"

#include <filesystem>

#include "common/errors.h"
#include "common/text_file.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

std::string text(const nlohmann::json& j, std::initializer_list<const char*> keys) {
  const nlohmann::json* at = &j;
  for (const char* k : keys) {
    if (!at->is_object() || !at->contains(k)) return {};
    at = &(*at)[k];
  }
  if (at->is_string()) return at->get<std::string>();
  if (at->is_null()) return {};
  return at->dump();
}

}  // namespace

std::string sidecarPathFor(const std::string& csvPath) {
  fs::path p(csvPath);
  return (p.parent_path() / (p.stem().string() + ".mien.json")).string();
}

RunSidecar readRunSidecar(const std::string& path) {
  RunSidecar s;
  s.path = path;
  try {
    s.document = nlohmann::json::parse(readWholeFile(path, "run sidecar"));
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Sidecar '" + path + "' is not valid JSON; give the run's own .mien.json with --sidecar.");
  }
  s.inputPath = text(s.document, {"input", "path"});
  if (!s.document.is_object() || s.inputPath.empty())
    throw ModelError("'" + path + "' is not a Mien run sidecar (it names no input); give the run's own .mien.json with --sidecar.");
  s.inputSha256 = text(s.document, {"input", "sha256"});
  return s;
}

std::optional<RunSidecar> findRunSidecar(const std::string& csvPath, const std::string& given) {
  if (!given.empty()) return readRunSidecar(given);
  const std::string beside = sidecarPathFor(csvPath);
  std::error_code ec;
  if (!fs::exists(beside, ec)) return std::nullopt;
  return readRunSidecar(beside);
}

std::vector<std::pair<std::string, std::string>> RunSidecar::provenance() const {
  const auto& d = document;
  std::vector<std::pair<std::string, std::string>> rows;
  auto add = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) rows.emplace_back(label, value);
  };
  add("Recording", inputPath);
  add("Recording SHA-256", inputSha256);
  add("Mien version", text(d, {"mien_version"}) + (text(d, {"mien_commit"}).empty() ? "" : " (" + text(d, {"mien_commit"}) + ")"));
  add("Sidecar format", text(d, {"format_version"}).empty() ? "1" : text(d, {"format_version"}));
  add("Model", text(d, {"classifier", "model"}));
  add("Model file", text(d, {"model", "path"}));
  add("Model SHA-256", text(d, {"model", "sha256"}));
  add("Head file", text(d, {"head", "path"}));
  add("Head SHA-256", text(d, {"head", "sha256"}));
  add("Head enabled", text(d, {"classifier", "head_enabled"}));
  add("Preprocessing", text(d, {"classifier", "preprocessing"}));
  add("Device", text(d, {"classifier", "device"}));
  add("Precision", text(d, {"runtime", "precision"}));
  add("BLAS", text(d, {"runtime", "blas"}));
  add("Detector file", text(d, {"detector", "path"}));
  add("Detector SHA-256", text(d, {"detector", "sha256"}));
  add("Prompt set", text(d, {"options", "prompts", "name"}));
  if (d.contains("options") && d["options"].contains("prompts") && d["options"]["prompts"].contains("classes") &&
      d["options"]["prompts"]["classes"].is_array()) {
    for (const auto& c : d["options"]["prompts"]["classes"]) {
      std::string prompts;
      if (c.contains("prompts") && c["prompts"].is_array())
        for (const auto& p : c["prompts"])
          if (p.is_string()) prompts += (prompts.empty() ? "" : " | ") + p.get<std::string>();
      add("Prompts: " + text(c, {"name"}), prompts);
    }
  }
  add("Frames", text(d, {"frames"}));
  add("Started", text(d, {"started"}));
  add("Finished", text(d, {"finished"}));
  return rows;
}

}  // namespace mien
