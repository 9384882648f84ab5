// Classes: one row per class, name | prompts separated by " | "; dimensions: name | first pole | second pole.
// Every committed edit emits the whole prompt set. A renamed class carries its prompts (the old name in them
// becomes the new one) or, when they do not name it, gets the new name as its prompt, and the note says which.
#include "labels_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/resource_paths.h"

namespace mien::ui {
namespace {

const QString kSeparator = QStringLiteral(" | ");
constexpr int kNameRole = Qt::UserRole;  // on a class's name cell: the name its prompts were written for

QString joinPrompts(const std::vector<std::string>& prompts) {
  QStringList list;
  for (const auto& p : prompts) list << QString::fromStdString(p);
  return list.join(kSeparator);
}

std::vector<std::string> splitPrompts(const QString& text) {
  std::vector<std::string> out;
  for (const QString& p : text.split('|', Qt::SkipEmptyParts))
    if (!p.trimmed().isEmpty()) out.push_back(p.trimmed().toStdString());
  return out;
}

QTableWidgetItem* promptItem(const std::vector<std::string>& prompts) {
  auto* item = new QTableWidgetItem(joinPrompts(prompts));
  item->setToolTip(joinPrompts(prompts).replace(kSeparator, "\n"));
  return item;
}

QString cellText(const QTableWidget* table, int row, int column) {
  const QTableWidgetItem* item = table->item(row, column);
  return item ? item->text().trimmed() : QString();
}

// "My set / v2" -> "my-set-v2": a file name that any file system takes.
QString fileStem(const QString& name) {
  QString stem = name.toLower();
  stem.replace(QRegularExpression("[^a-z0-9]+"), "-");
  stem.remove(QRegularExpression("^-+|-+$"));
  return stem.isEmpty() ? QStringLiteral("prompt-set") : stem;
}

QTableWidget* makeTable(int columns, const char* name) {
  auto* table = new QTableWidget(0, columns);
  table->setObjectName(name);
  table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table->horizontalHeader()->setStretchLastSection(true);
  table->verticalHeader()->hide();
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setWordWrap(false);
  return table;
}

}  // namespace

LabelsPanel::LabelsPanel(QWidget* parent)
    : QWidget(parent), presets_(new QComboBox), dimensionSets_(new QComboBox), tabs_(new QTabWidget),
      table_(makeTable(2, "labelsTable")), dimensions_(makeTable(3, "dimensionsTable")), add_(new QPushButton),
      remove_(new QPushButton), load_(new QPushButton), save_(new QPushButton), head_(new QCheckBox),
      fixedNote_(new QLabel), note_(new QLabel) {
  presets_->setObjectName("presets");
  dimensionSets_->setObjectName("dimensionSets");
  tabs_->setObjectName("labelsTabs");
  add_->setObjectName("addLabel");
  remove_->setObjectName("removeLabel");
  save_->setObjectName("savePreset");
  head_->setObjectName("headEnabled");
  note_->setObjectName("labelsNote");
  dimensions_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  fixedNote_->setWordWrap(true);
  fixedNote_->hide();
  note_->setWordWrap(true);
  note_->hide();

  auto* dimensionsPage = new QWidget;
  auto* dimensionsLayout = new QVBoxLayout(dimensionsPage);
  dimensionsLayout->setContentsMargins(0, 4, 0, 0);
  dimensionsLayout->addWidget(dimensionSets_);
  dimensionsLayout->addWidget(dimensions_, 1);
  tabs_->addTab(table_, QString());
  tabs_->addTab(dimensionsPage, QString());

  auto* buttons = new QHBoxLayout;
  for (auto* b : {add_, remove_, load_, save_}) buttons->addWidget(b);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(presets_);
  layout->addWidget(fixedNote_);
  layout->addWidget(tabs_, 1);
  layout->addWidget(note_);
  layout->addLayout(buttons);
  layout->addWidget(head_);
  fillPresets();
  fillDimensionSets();
  retranslate();

  connect(presets_, &QComboBox::activated, this, &LabelsPanel::applyPreset);
  connect(dimensionSets_, &QComboBox::activated, this, &LabelsPanel::addDimensionSet);
  connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
    if (!filling_) classEdited(item);
  });
  connect(dimensions_, &QTableWidget::itemChanged, this, [this] {
    if (!filling_) commitEdit();
  });
  connect(add_, &QPushButton::clicked, this, &LabelsPanel::addRow);
  connect(remove_, &QPushButton::clicked, this, &LabelsPanel::removeRow);
  connect(load_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load prompt set"), QString(), tr("Prompt sets (*.json)"));
    if (!path.isEmpty()) loadFrom(path);
  });
  connect(save_, &QPushButton::clicked, this, &LabelsPanel::askSave);
  connect(head_, &QCheckBox::toggled, this, &LabelsPanel::headToggled);
}

