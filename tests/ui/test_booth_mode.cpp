// Booth mode as an operator runs it, with real keys (xdotool on a private Xvfb + openbox display): F11 enters
// full screen with only the live view (no menus, panels or Train tab), Esc leaves, or asks for the PIN when one
// is set (a wrong PIN keeps the booth); booth mode, loop and the booth settings survive a restart; a crowd is
// capped to the largest faces; a camera that is gone and comes back is reconnected by itself.
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>
#include <filesystem>

#include "support/fixtures.h"
#include "support/gui_fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "ui/banner_bar.h"
#include "ui/face_overlay_model.h"
#include "ui/main_window.h"
#include "ui/session_controller.h"

using namespace mien;
using namespace mien::ui;
namespace fs = std::filesystem;

namespace {

bool showsOnlyTheLiveView(MainWindow& window) {
  for (const char* dock : {"labelsDock", "timelineDock", "identityDock", "imagesDock"})
    if (window.findChild<QDockWidget*>(dock)->isVisible()) return false;
  return !window.menuBar()->isVisible() && !window.tabs().tabBar()->isVisible() && window.tabs().currentIndex() == 0;
}

}  // namespace

class BoothModeTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() { test::isolateSettings(home_, "mien-booth-test"); }

  void init() { QSettings().clear(); }

  void f11EntersAndEscLeaves() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    QVERIFY(test::activate(&window));
    window.tabs().setCurrentIndex(1);  // the operator was on the Train tab
    test::pressKey("F11");
    QTRY_VERIFY(window.inBoothMode());
    QTRY_VERIFY(window.isFullScreen());
    QVERIFY(showsOnlyTheLiveView(window));
    test::pressKey("ctrl+e");  // export and the other editing shortcuts are off
    QTest::qWait(300);
    QVERIFY(!QApplication::activeModalWidget());
    test::screenshot(&window, "booth-en");
    test::pressKey("Escape");
    QTRY_VERIFY(!window.inBoothMode());
    QTRY_VERIFY(!window.isFullScreen());
    QVERIFY(window.menuBar()->isVisible() && window.tabs().tabBar()->isVisible());
    QTRY_VERIFY(window.findChild<QDockWidget*>("labelsDock")->isVisible() || window.findChild<QDockWidget*>("identityDock")->isVisible());
  }

  void aPinGuardsTheWayOutAndSettingsPersist() {
    {
      QSettings s;
      s.setValue("booth/pin", "2468");
      s.setValue("booth/maxFaces", 2);
    }
    {
      MainWindow window(test::quietStart());
      window.resize(1280, 720);
      window.show();
      QVERIFY(test::activate(&window));
      window.findChild<QAction*>("loop")->setChecked(true);
      test::pressKey("F11");
      QTRY_VERIFY(window.isFullScreen());
      test::pressKey("Escape");
      auto* pin = window.findChild<QLineEdit*>("boothPin");
      QTRY_VERIFY(pin->isVisible() && pin->hasFocus());
      test::typeText("1111");
      test::pressKey("Return");
      QTRY_VERIFY(pin->placeholderText().contains("Wrong PIN"));
      QVERIFY(window.inBoothMode() && window.isFullScreen());
      test::pressKey("F11");  // F11 does not bypass the PIN either
      QTest::qWait(300);
      QVERIFY(window.inBoothMode());
      // The booth is left running in booth mode when the machine shuts down.
      window.close();
    }
    MainWindow again(test::quietStart());
    again.show();
    QVERIFY(again.inBoothMode());
    QTRY_VERIFY(again.isFullScreen());
    QVERIFY(again.findChild<QAction*>("loop")->isChecked());
    QVERIFY(test::activate(&again));

    // A crowd: multi_face.jpg holds more faces than the booth's cap of two.
    test::ScratchDir photos;
    fs::copy_file(test::sharedPath("media/multi_face.jpg"), photos.path("crowd.jpg"));
    again.setEngine(test::tinyEngine());
    again.openSource({SourceRequest::Kind::ImageFolder, QString::fromStdString(photos.path())});
    QTRY_VERIFY_WITH_TIMEOUT(again.overlays().rowCount() > 0, 60000);
    QCOMPARE(again.overlays().rowCount(), 2);
    QTest::qWait(300);
    test::screenshot(&again, "booth-crowd-en");

    test::pressKey("Escape");
    auto* pin = again.findChild<QLineEdit*>("boothPin");
    QTRY_VERIFY(pin->isVisible() && pin->hasFocus());
    test::typeText("2468");
    test::pressKey("Return");
    QTRY_VERIFY(!again.inBoothMode());
    QTRY_VERIFY(again.overlays().rowCount() > 2);  // outside booth mode every face counts
  }

  void aCameraThatComesBackIsReconnected() {
    // A camera by device path, here a path where a recording appears only later (as a camera plugged in late)
    // and which ends (as an unplugged one): both times the window opens it again by itself.
    test::ScratchDir devices;
    const std::string device = devices.path("camera.mp4");
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(test::tinyEngine());
    QSignalSpy opened(&window.controller(), &SessionController::sourceOpened);
    SourceRequest camera{SourceRequest::Kind::Camera, QString::fromStdString(device)};
    window.openSource(camera);
    QTRY_VERIFY_WITH_TIMEOUT(window.banner().text().contains("Trying again"), 20000);
    QVERIFY2(window.banner().text().contains("camera.mp4"), qPrintable(window.banner().text()));
    QCOMPARE(opened.count(), 0);
    fs::copy_file(test::sharedPath("media/single_face.mp4"), device);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 2, 60000);  // the stream ended and was opened again
    QCOMPARE(window.controller().source().kind, SourceRequest::Kind::Camera);
  }
};

MIEN_GUI_TEST_MAIN(BoothModeTest)
#include "test_booth_mode.moc"
