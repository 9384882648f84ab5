// Which model the GUI runs: encoder and head files, precision and device, as the settings store them.
#pragma once
#include <QString>

namespace mien::ui {

struct EngineChoice {
  QString encoderPath;  // CLIP weights: Hugging Face folder, .safetensors or OpenAI .pt
  QString headPath;     // Exp-CLIP or GFER head; empty for plain CLIP
  QString precision = QStringLiteral("fp32");
  QString device = QStringLiteral("auto");
  QString randomArchitecture;  // tests and demos without weights: "ViT-B/16" with random weights

  bool isEmpty() const { return encoderPath.isEmpty() && randomArchitecture.isEmpty(); }
  bool operator==(const EngineChoice& o) const {
    return encoderPath == o.encoderPath && headPath == o.headPath && precision == o.precision && device == o.device &&
           randomArchitecture == o.randomArchitecture;
  }
};

}  // namespace mien::ui
