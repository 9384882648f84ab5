// Models named by path or by catalogue id ("openai-clip-vit-b-16"), and the engine description a front end
// builds from names: what the CLI's flags and the Python module's keywords both become.
#pragma once
#include <map>
#include <string>

#include "model/engine_spec.h"

namespace mien {

// A path that exists (or "") is returned as it is; a catalogue id becomes its installed file, or a ModelError that
// names the exact fetch command when it is not installed; anything else is a ModelError saying it is neither.
std::string resolveModelReference(const std::string& pathOrId);

// `base` with each given field (engineFields() name -> text) set; catalogue ids in model and head become their
// installed files, and the given model, head and detector paths become absolute. Throws ModelError naming the field.
EngineSpec engineSpecFromNames(const std::map<std::string, std::string>& given, EngineSpec base = {});

}  // namespace mien
