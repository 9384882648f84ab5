// Python prompt arguments to core prompt sets.
#include "prompt_arguments.h"

#include "common/errors.h"
#include "model/prompt_presets.h"

namespace py = pybind11;

namespace mien::python {
namespace {

std::vector<std::string> textsOf(const py::handle& value, const std::string& what) {
  if (py::isinstance<py::str>(value)) return {value.cast<std::string>()};
  std::vector<std::string> texts;
  for (const auto& item : py::iter(value)) {
    if (!py::isinstance<py::str>(item)) throw py::type_error(what + " must be strings.");
    texts.push_back(item.cast<std::string>());
  }
  return texts;
}

// "a,b,,c" as {"a", "b", "", "c"}: the CLI's comma-separated lists.
std::vector<std::string> splitAtCommas(const std::string& text) {
  std::vector<std::string> parts;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    parts.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return parts;
}

}  // namespace

PromptSet withDimensions(std::optional<PromptSet> chosen, const PromptSet& fallback, const py::object& dimensions) {
  PromptSet set = chosen ? std::move(*chosen) : fallback;
  if (dimensions.is_none()) return set;
  std::vector<std::string> names;
  const auto os = py::module_::import("os");
  const auto add = [&](const py::handle& item) {
    for (auto& name : splitAtCommas(py::str(os.attr("fspath")(item)).cast<std::string>()))
      if (!name.empty()) names.push_back(std::move(name));
  };
  if (py::isinstance<py::str>(dimensions) || py::hasattr(dimensions, "__fspath__")) add(dimensions);
  else
    for (const auto& item : py::iter(dimensions)) add(item);
  addDimensions(set, names);
  return set;
}

std::optional<PromptSet> promptSetFrom(const py::object& classes, const py::object& prompts, const std::string& templateText) {
  if (!classes.is_none() && !prompts.is_none()) throw py::value_error("Give classes= or prompts=, not both.");
  if (!classes.is_none()) {
    std::vector<std::string> names;
    if (py::isinstance<py::str>(classes)) {
      names = splitAtCommas(classes.cast<std::string>());
    } else {
      names = textsOf(classes, "Class names");
    }
    if (names.size() < 2) throw ModelError("Give at least two classes.");
    return PromptSet::fromClassNames(names, {templateText});
  }
  if (prompts.is_none()) return std::nullopt;
  if (py::isinstance<py::str>(prompts) || py::hasattr(prompts, "__fspath__"))
    return loadPromptSetOrPreset(py::str(py::module_::import("os").attr("fspath")(prompts)).cast<std::string>());
  if (!py::isinstance<py::dict>(prompts))
    throw py::type_error("prompts= takes a preset name, a JSON file or a dict {class: prompts}.");
  const auto dict = prompts.cast<py::dict>();
  if (dict.contains("classes")) {
    const std::string json = py::module_::import("json").attr("dumps")(dict).cast<std::string>();
    return PromptSet::fromJson(json, "prompts=");
  }
  PromptSet set;
  set.name = "custom";
  for (const auto& [name, texts] : dict) {
    if (!py::isinstance<py::str>(name)) throw py::type_error("The keys of prompts= must be class names.");
    set.classes.push_back({name.cast<std::string>(), textsOf(texts, "The prompts of '" + name.cast<std::string>() + "'")});
    if (set.classes.back().prompts.empty())
      throw ModelError("Class '" + set.classes.back().name + "' has no prompts; give it at least one.");
  }
  if (set.classes.size() < 2) throw ModelError("Give at least two classes.");
  return set;
}

}  // namespace mien::python
