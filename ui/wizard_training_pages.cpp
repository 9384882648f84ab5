// The wizard's training pages: shared curves and controls, Exp-CLIP (from the cache) and GFER (labelled folder).
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>
#include <filesystem>

#include "common/resource_paths.h"
#include "io/feature_cache.h"
#include "train/gfer_training_run.h"
#include "train/training_cache.h"
#include "training_wizard_pages.h"

namespace mien::ui {
namespace fs = std::filesystem;

TrainingPage::TrainingPage()
    : resume_(new QCheckBox), epochs_(new QSpinBox), batch_(new QSpinBox), rate_(new QDoubleSpinBox),
      form_(new QFormLayout), start_(new QPushButton), stop_(new QPushButton), status_(new QLabel),
      loss_(new QLineSeries), accuracy_(new QLineSeries), epochAxis_(new QValueAxis), lossAxis_(new QValueAxis) {
  epochs_->setRange(1, 1000);
  epochs_->setObjectName("epochs");
  batch_->setRange(2, 65536);
  batch_->setObjectName("batch");
  rate_->setDecimals(5);
  rate_->setRange(1e-5, 10);
  rate_->setObjectName("learningRate");
  resume_->setObjectName("resume");
  start_->setObjectName("startTraining");
  stop_->setEnabled(false);
  status_->setObjectName("trainStatus");
  status_->setWordWrap(true);
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

  form_->addRow(new QLabel, epochs_);
  form_->addRow(new QLabel, rate_);
  form_->addRow(new QLabel, batch_);
  form_->addRow(QString(), resume_);
  setTexts([this] {
    resume_->setText(tr("Continue the last run from its newest checkpoint"));
    start_->setText(tr("Start training"));
    stop_->setText(tr("Stop"));
    loss_->setName(tr("loss"));
    accuracy_->setName(tr("accuracy"));
    setRowLabel(form_, epochs_, tr("Epochs"));
    setRowLabel(form_, rate_, tr("Learning rate"));
    setRowLabel(form_, batch_, tr("Batch size"));
  });
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(start_);
  buttons->addWidget(stop_);
  buttons->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form_);
  layout->addLayout(buttons);
  layout->addWidget(view, 1);
  layout->addWidget(status_);
  connect(start_, &QPushButton::clicked, this, &TrainingPage::start);
  connect(stop_, &QPushButton::clicked, &task_, &JobRunner::cancel);
  connect(&task_, &JobRunner::progressed, this, [this](qint64 epoch, qint64 epochs, const QString& text) {
    const QStringList values = text.split(' ');
    if (values.size() != 2) return status_->setText(text);  // a stage before the epochs (reading faces, ...)
    loss_->append(static_cast<double>(epoch), values[0].toDouble());
    accuracy_->append(static_cast<double>(epoch), values[1].toDouble());
    epochAxis_->setRange(0, static_cast<double>(std::max<qint64>(epochs, epoch)));
    double top = 0;
    for (const QPointF& p : loss_->points()) top = std::max(top, p.y());
    lossAxis_->setRange(0, top * 1.1);
    status_->setText(tr("Epoch %1 of %2: loss %3, accuracy %4%").arg(epoch).arg(epochs).arg(values[0].toDouble(), 0, 'f', 4)
                         .arg(100 * values[1].toDouble(), 0, 'f', 1));
  });
  connect(&task_, &JobRunner::finished, this, [this](bool ok, bool cancelled, const QString& message) {
    start_->setEnabled(true);
    stop_->setEnabled(false);
    trained_ = ok;
    if (ok) state().trainedHead = outputHead();
    resume_->setChecked(cancelled);
    status_->setText(cancelled ? tr("Stopped; the checkpoints are kept. Start again to continue.")
                               : ok ? message : tr("Failed: %1").arg(message));
    completeChangedKeepingFocus();
  });
}

int TrainingPage::pointsPlotted() const { return static_cast<int>(loss_->count()); }

void TrainingPage::start() {
  const std::string checkpoints = TrainingWorkspace{state().workDir.toStdString()}.checkpoints();
  if (!resume_->isChecked()) {
    std::error_code ec;
    fs::remove_all(checkpoints, ec);  // a new run: old checkpoints belong to other settings
  }
  loss_->clear();
  accuracy_->clear();
  trained_ = false;
  start_->setEnabled(false);
  stop_->setEnabled(true);
  completeChangedKeepingFocus();
  task_.start(work());
}

ExpClipTrainPage::ExpClipTrainPage() : fromHead_(new QRadioButton), fresh_(new QRadioButton) {
  epochs_->setValue(5);
  batch_->setValue(512);
  rate_->setValue(1e-3);
  auto* from = new QHBoxLayout;
  from->addWidget(fromHead_);
  from->addWidget(fresh_);
  form()->insertRow(0, new QLabel, from);
  setTexts([this, from] {
    setTitle(tr("Training the Exp-CLIP head"));
    setSubTitle(tr("CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4)."));
    fromHead_->setText(tr("Start from the current head"));
    fresh_->setText(tr("Start from a fresh head"));
    setRowLabel(form(), from, tr("Start"));
  });
}

