// Turns the CLI's --classes / --template / --prompts options into a prompt set.
#pragma once
#include <string>
#include <vector>

#include "model/prompt_set.h"

namespace mien {
class Classifier;
}

namespace mien::cli {

struct PromptOptions {
  std::vector<std::string> classes;
  std::string templateText = "an expression of {}.";
  std::string prompts = "basic-7.ensemble-5";  // a JSON file or the name of a shipped preset
  std::vector<std::string> dimensions;          // dimension sets: JSON files or shipped presets, added to the prompts
  bool given = false;                           // any of the three was on the command line
};

void addPromptOptions(class CLI::App& command, PromptOptions& options);
PromptSet resolvePromptSet(const PromptOptions& options);  // throws ModelError
// A head trained on fixed classes (GFER) takes no class names or prompts: given ones are refused, not ignored.
void refusePromptsForFixedClasses(const PromptOptions& options, const Classifier& classifier);

}  // namespace mien::cli
