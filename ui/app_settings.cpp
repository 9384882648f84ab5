// One QSettings group per concern; missing keys fall back to the defaults in the struct.
#include "app_settings.h"

#include <algorithm>

#include <QSettings>

namespace mien::ui {
namespace {

// One key per engine field ("engine/precision"); a stored value the engine no longer accepts keeps the default.
void loadEngine(QSettings& s, EngineChoice& engine) {
  if (!s.contains("engine/model") && s.contains("model/encoder")) {  // settings written before the engine description
    engine.model = s.value("model/encoder").toString().toStdString();
    engine.head = s.value("model/head").toString().toStdString();
  }
  for (const auto& field : engineFields()) {
    const QString key = "engine/" + QString::fromStdString(field.name);
    if (!s.contains(key)) continue;
    try {
      engine.set(field.name, s.value(key).toString().toStdString());
    } catch (const std::exception&) {
    }
  }
}

void saveEngine(QSettings& s, const EngineChoice& engine) {
  for (const auto& field : engineFields())
    s.setValue("engine/" + QString::fromStdString(field.name), QString::fromStdString(engine.get(field.name)));
}

}  // namespace

AppSettings AppSettings::load() {
  QSettings s;
  AppSettings a;
  a.lastSource.kind = static_cast<SourceRequest::Kind>(s.value("source/kind", 0).toInt());
  a.lastSource.path = s.value("source/path").toString();
  a.lastSource.cameraIndex = s.value("source/camera", 0).toInt();
  a.lastSource.width = s.value("source/width", 1280).toInt();
  a.lastSource.height = s.value("source/height", 720).toInt();
  loadEngine(s, a.engine);
  a.promptsJson = s.value("labels/prompts").toString();
  a.headEnabled = s.value("labels/headEnabled", true).toBool();
  a.smoothingAlpha = s.value("tracking/smoothingAlpha", 1.0).toFloat();
  a.windowFrames = std::clamp(s.value("tracking/windowFrames", 1).toInt(), 1, 1024);
  a.windowValidOnly = s.value("tracking/windowValidOnly", false).toBool();
  a.showBars = s.value("view/showBars", true).toBool();
  a.loopFiles = s.value("view/loopFiles", false).toBool();
  a.boothMode = s.value("booth/on", false).toBool();
  a.boothPin = s.value("booth/pin").toString();
  a.boothMaxFaces = std::clamp(s.value("booth/maxFaces", 0).toInt(), 0, 100);
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
  saveEngine(s, engine);
  s.setValue("labels/prompts", promptsJson);
  s.setValue("labels/headEnabled", headEnabled);
  s.setValue("tracking/smoothingAlpha", smoothingAlpha);
  s.setValue("tracking/windowFrames", windowFrames);
  s.setValue("tracking/windowValidOnly", windowValidOnly);
  s.setValue("view/showBars", showBars);
  s.setValue("view/loopFiles", loopFiles);
  s.setValue("booth/on", boothMode);
  s.setValue("booth/pin", boothPin);
  s.setValue("booth/maxFaces", boothMaxFaces);
  s.setValue("ui/language", language);
  s.setValue("models/baseUrl", modelBaseUrl);
  s.setValue("window/geometry", geometry);
  s.setValue("window/state", windowState);
  s.sync();
}

}  // namespace mien::ui
