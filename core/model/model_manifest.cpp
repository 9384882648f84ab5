// Manifest parsing and lookup.
#include "model/model_manifest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/errors.h"
#include "common/text_file.h"
#include "common/log.h"

namespace mien {

namespace fs = std::filesystem;

ModelManifest ModelManifest::fromJson(const std::string& text, const std::string& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Model manifest '" + source + "' is not valid JSON.");
  }
  auto fail = [&](const std::string& what) { return ModelError("Model manifest '" + source + "' " + what + "."); };
  if (!j.is_object()) throw fail("is not a JSON object");
  auto text_ = [&](const char* key, bool required) -> std::string {
    if (!j.contains(key)) {
      if (required) throw fail(std::string("has no \"") + key + "\"");
      return "";
    }
    if (!j[key].is_string()) throw fail(std::string("has a \"") + key + "\" that is not a string");
    return j[key].get<std::string>();
  };
  ModelManifest m;
  m.id = text_("id", true);
  m.kind = text_("kind", true);
  m.description = text_("description", false);
  m.preprocessing = text_("preprocessing", false);
  m.encoder = text_("encoder", false);
  m.license = text_("license", false);
  m.citation = text_("citation", false);
  if (j.contains("input_size") && j["input_size"].is_number_integer()) m.inputSize = j["input_size"].get<int>();
  if (j.contains("approximate_size_mb") && j["approximate_size_mb"].is_number_unsigned())
    m.approximateBytes = j["approximate_size_mb"].get<std::uint64_t>() * 1024 * 1024;
  if (j.contains("classes")) {
    if (!j["classes"].is_array()) throw fail("has \"classes\" that is not a list");
    for (const auto& c : j["classes"]) {
      if (!c.is_string() || c.get<std::string>().empty()) throw fail("has an empty class name");
      m.classes.push_back(c.get<std::string>());
    }
  }
  static const std::vector<std::string> kinds = {"encoder", "expclip-head", "gfer-head", "detector"};
  if (std::find(kinds.begin(), kinds.end(), m.kind) == kinds.end()) throw fail("has unknown kind '" + m.kind + "'");
  if (m.kind != "detector" && m.preprocessing.empty()) throw fail("does not say which preprocessing its model needs");
  if (j.contains("files")) {
    if (!j["files"].is_array()) throw fail("has \"files\" that is not a list");
    for (const auto& f : j["files"]) {
      if (!f.is_object() || !f.contains("name") || !f["name"].is_string()) throw fail("lists a file without a name");
      ManifestFile file;
      file.name = f["name"].get<std::string>();
      if (file.name.empty() || file.name.find("..") != std::string::npos || file.name.front() == '/')
        throw fail("lists an unsafe file name '" + file.name + "'");
      file.url = f.value("url", "");
      file.sha256 = f.value("sha256", "");
      file.gitBlobSha1 = f.value("git_blob_sha1", "");
      if (f.contains("size") && f["size"].is_number_unsigned()) file.size = f["size"].get<std::uint64_t>();
      m.files.push_back(std::move(file));
    }
  }
  m.path = source;
  return m;
}

ModelManifest ModelManifest::load(const std::string& path) {
  return fromJson(readWholeFile(path, "model manifest"), path);
}

std::vector<ModelManifest> loadManifestCatalogue(const std::string& directory) {
  std::vector<ModelManifest> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(directory, ec)) {
    if (entry.path().extension() != ".json") continue;
    try {
      out.push_back(ModelManifest::load(entry.path().string()));
    } catch (const ModelError& e) {
      logger("model")->warn("{}", e.what());
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

std::optional<ModelManifest> findManifestFor(const std::string& weightsPath, const std::string& kind,
                                             const std::string& catalogueDirectory) {
  const fs::path weights = fs::path(weightsPath);
  const fs::path beside = fs::path(weightsPath + ".manifest.json");
  if (fs::exists(beside)) return ModelManifest::load(beside.string());
  const std::string fileName = weights.filename().string();
  const auto catalogue = loadManifestCatalogue(catalogueDirectory);
  for (const auto& m : catalogue)
    if (m.kind == kind)
      for (const auto& f : m.files)
        if (f.name == fileName) return m;
  for (const auto& m : catalogue)
    if (m.id == "default-" + kind) return m;
  return std::nullopt;
}

}  // namespace mien
