// Defaults are QualityThresholds' member initialisers, shown in --help; ranges are checked by core.
#include "quality_options.h"

#include <sstream>

namespace mien::cli {
namespace {

std::string shown(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

}  // namespace

void addQualityOptions(CLI::App& c, QualityThresholdChanges& a) {
  const QualityThresholds d;
  c.add_option("--valid-min-size", a.minSizePx, "valid: the face box's shorter side at least this many pixels (" + shown(d.minSizePx) + ")");
  c.add_option("--valid-min-sharpness", a.minSharpness, "valid: Laplacian variance of the aligned face at least this (" + shown(d.minSharpness) + ")");
  c.add_option("--valid-max-yaw", a.maxYaw, "valid: |yaw| at most this many degrees (" + shown(d.maxYaw) + ")");
  c.add_option("--valid-max-pitch", a.maxPitch, "valid: |pitch| at most this many degrees (" + shown(d.maxPitch) + ")");
  c.add_option("--valid-max-roll", a.maxRoll, "valid: |roll| at most this many degrees (" + shown(d.maxRoll) + ")");
  c.add_option("--valid-min-score", a.minScore, "valid: detector score at least this (" + shown(d.minScore) + ")");
}

}  // namespace mien::cli
