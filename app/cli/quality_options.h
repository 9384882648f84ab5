// The `valid` thresholds as flags (--valid-min-size, ...), shared by annotate and export: each flag given
// replaces one threshold, the others keep the defaults (annotate) or the run's own (export, from its sidecar).
#pragma once
#include <CLI/CLI.hpp>

#include "vision/face_quality.h"

namespace mien::cli {

void addQualityOptions(CLI::App& command, QualityThresholdChanges& changes);

}  // namespace mien::cli
