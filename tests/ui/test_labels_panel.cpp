// The Labels panel as a person uses it, with real keys and clicks (xdotool on a private Xvfb + openbox display):
// presets are listed by their names; saving under a preset's name asks first and keeps the old one on "No";
// renaming a class carries its prompts (or resets them when they do not name it) and says so; zero-shot
// dimensions are added from a shipped set or typed in, and are saved in the prompt set's JSON.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

#include "model/prompt_set.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "support/x_input.h"
#include "ui/labels_panel.h"

using namespace mien;
using namespace mien::ui;

namespace {

template <typename W>
W* on(QWidget* parent, const char* name) {
  W* w = parent->findChild<W*>(name);
  if (!w) qFatal("no widget %s", name);
  return w;
}

// A click where the pointer may already be: xdotool's `mousemove --sync` waits for a motion that never comes.
void clickAgain(QWidget* widget, QPoint at) {
  const QPoint aside = widget->mapToGlobal(at) + QPoint(3, 3);
  test::xdotool({"mousemove", QString::number(aside.x()), QString::number(aside.y())});
  test::click(widget, at);
}
void clickAgain(QWidget* widget) { clickAgain(widget, widget->rect().center()); }

void chooseInCombo(QComboBox* combo, const QString& text) {
  const int index = combo->findText(text);
  QVERIFY2(index > 0, qPrintable(text));
  clickAgain(combo);
  QTRY_VERIFY(QApplication::activePopupWidget());
  const int from = combo->view()->currentIndex().row();
  for (int i = from; i < index; ++i) test::pressKey("Down");
  for (int i = from; i > index; --i) test::pressKey("Up");
  test::pressKey("Return");
  QTRY_VERIFY(!QApplication::activePopupWidget());
}

// Presses Save…, types `name` into the name dialog; answers the replace question when `replace` is given.
void saveAs(LabelsPanel& panel, const QString& name, int replace = -1) {
  clickAgain(on<QPushButton>(&panel, "savePreset"));
  QTRY_VERIFY(qobject_cast<QInputDialog*>(QApplication::activeModalWidget()));
  test::pressKey("ctrl+a");
  test::typeText(name);
  test::pressKey("Return");
  if (replace < 0) return;
  QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
  auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
  QVERIFY(box->text().contains(name));
  clickAgain(box->button(replace ? QMessageBox::Yes : QMessageBox::No));
  QTRY_VERIFY(!QApplication::activeModalWidget());
}

// Double-clicks a cell and types over its text.
void typeIntoCell(QTableWidget* table, int row, int column, const QString& text) {
  const QRect cell = table->visualItemRect(table->item(row, column));
  clickAgain(table->viewport(), cell.center());
  test::xdotool({"click", "--repeat", "2", "1"});
  QTRY_VERIFY(QApplication::focusWidget() && qobject_cast<QLineEdit*>(QApplication::focusWidget()));
  test::pressKey("ctrl+a");
  test::typeText(text);
  test::pressKey("Return");
}

}  // namespace

class LabelsPanelTest : public QObject {
  Q_OBJECT

  test::ScratchDir home_;

