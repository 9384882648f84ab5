// One row per class: name | prompts separated by " | ". Every committed edit emits the whole prompt set.
#include "labels_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/resource_paths.h"

namespace mien::ui {
namespace {

const QString kSeparator = QStringLiteral(" | ");

QString joinPrompts(const std::vector<std::string>& prompts) {
  QStringList list;
  for (const auto& p : prompts) list << QString::fromStdString(p);
  return list.join(kSeparator);
}

}  // namespace

LabelsPanel::LabelsPanel(QWidget* parent)
    : QWidget(parent), presets_(new QComboBox), table_(new QTableWidget(0, 2)), add_(new QPushButton),
      remove_(new QPushButton), load_(new QPushButton), save_(new QPushButton), head_(new QCheckBox),
      fixedNote_(new QLabel) {
  presets_->setObjectName("presets");
  table_->setObjectName("labelsTable");
  head_->setObjectName("headEnabled");
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setWordWrap(false);
  fixedNote_->setWordWrap(true);
  fixedNote_->hide();

  auto* buttons = new QHBoxLayout;
  for (auto* b : {add_, remove_, load_, save_}) buttons->addWidget(b);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(presets_);
  layout->addWidget(fixedNote_);
  layout->addWidget(table_, 1);
  layout->addLayout(buttons);
  layout->addWidget(head_);
  fillPresets();
  retranslate();

  connect(presets_, &QComboBox::activated, this, &LabelsPanel::applyPreset);
  connect(table_, &QTableWidget::itemChanged, this, [this] {
    if (!filling_) commitEdit();
  });
  connect(add_, &QPushButton::clicked, this, &LabelsPanel::addClass);
  connect(remove_, &QPushButton::clicked, this, &LabelsPanel::removeClass);
  connect(load_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load prompt set"), QString(), tr("Prompt sets (*.json)"));
    if (!path.isEmpty()) loadFrom(path);
  });
  connect(save_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save prompt set"), name_ + ".json", tr("Prompt sets (*.json)"));
    if (!path.isEmpty()) saveTo(path);
  });
  connect(head_, &QCheckBox::toggled, this, &LabelsPanel::headToggled);
}

void LabelsPanel::fillPresets() {
  const QDir dir(QString::fromStdString(resourcesDirectory() + "/prompts"));
  for (const QString& file : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
    presets_->addItem(file.chopped(5), dir.filePath(file));
}

void LabelsPanel::applyPreset(int index) {
  if (index <= 0) return;  // the first entry is the heading
  loadFrom(presets_->itemData(index).toString());
}

void LabelsPanel::loadFrom(const QString& path) {
  try {
    PromptSet prompts = PromptSet::load(path.toStdString());
    setPromptSet(prompts);
    emit promptSetChanged(prompts);
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
}

void LabelsPanel::saveTo(const QString& path) {
  try {
    promptSet().save(path.toStdString());
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
}

void LabelsPanel::setPromptSet(const PromptSet& prompts) {
  filling_ = true;
  name_ = QString::fromStdString(prompts.name);
  table_->setRowCount(0);
  for (const auto& c : prompts.classes) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    table_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(c.name)));
    auto* promptItem = new QTableWidgetItem(joinPrompts(c.prompts));
    promptItem->setToolTip(joinPrompts(c.prompts).replace(kSeparator, "\n"));
    table_->setItem(row, 1, promptItem);
  }
  const int preset = presets_->findText(name_);
  presets_->setCurrentIndex(preset > 0 ? preset : 0);
  filling_ = false;
}

PromptSet LabelsPanel::promptSet() const {
  PromptSet prompts;
  prompts.name = name_.toStdString();
  for (int row = 0; row < table_->rowCount(); ++row) {
    ExpressionClass c;
    c.name = table_->item(row, 0) ? table_->item(row, 0)->text().trimmed().toStdString() : std::string();
    const QString text = table_->item(row, 1) ? table_->item(row, 1)->text() : QString();
    for (const QString& p : text.split('|', Qt::SkipEmptyParts))
      if (!p.trimmed().isEmpty()) c.prompts.push_back(p.trimmed().toStdString());
    if (c.name.empty()) continue;
    if (c.prompts.empty()) c.prompts.push_back(c.name);  // a bare class name is its own prompt
    prompts.classes.push_back(std::move(c));
  }
  return prompts;
}

void LabelsPanel::commitEdit() {
  const PromptSet prompts = promptSet();
  if (prompts.classes.size() < 2) {
    emit failed(tr("Keep at least two classes with a name."));
    return;
  }
  name_ = tr("custom");
  presets_->setCurrentIndex(0);
  emit promptSetChanged(promptSet());
}

void LabelsPanel::addClass() {
  filling_ = true;
  const int row = table_->rowCount();
  table_->insertRow(row);
  table_->setItem(row, 0, new QTableWidgetItem);
  table_->setItem(row, 1, new QTableWidgetItem);
  filling_ = false;
  table_->setCurrentCell(row, 0);
  table_->editItem(table_->item(row, 0));
}

void LabelsPanel::removeClass() {
  const int row = table_->currentRow();
  if (row < 0) return;
  filling_ = true;
  table_->removeRow(row);
  filling_ = false;
  commitEdit();
}

void LabelsPanel::setFixedClasses(const QStringList& classNames) {
  PromptSet fixed;
  for (const QString& n : classNames) fixed.classes.push_back({n.toStdString(), {}});
  setPromptSet(fixed);
  setEditable(false);
}

void LabelsPanel::setEditable(bool editable) {
  editable_ = editable;
  table_->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed
                                   : QAbstractItemView::NoEditTriggers);
  table_->setColumnHidden(1, !editable);
  for (auto* w : std::initializer_list<QWidget*>{presets_, add_, remove_, load_, save_}) w->setVisible(editable);
  fixedNote_->setVisible(!editable);
}

void LabelsPanel::setHeadAvailable(bool available, bool enabled) {
  const QSignalBlocker block(head_);
  head_->setEnabled(available);
  head_->setChecked(available && enabled);
}

bool LabelsPanel::headEnabled() const { return head_->isChecked(); }

void LabelsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void LabelsPanel::retranslate() {
  if (presets_->count() == 0 || presets_->itemData(0).isValid()) presets_->insertItem(0, QString());
  presets_->setItemText(0, tr("Preset prompt sets…"));
  table_->setHorizontalHeaderLabels({tr("Class"), tr("Prompts")});
  add_->setText(tr("Add class"));
  remove_->setText(tr("Remove"));
  load_->setText(tr("Load…"));
  save_->setText(tr("Save…"));
  head_->setText(tr("Use the expression head (Exp-CLIP)"));
  fixedNote_->setText(tr("This head was trained on fixed classes; its labels cannot be edited."));
}

}  // namespace mien::ui
