// The labels panel: the classes and their prompts, editable while running; presets, load/save, head on/off.
// A head with fixed classes (GFER) shows its class names read-only.
#pragma once
#include <QWidget>

#include "model/prompt_set.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mien::ui {

class LabelsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit LabelsPanel(QWidget* parent = nullptr);

  void setPromptSet(const PromptSet& prompts);  // does not emit
  PromptSet promptSet() const;
  void setFixedClasses(const QStringList& classNames);  // a head with its own classes: no editing
  void setEditable(bool editable);
  bool isEditable() const { return editable_; }
  void setHeadAvailable(bool available, bool enabled);
  bool headEnabled() const;
  QTableWidget* table() const { return table_; }
  void loadFrom(const QString& path);  // emits; errors go to failed()
  void saveTo(const QString& path);

 signals:
  void promptSetChanged(const mien::PromptSet& prompts);
  void headToggled(bool enabled);
  void failed(const QString& message);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void fillPresets();
  void applyPreset(int index);
  void addClass();
  void removeClass();
  void commitEdit();
  void retranslate();

  QComboBox* presets_;
  QTableWidget* table_;
  QPushButton *add_, *remove_, *load_, *save_;
  QCheckBox* head_;
  QLabel* fixedNote_;
  QString name_;
  bool filling_ = false, editable_ = true;
};

}  // namespace mien::ui
