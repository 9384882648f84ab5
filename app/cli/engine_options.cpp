// Engine flags from engineFields(): adding a field to the engine description adds its flag to every verb.
#include "engine_options.h"

#include <filesystem>

#include "model_choice.h"

namespace mien::cli {
namespace {

std::string absolutePath(const std::string& path) {
  return path.empty() ? path : std::filesystem::absolute(path).lexically_normal().string();
}

}  // namespace

void addEngineOptions(CLI::App& command, EngineArguments& arguments, EngineFlags flags, const std::set<std::string>& leaveOut) {
  const EngineSpec defaults;
  for (const auto& field : engineFields()) {
    if (leaveOut.count(field.name) || (flags == EngineFlags::Model && field.detector)) continue;
    std::string help = field.help + " (" + field.accepts + ")";
    const std::string value = defaults.get(field.name);
    if (!value.empty() && field.name != "model") help += " [" + value + "]";
    auto* given = &arguments.given;
    const std::string name = field.name;
    command.add_option_function<std::string>("--" + name, [given, name](const std::string& v) { (*given)[name] = v; }, help);
  }
}

EngineSpec engineSpecFrom(const EngineArguments& arguments, EngineSpec base) {
  for (const auto& [name, value] : arguments.given) base.set(name, value);
  if (arguments.given.count("model")) base.model = absolutePath(resolveModelArgument(base.model));
  if (arguments.given.count("head")) base.head = absolutePath(resolveModelArgument(base.head));
  if (arguments.given.count("detector")) base.detector.path = absolutePath(base.detector.path);
  return base;
}

}  // namespace mien::cli
