// Catalogue ids on the command line.
#include "model_choice.h"

#include "store/model_reference.h"

namespace mien::cli {

std::string resolveModelArgument(const std::string& argument) { return resolveModelReference(argument); }

std::string missingModelAdvice() {
  return "No CLIP model given. Pass --model with a model folder or .pt file, or get the recommended set with: "
         "mien-cli models fetch openai-clip-vit-b-16 expclip-b16-head (then --model openai-clip-vit-b-16 "
         "--head expclip-b16-head).";
}

}  // namespace mien::cli
