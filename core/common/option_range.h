// Checked option values: every number a user or a file gives is checked against one range, with one sentence
// that names the option, the value and the range. The CLI, the GUI settings and sidecar readers use the same.
#pragma once
#include <string>

namespace mien {

struct OptionRange {
  double min, max;
  bool integer = false;
};

// Throws ModelError: "Option --every is 0; it must be a whole number from 1 to 1000000."
double checkOption(const std::string& option, double value, OptionRange range);
// Parses `text` as a number first (the whole text must be a number).
double parseOption(const std::string& option, const std::string& text, OptionRange range);
std::string describeRange(OptionRange range);  // "a whole number from 1 to 1000000"

}  // namespace mien
