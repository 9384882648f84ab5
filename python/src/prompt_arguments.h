// The classes= / prompts= / template= keywords as a prompt set, as the CLI's --classes / --prompts / --template.
#pragma once
#include <optional>
#include <pybind11/pybind11.h>
#include <string>

#include "model/prompt_set.h"

namespace mien::python {

constexpr const char* kDefaultTemplate = "an expression of {}.";
constexpr const char* kDefaultPrompts = "basic-7.ensemble-5";

// classes: names (a list, or one comma-separated string), each made into a prompt with `templateText`.
// prompts: a preset name or JSON file, or a dict {class: prompt or [prompts]} or {"name":..., "classes": [...]}.
// std::nullopt when both are None. Throws ModelError (or py::value_error / py::type_error for Python-only misuse).
std::optional<PromptSet> promptSetFrom(const pybind11::object& classes, const pybind11::object& prompts,
                                       const std::string& templateText);

// The chosen set (or `fallback`) with the dimensions= sets added: None, a preset name or file (comma-separated
// names allowed, as --dimensions), or a list of them. Throws ModelError as --dimensions does.
PromptSet withDimensions(std::optional<PromptSet> chosen, const PromptSet& fallback, const pybind11::object& dimensions);

}  // namespace mien::python
