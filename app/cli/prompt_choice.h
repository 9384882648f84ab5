// Turns the CLI's --classes / --template / --prompts options into a prompt set.
#pragma once
#include <string>
#include <vector>

#include "model/prompt_set.h"

namespace mien::cli {

struct PromptOptions {
  std::vector<std::string> classes;
  std::string templateText = "an expression of {}.";
  std::string prompts = "basic-7.ensemble-5";  // a JSON file or the name of a shipped preset
};

void addPromptOptions(class CLI::App& command, PromptOptions& options);
PromptSet resolvePromptSet(const PromptOptions& options);  // throws ModelError

}  // namespace mien::cli