QString LabelsPanel::userPresetsDirectory() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/prompts";
}

// Presets by the name inside each file; one saved by the user replaces a shipped one of the same name.
void LabelsPanel::fillPresets() {
  const QSignalBlocker block(presets_);
  const QString heading = presets_->count() ? presets_->itemText(0) : QString();
  presets_->clear();
  presets_->addItem(heading);
  for (const QString& folder : {QString::fromStdString(resourcesDirectory() + "/prompts"), userPresetsDirectory()}) {
    const QDir dir(folder);
    for (const QString& file : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
      QString name = file.chopped(5);
      try {
        const PromptSet set = PromptSet::load(dir.filePath(file).toStdString());
        if (!set.name.empty()) name = QString::fromStdString(set.name);
      } catch (const std::exception&) {
        continue;  // not a prompt set: loading it would only fail
      }
      const int existing = presets_->findText(name);
      if (existing > 0) presets_->setItemData(existing, dir.filePath(file));
      else presets_->addItem(name, dir.filePath(file));
    }
  }
  const int current = presets_->findText(name_);
  presets_->setCurrentIndex(current > 0 ? current : 0);
}

void LabelsPanel::fillDimensionSets() {
  const QDir dir(QString::fromStdString(resourcesDirectory() + "/dimensions"));
  dimensionSets_->addItem(QString());
  for (const QString& file : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
    dimensionSets_->addItem(file.chopped(5), dir.filePath(file));  // the stems are the sets' names
  }
}

void LabelsPanel::applyPreset(int index) {
  if (index <= 0) return;  // the first entry is the heading
  loadFrom(presets_->itemData(index).toString());
}

void LabelsPanel::addDimensionSet(int index) {
  if (index <= 0) return;
  const QString path = dimensionSets_->itemData(index).toString();
  dimensionSets_->setCurrentIndex(0);
  try {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) throw std::runtime_error(tr("Cannot read %1.").arg(path).toStdString());
    const auto added = PromptSet::dimensionsFromJson(file.readAll().toStdString(), path.toStdString());
    PromptSet prompts = promptSet();
    QSet<QString> present;
    for (const auto& d : prompts.dimensions) present << QString::fromStdString(d.name);
    int count = 0;
    for (const auto& d : added)
      if (!present.contains(QString::fromStdString(d.name))) prompts.dimensions.push_back(d), ++count;
    prompts.name = name_.toStdString();
    setPromptSet(prompts);
    tabs_->setCurrentIndex(1);
    showNote(tr("Added the dimensions of %1: %2 new.").arg(dimensionSets_->itemText(index)).arg(count));
    commitEdit();
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
}

void LabelsPanel::loadFrom(const QString& path) {
  try {
    PromptSet prompts = PromptSet::load(path.toStdString());
    setPromptSet(prompts);
    note_->hide();
    emit promptSetChanged(prompts);
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
}

// Both questions are windows of their own (open(), not exec()): the live view keeps running behind them.
void LabelsPanel::askSave() {
  auto* dialog = new QInputDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Save as a preset"));
  dialog->setLabelText(tr("Name of the preset:"));
  dialog->setTextValue(name_.isEmpty() || name_ == tr("custom") ? tr("my prompt set") : name_);
  connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
    const QString name = text.trimmed();
    if (name.isEmpty()) return;
    if (presets_->findText(name) <= 0) return savePreset(name);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Replace the preset?"),
                                tr("A preset named “%1” exists already. Replace it with the labels shown now?").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton* button) {
      if (button == box->button(QMessageBox::Yes)) savePreset(name);
    });
    box->open();
  });
  dialog->open();
}

