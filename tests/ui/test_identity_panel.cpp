// Who is who, in the window, with real clicks and keys (xdotool and QTest on a private Xvfb + openbox display):
// a run's tracks listed in the Participants panel after Annotate files…, renamed by double-click and typing,
// merged by Ctrl+click and a name, one dropped; Save writes NAME.participants.json beside the CSV, a merge of
// two faces seen together is refused naming the frame, and the exported CSV carries the names. The timeline
// greys frames that are not valid and draws zero-shot dimensions as dashed curves; the video-mode window set in
// Settings reaches the annotation.
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QLineSeries>
#include <QChartView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "io/findings_export.h"
#include "io/run_tracks.h"
#include "model/prompt_presets.h"
#include "support/fixtures.h"
#include "support/gui_fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "ui/banner_bar.h"
#include "ui/face_overlay_model.h"
#include "ui/identity_panel.h"
#include "ui/main_window.h"
#include "ui/session_controller.h"
#include "ui/timeline_model.h"
#include "ui/timeline_view.h"

using namespace mien;
using namespace mien::ui;
namespace fs = std::filesystem;

namespace {

QStringList csvLines(const std::string& path) { return QString::fromStdString(test::readBytes(path)).split('\n', Qt::SkipEmptyParts); }

// The row of the panel that lists track `id`.
int rowOf(QTableWidget* table, std::int64_t id) {
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->item(r, IdentityPanel::TrackColumn)->data(Qt::UserRole).toLongLong() == id) return r;
  return -1;
}

QPoint cellCentre(QTableWidget* table, int row, int column) { return table->visualItemRect(table->item(row, column)).center(); }

void selectRows(QTableWidget* table, const std::vector<int>& rows) {
  QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(table, rows[0], IdentityPanel::TrackColumn));
  for (std::size_t i = 1; i < rows.size(); ++i)
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCentre(table, rows[i], IdentityPanel::TrackColumn));
}

}  // namespace

class IdentityPanelTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() { test::isolateSettings(home_, "mien-identity-test"); }

  void init() { QSettings().clear(); }

  void tracksAreNamedMergedDroppedAndExported() {
    // A sequence with one face at a time (astronaut, then Messi), then a crowd: tracks that never meet, and
    // tracks seen together.
    test::ScratchDir work;
    const std::string folder = work.path("session");
    fs::create_directories(folder);
    int n = 0;
    for (const auto& [name, copies] : std::vector<std::pair<std::string, int>>{{"astronaut.png", 4}, {"messi5.jpg", 4}, {"multi_face.jpg", 2}})
      for (int i = 0; i < copies; ++i) {
        char file[32];
        std::snprintf(file, sizeof file, "%02d%s", n++, fs::path(name).extension().c_str());
        fs::copy_file(test::sharedPath("media/" + name), folder + "/" + file);
      }

    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(test::tinyEngine());
    QVERIFY(test::activate(&window));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.annotateFiles({QString::fromStdString(folder)}, QString::fromStdString(work.path("runs")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const std::string csv = work.path("runs/session.csv");

    IdentityPanel& panel = window.identity();
    QTRY_COMPARE(panel.csvPath(), QString::fromStdString(csv));
    window.findChild<QDockWidget*>("identityDock")->raise();
    QTableWidget* table = panel.table();
    const RunTracks run = readRunTracks(csv);
    QCOMPARE(table->rowCount(), static_cast<int>(run.tracks.size()));
    QVERIFY2(run.tracks.size() >= 4, qPrintable(QString::number(run.tracks.size())));
    QVERIFY(!run.idsByFrame.empty());  // the crowd's faces meet on a frame
    const auto meet = [&](std::int64_t a, std::int64_t b) {
      for (const auto& [frame, ids] : run.idsByFrame)
        if (std::count(ids.begin(), ids.end(), a) && std::count(ids.begin(), ids.end(), b)) return true;
      return false;
    };
    // The first track (the astronaut) is renamed; the second and third, which never meet, merged; one of the
    // crowd dropped.
    const std::int64_t first = run.tracks[0].id, second = run.tracks[1].id, third = run.tracks[2].id;
    QVERIFY(!meet(second, third));
    const auto& [crowdFrame, crowd] = run.idsByFrame.front();
    std::vector<std::int64_t> others;  // crowd faces not among the three above
    for (auto id : crowd)
      if (id != first && id != second && id != third) others.push_back(id);
    QVERIFY2(others.size() >= 3, qPrintable(QString::number(others.size())));
    const std::int64_t dropped = others[0];

    QVERIFY(test::activate(&window));
    test::doubleClick(table->viewport(), cellCentre(table, rowOf(table, first), IdentityPanel::NameColumn));
    QTRY_VERIFY(table->viewport()->findChild<QLineEdit*>());  // the cell's editor is open
    test::typeText("P01");
    test::pressKey("Return");
    QTRY_COMPARE(table->item(rowOf(table, first), IdentityPanel::NameColumn)->text(), QString("P01"));

    selectRows(table, {rowOf(table, second), rowOf(table, third)});
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    auto* nameField = panel.findChild<QLineEdit*>("identityName");
    auto* nameButton = panel.findChild<QPushButton*>("identityNameSelected");
    test::click(nameField);
    test::typeText("P02");
    QTRY_COMPARE(nameField->text(), QString("P02"));
    QCOMPARE(nameButton->text(), QString("Merge as this name"));
    test::click(nameButton);
    QTRY_COMPARE(table->item(rowOf(table, third), IdentityPanel::NameColumn)->text(), QString("P02"));
    QCOMPARE(table->item(rowOf(table, second), IdentityPanel::NameColumn)->text(), QString("P02"));

    selectRows(table, {rowOf(table, dropped)});
    test::click(panel.findChild<QPushButton*>("identityDrop"));
    QTRY_VERIFY(table->item(rowOf(table, dropped), IdentityPanel::NameColumn)->font().strikeOut());

    test::click(panel.findChild<QPushButton*>("identityShowFaces"));
    QTRY_VERIFY(!table->item(rowOf(table, first), IdentityPanel::FaceColumn)->icon().isNull());

    QSignalSpy saved(&panel, &IdentityPanel::saved);
    test::click(panel.findChild<QPushButton*>("identitySave"));
    QTRY_COMPARE(saved.count(), 1);
    const std::string names = work.path("runs/session.participants.json");
    auto expected = nlohmann::json{{std::to_string(first), "P01"}, {std::to_string(second), "P02"}, {std::to_string(third), "P02"},
                                   {std::to_string(dropped), nullptr}};
    QCOMPARE(nlohmann::json::parse(test::readBytes(names)), expected);
    test::screenshot(&window, "participants-en-1280x720");

    // Two faces of the crowd seen on one frame cannot be one person: refused, naming the frame; the file stays.
    const std::int64_t a = others[1], b = others[2];
    selectRows(table, {rowOf(table, a), rowOf(table, b)});
    test::click(nameField);
    test::typeText("P03");
    test::click(nameButton);
    QTRY_COMPARE(table->item(rowOf(table, a), IdentityPanel::NameColumn)->text(), QString("P03"));
    test::click(panel.findChild<QPushButton*>("identitySave"));
    QTRY_VERIFY(window.banner().text().contains("frame " + QString::number(crowdFrame)));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(nlohmann::json::parse(test::readBytes(names)), expected);
    selectRows(table, {rowOf(table, b)});
    test::click(nameField);
    test::typeText("P04");
    test::click(nameButton);
    test::click(panel.findChild<QPushButton*>("identitySave"));
    QTRY_COMPARE(saved.count(), 2);
    expected[std::to_string(a)] = "P03";
    expected[std::to_string(b)] = "P04";
    QCOMPARE(nlohmann::json::parse(test::readBytes(names)), expected);

    // Every export uses the names: the run's CSV written again shows them, merged rows under one participant.
    FindingsRequest request;
    request.csv = csv;
    request.outputDir = work.path("export");
    request.formats = {ExportFormat::Csv, ExportFormat::Segments};
    request.fps = 1;  // an image folder's rate, as the dialog asks for one
    QVERIFY2(window.exportFindings(request), qPrintable(window.banner().text()));
    const QStringList rows = csvLines(work.path("export/session.csv"));
    const auto header = rows[0].split(',');
    const qsizetype faceCol = header.indexOf("face_id"), participantCol = header.indexOf("participant");
    std::map<QString, QSet<QString>> tracksOf;
    for (qsizetype i = 1; i < rows.size(); ++i) {
      const auto cells = rows[i].split(',');
      if (!cells[faceCol].isEmpty()) tracksOf[cells[participantCol]].insert(cells[faceCol]);
    }
    QCOMPARE(tracksOf["P01"], QSet<QString>{QString::number(first)});
    QCOMPARE(tracksOf["P02"], (QSet<QString>{QString::number(second), QString::number(third)}));
    for (const auto& [name, ids] : tracksOf) QVERIFY2(!ids.contains(QString::number(dropped)), qPrintable(name));
    QVERIFY(QString::fromStdString(test::readBytes(work.path("export/session.segments.csv"))).contains("\nP02,"));
  }

  void theTimelineGreysInvalidFramesAndShowsDimensions() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    QVERIFY(test::activate(&window));

    // Video mode from the Settings dialog, typed as a person would while the dialog is open.
    QTimer::singleShot(500, [] {
      QWidget* dialog = QApplication::activeModalWidget();
      QVERIFY(dialog);
      auto* frames = dialog->findChild<QSpinBox*>("settingsWindowFrames");
      QVERIFY(frames);
      frames->setFocus();
      frames->selectAll();
      QTest::keyClicks(frames, "4");
      QCOMPARE(frames->value(), 4);
      QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window.findChild<QAction*>("settings")->trigger();  // Settings… in the menu; returns when the dialog closes
    QCOMPARE(window.controller().sessionSettings().windowFrames, 4);

    SessionSettings strict = window.controller().sessionSettings();
    strict.quality.minSharpness = 1e8;  // no face is that sharp: every frame is not valid
    window.controller().setSessionSettings(strict);
    window.setEngine(test::tinyEngine());
    window.openSource({SourceRequest::Kind::VideoFile, QString::fromStdString(test::sharedPath("media/face_noface.mov"))});
    QTRY_VERIFY_WITH_TIMEOUT(window.overlays().rowCount() > 0, 60000);
    PromptSet prompts = loadPromptSetOrPreset("basic-7.ensemble-5");
    addDimensions(prompts, {"valence-arousal"});
    window.controller().setPromptSet(prompts);
    QTRY_VERIFY_WITH_TIMEOUT(!window.timelineView().shownInvalidSpans().isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.timelineView().curveColour("d_valence").isValid(), 60000);
    auto* chart = window.timelineView().findChild<QChartView*>("timelineChart");
    bool dashed = false;
    for (auto* s : chart->chart()->series())
      if (s->name() == "d_valence") dashed = static_cast<QLineSeries*>(s)->pen().style() == Qt::DashLine;
    QVERIFY(dashed);
    QVERIFY(window.timelineView().curveColour("d_valence") != window.timelineView().curveColour("happiness"));

    // One colour per class, and the legend follows the labels: a class taken away leaves it.
    QSet<QRgb> colours;
    for (const QString& name : window.timeline().currentNames()) colours.insert(window.timelineView().curveColour(name).rgb());
    QCOMPARE(colours.size(), static_cast<int>(window.timeline().currentNames().size()));
    QVERIFY(window.timelineView().curveColour("fear").isValid());
    PromptSet fewer = prompts;
    fewer.classes.pop_back();  // fear
    window.controller().setPromptSet(fewer);
    QTRY_VERIFY_WITH_TIMEOUT(!window.timelineView().curveColour("fear").isValid(), 60000);
    QVERIFY(window.timelineView().curveColour("happiness").isValid());
    QTest::qWait(500);
    test::screenshot(&window, "timeline-invalid-dimensions-en-1280x720");
  }
};

MIEN_GUI_TEST_MAIN(IdentityPanelTest)
#include "test_identity_panel.moc"
