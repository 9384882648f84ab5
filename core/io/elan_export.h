// ELAN: an EAF 3.0 document (one tier per participant, a controlled vocabulary of the class names, the
// recording as media descriptor, times in milliseconds from the CSV's presentation times) and, linked from it,
// each participant's probability time series.
#pragma once
#include <vector>

#include "io/export_files.h"

namespace mien {

// `<run>.eaf` plus one `<run>.<participant>.timeseries.csv` per participant.
std::vector<ExportFile> elanFiles(const ExportContext& context);
std::string elanDocument(const ExportContext& context);

}  // namespace mien
