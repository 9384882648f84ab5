// The wizard's result pages: train with live curves, evaluate side by side, save and activate the head.
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <filesystem>

#include "common/resource_paths.h"
#include "io/feature_cache.h"
#include "model/classifier.h"
#include "train/evaluation.h"
#include "train/training_cache.h"
#include "training_wizard_pages.h"

namespace mien::ui {
namespace fs = std::filesystem;

TrainPage::TrainPage()
    : fromHead_(new QRadioButton), fresh_(new QRadioButton), epochs_(new QSpinBox), batch_(new QSpinBox),
      rate_(new QDoubleSpinBox), resume_(new QCheckBox), start_(new QPushButton), stop_(new QPushButton),
      status_(new QLabel), loss_(new QLineSeries), accuracy_(new QLineSeries), epochAxis_(new QValueAxis),
      lossAxis_(new QValueAxis) {
  setTitle(tr("Training the head"));
  setSubTitle(tr("CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4)."));
  fromHead_->setText(tr("Start from the current head"));
  fresh_->setText(tr("Start from a fresh head"));
  epochs_->setRange(1, 1000);
  epochs_->setValue(5);
  epochs_->setObjectName("epochs");
  batch_->setRange(2, 65536);
  batch_->setValue(512);
  batch_->setObjectName("batch");
  rate_->setDecimals(5);
  rate_->setRange(1e-5, 10);
  rate_->setValue(1e-3);
  rate_->setObjectName("learningRate");
  resume_->setText(tr("Continue the last run from its newest checkpoint"));
  start_->setText(tr("Start training"));
  start_->setObjectName("startTraining");
  stop_->setText(tr("Stop"));
  stop_->setEnabled(false);
  status_->setObjectName("trainStatus");
  status_->setWordWrap(true);
  loss_->setName(tr("loss"));
  accuracy_->setName(tr("accuracy"));
  auto* chart = new QChart;
  chart->addSeries(loss_);
  chart->addSeries(accuracy_);
  auto* accuracyAxis = new QValueAxis;
  accuracyAxis->setRange(0, 1);
  chart->addAxis(epochAxis_, Qt::AlignBottom);
  chart->addAxis(lossAxis_, Qt::AlignLeft);
  chart->addAxis(accuracyAxis, Qt::AlignRight);
  loss_->attachAxis(epochAxis_);
  loss_->attachAxis(lossAxis_);
  accuracy_->attachAxis(epochAxis_);
  accuracy_->attachAxis(accuracyAxis);
  epochAxis_->setLabelFormat("%d");
  auto* view = new QChartView(chart);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(220);

  auto* form = new QFormLayout;
  auto* from = new QHBoxLayout;
  from->addWidget(fromHead_);
  from->addWidget(fresh_);
  form->addRow(tr("Start"), from);
  form->addRow(tr("Epochs"), epochs_);
  form->addRow(tr("Learning rate"), rate_);
  form->addRow(tr("Batch size"), batch_);
  form->addRow(QString(), resume_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(start_);
  buttons->addWidget(stop_);
  buttons->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(view, 1);
  layout->addWidget(status_);
  connect(start_, &QPushButton::clicked, this, &TrainPage::start);
  connect(stop_, &QPushButton::clicked, &task_, &BackgroundTask::cancel);
  connect(&task_, &BackgroundTask::progressed, this, [this](qint64 epoch, qint64 epochs, const QString& text) {
    const QStringList values = text.split(' ');
    if (values.size() != 2) return;
    loss_->append(static_cast<double>(epoch), values[0].toDouble());
    accuracy_->append(static_cast<double>(epoch), values[1].toDouble());
    epochAxis_->setRange(0, static_cast<double>(std::max<qint64>(epochs, epoch)));
    double top = 0;
    for (const QPointF& p : loss_->points()) top = std::max(top, p.y());
    lossAxis_->setRange(0, top * 1.1);
    status_->setText(tr("Epoch %1 of %2: loss %3, accuracy %4%").arg(epoch).arg(epochs).arg(values[0].toDouble(), 0, 'f', 4)
                         .arg(100 * values[1].toDouble(), 0, 'f', 1));
  });
  connect(&task_, &BackgroundTask::finished, this, [this](bool ok, bool cancelled, const QString& message) {
    start_->setEnabled(true);
    stop_->setEnabled(false);
    trained_ = ok;
    if (ok) state().trainedHead = QString::fromStdString(TrainingWorkspace{state().workDir.toStdString()}.root + "/head.pth");
    resume_->setChecked(cancelled);
    status_->setText(cancelled ? tr("Stopped; the checkpoints are kept. Start again to continue.")
                               : ok ? message : tr("Failed: %1").arg(message));
    emit completeChanged();
  });
}

void TrainPage::initializePage() {
  const bool hasHead = !state().engine.headPath.isEmpty();
  fromHead_->setEnabled(hasHead);
  (hasHead ? fromHead_ : fresh_)->setChecked(true);
  const TrainingWorkspace work{state().workDir.toStdString()};
  resume_->setChecked(!latestExpClipCheckpoint(work.checkpoints()).empty());
}

int TrainPage::pointsPlotted() const { return static_cast<int>(loss_->count()); }

void TrainPage::start() {
  const TrainingWizardState s = state();
  ExpClipRunSettings run;
  run.training.epochs = epochs_->value();
  run.training.learningRate = rate_->value();
  run.training.batchSize = batch_->value();
  run.startHead = fromHead_->isChecked() ? s.engine.headPath.toStdString() : "";
  const TrainingWorkspace work{s.workDir.toStdString()};
  run.checkpointDir = work.checkpoints();
  run.outputPath = work.root + "/head.pth";
  run.resume = resume_->isChecked();
  run.dataRecord = s.record.json();
  if (!run.resume) {
    std::error_code ec;
    fs::remove_all(run.checkpointDir, ec);  // a new run: the old checkpoints belong to other settings
  }
  loss_->clear();
  accuracy_->clear();
  trained_ = false;
  start_->setEnabled(false);
  stop_->setEnabled(true);
  emit completeChanged();
  task_.start([s, run](const BackgroundTask::Report& report, const std::atomic<bool>& cancel) {
    const TrainingWorkspace work{s.workDir.toStdString()};
    FeatureCache cache(work.cache());
    const auto rows = assembleTrainingRows(s.scan.faces, cache, s.record.modelId, s.record.preprocessing, s.record.llmId,
                                           s.record.instruction);
    const auto outcome = runExpClipTraining(rows, run, [&](const ExpClipEpochReport& r) {
      report(r.epoch, run.training.epochs, QString::number(r.meanLoss, 'g', 8) + " " + QString::number(r.accuracy, 'g', 6));
    }, &cancel);
    return tr("Trained on %1 faces: loss %2 → %3.").arg(rows.count).arg(outcome.startLoss, 0, 'f', 4).arg(outcome.finalLoss, 0, 'f', 4);
  });
}

EvaluatePage::EvaluatePage()
    : folder_(new QLineEdit), aligned_(new QCheckBox), run_(new QPushButton), status_(new QLabel), matrix_(new QLabel),
      table_(new QTableWidget(0, 4)) {
  setTitle(tr("Did it help?"));
  setSubTitle(tr("Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and "
                 "the trained head with the prompt set of the labels panel."));
  folder_->setObjectName("evaluationFolder");
  aligned_->setText(tr("The images are already aligned face crops"));
  aligned_->setObjectName("evaluationAligned");
  run_->setText(tr("Evaluate"));
  run_->setObjectName("evaluate");
  status_->setWordWrap(true);
  table_->setObjectName("evaluationTable");
  table_->setHorizontalHeaderLabels({tr("Method"), tr("UAR %"), tr("WAR %"), tr("Faces")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  matrix_->setAlignment(Qt::AlignCenter);
  auto* row = new QHBoxLayout;
  auto* browse = new QPushButton(tr("Browse…"));
  row->addWidget(folder_, 1);
  row->addWidget(browse);
  row->addWidget(aligned_);
  row->addWidget(run_);
  auto* results = new QHBoxLayout;
  results->addWidget(table_, 1);
  results->addWidget(matrix_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(status_);
  layout->addLayout(results, 1);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Labelled folder"));
    if (!dir.isEmpty()) folder_->setText(dir);
  });
  connect(run_, &QPushButton::clicked, this, &EvaluatePage::evaluate);
  connect(&task_, &BackgroundTask::progressed, this, [this](qint64 done, qint64 total, const QString&) {
    status_->setText(tr("Evaluating image %1 of %2…").arg(done).arg(total));
  });
  connect(&task_, &BackgroundTask::finished, this, [this](bool ok, bool, const QString& message) {
    run_->setEnabled(true);
    if (!ok) {
      status_->setText(tr("Failed: %1").arg(message));
      return;
    }
    table_->setRowCount(0);
    const QStringList lines = message.split('\n', Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1)) {  // summary.csv rows: method,uar,war,faces
      const QStringList cells = line.split(',');
      const int r = table_->rowCount();
      table_->insertRow(r);
      table_->setItem(r, 0, new QTableWidgetItem(cells.value(0)));
      table_->setItem(r, 1, new QTableWidgetItem(QString::number(100 * cells.value(1).toDouble(), 'f', 2)));
      table_->setItem(r, 2, new QTableWidgetItem(QString::number(100 * cells.value(2).toDouble(), 'f', 2)));
      table_->setItem(r, 3, new QTableWidgetItem(cells.value(3)));
    }
    const QString png = state().workDir + "/evaluation/confusion-trained-head.png";
    matrix_->setPixmap(QPixmap(png).scaled(360, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    status_->setText(tr("Results and confusion matrices are in %1").arg(state().workDir + "/evaluation"));
  });
}

void EvaluatePage::evaluate() {
  const TrainingWizardState s = state();
  const std::string folder = folder_->text().toStdString();
  const bool aligned = aligned_->isChecked();
  run_->setEnabled(false);
  task_.start([s, folder, aligned](const BackgroundTask::Report& report, const std::atomic<bool>& cancel) {
    const LabelledFolder labelled = scanLabelledFolder(folder);
    ClassifierOptions base;
    base.modelPath = s.engine.encoderPath.toStdString();
    base.prompts = s.prompts;
    std::vector<std::unique_ptr<Classifier>> classifiers;
    std::vector<EvaluationMethod> methods;
    const auto add = [&](const std::string& name, const std::string& head) {
      ClassifierOptions o = base;
      o.headPath = head;
      classifiers.push_back(createClassifier(o));
      methods.push_back({name, classifiers.back().get()});
    };
    add("plain CLIP", "");
    if (!s.engine.headPath.isEmpty()) add("starting head", s.engine.headPath.toStdString());
    if (!s.trainedHead.isEmpty()) add("trained head", s.trainedHead.toStdString());
    FaceScanSettings faces;
    faces.alignedCrops = aligned;
    faces.detectorPath = manifestsDirectory() + "/detectors/yunet_n_320_320.onnx";
    const auto result = evaluateOnFolder(labelled, faces, methods, 32, [&](std::int64_t done, std::int64_t total) {
      report(done, total, {});
    }, &cancel);
    const std::string out = s.workDir.toStdString() + "/evaluation";
    fs::create_directories(out);
    writeEvaluationSummaryCsv(result, out + "/summary.csv");
    for (const auto& e : result.methods) {
      std::string slug = e.method;
      for (char& c : slug) c = c == ' ' ? '-' : c;
      writeConfusionCsv(e, out + "/confusion-" + slug + ".csv");
      writeConfusionPng(e, out + "/confusion-" + slug + ".png");
    }
    QFile summary(QString::fromStdString(out + "/summary.csv"));
    summary.open(QIODevice::ReadOnly);
    return QString::fromUtf8(summary.readAll());
  });
}

SavePage::SavePage() : path_(new QLineEdit), activate_(new QCheckBox), error_(new QLabel) {
  setTitle(tr("Save the head"));
  setSubTitle(tr("Saved in the authors' format (.pth) with a .safetensors copy and a .json record of the training."));
  path_->setObjectName("savePath");
  activate_->setText(tr("Use this head now"));
  activate_->setChecked(true);
  error_->setStyleSheet("color:#d64550;");
  auto* form = new QFormLayout(this);
  form->addRow(tr("Save as"), path_);
  form->addRow(QString(), activate_);
  form->addRow(error_);
}

void SavePage::initializePage() {
  path_->setText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/heads/" +
                 QFileInfo(state().folder).fileName() + "-expclip-head.pth");
}

bool SavePage::validatePage() {
  const QString target = path_->text().trimmed();
  const QString source = state().trainedHead;
  QDir().mkpath(QFileInfo(target).absolutePath());
  for (const char* ext : {".pth", ".safetensors", ".json"}) {
    const QString from = QFileInfo(source).path() + "/" + QFileInfo(source).completeBaseName() + ext;
    const QString to = QFileInfo(target).path() + "/" + QFileInfo(target).completeBaseName() + ext;
    QFile::remove(to + ".part");
    if (!QFile::copy(from, to + ".part") || (QFile::exists(to) && !QFile::remove(to)) || !QFile::rename(to + ".part", to)) {
      error_->setText(tr("Cannot write %1; choose another place.").arg(to));
      return false;
    }
  }
  emit static_cast<TrainingWizard*>(wizard())->headSaved(target, activate_->isChecked());
  return true;
}

}  // namespace mien::ui
