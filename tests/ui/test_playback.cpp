// Playing a recording and paging through a folder as a person does, with real keys and clicks (xdotool on a
// private Xvfb + openbox display): the seek slider follows playback and seeks where it is clicked or dragged
// to, the clock shows milliseconds and the frame, ← → step exactly one frame, speed changes the pace, Play at
// the end starts again; image folders get previous/next and a list instead of the timeline.
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSlider>
#include <QTabWidget>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QtTest>
#include <filesystem>

#include "support/fixtures.h"
#include "support/gui_fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "ui/face_overlay_model.h"
#include "ui/main_window.h"
#include "ui/source_bar.h"

using namespace mien;
using namespace mien::ui;
namespace fs = std::filesystem;

namespace {

QString shared(const std::string& relative) { return QString::fromStdString(test::sharedPath(relative)); }

// Where on the slider's groove a time lies, in the slider's coordinates.
QPoint grooveAt(QSlider* slider, double fraction) {
  QStyleOptionSlider option;
  option.initFrom(slider);
  option.orientation = slider->orientation();
  option.minimum = slider->minimum();
  option.maximum = slider->maximum();
  const QRect groove = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, slider);
  const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
  const int span = groove.width() - handle.width();
  return {groove.left() + handle.width() / 2 + static_cast<int>(fraction * span), groove.center().y()};
}

QPoint handleCentre(QSlider* slider) {
  QStyleOptionSlider option;
  option.initFrom(slider);
  option.orientation = slider->orientation();
  option.minimum = slider->minimum();
  option.maximum = slider->maximum();
  option.sliderPosition = option.sliderValue = slider->value();
  return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
}

}  // namespace

class PlaybackTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() { test::isolateSettings(home_, "mien-playback-test"); }

  void init() { QSettings().clear(); }

  void aRecordingPlaysSeeksStepsAndRestarts() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(test::tinyEngine());
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/WolfgangLanger_Pexels.mp4")});  // 19.685 s
    QVERIFY(test::activate(&window));
    QSlider* slider = window.sourceBar().seekSlider();
    const FaceOverlayModel& shown = window.overlays();

    // The slider follows playback.
    QTRY_VERIFY_WITH_TIMEOUT(shown.timestamp() > 2.0, 60000);
    QVERIFY(slider->isVisible() && slider->isEnabled());
    QCOMPARE(slider->maximum(), 19685);
    QVERIFY2(std::abs(slider->value() - shown.timestamp() * 1000) < 100, qPrintable(QString::number(slider->value())));
    const QRegularExpression clock(R"(^(\d\d):(\d\d)\.(\d{3}) / 00:19\.685  frame (\d+)$)");
    const auto match = clock.match(window.sourceBar().clockText());
    QVERIFY2(match.hasMatch(), qPrintable(window.sourceBar().clockText()));

    // A click on the groove at three quarters seeks there.
    test::click(slider, grooveAt(slider, 0.75));
    QTRY_VERIFY_WITH_TIMEOUT(shown.timestamp() > 0.75 * 19.685 - 0.3 && shown.timestamp() < 0.75 * 19.685 + 2, 20000);
    QVERIFY(std::abs(slider->value() - shown.timestamp() * 1000) < 150);

    // Space pauses; a drag of the handle to a quarter seeks there and stays paused on that frame.
    test::pressKey("space");
    QTRY_VERIFY(window.controller().isPaused());
    test::drag(slider, handleCentre(slider), grooveAt(slider, 0.25));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(shown.timestamp() - slider->value() / 1000.0) < 0.05 && shown.timestamp() < 6, 20000);
    QVERIFY2(shown.timestamp() > 0.1 * 19.685 && shown.timestamp() < 0.4 * 19.685, qPrintable(QString::number(shown.timestamp())));
    QVERIFY(window.controller().isPaused());

    // → and ← step exactly one frame (23.976 fps), and the clock names the frame.
    QTest::qWait(300);
    const qint64 frame = shown.frameIndex();
    const double at = shown.timestamp();
    test::pressKey("Right");
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), frame + 1, 10000);
    QVERIFY(std::abs(shown.timestamp() - at - 1001.0 / 24000) < 1e-3);
    test::pressKey("Right");
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), frame + 2, 10000);
    test::pressKey("Left");
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), frame + 1, 10000);
    QVERIFY2(window.sourceBar().clockText().endsWith(QStringLiteral("frame %1").arg(frame + 1)),
             qPrintable(window.sourceBar().clockText()));
    QVERIFY(window.controller().isPaused());
    test::screenshot(&window, "playback-paused-en-1280x720");

    // Speed: the chosen pace reaches the player; ¼× covers at most a quarter of the wall clock (a loaded machine
    // only slows playback, so this bound holds anywhere), 2× more than that.
    const auto advanceOverTwoSeconds = [&](int speedIndex) {
      QComboBox* speed = window.sourceBar().speedBox();
      // QTest keys on the real combo box: its popup opens unreliably for a second xdotool click under load.
      speed->setFocus();
      for (int i = speed->currentIndex(); i != speedIndex; i += speedIndex > i ? 1 : -1)
        QTest::keyClick(speed, speedIndex > i ? Qt::Key_Down : Qt::Key_Up);
      speed->clearFocus();
      [&] { QTRY_COMPARE(speed->currentIndex(), speedIndex); }();
      if (window.controller().isPaused()) test::pressKey("space");
      QTest::qWait(800);  // the reopened file is playing
      const double from = shown.timestamp();
      QTest::qWait(2000);
      return shown.timestamp() - from;
    };
    test::click(slider, grooveAt(slider, 0.1));
    const double fast = advanceOverTwoSeconds(4);
    QCOMPARE(window.controller().source().speed, 2.0);
    const double slow = advanceOverTwoSeconds(0);
    QCOMPARE(window.controller().source().speed, 0.25);
    qInfo("2x: %.2f s of video in 2 s; 0.25x: %.2f s", fast, slow);
    QVERIFY2(slow > 0.05 && slow < 0.6, qPrintable(QString::number(slow)));
    QVERIFY(fast > 1.5 * slow);

    // Play at the end starts again from the beginning.
    test::click(slider, grooveAt(slider, 0.98));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller().hasEnded(), 30000);
    QTRY_VERIFY(slider->value() > 19000);
    test::pressKey("space");
    QTRY_VERIFY_WITH_TIMEOUT(shown.timestamp() < 1.5 && !window.controller().hasEnded(), 10000);
    QTRY_VERIFY(slider->value() < 2000);
  }

  void anImageFolderPagesWithoutATimeline() {
    test::ScratchDir photos;
    for (const char* name : {"messi5.jpg", "multi_face.jpg", "astronaut.png"})
      fs::copy_file(test::sharedPath(std::string("media/") + name), photos.path(name));
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(test::tinyEngine());
    window.openSource({SourceRequest::Kind::ImageFolder, QString::fromStdString(photos.path())});
    QVERIFY(test::activate(&window));
    const FaceOverlayModel& shown = window.overlays();
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), qint64(0), 60000);
    QListWidget& list = window.imageList();
    QTRY_COMPARE(list.count(), 3);
    QCOMPARE(list.item(0)->text(), QString("astronaut.png"));  // sorted by name
    QVERIFY(list.isVisible());
    QVERIFY(!window.findChild<QDockWidget*>("timelineDock")->isVisible());
    QVERIFY(!window.sourceBar().seekSlider()->isVisible());

    test::pressKey("Right");
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), qint64(1), 20000);
    QCOMPARE(list.currentRow(), 1);
    QVERIFY(window.findChild<QLabel*>("imagePosition")->text().contains("2") &&
            window.findChild<QLabel*>("imagePosition")->text().contains("messi5.jpg"));
    test::click(list.viewport(), list.visualItemRect(list.item(2)).center());
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), qint64(2), 20000);
    test::pressKey("Left");
    QTRY_COMPARE_WITH_TIMEOUT(shown.frameIndex(), qint64(1), 20000);
    QTest::qWait(500);
    QCOMPARE(shown.frameIndex(), qint64(1));  // one image is shown, not the rest of the folder
    test::screenshot(&window, "image-folder-en-1280x720");
  }
};

MIEN_GUI_TEST_MAIN(PlaybackTest)
#include "test_playback.moc"
