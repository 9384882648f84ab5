// The labels panel: the classes and their prompts, and the zero-shot dimensions (two poles in words each),
// editable while running; presets by name, load, save as a preset (asking before it replaces one), head on/off.
// A head with fixed classes (GFER) shows its class names read-only.
#pragma once
#include <QWidget>

#include "model/prompt_set.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace mien::ui {

class LabelsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit LabelsPanel(QWidget* parent = nullptr);

  void setPromptSet(const PromptSet& prompts);  // does not emit
  PromptSet promptSet() const;                  // classes and dimensions, as shown
  void setFixedClasses(const QStringList& classNames);  // a head with its own classes: no editing
  void setEditable(bool editable);
  bool isEditable() const { return editable_; }
  void setHeadAvailable(bool available, bool enabled);
  bool headEnabled() const;
  QTableWidget* table() const { return table_; }
  void loadFrom(const QString& path);  // emits; errors go to failed()
  static QString userPresetsDirectory();  // where "Save…" puts presets: <app data>/prompts

 signals:
  void promptSetChanged(const mien::PromptSet& prompts);
  void headToggled(bool enabled);
  void failed(const QString& message);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void fillPresets();
  void fillDimensionSets();
  void applyPreset(int index);
  void addDimensionSet(int index);
  void addRow();
  void removeRow();
  void classEdited(QTableWidgetItem* item);
  void commitEdit();
  void askSave();
  void savePreset(const QString& name);
  void showNote(const QString& text);
  void retranslate();

  QComboBox *presets_, *dimensionSets_;
  QTabWidget* tabs_;
  QTableWidget *table_, *dimensions_;
  QPushButton *add_, *remove_, *load_, *save_;
  QCheckBox* head_;
  QLabel *fixedNote_, *note_;
  QString name_;
  bool filling_ = false, editable_ = true;
};

}  // namespace mien::ui
