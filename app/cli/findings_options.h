// The flags that export, summarize and report share (segments, frame rate, events, windows, layout), read as
// text and checked by core's ranges so that every mistake is one sentence and exit status 2.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

#include "io/findings_export.h"

namespace mien::cli {

struct FindingsArguments {
  std::string threshold, minDuration, mergeGap, invalid = "break", fps, window, events, sidecar;
  bool longLayout = false;
};

void addFindingsOptions(CLI::App& command, FindingsArguments& arguments, bool withSidecar);
// Throws ModelError naming the option for a value that is not a number or out of range.
FindingsRequest findingsRequestFrom(const FindingsArguments& arguments);

}  // namespace mien::cli
