// The engine's fields by name, their defaults, their ranges and their JSON form.
#include "model/engine_spec.h"

#include <cstdio>
#include <cstdlib>
#include <functional>

#include "common/errors.h"
#include "common/option_range.h"

namespace mien {
namespace {

constexpr OptionRange kUnit{0, 1, false};
constexpr OptionRange kFaceSize{0, 100000, false};
constexpr OptionRange kDetectorSize{16, 4096, true};

struct FieldAccess {
  EngineField field;
  std::function<void(EngineSpec&, const std::string&)> set;
  std::function<std::string(const EngineSpec&)> get;
};

// Floats as their shortest text that reads back to the same float ("0.55", not "0.550000011920929").
std::string number(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.9g", static_cast<double>(v));
  for (int digits = 1; digits <= 9; ++digits) {
    char shorter[32];
    std::snprintf(shorter, sizeof shorter, "%.*g", digits, static_cast<double>(v));
    if (std::strtof(shorter, nullptr) == v) return shorter;
  }
  return text;
}

std::string deviceName(DevicePreference d) {
  switch (d) {
    case DevicePreference::Cpu: return "cpu";
    case DevicePreference::Cuda: return "cuda";
    default: return "auto";
  }
}

const std::vector<FieldAccess>& table() {
  static const std::vector<FieldAccess> fields = {
      {{"model", "CLIP weights: Hugging Face folder, .safetensors or OpenAI .pt (or a catalogue id)", "a file or folder"},
       [](EngineSpec& e, const std::string& v) { e.model = v; }, [](const EngineSpec& e) { return e.model; }},
      {{"head", "Exp-CLIP or GFER head (.pth or .safetensors); omit for plain CLIP", "a file"},
       [](EngineSpec& e, const std::string& v) { e.head = v; }, [](const EngineSpec& e) { return e.head; }},
      {{"preprocess", "Override the manifest: expclip, clip or imagenet", "expclip, clip or imagenet"},
       [](EngineSpec& e, const std::string& v) {
         if (!v.empty() && v != "expclip" && v != "clip" && v != "imagenet")
           throw ModelError("Option --preprocess is '" + v + "'; it must be expclip, clip or imagenet.");
         e.preprocess = v;
       },
       [](const EngineSpec& e) { return e.preprocess; }},
      {{"device", "Where the model runs", "auto, cpu or cuda"},
       [](EngineSpec& e, const std::string& v) {
         if (v == "auto") e.device = DevicePreference::Auto;
         else if (v == "cpu") e.device = DevicePreference::Cpu;
         else if (v == "cuda") e.device = DevicePreference::Cuda;
         else throw ModelError("Option --device is '" + v + "'; it must be auto, cpu or cuda.");
       },
       [](const EngineSpec& e) { return deviceName(e.device); }},
      {{"precision", "Precision of the image encoder (default: fp32 on the CPU, fp16 on CUDA)", "fp32, int8, bf16 or fp16"},
       [](EngineSpec& e, const std::string& v) {
         if (v.empty()) {
           e.precision.reset();
           return;
         }
         try {
           e.precision = precisionFromName(v);
         } catch (const ModelError&) {
           throw ModelError("Option --precision is '" + v + "'; it must be fp32, int8, bf16 or fp16.");
         }
       },
       [](const EngineSpec& e) { return e.precision ? precisionName(*e.precision) : std::string(); }},
      {{"threads", "Threads for the model (0 = all physical cores)", describeRange(kThreadCount)},
       [](EngineSpec& e, const std::string& v) { e.threads = static_cast<int>(parseOption("--threads", v, kThreadCount)); },
       [](const EngineSpec& e) { return std::to_string(e.threads); }},
      {{"detector", "YuNet face detector ONNX file (default: the shipped 320x320 model)", "a file", true},
       [](EngineSpec& e, const std::string& v) { e.detector.path = v; }, [](const EngineSpec& e) { return e.detector.path; }},
      {{"detector-size", "The detector's input size (320 or 640 for the shipped exports)", describeRange(kDetectorSize), true},
       [](EngineSpec& e, const std::string& v) {
         e.detector.inputSize = static_cast<int>(parseOption("--detector-size", v, kDetectorSize));
       },
       [](const EngineSpec& e) { return std::to_string(e.detector.inputSize); }},
      {{"score-threshold", "Face detector score threshold", describeRange(kUnit), true},
       [](EngineSpec& e, const std::string& v) {
         e.detector.scoreThreshold = static_cast<float>(parseOption("--score-threshold", v, kUnit));
       },
       [](const EngineSpec& e) { return number(e.detector.scoreThreshold); }},
      {{"nms-threshold", "Box overlap for non-maximum suppression", describeRange(kUnit), true},
       [](EngineSpec& e, const std::string& v) {
         e.detector.nmsThreshold = static_cast<float>(parseOption("--nms-threshold", v, kUnit));
       },
       [](const EngineSpec& e) { return number(e.detector.nmsThreshold); }},
      {{"min-face", "Smallest face side in pixels", describeRange(kFaceSize), true},
       [](EngineSpec& e, const std::string& v) {
         e.detector.minFaceSize = static_cast<float>(parseOption("--min-face", v, kFaceSize));
       },
       [](const EngineSpec& e) { return number(e.detector.minFaceSize); }},
  };
  return fields;
}

const FieldAccess& access(const std::string& name) {
  for (const auto& f : table())
    if (f.field.name == name) return f;
  throw ModelError("'" + name + "' is not an engine option.");
}

// A JSON member as the text a user would have typed.
std::string asText(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number()) return j.dump();
  throw ModelError("The sidecar's engine holds a " + std::string(j.type_name()) + " where a name or number belongs.");
}

}  // namespace

