// A run's CSV written again without running the model: participant names from a participants map (merges,
// drops), and `valid` decided again from the quality columns when the thresholds changed. Both layouts; CSVs
// of earlier Mien versions gain the `participant` column after `face_id`.
#pragma once
#include <optional>
#include <string>

#include "io/csv_reader.h"
#include "io/participant_map.h"
#include "vision/face_quality.h"

namespace mien {

// `thresholds`: decide `valid` again from the quality columns (wide CSVs that have them); nullopt keeps the
// CSV's own. Throws ModelError naming the frame when the map makes two faces of one frame one participant.
std::string relabelledRunCsv(const CsvTable& csv, const ParticipantMap& participants,
                             const std::optional<QualityThresholds>& thresholds);

}  // namespace mien