 private slots:
  void initTestCase() {
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(home_.path("data")));
    QApplication::setOrganizationName("MienTest");
    QApplication::setApplicationName("mien-labels-test");
  }

  void presetsAreShownByName() {
    LabelsPanel panel;
    QComboBox* presets = on<QComboBox>(&panel, "presets");
    QVERIFY(presets->findText("basic-7 / ensemble-5") > 0);
    for (int i = 1; i < presets->count(); ++i)
      QVERIFY2(!presets->itemText(i).contains('.'), qPrintable(presets->itemText(i)));  // no file stems
    panel.resize(520, 640);
    panel.show();
    QVERIFY(test::activate(&panel));
    QSignalSpy changed(&panel, &LabelsPanel::promptSetChanged);
    chooseInCombo(presets, "contempt-8 / an-expression-of");
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(panel.promptSet().name, std::string("contempt-8 / an-expression-of"));
    QCOMPARE(panel.promptSet().classes.size(), std::size_t{8});
    QCOMPARE(presets->currentText(), QString("contempt-8 / an-expression-of"));
  }

  void savingOverAPresetAsksFirst() {
    LabelsPanel panel;
    panel.setPromptSet(PromptSet::fromClassNames({"happiness", "sadness", "neutral"}, {"an expression of {}."}));
    panel.resize(520, 640);
    panel.show();
    QVERIFY(test::activate(&panel));
    saveAs(panel, "lab set");
    const QString file = LabelsPanel::userPresetsDirectory() + "/lab-set.json";
    QTRY_VERIFY(QFile::exists(file));
    QCOMPARE(PromptSet::load(file.toStdString()).classes.size(), std::size_t{3});
    QVERIFY(on<QComboBox>(&panel, "presets")->findText("lab set") > 0);

    // Remove a class, then save under the same name: "No" keeps the file as it was, "Yes" replaces it.
    clickAgain(panel.table()->viewport(), panel.table()->visualItemRect(panel.table()->item(2, 0)).center());
    clickAgain(on<QPushButton>(&panel, "removeLabel"));
    QTRY_COMPARE(panel.promptSet().classes.size(), std::size_t{2});
    saveAs(panel, "lab set", /*replace=*/0);
    QCOMPARE(PromptSet::load(file.toStdString()).classes.size(), std::size_t{3});
    saveAs(panel, "lab set", /*replace=*/1);
    QTRY_COMPARE(PromptSet::load(file.toStdString()).classes.size(), std::size_t{2});
    QVERIFY(on<QLabel>(&panel, "labelsNote")->text().contains("lab set"));
    // A shipped preset's name asks too.
    saveAs(panel, "basic-7 / class-name", /*replace=*/0);
    test::screenshot(&panel, "labels-saved-en");
  }

  void aRenamedClassCarriesOrResetsItsPrompts() {
    LabelsPanel panel;
    PromptSet set = PromptSet::fromClassNames({"happiness", "sadness"}, {"an expression of {}.", "a {} face"});
    set.classes.push_back({"calm", {"a relaxed face"}});
    panel.setPromptSet(set);
    panel.resize(520, 640);
    panel.show();
    QVERIFY(test::activate(&panel));
    QSignalSpy changed(&panel, &LabelsPanel::promptSetChanged);
    typeIntoCell(panel.table(), 0, 0, "joy");
    QTRY_COMPARE(panel.table()->item(0, 0)->text(), QString("joy"));
    QTRY_COMPARE(panel.table()->item(0, 1)->text(), QString("an expression of joy. | a joy face"));
    QLabel* note = on<QLabel>(&panel, "labelsNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains("happiness") && note->text().contains("joy") && note->text().contains("2 of its prompts"),
             qPrintable(note->text()));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.last().first().value<PromptSet>().classes[0].prompts,
             (std::vector<std::string>{"an expression of joy.", "a joy face"}));
    // Prompts that do not name the class are reset to the new name, and the note says so.
    typeIntoCell(panel.table(), 2, 0, "relaxed");
    QTRY_COMPARE(panel.table()->item(2, 1)->text(), QString("relaxed"));
    QVERIFY2(note->text().contains("calm") && note->text().contains("did not name"),
             qPrintable(note->text()));
    QCOMPARE(panel.promptSet().classes[2].prompts, std::vector<std::string>{"relaxed"});
    test::screenshot(&panel, "labels-renamed-en");
  }

  void dimensionsAreEditedAndSaved() {
    LabelsPanel panel;
    panel.setPromptSet(PromptSet::fromClassNames({"happiness", "sadness"}));
    panel.resize(560, 640);
    panel.show();
    QVERIFY(test::activate(&panel));
    QTabBar* tabs = on<QTabWidget>(&panel, "labelsTabs")->tabBar();
    clickAgain(tabs, tabs->tabRect(1).center());
    QTableWidget* dimensions = on<QTableWidget>(&panel, "dimensionsTable");
    QTRY_VERIFY(dimensions->isVisible());
    QSignalSpy changed(&panel, &LabelsPanel::promptSetChanged);
    chooseInCombo(on<QComboBox>(&panel, "dimensionSets"), "valence-arousal");
    QTRY_COMPARE(dimensions->rowCount(), 2);
    QCOMPARE(panel.promptSet().dimensionNames(), (std::vector<std::string>{"valence", "arousal"}));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.last().first().value<PromptSet>().dimensions.size(), std::size_t{2});

    // A dimension typed in: Add, then its name and both poles, cell by cell with Tab.
    clickAgain(on<QPushButton>(&panel, "addLabel"));
    QTRY_COMPARE(dimensions->rowCount(), 3);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    test::typeText("smile");
    test::pressKey("Tab");
    test::typeText("a smiling face");
    test::pressKey("Tab");
    test::typeText("a face without a smile");
    test::pressKey("Return");
    QTRY_COMPARE(panel.promptSet().dimensions.size(), std::size_t{3});
    const ExpressionDimension smile = panel.promptSet().dimensions[2];
    QCOMPARE(smile.name, std::string("smile"));
    QCOMPARE(smile.firstPole, std::vector<std::string>{"a smiling face"});
    QCOMPARE(smile.secondPole, std::vector<std::string>{"a face without a smile"});
    QCOMPARE(panel.promptSet().classes.size(), std::size_t{2});  // the classes are untouched

    saveAs(panel, "with dimensions");
    const QString file = LabelsPanel::userPresetsDirectory() + "/with-dimensions.json";
    QTRY_VERIFY(QFile::exists(file));
    QCOMPARE(PromptSet::load(file.toStdString()).dimensionNames(), (std::vector<std::string>{"valence", "arousal", "smile"}));
    test::screenshot(&panel, "labels-dimensions-en");
  }
};

MIEN_GUI_TEST_MAIN(LabelsPanelTest)
#include "test_labels_panel.moc"
