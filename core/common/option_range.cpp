// One wording for every out-of-range option.
#include "common/option_range.h"

#include <cmath>
#include <cstdlib>
#include <cstdio>

#include "common/errors.h"

namespace mien {
namespace {

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", v);
  return text;
}

}  // namespace

std::string describeRange(OptionRange r) {
  return std::string(r.integer ? "a whole number" : "a number") + " from " + number(r.min) + " to " + number(r.max);
}

double checkOption(const std::string& option, double value, OptionRange r) {
  const bool whole = !r.integer || std::floor(value) == value;
  if (!std::isfinite(value) || !whole || value < r.min || value > r.max)
    throw ModelError("Option " + option + " is " + number(value) + "; it must be " + describeRange(r) + ".");
  return value;
}

double parseOption(const std::string& option, const std::string& text, OptionRange r) {
  const char* begin = text.c_str();
  char* end = nullptr;
  const double value = std::strtod(begin, &end);
  if (text.empty() || end == begin || *end != '\0')
    throw ModelError("Option " + option + " is '" + text + "'; it must be " + describeRange(r) + ".");
  return checkOption(option, value, r);
}

}  // namespace mien
