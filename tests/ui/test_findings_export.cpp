// The GUI's way from frames to findings, on a real X display: a recording exported as CSV from the window, a
// baseline marked by Shift+drag and an event dropped by Ctrl+click on the timeline, then Export findings… and
// Export report… through their dialog: the files core writes, the marks carried into them, mistakes on the banner.
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "support/fixtures.h"
#include "support/expect_error.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "ui/banner_bar.h"
#include "ui/face_overlay_model.h"
#include "ui/findings_dialog.h"
#include "ui/main_window.h"
#include "ui/summarize_dialog.h"
#include "ui/timeline_marks.h"
#include "ui/timeline_view.h"

using namespace mien;
using namespace mien::ui;
namespace fs = std::filesystem;

namespace {

QString shared(const std::string& relative) {
  return QString::fromStdString(fs::weakly_canonical(fs::path(MIEN_SHARED_DIR) / relative).string());
}


EngineChoice tinyEngine() {
  EngineChoice e;
  e.model = shared("fixtures/clip-tiny/openai-tiny.pt").toStdString();
  e.head = shared("fixtures/clip-tiny/head-tiny.pth").toStdString();
  return e;
}

QPoint chartPoint(QChartView* view, double seconds) {
  return view->chart()->mapToPosition(QPointF(seconds, 0.5)).toPoint();
}

}  // namespace

class FindingsExportTest : public QObject {
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

