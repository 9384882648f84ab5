// The engine's flags for every verb that runs a model, made once from the engine description's fields.
#pragma once
#include <CLI/CLI.hpp>
#include <map>
#include <set>
#include <string>

#include "model/engine_spec.h"

namespace mien::cli {

struct EngineArguments {
  std::map<std::string, std::string> given;  // field name -> text as typed
};

enum class EngineFlags { Model, ModelAndDetector };

// One --NAME option per engine field (those of the detector only with ModelAndDetector), less `leaveOut`.
void addEngineOptions(CLI::App& command, EngineArguments& arguments, EngineFlags flags,
                      const std::set<std::string>& leaveOut = {});

// `base` (the library's defaults, or a sidecar's engine) with the given flags applied; catalogue ids in --model
// and --head become their installed files and paths become absolute. Throws ModelError naming the option.
EngineSpec engineSpecFrom(const EngineArguments& arguments, EngineSpec base = {});

}  // namespace mien::cli
