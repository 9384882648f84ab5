// A terminal progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise.
#pragma once
#include <string>

#include "pipeline/analysis_session.h"

namespace mien::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  void update(const SessionProgress& progress);
  void update(std::int64_t done, std::int64_t total, const std::string& unit, const std::string& extra = "");
  void finish(const std::string& summary);

 private:
  void draw(double fraction, const std::string& text);
  std::string label_;
  bool terminal_;
  int lastTenth_ = -1;
};

}  // namespace mien::cli
