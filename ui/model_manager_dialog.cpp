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
#include <QRegularExpression>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mien::ui {
namespace {

enum Column { IdColumn, KindColumn, SizeColumn, StatusColumn, ChecksumColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole;  // on the name cell: the catalogue id

// "openai-clip-vit-b-16" -> "ViT-B/16"; "" when the id names no CLIP size.
QString clipSize(const std::string& id) {
  static const QRegularExpression size("vit-([bl])-?(\\d+)", QRegularExpression::CaseInsensitiveOption);
  const auto match = size.match(QString::fromStdString(id));
  return match.hasMatch() ? QStringLiteral("ViT-%1/%2").arg(match.captured(1).toUpper(), match.captured(2)) : QString();
}

// Why a CLIP size is or is not the one to take, in the words of someone who runs sessions, not trains models.
QString sizeAdvice(const QString& size) {
  if (size == "ViT-B/16") return QObject::tr("recommended: accurate, and fast enough for live video on a laptop");
  if (size == "ViT-B/32") return QObject::tr("quicker on slow computers, a little less accurate");
  if (size == "ViT-L/14") return QObject::tr("the most accurate; about three times the size and much slower");
  return {};
}

// "361 MB": the units a download page uses, without decimals that mean nothing here.
QString sizeText(std::uint64_t bytes) {
  return QLocale().formattedDataSize(static_cast<qint64>(bytes), bytes < 10'000'000 ? 1 : 0, QLocale::DataSizeSIFormat);
}

}  // namespace

// A name a person reads: "CLIP ViT-B/16", "Expression head for CLIP ViT-B/16 (Exp-CLIP)".
QString ModelManagerDialog::displayName(const ModelManifest& m) {
  const QString size = clipSize(m.kind == "encoder" ? m.id : (m.encoder.empty() ? m.id : m.encoder));
  if (m.kind == "encoder") return size.isEmpty() ? tr("CLIP model") : tr("CLIP %1").arg(size);
  if (m.kind == "expclip-head") return size.isEmpty() ? tr("Expression head (Exp-CLIP)") : tr("Expression head for CLIP %1 (Exp-CLIP)").arg(size);
  if (m.kind == "gfer-head") return tr("Expression head with fixed classes (GFER)");
  if (m.kind == "detector") return m.inputSize ? tr("Face finder (YuNet, %1 px)").arg(m.inputSize) : tr("Face finder (YuNet)");
  return QString::fromStdString(m.id);
}

QString ModelManagerDialog::whatItIs(const ModelManifest& m) {
  const QString size = clipSize(m.kind == "encoder" ? m.id : m.encoder);
  QString text;
  if (m.kind == "encoder") text = tr("Reads the face and your label words; needed for everything");
  else if (m.kind == "expclip-head") text = tr("Add-on that makes CLIP better at expressions; works with CLIP %1 only").arg(size.isEmpty() ? tr("of its size") : size);
  else if (m.kind == "gfer-head") text = tr("Add-on with its own classes; your label words are not used");
  else if (m.kind == "detector") text = tr("Finds faces in the picture; chosen automatically");
  else text = QString::fromStdString(m.kind);
  const QString advice = sizeAdvice(size);
  if (advice.isEmpty() || m.kind == "detector") return text;
  return advice.left(1).toUpper() + advice.mid(1) + ". " + text + ".";  // the advice first: the column is narrow
}

ModelManagerDialog::ModelManagerDialog(ModelStore store, EngineChoice active, QWidget* parent)
    : QDialog(parent), store_(std::move(store)), active_(std::move(active)), table_(new QTableWidget(0, ColumnCount)),
      baseUrl_(new QLineEdit), progress_(new QProgressBar), status_(new QLabel), fetch_(new QPushButton(tr("Fetch"))),
      verify_(new QPushButton(tr("Check files"))), remove_(new QPushButton(tr("Remove"))),
      add_(new QPushButton(tr("Add from folder…"))), files_(new QPushButton(tr("Use files on disk…"))),
      activate_(new QPushButton(tr("Use this model"))), cancelButton_(new QPushButton(tr("Cancel download"))) {
  setWindowTitle(tr("Models"));
  resize(1000, 480);
  fetch_->setText(tr("Download"));
  fetch_->setObjectName("download");
  verify_->setObjectName("checkFiles");
  activate_->setObjectName("useModel");
  table_->setObjectName("modelTable");
  table_->setHorizontalHeaderLabels({tr("Model"), tr("What it is"), tr("Download size"), tr("Status"), tr("Files can be checked")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);  // long: elided, whole in the tooltip
  table_->setWordWrap(false);
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
  auto* intro = new QLabel(introText());
  intro->setObjectName("modelIntro");
  intro->setWordWrap(true);
  layout->addWidget(intro);
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

QString ModelManagerDialog::introText() const {
  std::uint64_t recommended = 0;
  for (const auto& entry : store_.list()) {
    if (!recommendedIds().contains(QString::fromStdString(entry.manifest.id))) continue;
    std::uint64_t bytes = 0;
    for (const auto& f : entry.files) bytes += f.file.size;
    recommended += bytes ? bytes : entry.manifest.approximateBytes;
  }
  const QString size = recommended ? sizeText(recommended) : tr("a few hundred MB");
  return tr("Mien needs a <b>CLIP model</b>, which reads the face and the words of your labels, and can add an "
            "<b>expression head</b>: a small add-on trained on faces that makes CLIP better at telling expressions "
            "apart. A head works only with the CLIP size it was made for. <b>Recommended:</b> CLIP ViT-B/16 with its "
            "Exp-CLIP head (%1 in all), accurate and fast enough for live video on a laptop.")
      .arg(size);
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
    auto* id = new QTableWidgetItem(displayName(m));
    id->setToolTip(QString::fromStdString(m.id + "\n" + m.description + "\n" + m.license + "\n" + m.citation));
    id->setData(kIdRole, QString::fromStdString(m.id));
    const QString path = entry.files.empty() ? QString() : QString::fromStdString(entry.files.front().path);
    const bool isActive = !path.isEmpty() && (path == encoderPathOf(active_) || path == headPathOf(active_));
    table_->setItem(row, IdColumn, id);
    auto* what = new QTableWidgetItem(whatItIs(m));
    what->setToolTip(what->text());
    table_->setItem(row, KindColumn, what);
    const QString size = bytes ? sizeText(bytes)
                         : m.approximateBytes ? tr("about %1").arg(sizeText(m.approximateBytes))
                                              : tr("unknown");
    table_->setItem(row, SizeColumn, new QTableWidgetItem(size));
    const QString status = entry.installed() ? (isActive ? tr("installed, in use") : tr("installed"))
                           : present ? tr("partly installed") : tr("not installed");
    table_->setItem(row, StatusColumn, new QTableWidgetItem(status));
    table_->setItem(row, ChecksumColumn, new QTableWidgetItem(checksums ? tr("yes") : tr("no (no checksum is known)")));
    if (id->data(kIdRole).toString() == selected) table_->selectRow(row);
  }
}

QString ModelManagerDialog::selectedId() const {
  const int row = table_->currentRow();
  return row < 0 ? QString() : table_->item(row, IdColumn)->data(kIdRole).toString();
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
    const auto entry = store_.entry(selectedId().toStdString());
    if (!entry.installed()) {
      showStatus(tr("%1 is not installed yet: press Download, or add its files from a folder.").arg(displayName(entry.manifest)), true);
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
      showStatus(tr("The face finder is chosen automatically."));
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