  void timelineMarksToFindingsFiles() {
    MainWindow::Options quiet;
    quiet.restoreLastSource = false;
    MainWindow window(quiet);
    window.resize(1400, 860);
    window.show();
    QMenu* file = window.menuBar()->findChild<QMenu*>("fileMenu");
    QVERIFY(file);
    QStringList ids;
    for (auto* a : file->actions()) ids << a->objectName();
    QVERIFY(ids.contains("exportFindings") && ids.contains("exportReport") && ids.contains("summarizeRuns"));

    window.setEngine(tinyEngine());
    window.openSource({SourceRequest::Kind::VideoFile, shared("media/single_face.mp4")});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);
    test::ScratchDir out;
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    window.exportTimeline(QString::fromStdString(out.path("run")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    const QString csv = window.runCsvOfOpenFile();
    QCOMPARE(csv, QString::fromStdString(out.path("run/single_face.csv")));

    // Marks made with the mouse on the timeline chart (its x axis shows 0-10 s at least).
    auto* chart = window.timelineView().findChild<QChartView*>("timelineChart");
    QVERIFY(chart);
    window.marks().clear();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, chartPoint(chart, 0.2));
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, chartPoint(chart, 1.0));
    QVERIFY(window.marks().baseline());
    QVERIFY2(std::abs(window.marks().baseline()->start - 0.2) < 0.1 && std::abs(window.marks().baseline()->end - 1.0) < 0.1,
             qPrintable(QString("%1-%2").arg(window.marks().baseline()->start).arg(window.marks().baseline()->end)));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::ControlModifier, chartPoint(chart, 1.5));
    QCOMPARE(window.marks().markers().size(), std::size_t{1});
    QVERIFY(std::abs(window.marks().markers()[0].time - 1.5) < 0.1);
    QCOMPARE(window.marks().markers()[0].label, std::string("event 1"));
    window.marks().addMarker(0.0, "rest");  // labels typed elsewhere arrive the same way

    FindingsDialog dialog(FindingsDialog::Mode::Findings, csv, QString::fromStdString(out.path("findings")), window.marks());
    QVERIFY(dialog.findChild<QCheckBox*>("findingsUseBaseline")->isChecked());
    QVERIFY(dialog.findChild<QCheckBox*>("findingsUseMarkers")->isChecked());
    dialog.findChild<QDoubleSpinBox*>("findingsThreshold")->setValue(0.6);
    dialog.setFormat(ExportFormat::Report, true);
    const FindingsRequest request = dialog.request();
    QSignalSpy done(&window, &MainWindow::findingsExported);
    QVERIFY2(window.exportFindings(request), qPrintable(window.banner().text()));
    QCOMPARE(done.count(), 1);
    for (const char* name : {"single_face.eaf", "single_face.boris", "single_face.boris.tsv", "single_face.segments.csv", "single_face.summary.csv",
                             "single_face.baseline.csv", "single_face.events.csv", "single_face.report.html", "single_face.findings.json"})
      QVERIFY2(fs::exists(out.path("findings/") + name), name);
    const auto record = nlohmann::json::parse(mien::test::readBytes(out.path("findings/single_face.findings.json")));
    QCOMPARE(record["segments"]["threshold"].get<double>(), 0.6);
    QVERIFY(std::abs(record["baseline"][0]["start_s"].get<double>() - window.marks().baseline()->start) < 1e-12);
    const QStringList events = QString::fromStdString(mien::test::readBytes(out.path("findings/single_face.events.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1], QString("0.000000,rest"));
    QVERIFY(events[2].endsWith(",event 1"));
    const QStringList summary = QString::fromStdString(mien::test::readBytes(out.path("findings/single_face.summary.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(summary.size(), 3);  // one face x two windows (rest, event 1)
    QVERIFY(summary[1].contains(",1,rest,0.000000,"));

    FindingsDialog report(FindingsDialog::Mode::Report, csv, QString::fromStdString(out.path("reports")), window.marks());
    QCOMPARE(report.reportPath(), QString::fromStdString(out.path("reports/single_face.report.html")));
    fs::create_directories(out.path("reports"));
    QVERIFY2(window.exportReport(report.request(), report.reportPath()), qPrintable(window.banner().text()));
    QVERIFY(mien::test::readBytes(out.path("reports/single_face.report.html")).find("<svg") != std::string::npos);

    // Summarize runs…: this run twice would be refused (same name), so the run and a copy under another name,
    // joined with a conditions file.
    fs::copy_file(csv.toStdString(), out.path("run/copy.csv"));
    {
      std::ofstream(out.path("conditions.csv")) << "recording,condition\nsingle_face,a\ncopy,b\n";
    }
    SummarizeDialog summarize;
    summarize.setRuns({csv, QString::fromStdString(out.path("run/copy.csv"))});
    summarize.setConditionsFile(QString::fromStdString(out.path("conditions.csv")));
    summarize.setOutputFile(QString::fromStdString(out.path("study.csv")));
    QVERIFY2(window.summarizeRuns(summarize.request(), summarize.outputFile()), qPrintable(window.banner().text()));
    const QStringList study = QString::fromStdString(mien::test::readBytes(out.path("study.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(study.size(), 3);
    QVERIFY(study[0].startsWith("recording,condition,participant,window,event"));
    QVERIFY(study[1].startsWith("single_face,a,face_1,1,run,"));
    QCOMPARE(study[2].mid(study[2].indexOf(",face_1")), study[1].mid(study[1].indexOf(",face_1")));
    summarize.setConditionsFile({});
    summarize.setRuns({});
    QVERIFY(test::errorMessage<ModelError>([&] { (void)summarize.request(); }).contains("Add the runs"));

    // Mistakes: no CSV chosen; a CSV that is not there (the banner says which).
    FindingsDialog empty(FindingsDialog::Mode::Findings, {}, QString::fromStdString(out.path("x")), window.marks());
    bool refused = false;
    try {
      (void)empty.request();
    } catch (const ModelError& e) {
      refused = QString(e.what()).contains("CSV");
    }
    QVERIFY(refused);
    FindingsRequest missing = request;
    missing.csv = out.path("nothing.csv");
    missing.outputDir = out.path("x");
    QVERIFY(!window.exportFindings(missing));
    QVERIFY2(window.banner().text().contains("nothing.csv"), qPrintable(window.banner().text()));
    QVERIFY(!fs::exists(out.path("x")));
  }
};

MIEN_GUI_TEST_MAIN(FindingsExportTest)
#include "test_findings_export.moc"
