// One QSettings group per concern; missing keys fall back to the defaults in the struct.
#include "app_settings.h"

#include <QSettings>

namespace mien::ui {

AppSettings AppSettings::load() {
  QSettings s;
  AppSettings a;
  a.lastSource.kind = static_cast<SourceRequest::Kind>(s.value("source/kind", 0).toInt());
  a.lastSource.path = s.value("source/path").toString();
  a.lastSource.cameraIndex = s.value("source/camera", 0).toInt();
  a.lastSource.width = s.value("source/width", 1280).toInt();
  a.lastSource.height = s.value("source/height", 720).toInt();
  a.engine.encoderPath = s.value("model/encoder").toString();
  a.engine.headPath = s.value("model/head").toString();
  a.engine.precision = s.value("model/precision", "fp32").toString();
  a.engine.device = s.value("model/device", "auto").toString();
  a.promptsJson = s.value("labels/prompts").toString();
  a.headEnabled = s.value("labels/headEnabled", true).toBool();
  a.scoreThreshold = s.value("detection/scoreThreshold", 0.6).toFloat();
  a.smoothingAlpha = s.value("tracking/smoothingAlpha", 1.0).toFloat();
  a.showBars = s.value("view/showBars", true).toBool();
  a.language = s.value("ui/language").toString();
  a.modelBaseUrl = s.value("models/baseUrl").toString();
  a.geometry = s.value("window/geometry").toByteArray();
  a.windowState = s.value("window/state").toByteArray();
  return a;
}

void AppSettings::save() const {
  QSettings s;
  s.setValue("source/kind", static_cast<int>(lastSource.kind));
  s.setValue("source/path", lastSource.path);
  s.setValue("source/camera", lastSource.cameraIndex);
  s.setValue("source/width", lastSource.width);
  s.setValue("source/height", lastSource.height);
  s.setValue("model/encoder", engine.encoderPath);
  s.setValue("model/head", engine.headPath);
  s.setValue("model/precision", engine.precision);
  s.setValue("model/device", engine.device);
  s.setValue("labels/prompts", promptsJson);
  s.setValue("labels/headEnabled", headEnabled);
  s.setValue("detection/scoreThreshold", scoreThreshold);
  s.setValue("tracking/smoothingAlpha", smoothingAlpha);
  s.setValue("view/showBars", showBars);
  s.setValue("ui/language", language);
  s.setValue("models/baseUrl", modelBaseUrl);
  s.setValue("window/geometry", geometry);
  s.setValue("window/state", windowState);
  s.sync();
}

}  // namespace mien::ui
