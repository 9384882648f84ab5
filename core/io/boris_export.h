// BORIS: a project file (`<run>.boris`, project format 7.0) holding the ethogram (one state behaviour per
// class), the subjects (participants) and one media observation whose events are each segment's START and
// STOP with the frame index; the events again in BORIS's tabular export layout (`<run>.boris.tsv`); and the
// per-participant plot files the observation links. Followed: olivierfriard/BORIS at commit
// 73bdf077c48dca0791bd5847cb326a09d1e5db57 (v9.12.3), boris/import_observations.py
// (load_observations_from_boris_project), boris/project_functions.py (open_project_json, events_start_stop),
// boris/config.py (MEDIA_PJ_EVENTS_FIELDS, PLOT_DATA_FIELDS) and boris/export_observation.py (tabular columns).
#pragma once
#include <vector>

#include "io/export_files.h"

namespace mien {

std::vector<ExportFile> borisFiles(const ExportContext& context);
std::string borisProject(const ExportContext& context);

}  // namespace mien
