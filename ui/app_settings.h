// What Mien remembers between runs (QSettings): last source, model, thresholds, smoothing, language, layout.
#pragma once
#include <QByteArray>
#include <QString>

#include "engine_choice.h"
#include "source_request.h"

namespace mien::ui {

struct AppSettings {
  SourceRequest lastSource;
  EngineChoice engine;
  QString promptsJson;   // the labels panel's prompt set
  bool headEnabled = true;
  float smoothingAlpha = 1.0f;  // 1 = off
  bool showBars = true;
  QString language;      // "" = the system's; "en", "de", "es", "zh_CN"
  QString modelBaseUrl;  // mirror for model downloads
  QByteArray geometry, windowState;

  static AppSettings load();
  void save() const;
};

}  // namespace mien::ui
