// Everything that determines an annotation's CSV, as one value that the sidecar stores and a rerun reads back.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "io/csv_timeline_writer.h"
#include "media/frame_source.h"
#include "common/option_range.h"
#include "model/engine_spec.h"
#include "model/prompt_set.h"
#include "pipeline/analysis_session.h"

namespace mien {

// Format of the sidecar and of the resume state. 1: flat engine options (before the engine description);
// 2: options.engine holds the engine description by field name; 3: tracking by a motion model (lost tracks kept
// for a time in seconds), its state in the resume state; quality thresholds; participants.
constexpr int kSidecarFormatVersion = 3;

// --lost-track-time: seconds of presentation time an unseen face keeps its id.
inline constexpr OptionRange kLostTrackTime{0, 3600, false};

struct AnnotationOptions {
  EngineSpec engine;  // what runs; annotateInput records the classifier's own (resolved) description
  PromptSet prompts;
  SamplingSettings sampling;
  CsvLayout layout = CsvLayout::Wide;
  SessionSettings session;  // alignment, tracking, quality thresholds, smoothing, grouping
  bool annotatedVideo = false;
  // --participants: a NAME.participants.json file (one input) or a folder of them; empty: no names. The JSON
  // form records, per input, the file that was used and its mapping.
  std::string participants;

  // Throws ModelError naming the first option out of range (the same check for the CLI, the GUI and sidecars).
  void validate() const;
  nlohmann::json toJson() const;
  // Reads every format version; throws ModelError on a malformed document or an option out of range.
  static AnnotationOptions fromJson(const nlohmann::json& json);
  // The options and the input of a run's sidecar (`<name>.mien.json`); throws ModelError naming `source`.
  static AnnotationOptions fromSidecar(const std::string& sidecarText, const std::string& source, std::string& input);
  // Throws std::runtime_error unless `input` is the recording the sidecar describes (its recorded SHA-256;
  // sidecars that record none, such as those of image folders, accept any).
  static void requireRecordedInput(const std::string& sidecarText, const std::string& source, const std::string& input);
};

}  // namespace mien
