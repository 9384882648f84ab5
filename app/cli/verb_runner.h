// Runs a verb's body and turns every error into one "error: ..." line (with the CLI's own hint for core's
// remedy) and an exit status (2 for errors).
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>

#include "common/errors.h"

namespace mien::cli {

// The flag or command that carries out core's remedy on the command line.
inline std::string remedyHint(Remedy remedy) {
  switch (remedy) {
    case Remedy::UseCpu: return "add --device cpu";
    case Remedy::ChoosePreprocessing: return "add --preprocess expclip or --preprocess clip";
    case Remedy::ChooseModel: return "add --model with a model folder, .pt file or catalogue id";
    case Remedy::Resume: return "run the same command again with --resume";
    case Remedy::BuildCache: return "run mien-cli cache FOLDER --work WORK first";
    case Remedy::GiveAddress: return "add --base-url URL, or copy the files over and run mien-cli models add --from DIR";
    case Remedy::FreeSpace: return "free some space, then run the same command again with --resume";
    case Remedy::ReplayAnyway: return "add --force to annotate it anyway with the sidecar's options";
    case Remedy::ShowDetails: return "run again with --verbose to see the library's own message";
    case Remedy::None: break;
  }
  return {};
}

// One "error: ..." line; `subject` names the file a library failure happened on.
inline void printError(const std::exception& e, const std::string& subject = {}) {
  const std::string hint = remedyHint(remedyOf(e));
  std::cerr << "error: " << userMessage(e, subject) << (hint.empty() ? "" : " (" + hint + ")") << "\n";
}

inline void runVerb(const std::function<int()>& body) {
  int code = 0;
  try {
    code = body();
  } catch (const std::exception& e) {
    printError(e);
    code = 2;
  }
  if (code) throw CLI::RuntimeError(code);
}

}  // namespace mien::cli
