// Prompt-set selection shared by the verbs that classify.
#include <CLI/CLI.hpp>

#include "common/errors.h"
#include "model/classifier.h"
#include "model/prompt_presets.h"
#include "prompt_choice.h"

namespace mien::cli {

void addPromptOptions(CLI::App& command, PromptOptions& o) {
  const auto given = [&o](const std::string&) { o.given = true; };
  command.add_option("--classes", o.classes, "Expression classes, comma separated (overrides --prompts)")
      ->delimiter(',')
      ->each(given);
  command.add_option("--template", o.templateText, "Prompt made from each class name; {} stands for the name")
      ->capture_default_str()
      ->each(given);
  command.add_option("--prompts", o.prompts, "Prompt set: a JSON file or a shipped preset such as mafw-11.ensemble-10")
      ->capture_default_str()
      ->each(given);
  command.add_option("--dimensions", o.dimensions,
                     "Zero-shot dimensions scored beside the classes: valence-arousal, facial-actions or a JSON file "
                     "(repeat or comma-separate to combine)")
      ->delimiter(',');
}

void refusePromptsForFixedClasses(const PromptOptions& options, const Classifier& classifier) {
  if (!options.given || classifier.promptsEditable()) return;
  std::string classes;
  for (const auto& name : classifier.classNames()) classes += (classes.empty() ? "" : ", ") + name;
  throw ModelError("The head has fixed classes (" + classes + "), learnt in its training, so it takes no class " +
                   "names or prompts; leave out --classes, --template and --prompts.");
}

namespace {

PromptSet classesOf(const PromptOptions& o) {
  if (!o.classes.empty()) {
    if (o.classes.size() < 2) throw ModelError("Give at least two classes with --classes.");
    return PromptSet::fromClassNames(o.classes, {o.templateText});
  }
  return loadPromptSetOrPreset(o.prompts);
}

}  // namespace

PromptSet resolvePromptSet(const PromptOptions& o) {
  PromptSet set = classesOf(o);
  addDimensions(set, o.dimensions);
  return set;
}

}  // namespace mien::cli
