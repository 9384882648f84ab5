// Runs a verb's body and turns every error into one "error: ..." line and an exit status (2 for errors).
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>

namespace mien::cli {

inline void runVerb(const std::function<int()>& body) {
  int code = 0;
  try {
    code = body();
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    code = 2;
  }
  if (code) throw CLI::RuntimeError(code);
}

}  // namespace mien::cli
