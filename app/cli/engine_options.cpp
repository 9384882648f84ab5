// Engine flags from engineFields(): adding a field to the engine description adds its flag to every verb.
#include "engine_options.h"

#include "store/model_reference.h"

namespace mien::cli {

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
  return engineSpecFromNames(arguments.given, std::move(base));
}

}  // namespace mien::cli
