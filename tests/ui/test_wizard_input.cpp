// The Train tab as a person uses it, with real keys and clicks (xdotool on a private Xvfb + openbox display):
// typing into the wizard's fields keeps every character there and leaves the Labels panel alone; the LLM step
// against a closed port fails within seconds naming the address and what to check, with no hash names; the
// evaluation page evaluates with the prompt set the Labels panel shows, also after it changed, and says which.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>
#include <filesystem>

#include "support/fixtures.h"
#include "support/gui_fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "train/face_collection.h"
#include "ui/labels_panel.h"
#include "ui/main_window.h"
#include "ui/training_wizard.h"

using namespace mien;
using namespace mien::ui;
namespace fs = std::filesystem;

namespace {

EngineChoice tinyEngine() {
  EngineChoice e = test::tinyEngine();
  e.threads = 1;
  return e;
}

template <typename W>
W* on(QWidget* parent, const char* name) {
  W* w = parent->findChild<W*>(name);
  if (!w) qFatal("no widget %s", name);
  return w;
}

// Clicks the main window's tab `index` as a person does.
void clickTab(MainWindow& window, int index) {
  QTabBar* bar = on<QTabWidget>(&window, "mainTabs")->tabBar();
  test::click(bar, bar->tabRect(index).center());
}

// A click where the pointer may already be (the wizard's Next button twice): xdotool's `mousemove --sync` waits
// for a motion that never comes, so the pointer steps aside first.
void clickAgain(QWidget* widget) {
  const QPoint aside = widget->mapToGlobal(widget->rect().center()) + QPoint(3, 3);
  test::xdotool({"mousemove", QString::number(aside.x()), QString::number(aside.y())});
  test::click(widget);
}

// Types into a line edit after one click into it, the way the issue saw it fail.
void typeInto(QLineEdit* edit, const QString& text) {
  clickAgain(edit);
  QTRY_VERIFY(edit->hasFocus());
  test::pressKey("ctrl+a");
  test::pressKey("BackSpace");
  test::typeText(text);
}

// The Train tab's first page filled in with real clicks and keys: aligned crops in `faces`, work in `work`.
void fillFolderPage(MainWindow& window, const std::string& faces, const std::string& work) {
  clickTab(window, 1);
  TrainingWizard& wizard = window.trainingWizard();
  QTRY_VERIFY(wizard.isVisible());
  typeInto(on<QLineEdit>(&wizard, "facesFolder"), QString::fromStdString(faces));
  typeInto(on<QLineEdit>(&wizard, "workFolder"), QString::fromStdString(work));
  test::click(on<QCheckBox>(&wizard, "alignedCrops"));
  QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

}  // namespace

class WizardInputTest : public QObject {
  Q_OBJECT

  test::ScratchDir dir_;

 private slots:
  void initTestCase() {
    test::isolateSettings(dir_, "mien-wizard-input-test");
    FaceScanSettings detect;
    detect.videoEveryNth = 6;
    test::ScratchDir videos;
    fs::copy_file(test::sharedPath("media/single_face.mp4"), videos.path("single_face.mp4"));
    const FaceScan made = scanFaceFolder(videos.path(), dir_.path("crops"), detect);
    QVERIFY(made.faces.size() >= 6);
    for (const char* c : {"happiness", "sadness"}) fs::create_directories(dir_.path(std::string("labelled/") + c));
    for (std::size_t i = 0; i < 6; ++i)
      fs::copy_file(made.faces[i].cropPath, dir_.path((i % 2 ? "labelled/sadness/" : "labelled/happiness/") + std::to_string(i) + ".png"));
  }

  void init() { QSettings().clear(); }

  void typingStaysInTheFieldAndTheLabelsPanelKeepsItsPreset() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(tinyEngine());
    QVERIFY(test::activate(&window));
    const PromptSet before = window.labels().promptSet();
    clickTab(window, 1);
    QTRY_VERIFY(window.trainingWizard().isVisible());
    QLineEdit* folder = on<QLineEdit>(&window.trainingWizard(), "facesFolder");
    typeInto(folder, "abcdef/tmp");
    QTRY_COMPARE(folder->text(), QString("abcdef/tmp"));
    QVERIFY(folder->hasFocus());
    QCOMPARE(window.labels().promptSet().toJson(), before.toJson());
    // A real folder typed in full, then the training folder: both hold what was typed.
    typeInto(folder, QString::fromStdString(dir_.path("crops")));
    QTRY_COMPARE(folder->text(), QString::fromStdString(dir_.path("crops")));
    QLineEdit* work = on<QLineEdit>(&window.trainingWizard(), "workFolder");
    typeInto(work, QString::fromStdString(dir_.path("work")));
    QTRY_COMPARE(work->text(), QString::fromStdString(dir_.path("work")));
    QCOMPARE(window.labels().promptSet().toJson(), before.toJson());
    test::screenshot(&window, "wizard-typed-en-1280x720");
  }

