// Lets --model and --head name a catalogue id ("openai-clip-vit-b-16") as well as a path.
#pragma once
#include <string>

namespace mien::cli {

// A path is returned as it is; a catalogue id becomes its installed file, or a ModelError that names the
// exact fetch command when it is not installed.
std::string resolveModelArgument(const std::string& argument);
std::string missingModelAdvice();  // what to run when no model was given at all

}  // namespace mien::cli
