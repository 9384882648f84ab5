// Many sessions at once: the per-run summaries of a study's runs joined into one table, with the columns of a
// conditions file (recording -> condition, group, any column the lab keeps), for R or pandas.
#pragma once
#include <string>
#include <vector>

#include "io/findings_export.h"

namespace mien {

struct StudySummaryRequest {
  std::vector<std::string> csvs;
  FindingsRequest common;      // segment options, fps, events file (else NAME.events.csv beside each run), window
  std::string conditionsFile;  // empty: no conditions columns
};

// The joined table (summaryCsv's layout, common.longLayout choosing tidy or wide). Throws ModelError naming the
// run when runs have different classes or a run is missing from the conditions file.
std::string studySummaryCsv(const StudySummaryRequest& request);
// The same, written to `path` atomically (nothing is written on an error).
void writeStudySummary(const StudySummaryRequest& request, const std::string& path);

}  // namespace mien
