// Model store: files are looked up in the user store, then the system stores, then beside the catalogue
// (the source tree keeps the small detector there).
#include "store/model_store.h"

#include <cstdlib>
#include <filesystem>

#include "common/errors.h"
#include "common/resource_paths.h"
#include "store/model_downloader.h"

namespace mien {
namespace fs = std::filesystem;

bool StoreEntry::installed() const {
  for (const auto& f : files)
    if (!f.present) return false;
  return !files.empty();
}

ModelStore::ModelStore(std::string catalogueDir, std::string userDir, std::vector<std::string> systemDirs)
    : catalogueDir_(std::move(catalogueDir)), userDir_(std::move(userDir)), systemDirs_(std::move(systemDirs)) {}

ModelStore ModelStore::standard() {
  std::string user;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) user = std::string(xdg) + "/mien/models";
  else if (const char* home = std::getenv("HOME"); home && *home) user = std::string(home) + "/.local/share/mien/models";
  else user = "mien-models";
  std::vector<std::string> system = {manifestsDirectory()};  // packaged files (the shipped detector) live here
  if (const std::string installed = installedDataDirectory(); !installed.empty() && installed + "/models" != system[0])
    system.push_back(installed + "/models");
  return ModelStore(manifestsDirectory(), user, system);
}

std::vector<StoreEntry> ModelStore::list() const {
  std::vector<StoreEntry> entries;
  for (const auto& m : loadManifestCatalogue(catalogueDir_)) {
    if (m.files.empty()) continue;  // defaults describe preprocessing only
    StoreEntry e{m, {}};
    for (const auto& f : m.files) {
      StoredFile s{f, (fs::path(userDir_) / m.id / fs::path(f.name).filename()).string(), false};
      std::error_code ec;
      if (fs::exists(s.path, ec)) s.present = true;
      for (const auto& dir : systemDirs_) {
        if (s.present) break;
        const fs::path candidate = fs::path(dir) / f.name;
        if (fs::exists(candidate, ec)) s = {f, candidate.string(), true};
      }
      e.files.push_back(s);
    }
    entries.push_back(e);
  }
  return entries;
}

StoreEntry ModelStore::entry(const std::string& id) const {
  std::string known;
  for (auto& e : list()) {
    if (e.manifest.id == id) return e;
    known += (known.empty() ? "" : ", ") + e.manifest.id;
  }
  throw std::runtime_error("No model called '" + id + "' in the catalogue; known: " + known + ".");
}

void ModelStore::fetch(const std::string& id, const std::string& baseUrl,
                       const std::function<void(const std::string&, std::uint64_t, std::uint64_t)>& progress,
                       const std::atomic<bool>* cancel, long stallSeconds) const {
  const StoreEntry e = entry(id);
  for (const auto& f : e.files) {
    if (f.present) continue;
    DownloadRequest r;
    const std::string name = fs::path(f.file.name).filename().string();
    r.url = baseUrl.empty() ? f.file.url : baseUrl + "/" + name;
    if (r.url.empty()) throw DownloadError("The catalogue gives no address for '" + name + "'; use --base-url or models add.");
    r.destination = f.path;
    r.sha256 = f.file.sha256;
    r.gitBlobSha1 = f.file.gitBlobSha1;
    r.expectedSize = f.file.size;
    r.maxBytes = e.manifest.approximateBytes + e.manifest.approximateBytes / 10;  // where no exact size is recorded
    r.stallSeconds = stallSeconds;
    r.cancel = cancel;
    if (progress) r.progress = [&](std::uint64_t done, std::uint64_t total) { progress(name, done, total); };
    downloadVerified(r);
  }
}

std::string ModelStore::verify(const std::string& id) const {
  std::string problems;
  for (const auto& f : entry(id).files) {
    if (!f.present) {
      problems += f.file.name + ": missing\n";
      continue;
    }
    DownloadRequest r;
    r.sha256 = f.file.sha256;
    r.gitBlobSha1 = f.file.gitBlobSha1;
    const std::string mismatch = checksumMismatch(f.path, r);
    if (!mismatch.empty()) problems += f.path + ": " + mismatch + "\n";
  }
  return problems;
}

std::vector<std::string> ModelStore::addFrom(const std::string& folder) const {
  std::error_code missing;
  if (!fs::is_directory(folder, missing))
    throw ModelError("The folder '" + folder + "' does not exist; give the folder that holds the downloaded model files.");
  std::vector<std::string> completed;
  for (const auto& e : list()) {
    bool any = false;
    for (const auto& f : e.files) {
      if (f.present) continue;
      const fs::path source = fs::path(folder) / fs::path(f.file.name).filename();
      std::error_code ec;
      if (!fs::exists(source, ec)) continue;
      DownloadRequest r;
      r.sha256 = f.file.sha256;
      r.gitBlobSha1 = f.file.gitBlobSha1;
      const std::string mismatch = checksumMismatch(source.string(), r);
      if (!mismatch.empty()) throw DownloadError("'" + source.string() + "' is not the file the catalogue lists: " + mismatch + ".");
      fs::create_directories(fs::path(f.path).parent_path(), ec);
      const std::string part = f.path + ".part";
      fs::copy_file(source, part, fs::copy_options::overwrite_existing, ec);
      if (ec) throw DownloadError("Cannot copy '" + source.string() + "' into the store: " + ec.message() + ".");
      fs::rename(part, f.path, ec);
      any = true;
    }
    if (any && entry(e.manifest.id).installed()) completed.push_back(e.manifest.id);
  }
  return completed;
}

void ModelStore::remove(const std::string& id) const {
  entry(id);  // throws for unknown ids
  std::error_code ec;
  fs::remove_all(fs::path(userDir_) / id, ec);
}

}  // namespace mien
