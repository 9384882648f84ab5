// The wizard's data pages: choose the folder, scan it, choose where LLM embeddings come from, build the caches.
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "common/resource_paths.h"
#include "train/training_cache_build.h"
#include "training_wizard_pages.h"

namespace mien::ui {
namespace {

// The training cache holds the encoder's features with the authors' preprocessing.
EngineSpec cacheEngine(EngineSpec engine) {
  engine.preprocess = "expclip";
  return engine;
}

FaceScanSettings scanSettings(bool aligned) {
  FaceScanSettings s;
  s.alignedCrops = aligned;
  return s;
}

}  // namespace

FolderPage::FolderPage()
    : folder_(new QLineEdit), work_(new QLineEdit), aligned_(new QCheckBox), expclip_(new QRadioButton),
      gfer_(new QRadioButton), encoder_(new QLabel) {
  gfer_->setObjectName("methodGfer");
  expclip_->setChecked(true);
  folder_->setObjectName("facesFolder");
  work_->setObjectName("workFolder");
  aligned_->setObjectName("alignedCrops");
  encoder_->setWordWrap(true);
  auto* form = new QFormLayout(this);
  QWidget* folderRow = withBrowse(folder_, [this] { return QFileDialog::getExistingDirectory(this, tr("Faces folder")); });
  QWidget* workRow = withBrowse(work_, [this] { return QFileDialog::getExistingDirectory(this, tr("Training folder")); });
  form->addRow(new QLabel, expclip_);
  form->addRow(QString(), gfer_);
  form->addRow(new QLabel, folderRow);
  form->addRow(new QLabel, workRow);
  form->addRow(QString(), aligned_);
  form->addRow(new QLabel, encoder_);
  setTexts([=, this] {
    setTitle(tr("Faces to learn from"));
    setSubTitle(tr("Exp-CLIP learns from unlabelled faces of your participants (images or videos) and an LLM's "
                   "descriptions; GFER learns from a labelled folder (one sub-folder of images per class)."));
    expclip_->setText(tr("Exp-CLIP head: unlabelled faces, any expression words later"));
    gfer_->setText(tr("GFER head: labelled faces, fixed classes, generalises to new people"));
    aligned_->setText(tr("The images are already aligned face crops"));
    setRowLabel(form, expclip_, tr("Method"));
    setRowLabel(form, folderRow, tr("Folder"));
    setRowLabel(form, workRow, tr("Training folder"));
    setRowLabel(form, encoder_, tr("CLIP model"));
    if (wizard()) showEncoder();
  });
  connect(folder_, &QLineEdit::textChanged, this, [this](const QString& folder) {
    if (!work_->isModified())
      work_->setText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/training/" + QFileInfo(folder).fileName());
    completeChangedKeepingFocus();
  });
  connect(work_, &QLineEdit::textChanged, this, &WizardPage::completeChangedKeepingFocus);
}

void FolderPage::initializePage() { showEncoder(); }

void FolderPage::showEncoder() {
  const auto& e = state().engine;
  encoder_->setText(e.model.empty() ? tr("No CLIP model is chosen: pick one in the model manager first.") : encoderPathOf(e));
}

bool FolderPage::isComplete() const {
  return QFileInfo(folder_->text()).isDir() && !work_->text().trimmed().isEmpty() && !state().engine.model.empty();
}

bool FolderPage::validatePage() {
  state().folder = QFileInfo(folder_->text()).absoluteFilePath();
  state().workDir = QFileInfo(work_->text().trimmed()).absoluteFilePath();
  state().aligned = aligned_->isChecked();
  state().gfer = gfer_->isChecked();
  return QDir().mkpath(state().workDir);
}

int FolderPage::nextId() const { return gfer_->isChecked() ? TrainingWizard::GferTrainPageId : TrainingWizard::ScanPageId; }

TaskPage::TaskPage() : progress_(new QProgressBar), status_(new QLabel), problems_(new QListWidget), cancel_(new QPushButton) {
  status_->setWordWrap(true);
  status_->setObjectName("taskStatus");
  problems_->setObjectName("taskProblems");
  setTexts([this] { cancel_->setText(tr("Cancel")); });
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addWidget(problems_, 1);
  layout->addWidget(cancel_, 0, Qt::AlignRight);
  connect(cancel_, &QPushButton::clicked, &task_, &JobRunner::cancel);
  connect(&task_, &JobRunner::progressed, this, [this](qint64 done, qint64 total, const QString& text) {
    progress_->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
    progress_->setValue(static_cast<int>(done));
    if (!text.isEmpty()) status_->setText(text);
  });
  connect(&task_, &JobRunner::finished, this, [this](bool ok, bool cancelled, const QString& message) {
    cancel_->setEnabled(false);
    if (progress_->maximum() == 0) {  // still the busy bar: it must not look as if work went on
      progress_->setRange(0, 1);
      progress_->setValue(ok ? 1 : 0);
    }
    if (cancelled) status_->setText(tr("Cancelled. Go back and forward again to continue; finished work is kept."));
    else onFinished(ok, message);
    completeChangedKeepingFocus();
  });
}

void TaskPage::run(JobRunner::Job work) {
  done_ = false;
  problems_->clear();
  cancel_->setEnabled(true);
  progress_->setRange(0, 0);
  task_.start(std::move(work));
}

void TaskPage::onFinished(bool ok, const QString& message) {
  done_ = ok;
  status_->setText(ok ? message : tr("Failed: %1").arg(message));
  status_->setStyleSheet(ok ? "" : "color:#d64550;");
}

void TaskPage::addProblem(const QString& text) { problems_->addItem(text); }

ScanPage::ScanPage() {
  setTexts([this] {
    setTitle(tr("Finding faces"));
    setSubTitle(tr("Faces are detected, aligned and deduplicated; files that give no face are listed below."));
  });
}

void ScanPage::initializePage() {
  const auto s = state();
  run([this, s](const JobContext& job) {
    const TrainingWorkspace work{s.workDir.toStdString()};
    FaceScan scan = scanFaceFolder(s.folder.toStdString(), work.cropsDir(), scanSettings(s.aligned),
                                   [&](int done, int total) { job.report(done, total, tr("Scanning file %1 of %2").arg(done).arg(total)); },
                                   &job.cancel);
    scan.save(work.faceList());
    job.deliver([this, scan] {
      state().scan = scan;
      for (const auto& [file, why] : scan.skipped) addProblem(QString::fromStdString(file + ": " + why));
    });
    if (scan.faces.empty()) throw std::runtime_error(tr("No faces were found in this folder.").toStdString());
    return QString::fromStdString(scan.summary());
  });
}

ProviderPage::ProviderPage()
    : import_(new QRadioButton), endpoint_(new QRadioButton), vectors_(new QLineEdit), mapping_(new QLineEdit),
      url_(new QLineEdit), chatModel_(new QLineEdit), embeddingModel_(new QLineEdit), apiKey_(new QLineEdit),
      instruction_(new QPlainTextEdit) {
  endpoint_->setChecked(true);
  apiKey_->setEchoMode(QLineEdit::Password);
  url_->setObjectName("llmServer");
  chatModel_->setObjectName("llmChatModel");
  embeddingModel_->setObjectName("llmEmbeddingModel");
  url_->setPlaceholderText("http://127.0.0.1:8080");
  instruction_->setPlainText(QString::fromStdString(LlmEndpointSettings{}.instruction));
  instruction_->setMaximumHeight(70);
  QWidget* vectorsRow = withBrowse(vectors_, [this] {
    return QFileDialog::getOpenFileName(this, tr("Embeddings"), QString(), tr("Embeddings (*.npy *.safetensors)"));
  });
  QWidget* mappingRow = withBrowse(mapping_, [this] {
    return QFileDialog::getOpenFileName(this, tr("Mapping"), QString(), tr("Mappings (*.csv *.json)"));
  });
  auto* form = new QFormLayout(this);
  form->addRow(import_);
  form->addRow(new QLabel, vectorsRow);
  form->addRow(new QLabel, mappingRow);
  form->addRow(endpoint_);
  form->addRow(new QLabel, url_);
  form->addRow(new QLabel, chatModel_);
  form->addRow(new QLabel, embeddingModel_);
  form->addRow(new QLabel, apiKey_);
  form->addRow(new QLabel, instruction_);
  setTexts([=, this] {
    setTitle(tr("Where the LLM's descriptions come from"));
    setSubTitle(tr("Exp-CLIP learns from what a large language model says about each face."));
    import_->setText(tr("Import embeddings made with the authors' BLIP-2 script (tools/lavis)"));
    endpoint_->setText(tr("Ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama)"));
    setRowLabel(form, vectorsRow, tr("Embeddings (.npy, .safetensors)"));
    setRowLabel(form, mappingRow, tr("Mapping (.csv, .json)"));
    setRowLabel(form, url_, tr("Server"));
    setRowLabel(form, chatModel_, tr("Vision-language model"));
    setRowLabel(form, embeddingModel_, tr("Embedding model"));
    setRowLabel(form, apiKey_, tr("API key (optional)"));
    setRowLabel(form, instruction_, tr("Instruction"));
  });
  registerField("provider.endpoint", endpoint_);
  registerField("provider.vectors", vectors_);
  registerField("provider.mapping", mapping_);
  registerField("provider.url", url_);
  registerField("provider.chatModel", chatModel_);
  registerField("provider.embeddingModel", embeddingModel_);
  registerField("provider.apiKey", apiKey_);
  registerField("provider.instruction", instruction_, "plainText", "textChanged");
  for (auto* e : {vectors_, mapping_, url_, chatModel_, embeddingModel_}) connect(e, &QLineEdit::textChanged, this, &WizardPage::completeChangedKeepingFocus);
  connect(endpoint_, &QRadioButton::toggled, this, &WizardPage::completeChangedKeepingFocus);
}

bool ProviderPage::usesEndpoint() const { return endpoint_->isChecked(); }

bool ProviderPage::isComplete() const {
  if (usesEndpoint()) return !url_->text().isEmpty() && !chatModel_->text().isEmpty() && !embeddingModel_->text().isEmpty();
  return QFileInfo(vectors_->text()).isFile() && QFileInfo(mapping_->text()).isFile();
}

CachePage::CachePage() {
  setTexts([this] {
    setTitle(tr("Building the caches"));
    setSubTitle(tr("CLIP features and LLM embeddings are computed once and kept; a rerun only fills what is missing."));
  });
}

void CachePage::initializePage() {
  const auto s = state();
  LlmSource llm;
  llm.endpoint.baseUrl = field("provider.url").toString().toStdString();
  llm.endpoint.chatModel = field("provider.chatModel").toString().toStdString();
  llm.endpoint.embeddingModel = field("provider.embeddingModel").toString().toStdString();
  llm.endpoint.apiKey = field("provider.apiKey").toString().toStdString();
  llm.endpoint.instruction = field("provider.instruction").toString().toStdString();
  if (!field("provider.endpoint").toBool()) {
    llm.embeddingsPath = field("provider.vectors").toString().toStdString();
    llm.mappingPath = field("provider.mapping").toString().toStdString();
  }
  run([this, s, llm](const JobContext& job) {
    const CacheBuild build = buildTrainingCache(
        s.scan, s.folder.toStdString(), TrainingWorkspace{s.workDir.toStdString()},
        cacheEngine(s.engine), llm,
        [&](CacheStage stage, int done, int total) {
          job.report(done, total, (stage == CacheStage::ClipFeatures ? tr("CLIP features: %1 of %2 faces")
                                                                  : tr("LLM embeddings: %1 of %2 faces"))
                                  .arg(done).arg(total));
        },
        &job.cancel);
    for (const auto* list : {&build.clip.failures, &build.llm.failures})
      for (const auto& [face, why] : *list) {
        const QString text = QString::fromStdString(face + ": " + why);
        job.deliver([this, text] { addProblem(text); });
      }
    if (build.cancelled) return QString();
    const TrainingRows& rows = build.rows;
    if (rows.count < 2) throw std::runtime_error(tr("Fewer than two faces have both a CLIP feature and an LLM embedding.").toStdString());
    const CacheRecord record = build.record;
    job.deliver([this, record] { state().record = record; });
    return tr("%1 faces are ready: %2-d CLIP features, %3-d LLM embeddings; %4 incomplete.")
        .arg(rows.count).arg(rows.featureDim).arg(rows.embeddingDim).arg(rows.missing);
  });
}

}  // namespace mien::ui
