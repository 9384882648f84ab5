// Finds a prompt set by file or preset name in the installed resources.
#include "model/prompt_presets.h"

#include <algorithm>
#include <filesystem>

#include "common/errors.h"
#include "common/resource_paths.h"
#include "common/text_file.h"

namespace mien {

namespace {

// `fileOrPreset` itself when it exists, else resources/<folder>/<fileOrPreset>.json; ModelError listing the presets.
std::string fileOrPresetPath(const std::string& fileOrPreset, const std::string& folder, const std::string& what) {
  if (std::filesystem::exists(fileOrPreset)) return fileOrPreset;
  const std::string preset = resourcesDirectory() + "/" + folder + "/" + fileOrPreset + ".json";
  if (std::filesystem::exists(preset)) return preset;
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(resourcesDirectory() + "/" + folder, ec))
    names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  throw ModelError(what + " '" + fileOrPreset + "' is neither a file nor a preset (presets: " + list + ").");
}

}  // namespace

PromptSet loadPromptSetOrPreset(const std::string& fileOrPreset) {
  return PromptSet::load(fileOrPresetPath(fileOrPreset, "prompts", "Prompt set"));
}

std::vector<ExpressionDimension> loadDimensionsOrPreset(const std::string& fileOrPreset) {
  const std::string path = fileOrPresetPath(fileOrPreset, "dimensions", "Dimension set");
  return PromptSet::dimensionsFromJson(readWholeFile(path, "dimension set"), path);
}

void addDimensions(PromptSet& set, const std::vector<std::string>& filesOrPresets) {
  for (const auto& name : filesOrPresets)
    for (auto& d : loadDimensionsOrPreset(name)) {
      for (const auto& existing : set.dimensions)
        if (existing.name == d.name)
          throw ModelError("Dimension '" + d.name + "' is given twice (by the prompt set or the dimension sets); keep one.");
      set.dimensions.push_back(std::move(d));
    }
}

}  // namespace mien