  void theLlmStepFailsWithinSecondsOnAClosedPort() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(tinyEngine());
    QVERIFY(test::activate(&window));
    TrainingWizard& wizard = window.trainingWizard();
    fillFolderPage(window, dir_.path("crops"), dir_.path("work-llm"));
    clickAgain(wizard.button(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(TrainingWizard::ScanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    clickAgain(wizard.button(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(TrainingWizard::ProviderPageId));
    typeInto(on<QLineEdit>(&wizard, "llmServer"), "http://127.0.0.1:1");  // nothing listens on port 1
    typeInto(on<QLineEdit>(&wizard, "llmChatModel"), "llava");
    typeInto(on<QLineEdit>(&wizard, "llmEmbeddingModel"), "nomic-embed");
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QElapsedTimer clock;
    clock.start();
    clickAgain(wizard.button(QWizard::NextButton));
    QTRY_COMPARE(wizard.currentId(), int(TrainingWizard::CachePageId));
    QLabel* status = on<QLabel>(wizard.currentPage(), "taskStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("Failed"), 15000);
    qInfo("failed after %lld ms: %s", clock.elapsed(), qPrintable(status->text()));
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(status->text().contains("http://127.0.0.1:1") && status->text().contains("Check that the server is running"),
             qPrintable(status->text()));
    QListWidget* problems = on<QListWidget>(wizard.currentPage(), "taskProblems");
    QCOMPARE(problems->count(), 0);  // one sentence for the step, not one hash-named line per face
    test::screenshot(&window, "wizard-llm-unreachable-en-1280x720");
  }

  void evaluationUsesThePromptSetTheLabelsPanelShows() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(tinyEngine());
    QVERIFY(test::activate(&window));
    TrainingWizard& wizard = window.trainingWizard();
    fillFolderPage(window, dir_.path("crops"), dir_.path("work-eval"));
    clickAgain(wizard.button(QWizard::NextButton));  // the folder page records the training folder
    QTRY_COMPARE(wizard.currentId(), int(TrainingWizard::ScanPageId));
    // Reaching the evaluation page needs a trained head; the page is what is under test, so it starts there.
    wizard.setStartId(TrainingWizard::EvaluatePageId);
    wizard.restart();
    QTRY_COMPARE(wizard.currentId(), int(TrainingWizard::EvaluatePageId));

    // The Labels panel changes while the Train tab is open: a preset with 8 classes, chosen with the keyboard.
    QComboBox* presets = on<QComboBox>(&window.labels(), "presets");
    const int contempt = presets->findText("contempt-8 / class-name");
    QVERIFY2(contempt > 0, "the presets show their names");
    test::click(presets);
    QTRY_VERIFY(QApplication::activePopupWidget());
    for (int i = presets->view()->currentIndex().row(); i < contempt; ++i) test::pressKey("Down");
    test::pressKey("Return");
    QTRY_COMPARE(window.labels().promptSet().classes.size(), std::size_t{8});
    const PromptSet shown = window.labels().promptSet();
    QLabel* used = on<QLabel>(&wizard, "evaluationPromptSet");
    QTRY_VERIFY2(used->text().startsWith("Evaluates with") && used->text().contains("8 classes"), qPrintable(used->text()));

    typeInto(on<QLineEdit>(&wizard, "evaluationFolder"), QString::fromStdString(dir_.path("labelled")));
    test::click(on<QCheckBox>(&wizard, "evaluationAligned"));
    test::click(on<QPushButton>(&wizard, "evaluate"));
    QTableWidget* table = on<QTableWidget>(&wizard, "evaluationTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1, 60000);
    QVERIFY2(used->text().startsWith("Evaluated with") && used->text().contains(QString::fromStdString(shown.name)) && used->text().contains("8 classes"),
             qPrintable(used->text()));
    // The confusion matrix's columns are the classes evaluated: those shown.
    QFile csv(QString::fromStdString(dir_.path("work-eval/evaluation/confusion-plain-clip.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(',');
    QStringList expected;
    for (const auto& c : shown.classes) expected << QString::fromStdString(c.name);
    QCOMPARE(header.mid(1), expected);
    test::screenshot(&window, "wizard-evaluation-en-1280x720");
  }
};

MIEN_GUI_TEST_MAIN(WizardInputTest)
#include "test_wizard_input.moc"
