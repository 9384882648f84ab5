// What every window test starts from: its own settings and data folders, the fixture model, and a main window
// that does not reopen the last source.
#pragma once
#include <QApplication>
#include <QByteArray>

#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "ui/engine_choice.h"
#include "ui/main_window.h"

namespace mien::test {

// Settings and downloads under `home`, in a settings file of `application`'s own.
inline void isolateSettings(const ScratchDir& home, const char* application) {
  qputenv("XDG_CONFIG_HOME", QByteArray::fromStdString(home.path("config")));
  qputenv("XDG_DATA_HOME", QByteArray::fromStdString(home.path("data")));
  QApplication::setOrganizationName("MienTest");
  QApplication::setApplicationName(application);
}

inline ui::EngineChoice tinyEngine() {
  ui::EngineChoice e;
  e.model = sharedPath("fixtures/clip-tiny/openai-tiny.pt");
  e.head = sharedPath("fixtures/clip-tiny/head-tiny.pth");
  return e;
}

inline ui::MainWindow::Options quietStart() {
  ui::MainWindow::Options o;
  o.restoreLastSource = false;
  return o;
}

}  // namespace mien::test