void ExpClipTrainPage::initializePage() {
  const bool hasHead = !state().engine.head.empty();
  fromHead_->setEnabled(hasHead);
  (hasHead ? fromHead_ : fresh_)->setChecked(true);
  resume_->setChecked(!latestCheckpoint(TrainingWorkspace{state().workDir.toStdString()}.checkpoints()).empty());
}

QString ExpClipTrainPage::outputHead() const { return state().workDir + "/head.pth"; }

JobRunner::Job ExpClipTrainPage::work() {
  const TrainingWizardState s = state();
  ExpClipRunSettings run;
  run.training.epochs = epochs_->value();
  run.training.learningRate = rate_->value();
  run.training.batchSize = batch_->value();
  run.startHead = fromHead_->isChecked() ? s.engine.head : "";
  const TrainingWorkspace work{s.workDir.toStdString()};
  run.checkpointDir = work.checkpoints();
  run.outputPath = outputHead().toStdString();
  run.resume = resume_->isChecked();
  run.dataRecord = s.record.json();
  return [s, run](const JobContext& job) {
    FeatureCache cache(TrainingWorkspace{s.workDir.toStdString()}.cache());
    const auto rows = assembleTrainingRows(s.scan.faces, cache, s.record.modelId, s.record.preprocessing, s.record.llmId,
                                           s.record.instruction);
    const auto outcome = runExpClipTraining(rows, run, [&](const ExpClipEpochReport& r) {
      job.report(r.epoch, run.training.epochs, QString::number(r.meanLoss, 'g', 8) + " " + QString::number(r.accuracy, 'g', 6));
    }, &job.cancel);
    return tr("Trained on %1 faces: loss %2 → %3.").arg(rows.count).arg(outcome.startLoss, 0, 'f', 4).arg(outcome.finalLoss, 0, 'f', 4);
  };
}

GferTrainPage::GferTrainPage() : backbone_(new QLineEdit), validation_(new QDoubleSpinBox), augment_(new QCheckBox) {
  epochs_->setValue(60);
  batch_->setValue(32);
  rate_->setValue(2e-4);
  backbone_->setObjectName("backbone");
  validation_->setRange(0, 0.5);
  validation_->setSingleStep(0.05);
  validation_->setValue(0.1);
  validation_->setObjectName("validationShare");
  augment_->setChecked(true);
  QWidget* backboneRow = withBrowse(backbone_, [this] {
    return QFileDialog::getOpenFileName(this, tr("ResNet weights"), QString(), tr("Weights (*.pth *.pt)"));
  });
  form()->insertRow(0, new QLabel, backboneRow);
  form()->insertRow(4, new QLabel, validation_);
  form()->insertRow(5, QString(), augment_);
  setTexts([this, backboneRow] {
    setTitle(tr("Training the GFER head"));
    setSubTitle(tr("CLIP stays frozen; a ResNet learns which CLIP channels matter (Adam, exponential decay, the "
                   "authors' augmentation). Defaults are the authors' settings."));
    backbone_->setPlaceholderText(tr("optional: resnet18_msceleb.pth (from scratch when empty)"));
    augment_->setText(tr("Augment (noise, flips, erasing)"));
    setRowLabel(form(), backboneRow, tr("ResNet start"));
    setRowLabel(form(), validation_, tr("Validation share"));
  });
}

void GferTrainPage::initializePage() {
  resume_->setChecked(!latestCheckpoint(TrainingWorkspace{state().workDir.toStdString()}.checkpoints()).empty());
}

QString GferTrainPage::outputHead() const { return state().workDir + "/gfer-head.pth"; }

JobRunner::Job GferTrainPage::work() {
  const TrainingWizardState s = state();
  GferRunSettings run;
  run.training.epochs = epochs_->value();
  run.training.learningRate = rate_->value();
  run.training.batchSize = batch_->value();
  run.training.augment = augment_->isChecked();
  run.clipModel = s.engine.model;
  run.backbone = backbone_->text().trimmed().toStdString();
  run.validationShare = validation_->value();
  run.faces.alignedCrops = s.aligned;
  const TrainingWorkspace work{s.workDir.toStdString()};
  run.cachePath = work.cache();
  run.checkpointDir = work.checkpoints();
  run.outputPath = outputHead().toStdString();
  run.resume = resume_->isChecked();
  return [s, run](const JobContext& job) {
    const LabelledFolder folder = scanLabelledFolder(s.folder.toStdString());
    const auto outcome = runGferTraining(folder, run, [&](const GferEpochReport& r) {
      const double accuracy = r.validationAccuracy >= 0 ? r.validationAccuracy : r.trainAccuracy;
      job.report(r.epoch, run.training.epochs, QString::number(r.meanLoss, 'g', 8) + " " + QString::number(accuracy, 'g', 6));
    }, [&](const std::string& stage, std::int64_t done, std::int64_t total) {
      if (stage.rfind("epoch", 0) != 0) job.report(done, total, tr("%1: %2 of %3").arg(QString::fromStdString(stage)).arg(done).arg(total));
    }, &job.cancel);
    return tr("Trained on %1 faces (%2 held out): validation accuracy %3%, UAR %4%.")
        .arg(outcome.trainingFaces).arg(outcome.validationFaces)
        .arg(100 * outcome.last.validationAccuracy, 0, 'f', 1).arg(100 * outcome.last.validationUar, 0, 'f', 1);
  };
}

}  // namespace mien::ui
