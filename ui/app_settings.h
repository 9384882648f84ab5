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
  int windowFrames = 1;         // the paper's video mode: labels from the mean of a track's last N frames; 1 = off
  bool windowValidOnly = false; // frames that are not valid stay out of that mean
  bool showBars = true;
  bool loopFiles = false;
  bool boothMode = false;  // a booth that restarts comes back in booth mode
  QString boothPin;        // empty: Esc leaves booth mode; else Esc asks for it
  int boothMaxFaces = 0;   // booth mode analyses at most this many faces (the largest); 0 = all
  QString language;      // "" = the system's; "en", "de", "es", "zh_CN"
  QString modelBaseUrl;  // mirror for model downloads
  QByteArray geometry, windowState;

  static AppSettings load();
  void save() const;
};

}  // namespace mien::ui
