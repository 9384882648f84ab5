// Exporting an annotated video as a person does, with real clicks and keys (xdotool on a private Xvfb + openbox
// display): File > Export annotated video asks for a folder in a dialog titled for the video, the banner after
// the export names the folder as a link that opens it, and the MP4 carries the recording's audio (ffprobe).
#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include "support/fixtures.h"
#include "support/gui_fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "ui/banner_bar.h"
#include "ui/face_overlay_model.h"
#include "ui/main_window.h"

using namespace mien;
using namespace mien::ui;

namespace {

EngineChoice tinyEngine() {
  EngineChoice e = test::tinyEngine();
  e.threads = 1;
  return e;
}

// "codec_type,duration" of the file's first stream of `type` ("a" or "v"), or "" when it has none.
QString probe(const QString& file, const char* type) {
  return test::runProgram("ffprobe", {"-v", "error", "-select_streams", QString(type) + ":0", "-show_entries",
                                      "stream=codec_type,duration", "-of", "csv=p=0", file})
      .out.trimmed();
}

}  // namespace

// Receives what QDesktopServices::openUrl would hand to the file manager.
class OpenedUrls : public QObject {
  Q_OBJECT
 public:
  QList<QUrl> urls;
 public slots:
  void open(const QUrl& url) { urls << url; }
};

class ExportVideoTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() {
    test::isolateSettings(home_, "mien-export-video-test");
    QSettings().clear();
  }

  void theAnnotatedVideoGoesWhereTheBannerSaysWithItsSound() {
    test::ScratchDir out;
    const QString folder = QString::fromStdString(out.path());
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(tinyEngine());
    window.openSource({SourceRequest::Kind::VideoFile, QString::fromStdString(test::sharedPath("media/single_face.mp4"))});
    QVERIFY(test::activate(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().frameIndex() >= 0, 60000);

    // The folder dialog runs its own event loop: it is answered from a timer, by typing, as a person would.
    QString dialogTitle;
    QTimer answer;
    answer.setInterval(200);
    connect(&answer, &QTimer::timeout, this, [&] {
      auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
      if (!dialog || !dialog->isVisible()) return;
      answer.stop();
      dialogTitle = dialog->windowTitle();
      auto* name = dialog->findChild<QLineEdit*>("fileNameEdit");
      if (!name) return dialog->reject();
      name->setFocus();
      test::pressKey("ctrl+a");
      test::typeText(folder);
      test::pressKey("Return");
      if (dialog->isVisible()) test::pressKey("Return");  // the first one may only have finished the completion
    });
    answer.start();
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    QMenuBar* bar = window.menuBar();
    QMenu* file = window.findChild<QMenu*>("fileMenu");
    test::click(bar, bar->actionGeometry(file->menuAction()).center());
    QTRY_VERIFY(file->isVisible());
    QAction* exportVideo = window.findChild<QAction*>("exportVideo");
    test::click(file, file->actionGeometry(exportVideo).center());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 180000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(dialogTitle.contains("video") && !dialogTitle.startsWith("Folder for the CSV"), qPrintable(dialogTitle));

    // The banner names the folder, as a link.
    BannerBar& banner = window.banner();
    QTRY_VERIFY(banner.isVisible());
    QVERIFY2(banner.text().contains(QDir::toNativeSeparators(folder)), qPrintable(banner.text()));
    QLabel* text = banner.findChild<QLabel*>("bannerText");
    QVERIFY(text->text().contains("<a href=\"file://"));
    OpenedUrls opened;
    QDesktopServices::setUrlHandler("file", &opened, "open");
    const QString before = banner.text().left(banner.text().size() - QDir::toNativeSeparators(folder).size());
    const int linkX = text->contentsRect().left() + text->fontMetrics().horizontalAdvance(before) + 20;
    test::click(text, {linkX, text->height() / 2});
    QTRY_COMPARE(opened.urls.size(), 1);
    QDesktopServices::unsetUrlHandler("file");
    QCOMPARE(QDir(opened.urls.first().toLocalFile()).absolutePath(), QDir(folder).absolutePath());
    test::screenshot(&window, "export-video-banner-en-1280x720");

    // The MP4 has the recording's sound, as long as its picture.
    const QString mp4 = folder + "/single_face.annotated.mp4";
    QVERIFY(QFile::exists(mp4));
    const QStringList audio = probe(mp4, "a").split(','), video = probe(mp4, "v").split(',');
    QVERIFY2(audio.value(0) == "audio", qPrintable(audio.join(',')));
    QVERIFY2(std::abs(audio.value(1).toDouble() - video.value(1).toDouble()) < 0.15,
             qPrintable(audio.join(',') + " / " + video.join(',')));
  }
};

MIEN_GUI_TEST_MAIN(ExportVideoTest)
#include "test_export_video.moc"
