// Where model files live: a per-user store ($XDG_DATA_HOME/mien/models, else ~/.local/share/mien/models) and
// a system store for packaged files (<prefix>/share/mien/models); what the catalogue offers; fetch, verify,
// add and remove.
#pragma once
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/model_manifest.h"

namespace mien {

struct StoredFile {
  ManifestFile file;
  std::string path;  // where it is (or would be, in the user store)
  bool present = false;
};

struct StoreEntry {
  ModelManifest manifest;
  std::vector<StoredFile> files;
  bool installed() const;  // every file present
};

class ModelStore {
 public:
  ModelStore(std::string catalogueDir, std::string userDir, std::vector<std::string> systemDirs);
  static ModelStore standard();  // the installed catalogue and the usual user and system folders

  std::vector<StoreEntry> list() const;
  StoreEntry entry(const std::string& id) const;  // throws std::runtime_error listing the known ids

  // Downloads the entry's missing files (from `baseUrl` + "/" + file name when given), verified.
  void fetch(const std::string& id, const std::string& baseUrl,
             const std::function<void(const std::string& file, std::uint64_t done, std::uint64_t total)>& progress,
             const std::atomic<bool>* cancel = nullptr, long stallSeconds = 30) const;
  // "" when every present file matches its checksum, else one line per problem.
  std::string verify(const std::string& id) const;
  // Copies files of catalogue entries found in `folder` (by file name) into the user store, verified; returns
  // the ids completed. For labs without internet.
  std::vector<std::string> addFrom(const std::string& folder) const;
  void remove(const std::string& id) const;  // user store only

  const std::string& userDirectory() const { return userDir_; }

 private:
  std::string catalogueDir_, userDir_;
  std::vector<std::string> systemDirs_;
};

}  // namespace mien
