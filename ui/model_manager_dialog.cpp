// Store operations that touch the network or large files (fetch, verify, add) run as a job off the UI thread;
// the table refreshes after.
#include "model_manager_dialog.h"
#include "error_text.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mien::ui {
namespace {

enum Column { IdColumn, KindColumn, SizeColumn, StatusColumn, ChecksumColumn, ColumnCount };

}  // namespace

ModelManagerDialog::ModelManagerDialog(ModelStore store, EngineChoice active, QWidget* parent)
    : QDialog(parent), store_(std::move(store)), active_(std::move(active)), table_(new QTableWidget(0, ColumnCount)),
      baseUrl_(new QLineEdit), progress_(new QProgressBar), status_(new QLabel), fetch_(new QPushButton(tr("Fetch"))),
      verify_(new QPushButton(tr("Verify"))), remove_(new QPushButton(tr("Remove"))),
      add_(new QPushButton(tr("Add from folder…"))), files_(new QPushButton(tr("Use files on disk…"))),
      activate_(new QPushButton(tr("Use selected"))), cancelButton_(new QPushButton(tr("Cancel download"))) {
  setWindowTitle(tr("Models"));
  resize(900, 420);
  table_->setObjectName("modelTable");
  table_->setHorizontalHeaderLabels({tr("Model"), tr("Kind"), tr("Size"), tr("Status"), tr("Checksum")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  baseUrl_->setPlaceholderText(tr("Download mirror (optional): https://mirror.example/mien"));
  status_->setObjectName("modelStatus");
  status_->setWordWrap(true);
  progress_->hide();
  cancelButton_->hide();

  auto* buttons = new QHBoxLayout;
  for (auto* b : {fetch_, verify_, remove_, add_, files_}) buttons->addWidget(b);
  buttons->addStretch();
  buttons->addWidget(activate_);
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(progress_, 1);
  progressRow->addWidget(cancelButton_);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Models are stored in %1").arg(QString::fromStdString(store_.userDirectory()))));
  layout->addWidget(table_, 1);
  layout->addWidget(baseUrl_);
  layout->addLayout(buttons);
  layout->addLayout(progressRow);
  layout->addWidget(status_);
  layout->addWidget(close);

  connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(fetch_, &QPushButton::clicked, this, [this] {
    if (!selectedId().isEmpty()) fetch({selectedId()});
  });
  connect(verify_, &QPushButton::clicked, this, [this] {
    if (!selectedId().isEmpty()) verify(selectedId());
  });
  connect(remove_, &QPushButton::clicked, this, &ModelManagerDialog::removeSelected);
  connect(add_, &QPushButton::clicked, this, &ModelManagerDialog::chooseFolderToAdd);
  connect(files_, &QPushButton::clicked, this, &ModelManagerDialog::useFiles);
  connect(activate_, &QPushButton::clicked, this, &ModelManagerDialog::activateSelected);
  connect(cancelButton_, &QPushButton::clicked, &job_, &JobRunner::cancel);
  connect(&job_, &JobRunner::progressed, this, [this](qint64 done, qint64 total, const QString& file) {
    progress_->setValue(total ? static_cast<int>(1000.0 * done / total) : 0);
    progress_->setFormat(QStringLiteral("%1  %p%").arg(file));
  });
  connect(&job_, &JobRunner::finished, this, [this](bool ok, bool, const QString& message) {
    setBusy(false);
    showStatus(message, !ok);
    refresh();
    emit jobFinished(ok, message);
  });
  refresh();
}

QString ModelManagerDialog::baseUrl() const { return baseUrl_->text().trimmed(); }
void ModelManagerDialog::setBaseUrl(const QString& url) { baseUrl_->setText(url); }
QString ModelManagerDialog::statusText() const { return status_->text(); }

void ModelManagerDialog::refresh() {
  const QString selected = selectedId();
  table_->setRowCount(0);
  for (const auto& entry : store_.list()) {
    const auto& m = entry.manifest;
    std::uint64_t bytes = 0;
    int present = 0;
    bool checksums = true;
    for (const auto& f : entry.files) {
      bytes += f.file.size;
      present += f.present;
      checksums = checksums && (!f.file.sha256.empty() || !f.file.gitBlobSha1.empty());
    }
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* id = new QTableWidgetItem(QString::fromStdString(m.id));
    id->setToolTip(QString::fromStdString(m.description + "\n" + m.license + "\n" + m.citation));
    id->setData(Qt::UserRole, QString::fromStdString(m.kind));
    const QString path = entry.files.empty() ? QString() : QString::fromStdString(entry.files.front().path);
    const bool isActive = !path.isEmpty() && (path == encoderPathOf(active_) || path == headPathOf(active_));
    table_->setItem(row, IdColumn, id);
    table_->setItem(row, KindColumn, new QTableWidgetItem(QString::fromStdString(m.kind)));
    const QString size = bytes ? QLocale().formattedDataSize(static_cast<qint64>(bytes))
                         : m.approximateBytes ? tr("about %1").arg(QLocale().formattedDataSize(static_cast<qint64>(m.approximateBytes)))
                                              : tr("unknown");
    table_->setItem(row, SizeColumn, new QTableWidgetItem(size));
    const QString status = entry.installed() ? (isActive ? tr("installed, in use") : tr("installed"))
                           : present ? tr("partly installed") : tr("not installed");
    table_->setItem(row, StatusColumn, new QTableWidgetItem(status));
    table_->setItem(row, ChecksumColumn, new QTableWidgetItem(checksums ? tr("recorded") : tr("none recorded")));
    if (id->text() == selected) table_->selectRow(row);
  }
}

QString ModelManagerDialog::selectedId() const {
  const int row = table_->currentRow();
  return row < 0 ? QString() : table_->item(row, IdColumn)->text();
}

void ModelManagerDialog::setBusy(bool busy) {
  for (auto* b : {fetch_, verify_, remove_, add_, files_, activate_}) b->setEnabled(!busy);
  progress_->setVisible(busy);
  cancelButton_->setVisible(busy);
}

void ModelManagerDialog::showStatus(const QString& text, bool error) {
  status_->setStyleSheet(error ? "color:#d64550;" : "");
  status_->setText(text);
}

void ModelManagerDialog::runJob(JobRunner::Job job, bool measured) {
  if (job_.isRunning()) return;
  setBusy(true);
  progress_->setRange(0, measured ? 1000 : 0);
  progress_->setValue(0);
  progress_->setFormat(QStringLiteral("%p%"));
  job_.start(std::move(job));
}

void ModelManagerDialog::fetch(const QStringList& ids) {
  const std::string base = baseUrl().toStdString();
  runJob([store = store_, ids, base](const JobContext& job) {
    for (const QString& id : ids)
      store.fetch(id.toStdString(), base, [&](const std::string& file, std::uint64_t done, std::uint64_t total) {
        job.report(static_cast<qint64>(done), static_cast<qint64>(total), QString::fromStdString(file));
      }, &job.cancel);
    return tr("Downloaded and verified: %1").arg(ids.join(", "));
  }, true);
}

void ModelManagerDialog::verify(const QString& id) {
  runJob([store = store_, id](const JobContext&) {
    const std::string problems = store.verify(id.toStdString());
    if (!problems.empty()) throw std::runtime_error(problems);
    return tr("%1: every file matches its checksum.").arg(id);
  });
}

void ModelManagerDialog::addFrom(const QString& folder) {
  runJob([store = store_, folder](const JobContext&) {
    QStringList names;
    for (const auto& id : store.addFrom(folder.toStdString())) names << QString::fromStdString(id);
    if (names.isEmpty()) throw std::runtime_error(tr("No catalogue files were found in %1.").arg(folder).toStdString());
    return tr("Added: %1").arg(names.join(", "));
  });
}

void ModelManagerDialog::removeSelected() {
  const QString id = selectedId();
  if (id.isEmpty()) return;
  try {
    store_.remove(id.toStdString());
    showStatus(tr("Removed %1.").arg(id));
  } catch (const std::exception& e) {
    showStatus(errorText(e), true);
  }
  refresh();
}

void ModelManagerDialog::chooseFolderToAdd() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with downloaded model files"));
  if (!folder.isEmpty()) addFrom(folder);
}

void ModelManagerDialog::useFiles() {
  const QString encoder = QFileDialog::getOpenFileName(this, tr("CLIP weights (.pt, .safetensors, or config.json of a folder)"),
                                                       QString(), tr("Weights (*.pt *.pth *.safetensors *.json);;All files (*)"));
  if (encoder.isEmpty()) return;
  const QString head = QFileDialog::getOpenFileName(this, tr("Expression head (cancel for plain CLIP)"), QString(),
                                                    tr("Heads (*.pth *.pt *.safetensors);;All files (*)"));
  EngineChoice choice = active_;
  choice.randomArchitecture.clear();
  choice.model = (encoder.endsWith("config.json") ? QFileInfo(encoder).absolutePath() : encoder).toStdString();
  choice.head = head.toStdString();
  active_ = choice;
  emit engineChosen(choice);
  refresh();
}

void ModelManagerDialog::activateSelected() {
  const int row = table_->currentRow();
  if (row < 0) return;
  try {
    const auto entry = store_.entry(table_->item(row, IdColumn)->text().toStdString());
    if (!entry.installed()) {
      showStatus(tr("%1 is not installed yet: press Fetch, or add its files from a folder.").arg(QString::fromStdString(entry.manifest.id)), true);
      return;
    }
    const QString path = QString::fromStdString(entry.files.front().path);
    EngineChoice choice = active_;
    choice.randomArchitecture.clear();
    if (entry.manifest.kind == "encoder") {
      choice.model = path.toStdString();
      choice.head.clear();  // a head belongs to one encoder; choose it next
    } else if (entry.manifest.kind == "expclip-head" || entry.manifest.kind == "gfer-head") {
      choice.head = path.toStdString();
    } else {
      showStatus(tr("Detectors are chosen automatically."));
      return;
    }
    active_ = choice;
    emit engineChosen(choice);
    refresh();
  } catch (const std::exception& e) {
    showStatus(errorText(e), true);
  }
}

}  // namespace mien::ui
