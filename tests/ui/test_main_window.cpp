// The desktop app under Xvfb: a real video runs, faces get overlays, label edits reach the next results, the
// CSV export equals the CLI's, languages switch, problems become banners, the UI stays responsive.
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "media/frame_overlay.h"
#include "media/overlay_style.h"
#include "ui/banner_bar.h"
#include "ui/face_overlay_model.h"
#include "ui/labels_panel.h"
#include "ui/live_view.h"
#include "ui/main_window.h"
#include "ui/timeline_model.h"
#include "ui/timeline_view.h"

using namespace mien;
using namespace mien::ui;

namespace {

QString shared(const std::string& relative) { return QString::fromStdString(test::sharedPath(relative)); }

EngineChoice tinyEngine() {
  EngineChoice e;
  e.model = shared("fixtures/clip-tiny/openai-tiny.pt").toStdString();
  e.head = shared("fixtures/clip-tiny/head-tiny.pth").toStdString();
  return e;
}

MainWindow::Options quietStart() {
  MainWindow::Options o;
  o.restoreLastSource = false;
  return o;
}

QStringList readLines(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll()).split('\n');
}

bool overlaysUse(const MainWindow& window, const QString& className) {
  for (const auto& face : window.overlays().faces())
    if (face.classNames.contains(className)) return true;
  return false;
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() {
    qputenv("XDG_CONFIG_HOME", QByteArray::fromStdString(home_.path("config")));
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(home_.path("data")));
    qputenv("HOME", QByteArray::fromStdString(home_.path()));
    QApplication::setOrganizationName("MienTest");
    QApplication::setApplicationName("mien-test");
  }

  void init() { QSettings().clear(); }

  void firstRunOffersModelsAndNeverBlocks() {
    MainWindow window(quietStart());
    window.show();
    QVERIFY(window.showsWelcome());
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/single_face.mp4")});
    QVERIFY(window.banner().isVisible());
    QVERIFY2(window.banner().text().contains("No model"), qPrintable(window.banner().text()));
  }

  void liveOverlaysFollowEditedLabels() {
    MainWindow window(quietStart());
    window.resize(1400, 860);
    window.show();
    window.setEngine(tinyEngine());
    window.setLoopFiles(true);
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/WolfgangLanger_Pexels.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);

    const FaceOverlay face = window.overlays().faces().first();
    const QImage frame = window.liveView().frame();
    QVERIFY(!frame.isNull());
    QVERIFY(QRectF(frame.rect()).intersects(face.box));
    QVERIFY(face.box.width() > 20);
    QStringList expectedNames;
    for (const auto& name : window.labels().promptSet().classNames()) expectedNames << QString::fromStdString(name);
    QCOMPARE(expectedNames.size(), 7);  // basic-7, the default preset
    QCOMPARE(face.classNames, expectedNames);
    QCOMPARE(face.probabilities.size(), 7);
    float sum = 0;
    for (float p : face.probabilities) sum += p;
    QVERIFY(std::abs(sum - 1.f) < 1e-4f);
    QVERIFY(face.classNames.contains(face.topLabel()));
    QVERIFY(window.statusText().contains("CPU"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.timeline().trackIds().isEmpty(), 10000);

    const QString renamed = window.labels().table()->item(1, 0)->text();
    window.labels().table()->item(1, 0)->setText("joyful");
    QTRY_VERIFY_WITH_TIMEOUT(overlaysUse(window, "joyful"), 20000);
    QVERIFY(!overlaysUse(window, renamed));
    const qint64 track = window.timeline().trackIds().first();
    QTRY_VERIFY_WITH_TIMEOUT(!window.timeline().series(track, "joyful").isEmpty(), 10000);

    // The screenshot CI keeps: the window with a video running and its overlays.
    QTest::qWait(1500);
    const QString dir = QStringLiteral(MIEN_BINARY_DIR) + "/artifacts";
    QDir().mkpath(dir);
    QVERIFY(window.grab().save(dir + "/mien-main-window.png"));
    const QString snapshot = window.saveSnapshot(QString::fromStdString(home_.path("snapshot.png")));
    QVERIFY(!snapshot.isEmpty());
    QVERIFY(!QImage(snapshot).isNull());
  }

  void aGferHeadShowsItsFixedClasses() {
    MainWindow window(quietStart());
    window.show();
    const PromptSet before = window.labels().promptSet();
    EngineChoice gfer;
    gfer.model = shared("fixtures/clip-tiny/openai-tiny.pt").toStdString();
    gfer.head = shared("fixtures/gfer-tiny/gfer-tiny.pth").toStdString();
    window.setEngine(gfer);
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/single_face.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);
    QVERIFY(!window.labels().isEditable());
    QCOMPARE(window.labels().table()->rowCount(), 7);
    QCOMPARE(window.overlays().faces().first().classNames.size(), 7);
    QCOMPARE(window.overlays().faces().first().classNames.first(), window.labels().table()->item(0, 0)->text());
    window.setEngine(tinyEngine());  // back to Exp-CLIP: the editable prompts return
    QTRY_VERIFY_WITH_TIMEOUT(window.labels().isEditable(), 30000);
    QCOMPARE(window.labels().promptSet().classNames(), before.classNames());
  }

  void pauseStepAndSeekFromTheTimeline() {
    MainWindow window(quietStart());
    window.resize(1400, 860);
    window.show();
    window.setEngine(tinyEngine());
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/WolfgangLanger_Pexels.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().frameIndex() > 5, 60000);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_Space);  // the play/pause shortcut
    QTRY_VERIFY(window.controller().isPaused());
    QTest::qWait(500);  // results already under way arrive
    const qint64 pausedAt = window.overlays().frameIndex();
    QTest::qWait(800);
    QCOMPARE(window.overlays().frameIndex(), pausedAt);

    QTest::keyClick(&window, Qt::Key_Period);  // step one frame
    QTRY_VERIFY(window.overlays().frameIndex() > pausedAt);
    const qint64 stepped = window.overlays().frameIndex();
    QTest::qWait(800);
    QCOMPARE(window.overlays().frameIndex(), stepped);
    QTest::keyClick(&window, Qt::Key_Space);
    QTRY_VERIFY(!window.controller().isPaused());

    // A click on the chart seeks there; the video goes on from that time.
    auto* chart = window.timelineView().findChild<QChartView*>("timelineChart");
    QVERIFY(chart);
    QTRY_VERIFY(!chart->chart()->series().isEmpty());
    const QRectF plot = chart->chart()->plotArea();
    const QPoint target(static_cast<int>(plot.left() + 0.8 * plot.width()), static_cast<int>(plot.center().y()));
    const double seconds = chart->chart()->mapToValue(target).x();
    QVERIFY(seconds > 5);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, target);
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().timestamp() >= seconds - 0.05, 20000);
  }

  void boothModeIsFullScreenWithLargeLabels() {
    MainWindow window(quietStart());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F11);
    QTRY_VERIFY(window.isFullScreen());
    QVERIFY(!window.menuBar()->isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(!window.isFullScreen());
    QVERIFY(window.menuBar()->isVisible());
  }

  void csvExportEqualsTheCli() {
    MainWindow window(quietStart());
    window.show();
    window.setEngine(tinyEngine());
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/single_face.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);
    window.labels().table()->item(0, 0)->setText("calm");
    const PromptSet prompts = window.labels().promptSet();
    test::ScratchDir out;
    prompts.save(out.path("prompts.json"));

    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportTimeline(QString::fromStdString(out.path("gui")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const auto cli = test::runProgram(MIEN_CLI_PATH, {"annotate", shared("media/single_face.mp4"), "-o",
                                                      QString::fromStdString(out.path("cli")), "--model",
                                                      encoderPathOf(tinyEngine()), "--head", headPathOf(tinyEngine()),
                                                      "--prompts", QString::fromStdString(out.path("prompts.json"))});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    const QStringList gui = readLines(QString::fromStdString(out.path("gui/single_face.csv")));
    QVERIFY(gui.size() > 10);
    QVERIFY(gui.first().contains("calm"));
    QCOMPARE(gui, readLines(QString::fromStdString(out.path("cli/single_face.csv"))));
  }

  // The GUI export runs the engine the window runs: an int8 engine gets the int8 thread layout (LibTorch's
  // pool), and the sidecar records it.
  void int8ExportLaysOutThreadsForInt8() {
    MainWindow window(quietStart());
    window.show();
    EngineChoice engine = tinyEngine();
    engine.precision = Precision::Int8;
    engine.threads = 1;
    window.setEngine(engine);
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/single_face.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);
    test::ScratchDir out;
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportTimeline(QString::fromStdString(out.path("gui")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const auto sidecar = nlohmann::json::parse(test::readBytes(out.path("gui/single_face.mien.json")));
    QCOMPARE(sidecar["options"]["engine"]["precision"].get<std::string>(), std::string("int8"));
    QCOMPARE(sidecar["runtime"]["precision"].get<std::string>(), std::string("int8"));
    QCOMPARE(sidecar["runtime"]["threads"].get<std::string>(), std::string("1 threads in LibTorch's pool"));
  }

  void languagesSwitchAtRunTime() {
    MainWindow window(quietStart());
    window.show();
    QMenu* file = window.menuBar()->findChild<QMenu*>("fileMenu");
    QVERIFY(file);
    QCOMPARE(file->title(), QString("&File"));
    const std::pair<QString, QString> expected[] = {{"de", "&Datei"}, {"es", "&Archivo"}, {"zh_CN", "文件(&F)"}};
    for (const auto& [code, title] : expected) {
      window.setLanguage(code);
      QTRY_COMPARE(file->title(), title);
    }
    window.setLanguage("en");
    QTRY_COMPARE(file->title(), QString("&File"));
  }

  void problemsBecomeBannersNotCrashes() {
    MainWindow window(quietStart());
    window.show();
    window.setEngine(tinyEngine());
    QTRY_VERIFY_WITH_TIMEOUT(window.controller().hasEngine(), 30000);

    window.openSource({SourceRequest::Kind::VideoFile, QString::fromStdString(home_.path("missing.mp4"))});
    QTRY_VERIFY(window.banner().isVisible());
    QVERIFY2(window.banner().text().contains("missing.mp4"), qPrintable(window.banner().text()));
    QCOMPARE(window.banner().level(), BannerBar::Level::Error);

    test::ScratchDir junk;
    test::writeBytes(junk.path("broken.mp4"), std::string(4096, '\x42'));
    window.openSource({SourceRequest::Kind::VideoFile, QString::fromStdString(junk.path("broken.mp4"))});
    QTRY_VERIFY(window.banner().isVisible() && window.banner().text().contains("broken.mp4"));

    SourceRequest camera;
    camera.kind = SourceRequest::Kind::Camera;
    camera.cameraIndex = 57;
    window.openSource(camera);
    QTRY_VERIFY(window.banner().isVisible());
    QVERIFY2(window.banner().text().contains("camera", Qt::CaseInsensitive), qPrintable(window.banner().text()));

    EngineChoice missing;
    missing.model = home_.path("no-such-model.pt");
    window.setEngine(missing);
    QTRY_VERIFY(window.banner().isVisible() && window.banner().text().contains("could not be loaded"));
    QVERIFY(window.banner().text().contains("no-such-model.pt"));
    QVERIFY(window.isVisible());
  }

  void eventLoopStaysResponsiveWhileTheModelWorks() {
    MainWindow window(quietStart());
    window.show();
    EngineChoice slow;
    slow.randomArchitecture = "ViT-B/16";  // about 0.1 s per face on this CPU, every frame
    window.setEngine(slow);
    window.setLoopFiles(true);
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/WolfgangLanger_Pexels.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 120000);
    const qint64 firstFrame = window.overlays().frameIndex();

    QObject probe;
    QElapsedTimer clock;
    double worstMs = 0;
    int handled = 0;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < 4000) {
      clock.start();
      bool done = false;
      QMetaObject::invokeMethod(&probe, [&] { done = true; }, Qt::QueuedConnection);
      while (!done) QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
      worstMs = std::max(worstMs, clock.nsecsElapsed() / 1e6);
      ++handled;
      QTest::qWait(20);
    }
    qInfo("posted events: %d, worst handling delay %.1f ms", handled, worstMs);
    QVERIFY(window.overlays().frameIndex() > firstFrame);  // the model kept working meanwhile
    QVERIFY2(worstMs < 50, qPrintable(QString::number(worstMs)));
  }

  void liveViewVideoAndTimelineShareOneOverlayLook() {
    FrameResult result;
    result.classNames = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"happiness", "sadness"});
    FaceResult face;
    face.trackId = 2;
    face.detection.x = 100, face.detection.y = 100, face.detection.width = 300, face.detection.height = 300;
    face.probabilities = {0.7f, 0.3f};
    result.faces = {face};
    const auto near = [](QColor seen, OverlayColour want) {
      return std::abs(seen.red() - want.red) <= 3 && std::abs(seen.green() - want.green) <= 3 &&
             std::abs(seen.blue() - want.blue) <= 3;
    };

    FaceOverlayModel model;
    model.show(result);
    LiveView view(model);
    view.resize(900, 900);
    QImage black(900, 900, QImage::Format_RGB888);
    black.fill(Qt::black);
    view.setFrame(black);
    const QImage shown = view.renderSnapshot().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(shown.size(), QSize(900, 900));
    QVERIFY2(near(shown.pixelColor(100, 250), trackColour(2)), qPrintable(shown.pixelColor(100, 250).name()));

    cv::Mat video(1800, 1800, CV_8UC3, cv::Scalar(0, 0, 0));
    drawFaceOverlays(video, result, *result.classNames);
    const cv::Vec3b edge = video.at<cv::Vec3b>(250, 100);  // the box's left edge, in BGR
    QVERIFY(near(QColor(edge[2], edge[1], edge[0]), trackColour(2)));

    TimelineModel timelineModel;
    TimelineView timeline(timelineModel);
    for (int i = 0; i < 3; ++i) {
      result.timestamp = i * 0.1;
      timelineModel.append(result);
    }
    QCOMPARE(timeline.seriesCount(), 2);
    QVERIFY(near(timeline.curveColour("happiness"), classColour(0)));
    QVERIFY(near(timeline.curveColour("sadness"), classColour(1)));
    int closest = 3 * 255;  // every class its own colour, however many: no two of 64 alike
    for (std::size_t a = 0; a < 64; ++a)
      for (std::size_t b = a + 1; b < 64; ++b) {
        const OverlayColour x = classColour(a), y = classColour(b);
        closest = std::min(closest, std::abs(x.red - y.red) + std::abs(x.green - y.green) + std::abs(x.blue - y.blue));
      }
    qInfo("closest pair of 64 class colours: %d", closest);
    QVERIFY(closest >= 20);
  }

  void settingsPersistAcrossRuns() {
    {
      MainWindow window(quietStart());
      window.setEngine(tinyEngine());
      window.setLanguage("de");
      window.close();
    }
    MainWindow again(quietStart());
    QCOMPARE(again.settings().engine.model, tinyEngine().model);
    QCOMPARE(again.settings().engine.head, tinyEngine().head);
    QCOMPARE(again.settings().language, QString("de"));
    again.setLanguage("en");
  }
};

MIEN_GUI_TEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
