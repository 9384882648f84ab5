// Names live in the table's Name column; a dropped track keeps its row, greyed, so a drop can be undone.
#include "identity_panel.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <filesystem>
#include <map>

#include "clock_text.h"
#include "error_text.h"
#include "io/run_sidecar.h"

namespace mien::ui {
namespace {

constexpr int kDroppedRole = Qt::UserRole + 1;
constexpr int kThumbnailSize = 56;

QString timeText(const std::optional<double>& seconds, std::int64_t frame) {
  return seconds ? formatClock(*seconds) : QString::number(frame + 1);  // an image folder: the image's number
}

QTableWidgetItem* readOnly(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setFlags(item->flags() & ~Qt::ItemIsEditable);
  return item;
}

}  // namespace

IdentityPanel::IdentityPanel(QWidget* parent)
    : QWidget(parent), title_(new QLabel), table_(new QTableWidget(0, 5)), name_(new QLineEdit), nameButton_(new QPushButton),
      drop_(new QPushButton), restore_(new QPushButton), faces_(new QPushButton), save_(new QPushButton) {
  title_->setObjectName("identityTitle");
  title_->setWordWrap(true);
  table_->setObjectName("identityTable");
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
  table_->horizontalHeader()->setMinimumSectionSize(36);
  table_->setColumnWidth(FaceColumn, 44);
  table_->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
  name_->setObjectName("identityName");
  nameButton_->setObjectName("identityNameSelected");
  drop_->setObjectName("identityDrop");
  restore_->setObjectName("identityRestore");
  faces_->setObjectName("identityShowFaces");
  save_->setObjectName("identitySave");
  auto* naming = new QHBoxLayout;
  naming->addWidget(name_, 1);
  naming->addWidget(nameButton_);
  auto* buttons = new QGridLayout;  // two by two: fits a narrow side panel in long languages
  buttons->addWidget(drop_, 0, 0);
  buttons->addWidget(restore_, 0, 1);
  buttons->addWidget(faces_, 1, 0);
  buttons->addWidget(save_, 1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addWidget(table_, 1);
  layout->addLayout(naming);
  layout->addLayout(buttons);
  retranslate();
  updateButtons();

  connect(table_, &QTableWidget::itemSelectionChanged, this, &IdentityPanel::updateButtons);
  connect(name_, &QLineEdit::textChanged, this, &IdentityPanel::updateButtons);
  connect(name_, &QLineEdit::returnPressed, this, [this] {
    if (nameButton_->isEnabled()) nameButton_->click();
  });
  connect(nameButton_, &QPushButton::clicked, this, [this] { nameSelected(name_->text().trimmed()); });
  connect(drop_, &QPushButton::clicked, this, &IdentityPanel::dropSelected);
  connect(restore_, &QPushButton::clicked, this, &IdentityPanel::restoreSelected);
  connect(faces_, &QPushButton::clicked, this, &IdentityPanel::showFaces);
  connect(save_, &QPushButton::clicked, this, &IdentityPanel::save);
  connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
    if (!filling_ && item->column() == NameColumn) updateButtons();
  });
}

QString IdentityPanel::participantsPath() const {
  if (csvPath_.isEmpty()) return {};
  const QFileInfo csv(csvPath_);
  return csv.absolutePath() + "/" + QString::fromStdString(participantsFileName(csv.completeBaseName().toStdString()));
}

void IdentityPanel::load(const QString& csvPath) {
  try {
    tracks_ = readRunTracks(csvPath.toStdString());
    csvPath_ = csvPath;
    const auto sidecar = findRunSidecar(csvPath.toStdString());
    recording_ = sidecar ? QString::fromStdString(sidecar->inputPath) : QString();
    const QFileInfo csv(csvPath);
    fillRows(participantMapFor(csv.completeBaseName().toStdString(), {}, csv.absolutePath().toStdString()));
  } catch (const std::exception& e) {
    emit failed(errorText(e));
  }
  retranslate();
  updateButtons();
}

void IdentityPanel::fillRows(const ParticipantMap& names) {
  filling_ = true;
  table_->clearContents();
  table_->setRowCount(static_cast<int>(tracks_.tracks.size()));
  for (int row = 0; row < table_->rowCount(); ++row) {
    const RunTrack& t = tracks_.tracks[static_cast<std::size_t>(row)];
    table_->setItem(row, FaceColumn, readOnly({}));
    auto* id = readOnly(QString::number(t.id));
    id->setData(Qt::UserRole, static_cast<qlonglong>(t.id));
    table_->setItem(row, TrackColumn, id);
    const std::string name = names.empty() ? t.participant : names.nameOf(t.id);
    table_->setItem(row, NameColumn, new QTableWidgetItem(QString::fromStdString(name)));
    table_->setItem(row, SeenColumn, readOnly(timeText(t.firstTime, t.firstFrame) + QString::fromUtf8("–") + timeText(t.lastTime, t.lastFrame)));
    table_->setItem(row, FramesColumn, readOnly(QString::number(t.frames)));
    setDropped(row, names.drops(t.id));
  }
  for (int c : {TrackColumn, SeenColumn, FramesColumn}) table_->resizeColumnToContents(c);
  filling_ = false;
}

