// Catalogue ids on the command line.
#include "model_choice.h"

#include <filesystem>

#include "common/errors.h"
#include "store/model_store.h"

namespace mien::cli {

std::string resolveModelArgument(const std::string& argument) {
  std::error_code ec;
  if (argument.empty() || std::filesystem::exists(argument, ec)) return argument;
  const ModelStore store = ModelStore::standard();
  for (const auto& e : store.list()) {
    if (e.manifest.id != argument) continue;
    if (!e.installed())
      throw ModelError("Model '" + argument + "' is not installed yet; run: mien-cli models fetch " + argument);
    return e.files.front().path;
  }
  throw ModelError("'" + argument + "' is neither a file nor a model id from 'mien-cli models list'.");
}

std::string missingModelAdvice() {
  return "No CLIP model given. Pass --model with a model folder or .pt file, or get the recommended set with: "
         "mien-cli models fetch openai-clip-vit-b-16 expclip-b16-head (then --model openai-clip-vit-b-16 "
         "--head expclip-b16-head).";
}

}  // namespace mien::cli
