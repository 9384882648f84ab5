// Defaults (threshold 0, no minimum, no merging, invalid frames break) are SegmentOptions' own.
#include "findings_options.h"

#include "common/errors.h"
#include "common/option_range.h"

namespace mien::cli {

void addFindingsOptions(CLI::App& c, FindingsArguments& a, bool withSidecar) {
  c.add_option("--threshold", a.threshold, "A frame counts for its top label when its probability is at least this (0-1; default 0)");
  c.add_option("--min-duration", a.minDuration, "Drop segments shorter than this (s; default 0)");
  c.add_option("--merge-gap", a.mergeGap, "Merge same-label segments closer than this (s; default 0)");
  c.add_option("--invalid", a.invalid, "Frames not valid: break segments (break) or are left out (exclude)")->capture_default_str();
  c.add_option("--fps", a.fps, "Image folders only: the sequence's frame rate (their CSVs have no times)");
  c.add_option("--events", a.events, "Events file (CSV: time_s,label); default NAME.events.csv beside the run when there");
  c.add_option("--window", a.window, "Each event's window lasts this long (s) instead of running to the next event");
  c.add_flag("--long", a.longLayout, "Tidy long tables: one row per class");
  if (withSidecar) c.add_option("--sidecar", a.sidecar, "The run's sidecar when it is not NAME.mien.json beside the CSV");
}

FindingsRequest findingsRequestFrom(const FindingsArguments& a) {
  FindingsRequest r;
  if (!a.threshold.empty()) r.segments.threshold = parseOption("--threshold", a.threshold, {0, 1, false});
  if (!a.minDuration.empty()) r.segments.minDuration = parseOption("--min-duration", a.minDuration, {0, 1e7, false});
  if (!a.mergeGap.empty()) r.segments.mergeGap = parseOption("--merge-gap", a.mergeGap, {0, 1e7, false});
  if (a.invalid == "break") r.segments.invalid = InvalidFrames::Break;
  else if (a.invalid == "exclude") r.segments.invalid = InvalidFrames::Exclude;
  else throw ModelError("--invalid '" + a.invalid + "' is not a choice; use break or exclude.");
  if (!a.fps.empty()) r.fps = parseOption("--fps", a.fps, {0.001, 1000, false});
  if (!a.window.empty()) r.windowLength = parseOption("--window", a.window, {0.001, 1e7, false});
  r.eventsFile = a.events;
  r.sidecar = a.sidecar;
  r.longLayout = a.longLayout;
  return r;
}

}  // namespace mien::cli
