// Two phases (write every .part, then rename every one) keep a half-saved family from ever carrying the
// target's names.
#include "train/head_files.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "common/atomic_file_writer.h"
#include "common/text_file.h"

namespace mien {
namespace fs = std::filesystem;

HeadFiles HeadFiles::of(const std::string& weightsPath) {
  const fs::path weights(weightsPath);
  return {weightsPath, fs::path(weights).replace_extension(".safetensors").string(),
          fs::path(weights).replace_extension(".json").string(), weightsPath + ".manifest.json"};
}

namespace {

std::string renamedManifest(const std::string& manifestPath, const fs::path& target) {
  nlohmann::json manifest = nlohmann::json::parse(readWholeFile(manifestPath, "head manifest"), nullptr, false);
  if (manifest.is_discarded() || !manifest.is_object())
    throw std::runtime_error(manifestPath + " is not a JSON manifest; retrain the head to write it again.");
  manifest["id"] = target.stem().string();
  manifest["files"] = nlohmann::json::array({{{"name", target.filename().string()}}});
  return manifest.dump(2) + "\n";
}

}  // namespace

void saveHeadAs(const std::string& trainedHead, const std::string& target) {
  const HeadFiles from = HeadFiles::of(trainedHead), to = HeadFiles::of(target);
  if (fs::path(target).has_parent_path()) fs::create_directories(fs::path(target).parent_path());
  std::vector<std::unique_ptr<AtomicFileWriter>> parts;
  const auto stage = [&](const std::string& source, const std::string& destination, const std::string* text) {
    if (!fs::exists(source)) return;
    auto part = std::make_unique<AtomicFileWriter>(destination);
    part->write(text ? *text : readWholeFile(source, "trained head file"));
    parts.push_back(std::move(part));
  };
  if (!fs::exists(from.weights)) throw std::runtime_error("The trained head " + from.weights + " is missing; train it again.");
  stage(from.weights, to.weights, nullptr);
  stage(from.safetensors, to.safetensors, nullptr);
  stage(from.record, to.record, nullptr);
  const bool gfer = fs::exists(from.manifest);
  if (gfer) {
    const std::string manifest = renamedManifest(from.manifest, target);
    stage(from.manifest, to.manifest, &manifest);
  }
  for (auto& part : parts) part->commit();
  if (!gfer) fs::remove(to.manifest);  // an older GFER head of this name: its classes are not this head's
}

std::string suggestedHeadFileName(const std::string& folderName, bool gfer) {
  return folderName + (gfer ? "-gfer-head.pth" : "-expclip-head.pth");
}

}  // namespace mien
