// Finds a prompt set by file or preset name in the installed resources.
#include "model/prompt_presets.h"

#include <filesystem>

#include "common/errors.h"
#include "common/resource_paths.h"

namespace mien {

PromptSet loadPromptSetOrPreset(const std::string& fileOrPreset) {
  if (std::filesystem::exists(fileOrPreset)) return PromptSet::load(fileOrPreset);
  const std::string preset = resourcesDirectory() + "/prompts/" + fileOrPreset + ".json";
  if (std::filesystem::exists(preset)) return PromptSet::load(preset);
  std::string names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(resourcesDirectory() + "/prompts", ec))
    names += (names.empty() ? "" : ", ") + e.path().stem().string();
  throw ModelError("Prompt set '" + fileOrPreset + "' is neither a file nor a preset (presets: " + names + ").");
}

}  // namespace mien