void IdentityPanel::setDropped(int row, bool dropped) {
  const bool wasFilling = filling_;
  filling_ = true;
  for (int c = 0; c < table_->columnCount(); ++c) {
    QTableWidgetItem* item = table_->item(row, c);
    QFont font = item->font();
    font.setStrikeOut(dropped && c == NameColumn);
    item->setFont(font);
    item->setForeground(dropped ? palette().color(QPalette::Disabled, QPalette::Text) : palette().color(QPalette::Text));
  }
  table_->item(row, NameColumn)->setData(kDroppedRole, dropped);
  if (dropped) table_->item(row, NameColumn)->setText(tr("(dropped)"));
  else if (table_->item(row, NameColumn)->text() == tr("(dropped)")) table_->item(row, NameColumn)->setText({});
  filling_ = wasFilling;
}

void IdentityPanel::nameSelected(const QString& name) {
  if (name.isEmpty()) return;
  for (const auto& index : table_->selectionModel()->selectedRows()) {
    setDropped(index.row(), false);
    table_->item(index.row(), NameColumn)->setText(name);
  }
  name_->clear();
}

void IdentityPanel::dropSelected() {
  for (const auto& index : table_->selectionModel()->selectedRows()) setDropped(index.row(), true);
  updateButtons();
}

void IdentityPanel::restoreSelected() {
  for (const auto& index : table_->selectionModel()->selectedRows()) setDropped(index.row(), false);
  updateButtons();
}

void IdentityPanel::showFaces() {
  for (int row = 0; row < table_->rowCount(); ++row) {
    const cv::Mat bgr = trackThumbnail(recording_.toStdString(), tracks_.tracks[static_cast<std::size_t>(row)], kThumbnailSize);
    if (bgr.empty()) continue;
    const QImage image(bgr.data, bgr.cols, bgr.rows, static_cast<int>(bgr.step), QImage::Format_BGR888);
    table_->item(row, FaceColumn)->setIcon(QIcon(QPixmap::fromImage(image.copy())));
    table_->setRowHeight(row, kThumbnailSize + 4);
  }
  table_->setColumnWidth(FaceColumn, kThumbnailSize + 8);
}

ParticipantMap IdentityPanel::currentMap() const {
  std::map<std::int64_t, std::optional<std::string>> names;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const auto id = table_->item(row, TrackColumn)->data(Qt::UserRole).toLongLong();
    const QTableWidgetItem* name = table_->item(row, NameColumn);
    if (name->data(kDroppedRole).toBool()) names[id] = std::nullopt;
    else if (!name->text().trimmed().isEmpty()) names[id] = name->text().trimmed().toStdString();
  }
  return ParticipantMap::fromNames(names, participantsPath().toStdString());
}

bool IdentityPanel::save() {
  try {
    const ParticipantMap map = currentMap();
    tracks_.requireDistinct(map);
    writeParticipantsFile(participantsPath().toStdString(), map);
  } catch (const std::exception& e) {
    emit failed(errorText(e));
    return false;
  }
  emit saved(participantsPath());
  return true;
}

void IdentityPanel::updateButtons() {
  const bool any = table_->selectionModel() && !table_->selectionModel()->selectedRows().isEmpty();
  nameButton_->setEnabled(any && !name_->text().trimmed().isEmpty());
  drop_->setEnabled(any);
  restore_->setEnabled(any);
  faces_->setEnabled(table_->rowCount() > 0);
  save_->setEnabled(!csvPath_.isEmpty());
  const int selected = any ? static_cast<int>(table_->selectionModel()->selectedRows().size()) : 0;
  nameButton_->setText(selected > 1 ? tr("Merge as this name") : tr("Name selected"));
}

void IdentityPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void IdentityPanel::retranslate() {
  title_->setText(csvPath_.isEmpty() ? tr("Export a CSV timeline (or annotate files) to list who was seen.")
                                     : tr("Faces of %1. Double-click a name to rename; select several rows to merge them into one participant.")
                                           .arg(QFileInfo(csvPath_).fileName()));
  table_->setHorizontalHeaderLabels({tr("Face"), tr("Track"), tr("Participant"), tr("Seen"), tr("Frames")});
  for (int c : {FaceColumn, TrackColumn, SeenColumn, FramesColumn}) table_->resizeColumnToContents(c);
  table_->horizontalHeaderItem(SeenColumn)->setToolTip(tr("First and last time seen (minutes:seconds.milliseconds), or image numbers for an image folder"));
  name_->setPlaceholderText(tr("Participant name, e.g. P01"));
  drop_->setText(tr("Drop"));
  drop_->setToolTip(tr("Leave the selected tracks out of every export (a face on a poster, a passer-by)"));
  restore_->setText(tr("Restore"));
  faces_->setText(tr("Show faces"));
  faces_->setToolTip(tr("Cut each track's face from the recording; shown here only, never saved"));
  save_->setText(tr("Save"));
  save_->setToolTip(tr("Write the names beside the run's CSV; every export uses them"));
  updateButtons();
}

}  // namespace mien::ui