void LabelsPanel::savePreset(const QString& name) {
  const int existing = presets_->findText(name);
  const QString existingPath = existing > 0 ? presets_->itemData(existing).toString() : QString();
  const QString path = existingPath.startsWith(userPresetsDirectory() + "/")
                           ? existingPath
                           : userPresetsDirectory() + "/" + fileStem(name) + ".json";
  try {
    QDir().mkpath(userPresetsDirectory());
    PromptSet prompts = promptSet();
    prompts.name = name.toStdString();
    prompts.save(path.toStdString());
    name_ = name;
    fillPresets();
    showNote(tr("Saved as the preset “%1” (%2).").arg(name, QDir::toNativeSeparators(path)));
    emit promptSetChanged(prompts);
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
    auto* name = new QTableWidgetItem(QString::fromStdString(c.name));
    name->setData(kNameRole, name->text());
    table_->setItem(row, 0, name);
    table_->setItem(row, 1, promptItem(c.prompts));
  }
  dimensions_->setRowCount(0);
  for (const auto& d : prompts.dimensions) {
    const int row = dimensions_->rowCount();
    dimensions_->insertRow(row);
    dimensions_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(d.name)));
    dimensions_->setItem(row, 1, promptItem(d.firstPole));
    dimensions_->setItem(row, 2, promptItem(d.secondPole));
  }
  const int preset = presets_->findText(name_);
  presets_->setCurrentIndex(preset > 0 ? preset : 0);
  filling_ = false;
}

PromptSet LabelsPanel::promptSet() const {
  PromptSet prompts;
  prompts.name = name_.toStdString();
  for (int row = 0; row < table_->rowCount(); ++row) {
    ExpressionClass c{cellText(table_, row, 0).toStdString(), splitPrompts(cellText(table_, row, 1))};
    if (c.name.empty()) continue;
    if (c.prompts.empty()) c.prompts.push_back(c.name);  // a bare class name is its own prompt
    prompts.classes.push_back(std::move(c));
  }
  for (int row = 0; row < dimensions_->rowCount(); ++row) {
    ExpressionDimension d{cellText(dimensions_, row, 0).toStdString(), splitPrompts(cellText(dimensions_, row, 1)),
                          splitPrompts(cellText(dimensions_, row, 2))};
    if (!d.name.empty() && !d.firstPole.empty() && !d.secondPole.empty()) prompts.dimensions.push_back(std::move(d));
  }
  return prompts;
}

void LabelsPanel::classEdited(QTableWidgetItem* item) {
  if (item->column() == 0) {
    const QString before = item->data(kNameRole).toString(), after = item->text().trimmed();
    QTableWidgetItem* prompts = table_->item(item->row(), 1);
    if (!before.isEmpty() && !after.isEmpty() && before != after && prompts) {
      const QRegularExpression oldName("\\b" + QRegularExpression::escape(before) + "\\b");
      QStringList carried;
      int renamed = 0;
      for (const auto& p : splitPrompts(prompts->text())) {
        QString text = QString::fromStdString(p);
        if (text.contains(oldName)) ++renamed, text.replace(oldName, after);
        carried << text;
      }
      filling_ = true;
      if (renamed > 0) {
        prompts->setText(carried.join(kSeparator));
        showNote(tr("Renamed “%1” to “%2”: %3 of its prompts now say “%2”.").arg(before, after).arg(renamed));
      } else {
        prompts->setText(after);
        showNote(tr("Renamed “%1” to “%2”: its prompts did not name the class, so its prompt is now “%2”.").arg(before, after));
      }
      prompts->setToolTip(prompts->text().replace(kSeparator, "\n"));
      filling_ = false;
    }
    if (!after.isEmpty()) item->setData(kNameRole, after);
  }
  commitEdit();
}

