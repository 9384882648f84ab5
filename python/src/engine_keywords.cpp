// Python keywords to engine field names and back.
#include "engine_keywords.h"

#include "model/engine_spec.h"

namespace py = pybind11;

namespace mien::python {
namespace {

std::string replaced(std::string text, char from, char to) {
  for (auto& c : text)
    if (c == from) c = to;
  return text;
}

bool isEngineField(const std::string& name) {
  for (const auto& f : engineFields())
    if (f.name == name) return true;
  return false;
}

std::string textOf(const py::handle& value) {
  if (!py::isinstance<py::str>(value) && py::hasattr(value, "__fspath__"))
    return py::str(py::module_::import("os").attr("fspath")(value)).cast<std::string>();
  return py::str(value).cast<std::string>();
}

}  // namespace

EngineKeywords engineKeywordsFrom(const py::kwargs& options) {
  EngineKeywords k;
  for (const auto& [key, value] : options) {
    const std::string keyword = key.cast<std::string>();
    const std::string field = replaced(keyword, '_', '-');
    if (keyword == "classes") k.classes = py::reinterpret_borrow<py::object>(value);
    else if (keyword == "prompts") k.prompts = py::reinterpret_borrow<py::object>(value);
    else if (keyword == "template") k.templateText = value.cast<std::string>();
    else if (!isEngineField(field))
      throw py::type_error("Engine() has no option '" + keyword + "' (options: " + engineKeywordList() +
                           ", classes, prompts, template).");
    else if (!value.is_none()) k.fields[field] = textOf(value);
  }
  return k;
}

std::string engineKeywordList() {
  std::string names;
  for (const auto& f : engineFields()) names += (names.empty() ? "" : ", ") + replaced(f.name, '-', '_');
  return names;
}

py::list engineOptions() {
  py::list fields;
  const EngineSpec defaults;
  for (const auto& f : engineFields()) {
    py::dict d;
    d["name"] = replaced(f.name, '-', '_');
    d["help"] = f.help;
    d["accepts"] = f.accepts;
    d["default"] = defaults.get(f.name);
    fields.append(d);
  }
  return fields;
}

}  // namespace mien::python
