// Prompt sets by name: a JSON file, or one of the presets shipped in resources/prompts ("basic-7.ensemble-5").
#pragma once
#include <string>

#include "model/prompt_set.h"

namespace mien {

// The file when `fileOrPreset` exists, else the shipped preset of that name; a ModelError listing the presets
// when it is neither.
PromptSet loadPromptSetOrPreset(const std::string& fileOrPreset);

// The same for dimension sets, shipped in resources/dimensions ("valence-arousal", "facial-actions").
std::vector<ExpressionDimension> loadDimensionsOrPreset(const std::string& fileOrPreset);

// Adds the dimensions of each file or preset to `set`; a ModelError when a name is there twice.
void addDimensions(PromptSet& set, const std::vector<std::string>& filesOrPresets);

}  // namespace mien
