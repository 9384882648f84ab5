// The run report: one self-contained HTML file (no scripts, no outside resources) with the provenance from the
// sidecar, a timeline plot per participant (inline SVG), the summary table, segment counts and quality.
#pragma once
#include <string>
#include <vector>

#include "io/event_windows.h"
#include "io/export_files.h"
#include "io/window_summary.h"

namespace mien {

std::string htmlReport(const ExportContext& context, const std::vector<WindowSummary>& summaries,
                       const std::vector<EventWindow>& windows);

}  // namespace mien
