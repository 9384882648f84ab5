// Everything that determines an annotation's CSV, as one value that the sidecar stores and a rerun reads back.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "io/csv_timeline_writer.h"
#include "media/frame_source.h"
#include "model/prompt_set.h"
#include "pipeline/analysis_session.h"

namespace mien {

struct AnnotationOptions {
  std::string model, head, preprocess, device = "auto", precision = "fp32";
  PromptSet prompts;
  SamplingSettings sampling;
  CsvLayout layout = CsvLayout::Wide;
  SessionSettings session;  // detector, alignment, tracking, smoothing, threads, grouping
  bool annotatedVideo = false;

  nlohmann::json toJson() const;
  static AnnotationOptions fromJson(const nlohmann::json& json);  // throws ModelError on a malformed document
  // The options and the input of a run's sidecar (`<name>.mien.json`); throws ModelError naming `source`.
  static AnnotationOptions fromSidecar(const std::string& sidecarText, const std::string& source, std::string& input);
};

}  // namespace mien
