// Presentation times of every video frame as ffprobe reports them (best effort, else the frame's pts;
// NaN where ffprobe has neither).
#pragma once
#include <cmath>
#include <string>
#include <vector>

#include "support/process_runner.h"

namespace mien::test {

inline std::vector<double> ffprobeFrameTimes(const std::string& path) {
  const auto r = runProgram("ffprobe", {"-v", "error", "-select_streams", "v:0", "-show_entries",
                                        "frame=best_effort_timestamp_time,pts_time", "-of", "csv=p=0",
                                        QString::fromStdString(path)});
  std::vector<double> out;
  for (const auto& line : r.out.split('\n', Qt::SkipEmptyParts)) {
    const auto fields = line.trimmed().split(',');
    const QString time = fields[0] != "N/A" ? fields[0] : fields.value(1);
    out.push_back(time == "N/A" ? std::nan("") : time.toDouble());
  }
  return out;
}

}  // namespace mien::test
