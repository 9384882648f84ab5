// The one description of an engine: model files, device, precision, threads, preprocessing and face detector.
// The library's defaults are the member initialisers here. Front ends set fields by name through
// engineFields() (the CLI makes one flag per field, the GUI settings store one key per field, the sidecar one
// JSON member per field), so an option is defined once. It is the only input to createClassifier().
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/option_range.h"
#include "model/compute_device.h"
#include "model/precision.h"
#include "vision/detector_spec.h"

namespace mien {

// Threads for LibTorch's pool, 0 = all physical cores: the engine's and the training verbs' --threads.
inline constexpr OptionRange kThreadCount{0, 1024, true};

struct EngineSpec {
  std::string model;       // CLIP weights: Hugging Face folder, .safetensors, OpenAI .pt
  std::string head;        // Exp-CLIP or GFER head; empty for plain CLIP
  std::string preprocess;  // override; empty = from the manifest of the head (or the encoder without one)
  std::string randomArchitecture;  // benchmarks and tests: "ViT-B/32" with random weights instead of `model`
  DevicePreference device = DevicePreference::Auto;
  std::optional<Precision> precision;  // empty: the device's default (fp32 on the CPU, fp16 on CUDA)
  int threads = 0;                     // model threads; 0 = all physical cores
  DetectorSpec detector;
  std::string resourcesDir;  // tokenizer fallback; empty = the installed resources
  std::string manifestsDir;  // manifest catalogue; empty = the installed models/

  // By field name (engineFields()); throws ModelError naming the option, the value and what is accepted.
  void set(const std::string& field, const std::string& value);
  std::string get(const std::string& field) const;  // "" for an unset optional field

  bool operator==(const EngineSpec& o) const { return toJson() == o.toJson(); }
  bool operator!=(const EngineSpec& o) const { return !(*this == o); }

  nlohmann::json toJson() const;  // one member per field, by name
  // Reads what toJson() wrote, and the engine part of the options of a version-1 sidecar. Throws ModelError.
  static EngineSpec fromJson(const nlohmann::json& json);
};

struct EngineField {
  std::string name;     // "precision": the CLI flag (--precision), the settings key, the JSON member
  std::string help;     // one line for --help and tooltips
  std::string accepts;  // "auto, cpu or cuda", "a whole number from 0 to 1024"
  bool detector = false;  // configures the face detector (verbs that take aligned crops leave these out)
};
const std::vector<EngineField>& engineFields();

}  // namespace mien
