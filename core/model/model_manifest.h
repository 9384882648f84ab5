// A model manifest (JSON in models/): what a weights file is, where it comes from and how to feed it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mien {

struct ManifestFile {
  std::string name;    // file name as stored
  std::string url;     // where to download it
  std::string sha256;  // hex, empty when not yet recorded
  std::string gitBlobSha1;
  std::uint64_t size = 0;
};

struct ModelManifest {
  std::string id;             // "expclip-vit-b16-head"
  std::string kind;           // "encoder", "expclip-head", "gfer-head", "detector"
  std::string description;
  std::string preprocessing;  // "expclip", "clip", "imagenet"; empty for detectors
  std::string encoder;        // for heads: the id of the encoder they belong to
  std::string license, citation;
  int inputSize = 0;          // detectors: the network's fixed square input
  std::uint64_t approximateBytes = 0;  // download size to show; + 10 % caps a download whose exact size is unknown
  std::vector<std::string> classes;  // heads with fixed classes (GFER), in the order of their outputs
  std::vector<ManifestFile> files;
  std::string path;           // where this manifest was read from

  static ModelManifest fromJson(const std::string& jsonText, const std::string& source);  // throws ModelError
  static ModelManifest load(const std::string& path);
};

// Every manifest in `directory` (sorted by id); unreadable ones are reported through the log and skipped.
std::vector<ModelManifest> loadManifestCatalogue(const std::string& directory);

// The manifest that describes `weightsPath`: "<weightsPath>.manifest.json" beside it, else the catalogue
// entry listing a file of the same name, else the catalogue's "default-<kind>" entry.
std::optional<ModelManifest> findManifestFor(const std::string& weightsPath, const std::string& kind,
                                             const std::string& catalogueDirectory);

}  // namespace mien
