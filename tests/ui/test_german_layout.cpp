// Layouts fit the longest language: in German (switched at once from the Language menu, no restart) at
// 1280x720, no visible label or button of the main views and dialogs is narrower than its text needs; the window
// can be made narrower than 1000 px in English and German; the welcome text is not clipped at any size.
// Screenshots in English and German at 1280x720 and 1024x768 go to <build>/screenshots.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

#include "support/fixtures.h"
#include "support/gui_fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "ui/findings_dialog.h"
#include "ui/banner_bar.h"
#include "ui/main_window.h"
#include "ui/settings_dialog.h"
#include "ui/source_bar.h"
#include "ui/timeline_marks.h"
#include "ui/training_wizard.h"

using namespace mien;
using namespace mien::ui;

namespace {

// Visible labels and buttons under `root` whose width is below what their text needs, as "Class 'text' (w < h)".
QStringList cutTexts(QWidget* root) {
  QStringList cut;
  auto check = [&](QWidget* w, const QString& text) {
    if (!w->isVisible() || text.trimmed().isEmpty() || w->width() <= 1) return;
    const int needed = w->sizeHint().width();
    if (w->width() + 1 < needed)
      cut << QString("%1 '%2' (%3 < %4 px)").arg(w->metaObject()->className(), text).arg(w->width()).arg(needed);
  };
  for (auto* label : root->findChildren<QLabel*>())
    if (!label->wordWrap() && label->pixmap().isNull()) check(label, label->text());
  for (auto* button : root->findChildren<QAbstractButton*>()) check(button, button->text());
  return cut;
}

// The visible texts of labels and buttons under `root`.
QStringList visibleTexts(QWidget* root) {
  QStringList texts;
  for (auto* label : root->findChildren<QLabel*>())
    if (label->isVisible() && !label->text().trimmed().isEmpty()) texts << label->text();
  for (auto* button : root->findChildren<QAbstractButton*>())
    if (button->isVisible() && !button->text().trimmed().isEmpty()) texts << button->text();
  return texts;
}

}  // namespace

class GermanLayoutTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() { test::isolateSettings(home_, "mien-layout-test"); }

  void init() { QSettings().clear(); }

  void theWelcomeTextIsNotClipped() {
    MainWindow window(test::quietStart());  // no model configured: the welcome page
    for (const QSize size : {QSize(1280, 720), QSize(1024, 768), QSize(window.minimumSizeHint().width(), 600)}) {
      window.resize(size);
      window.show();
      QVERIFY(test::activate(&window));
      QVERIFY(window.showsWelcome());
      QTest::qWait(100);
      const QStringList cut = cutTexts(&window);
      QVERIFY2(cut.isEmpty(), qPrintable(QString("%1x%2: %3").arg(size.width()).arg(size.height()).arg(cut.join("; "))));
      for (auto* label : window.findChildren<QLabel*>())
        if (label->isVisible() && label->wordWrap())
          QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 1, qPrintable(label->text().left(60)));
    }
  }

  void germanFitsAndTheSwitchIsImmediate() {
    MainWindow window(test::quietStart());
    window.resize(1280, 720);
    window.show();
    window.setEngine(test::tinyEngine());
    QVERIFY(test::activate(&window));
    const QString fileMenu = window.menuBar()->findChild<QMenu*>("fileMenu")->title();
    test::screenshot(&window, "main-en-1280x720");
    window.tabs().setCurrentIndex(1);  // the training wizard, opened in English before the switch
    QTest::qWait(100);
    auto* wizard = window.findChild<TrainingWizard*>();
    QVERIFY(wizard);
    const QStringList trainEnglish = visibleTexts(wizard);
    for (const char* text : {"Faces to learn from", "Method", "Folder", "Training folder", "CLIP model", "&Next >"})
      QVERIFY2(trainEnglish.contains(text), text);
    window.tabs().setCurrentIndex(0);

    // The Language menu, as a person picks it: every visible text changes at once.
    QAction* german = nullptr;
    for (auto* a : window.menuBar()->findChild<QMenu*>("languageMenu")->actions())
      if (a->text().contains("Deutsch")) german = a;
    QVERIFY(german);
    german->trigger();
    QTRY_VERIFY(window.menuBar()->findChild<QMenu*>("fileMenu")->title() != fileMenu);
    QCOMPARE(window.menuBar()->findChild<QMenu*>("fileMenu")->title(), QString("&Datei"));
    QTest::qWait(200);

    QStringList cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable("Live tab: " + cut.join("; ")));
    test::screenshot(&window, "main-de-1280x720");
    window.findChild<QDockWidget*>("identityDock")->raise();
    QTest::qWait(100);
    cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable("Participants: " + cut.join("; ")));
    window.tabs().setCurrentIndex(1);
    QTest::qWait(200);
    cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable("Train tab: " + cut.join("; ")));
    // The wizard was built in English: its titles, row labels and buttons are German now, without a restart.
    // Left as they were: words German shares with English, and the encoder's file name.
    const QStringList sameInGerman = {"Exp-CLIP", "Start", test::tinyEngine().model.c_str()};
    QStringList english;
    for (const QString& text : visibleTexts(wizard))
      if (trainEnglish.contains(text) && !sameInGerman.contains(text) && !text.contains('/')) english << text;
    QVERIFY2(english.isEmpty(), qPrintable("Train tab still in English: " + english.join("; ")));
    QVERIFY(!visibleTexts(wizard).contains("Faces to learn from"));
    test::screenshot(&window, "train-de-1280x720");
    window.tabs().setCurrentIndex(0);

    SettingsDialog settings(AppSettings{}, &window);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    cut = cutTexts(&settings);
    QVERIFY2(cut.isEmpty(), qPrintable("Settings: " + cut.join("; ")));
    settings.close();
    TimelineMarks marks;
    FindingsDialog findings(FindingsDialog::Mode::Findings, {}, {}, marks, &window);
    findings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&findings));
    cut = cutTexts(&findings);
    QVERIFY2(cut.isEmpty(), qPrintable("Export findings: " + cut.join("; ")));
    findings.close();

    // Core's sentences are English; in German the banner opens with the kind of problem in German.
    const QString kind = QCoreApplication::translate("ErrorText", "The image, video or camera cannot be read.");
    QVERIFY(kind != "The image, video or camera cannot be read.");
    window.openSource({SourceRequest::Kind::VideoFile, QString::fromStdString(home_.path() + "/missing.mp4")});
    QTRY_VERIFY2(window.banner().text().startsWith(kind), qPrintable(window.banner().text()));
    QVERIFY2(window.banner().text().contains("missing.mp4"), qPrintable(window.banner().text()));

    // Narrow screens: a 1024 projector, a laptop with a side panel.
    for (const char* language : {"de", "en"}) {
      window.setLanguage(language);
      QTest::qWait(100);
      for (auto* w : {window.centralWidget(), static_cast<QWidget*>(window.findChild<QDockWidget*>("labelsDock")),
                      static_cast<QWidget*>(window.findChild<QDockWidget*>("identityDock")), static_cast<QWidget*>(&window.sourceBar())})
        qInfo("%s %s: minimum width %d", language, qPrintable(w->objectName()), w->minimumSizeHint().width());
      QVERIFY2(window.minimumSizeHint().width() <= 1000 && window.minimumWidth() <= 1000,
               qPrintable(QString("%1: %2 px").arg(language).arg(window.minimumSizeHint().width())));
      window.resize(1024, 768);
      QTest::qWait(300);
      QVERIFY2(window.width() <= 1024, qPrintable(QString::number(window.width())));
      test::screenshot(&window, QString("main-%1-1024x768").arg(language));
      window.resize(1280, 720);
    }
  }
};

MIEN_GUI_TEST_MAIN(GermanLayoutTest)
#include "test_german_layout.moc"
