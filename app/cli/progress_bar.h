// A terminal progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise.
#pragma once
#include <string>

#include "pipeline/analysis_session.h"

namespace mien::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  void update(const SessionProgress& progress);
  void finish(const std::string& summary);

 private:
  std::string label_;
  bool terminal_;
  int lastTenth_ = -1;
};

}  // namespace mien::cli
