// AnnotationOptions <-> JSON.
#include "pipeline/annotation_options.h"

#include "common/errors.h"
#include "common/json_numbers.h"

namespace mien {

nlohmann::json AnnotationOptions::toJson() const {
  nlohmann::json classes = nlohmann::json::array();
  for (const auto& c : prompts.classes) classes.push_back({{"name", c.name}, {"prompts", c.prompts}});
  const auto& s = session;
  return {{"model", model},
          {"head", head},
          {"preprocess", preprocess},
          {"device", device},
          {"precision", precision},
          {"prompts", {{"name", prompts.name}, {"classes", classes}}},
          {"sampling",
           {{"every_nth", sampling.everyNth},
            {"target_fps", sampling.targetFps},
            {"start_s", sampling.startSeconds},
            {"end_s", sampling.endSeconds}}},
          {"layout", layout == CsvLayout::Wide ? "wide" : "long"},
          {"detector",
           {{"path", s.detectorPath},
            {"input_size", s.detectorInputSize},
            {"score_threshold", s.detector.scoreThreshold},
            {"nms_threshold", s.detector.nmsThreshold},
            {"min_face_size", s.detector.minFaceSize}}},
          {"alignment", {{"crop_size", s.alignment.cropSize}, {"margin", s.alignment.margin}}},
          {"tracking",
           {{"max_missed_frames", s.tracker.maxMissedFrames},
            {"min_overlap", s.tracker.minOverlap},
            {"min_appearance", s.tracker.minAppearance},
            {"appearance_weight", s.tracker.appearanceWeight}}},
          {"smoothing_alpha", s.smoothingAlpha},
          {"frames_per_batch", s.framesPerGroup},
          {"threads", s.threads},
          {"annotated_video", annotatedVideo}};
}

AnnotationOptions AnnotationOptions::fromJson(const nlohmann::json& j) {
  try {
    AnnotationOptions o;
    o.model = j.at("model").get<std::string>();
    o.head = j.at("head").get<std::string>();
    o.preprocess = j.at("preprocess").get<std::string>();
    o.device = j.at("device").get<std::string>();
    o.precision = j.at("precision").get<std::string>();
    o.prompts = PromptSet::fromJson(j.at("prompts").dump(), "the sidecar's prompts");
    const auto& sm = j.at("sampling");
    o.sampling = {jsonNumber<int>(sm.at("every_nth")), jsonNumber<double>(sm.at("target_fps")), jsonNumber<double>(sm.at("start_s")),
                  jsonNumber<double>(sm.at("end_s"))};
    o.layout = j.at("layout").get<std::string>() == "long" ? CsvLayout::Long : CsvLayout::Wide;
    auto& s = o.session;
    const auto& d = j.at("detector");
    s.detectorPath = d.at("path").get<std::string>();
    s.detectorInputSize = jsonNumber<int>(d.at("input_size"));
    s.detector = {jsonNumber<float>(d.at("score_threshold")), jsonNumber<float>(d.at("nms_threshold")), jsonNumber<float>(d.at("min_face_size"))};
    s.alignment = {jsonNumber<int>(j.at("alignment").at("crop_size")), jsonNumber<float>(j.at("alignment").at("margin"))};
    const auto& t = j.at("tracking");
    s.tracker = {jsonNumber<int>(t.at("max_missed_frames")), jsonNumber<float>(t.at("min_overlap")),
                 jsonNumber<float>(t.at("min_appearance")), jsonNumber<float>(t.at("appearance_weight"))};
    s.smoothingAlpha = jsonNumber<float>(j.at("smoothing_alpha"));
    s.framesPerGroup = jsonNumber<int>(j.at("frames_per_batch"));
    s.threads = jsonNumber<int>(j.at("threads"));
    o.annotatedVideo = j.value("annotated_video", false);
    if (o.sampling.everyNth < 1 || s.framesPerGroup < 1 || s.threads < 0 || s.detectorInputSize < 16 ||
        !(s.smoothingAlpha > 0 && s.smoothingAlpha <= 1) || s.alignment.cropSize < 16 || s.alignment.cropSize > 4096)
      throw ModelError("The sidecar's options are out of range (every_nth and frames_per_batch >= 1, threads >= 0, "
                       "smoothing_alpha in (0, 1], sizes >= 16).");
    return o;
  } catch (const nlohmann::json::exception& e) {
    throw ModelError(std::string("The sidecar's options are incomplete or malformed: ") + e.what());
  } catch (const std::out_of_range& e) {
    throw ModelError(std::string("The sidecar's options hold a number out of range: ") + e.what());
  }
}

AnnotationOptions AnnotationOptions::fromSidecar(const std::string& text, const std::string& source, std::string& input) {
  nlohmann::json sidecar;
  try {
    sidecar = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Sidecar '" + source + "' is not valid JSON.");
  }
  if (!sidecar.is_object() || !sidecar.contains("options") || !sidecar.contains("input") || !sidecar["input"].is_object() ||
      !sidecar["input"].contains("path") || !sidecar["input"]["path"].is_string())
    throw ModelError("'" + source + "' is not a Mien run sidecar.");
  input = sidecar["input"]["path"].get<std::string>();
  return fromJson(sidecar["options"]);
}

}  // namespace mien