const std::vector<EngineField>& engineFields() {
  static const std::vector<EngineField> fields = [] {
    std::vector<EngineField> out;
    for (const auto& f : table()) out.push_back(f.field);
    return out;
  }();
  return fields;
}

void EngineSpec::set(const std::string& field, const std::string& value) { access(field).set(*this, value); }

std::string EngineSpec::get(const std::string& field) const { return access(field).get(*this); }

nlohmann::json EngineSpec::toJson() const {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& f : table()) j[f.field.name] = f.get(*this);
  if (!randomArchitecture.empty()) j["random-architecture"] = randomArchitecture;
  return j;
}

EngineSpec EngineSpec::fromJson(const nlohmann::json& j) {
  if (!j.is_object()) throw ModelError("The sidecar's engine description is not a JSON object.");
  EngineSpec e;
  // A value the CLI would refuse is refused here too, in the sidecar's words.
  const auto apply = [&e](const std::string& field, const nlohmann::json& value) {
    const std::string text = asText(value);
    try {
      e.set(field, text);
    } catch (const ModelError& ex) {
      throw ModelError(std::string("The sidecar's engine description holds a value out of range: ") + ex.what());
    }
  };
  try {
    if (j.contains("detector") && j["detector"].is_object()) {  // version 1: options.detector was an object
      const auto& d = j["detector"];
      e.detector.path = d.at("path").get<std::string>();
      apply("detector-size", d.at("input_size"));
      apply("score-threshold", d.at("score_threshold"));
      apply("nms-threshold", d.at("nms_threshold"));
      apply("min-face", d.at("min_face_size"));
      for (const char* name : {"model", "head", "preprocess", "device", "precision", "threads"})
        if (j.contains(name)) apply(name, j[name]);
    } else {
      for (const auto& f : engineFields())
        if (j.contains(f.name)) apply(f.name, j[f.name]);
      if (j.contains("random-architecture")) e.randomArchitecture = j["random-architecture"].get<std::string>();
    }
  } catch (const nlohmann::json::exception& ex) {
    throw ModelError(std::string("The sidecar's engine description is incomplete or malformed: ") + ex.what());
  }
  return e;
}

}  // namespace mien
