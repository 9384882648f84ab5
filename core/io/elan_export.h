// ELAN: an EAF 3.0 document (one tier per participant, a controlled vocabulary of the class names, the
// recording as media descriptor, times in milliseconds from the CSV's presentation times) and, linked from it,
// each participant's probability time series.
#pragma once
#include <vector>

#include "io/export_files.h"

namespace mien {

// `<run>.eaf`, one `<run>.<participant>.timeseries.csv` per participant and `<run>_tsconf.xml`, the time-series
// configuration ELAN reads for linked CSV files (one track source per participant, one track per class), in the
// layout of ELAN's own TSConfigurationParser and CSVReader (mpi.eudico.client.annotator.timeseries: elements
// timeseries/tracksource/property/track/sample-position/pos/range/color, zero-based columns, '#' lines skipped).
std::vector<ExportFile> elanFiles(const ExportContext& context);
std::string elanDocument(const ExportContext& context);
std::string elanTimeSeriesConfiguration(const ExportContext& context);
std::string elanTimeSeriesConfigurationName(const RunTimeline& run);  // <run>_tsconf.xml

}  // namespace mien