void LabelsPanel::commitEdit() {
  const PromptSet prompts = promptSet();
  if (prompts.classes.size() < 2) {
    emit failed(tr("Keep at least two classes with a name."));
    return;
  }
  QSet<QString> names;
  for (const auto& c : prompts.classes) {
    const QString name = QString::fromStdString(c.name);
    if (names.contains(name)) {
      emit failed(tr("Two classes are named “%1”; give each its own name.").arg(name));
      return;
    }
    names << name;
  }
  for (int row = 0; row < dimensions_->rowCount(); ++row)
    if (!cellText(dimensions_, row, 0).isEmpty() && (cellText(dimensions_, row, 1).isEmpty() || cellText(dimensions_, row, 2).isEmpty()))
      showNote(tr("The dimension “%1” counts once both of its poles have prompts.").arg(cellText(dimensions_, row, 0)));
  name_ = tr("custom");
  presets_->setCurrentIndex(0);
  PromptSet named = prompts;
  named.name = name_.toStdString();
  emit promptSetChanged(named);
}

void LabelsPanel::addRow() {
  QTableWidget* table = tabs_->currentIndex() == 1 ? dimensions_ : table_;
  filling_ = true;
  const int row = table->rowCount();
  table->insertRow(row);
  for (int column = 0; column < table->columnCount(); ++column) table->setItem(row, column, new QTableWidgetItem);
  filling_ = false;
  table->setCurrentCell(row, 0);
  table->editItem(table->item(row, 0));
}

void LabelsPanel::removeRow() {
  QTableWidget* table = tabs_->currentIndex() == 1 ? dimensions_ : table_;
  const int row = table->currentRow();
  if (row < 0) return;
  filling_ = true;
  table->removeRow(row);
  filling_ = false;
  commitEdit();
}

void LabelsPanel::showNote(const QString& text) {
  note_->setText(text);
  note_->show();
}

void LabelsPanel::setFixedClasses(const QStringList& classNames) {
  PromptSet fixed;
  for (const QString& n : classNames) fixed.classes.push_back({n.toStdString(), {}});
  setPromptSet(fixed);
  setEditable(false);
}

void LabelsPanel::setEditable(bool editable) {
  editable_ = editable;
  const auto triggers = editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed
                                 : QAbstractItemView::NoEditTriggers;
  table_->setEditTriggers(triggers);
  dimensions_->setEditTriggers(triggers);
  table_->setColumnHidden(1, !editable);
  tabs_->setTabVisible(1, editable);
  for (auto* w : std::initializer_list<QWidget*>{presets_, add_, remove_, load_, save_}) w->setVisible(editable);
  fixedNote_->setVisible(!editable);
  if (!editable) note_->hide();
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
  presets_->setItemText(0, tr("Preset prompt sets…"));
  dimensionSets_->setItemText(0, tr("Add a set of dimensions…"));
  tabs_->setTabText(0, tr("Classes"));
  tabs_->setTabText(1, tr("Dimensions"));
  tabs_->setTabToolTip(1, tr("Zero-shot scores between two descriptions (CSV columns d_<name>): estimates from words, "
                             "not FACS coding."));
  table_->setHorizontalHeaderLabels({tr("Class"), tr("Prompts")});
  dimensions_->setHorizontalHeaderLabels({tr("Dimension"), tr("First pole"), tr("Second pole")});
  add_->setText(tr("Add"));
  remove_->setText(tr("Remove"));
  load_->setText(tr("Load…"));
  save_->setText(tr("Save…"));
  head_->setText(tr("Use the expression head (Exp-CLIP)"));
  fixedNote_->setText(tr("This head was trained on fixed classes; its labels cannot be edited."));
}

}  // namespace mien::ui
