// The wizard's last pages: evaluate side by side, save and activate the head.
#include <QChart>
#include <QChartView>
#include <QCheckBox>
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

#include "model/classifier.h"
#include "train/evaluation.h"
#include "train/head_files.h"
#include "train/training_cache.h"
#include "training_wizard_pages.h"

namespace mien::ui {

EvaluatePage::EvaluatePage()
    : folder_(new QLineEdit), aligned_(new QCheckBox), run_(new QPushButton), promptSet_(new QLabel), status_(new QLabel),
      matrix_(new QLabel), table_(new QTableWidget(0, 4)) {
  folder_->setObjectName("evaluationFolder");
  aligned_->setObjectName("evaluationAligned");
  run_->setObjectName("evaluate");
  status_->setWordWrap(true);
  promptSet_->setObjectName("evaluationPromptSet");
  promptSet_->setWordWrap(true);
  table_->setObjectName("evaluationTable");
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  matrix_->setAlignment(Qt::AlignCenter);
  auto* row = new QHBoxLayout;
  row->addWidget(withBrowse(folder_, [this] { return QFileDialog::getExistingDirectory(this, tr("Labelled folder")); }), 1);
  row->addWidget(aligned_);
  row->addWidget(run_);
  auto* results = new QHBoxLayout;
  results->addWidget(table_, 1);
  results->addWidget(matrix_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(promptSet_);
  layout->addWidget(status_);
  layout->addLayout(results, 1);
  setTexts([this] {
    setTitle(tr("Did it help?"));
    setSubTitle(tr("Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and "
                   "the trained head with the prompt set of the labels panel."));
    aligned_->setText(tr("The images are already aligned face crops"));
    run_->setText(tr("Evaluate"));
    table_->setHorizontalHeaderLabels({tr("Method"), tr("UAR %"), tr("WAR %"), tr("Faces")});
    if (wizard() && !promptSet_->text().isEmpty()) showPromptSet(shown_, evaluated_);
  });
  connect(run_, &QPushButton::clicked, this, &EvaluatePage::evaluate);
  connect(&task_, &JobRunner::progressed, this, [this](qint64 done, qint64 total, const QString&) {
    status_->setText(tr("Evaluating image %1 of %2…").arg(done).arg(total));
  });
  connect(&task_, &JobRunner::finished, this, [this](bool ok, bool, const QString& message) {
    run_->setEnabled(true);
    status_->setText(ok ? message : tr("Failed: %1").arg(message));
  });
}

void EvaluatePage::showResults(const EvaluationReport& report, const EvaluationFiles& files) {
  table_->setRowCount(0);
  for (const Evaluation& e : report.methods) {
    const int r = table_->rowCount();
    table_->insertRow(r);
    table_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(e.method)));
    table_->setItem(r, 1, new QTableWidgetItem(QString::number(100 * e.uar, 'f', 2)));
    table_->setItem(r, 2, new QTableWidgetItem(QString::number(100 * e.war, 'f', 2)));
    table_->setItem(r, 3, new QTableWidgetItem(QString::number(e.faces)));
  }
  if (files.confusionPng.empty()) return;
  const QString png = QString::fromStdString(files.confusionPng.back());  // the last method: the trained head
  matrix_->setPixmap(QPixmap(png).scaled(360, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void EvaluatePage::showCurrentPrompts() { showPromptSet(trainingWizard()->currentPrompts(), false); }

void EvaluatePage::showPromptSet(const PromptSet& prompts, bool evaluated) {
  shown_ = prompts;
  evaluated_ = evaluated;
  QStringList names;
  for (const auto& c : prompts.classes) names << QString::fromStdString(c.name);
  const QString name = prompts.name.empty() ? tr("unnamed") : QString::fromStdString(prompts.name);
  promptSet_->setText((evaluated ? tr("Evaluated with the prompt set “%1” of the Labels panel: %2 classes (%3).")
                                 : tr("Evaluates with the prompt set “%1” of the Labels panel: %2 classes (%3)."))
                          .arg(name).arg(names.size()).arg(names.join(", ")));
}

void EvaluatePage::evaluate() {
  TrainingWizardState s = state();
  s.prompts = trainingWizard()->currentPrompts();  // what the Labels panel shows now
  showPromptSet(s.prompts, true);
  const std::string folder = folder_->text().toStdString();
  const bool aligned = aligned_->isChecked();
  run_->setEnabled(false);
  task_.start([this, s, folder, aligned](const JobContext& job) {
    const LabelledFolder labelled = scanLabelledFolder(folder);
    std::vector<std::unique_ptr<Classifier>> classifiers;
    std::vector<EvaluationMethod> methods;
    const auto add = [&](const std::string& name, const std::string& head) {
      EngineSpec engine = s.engine;  // the chosen device, precision and threads, with each head in turn
      engine.head = head;
      classifiers.push_back(createClassifier(engine, s.prompts));
      methods.push_back({name, classifiers.back().get()});
    };
    add("plain CLIP", "");
    if (!s.engine.head.empty()) add("starting head", s.engine.head);
    if (!s.trainedHead.isEmpty()) add("trained head", s.trainedHead.toStdString());
    FaceScanSettings faces;
    faces.alignedCrops = aligned;
    faces.detector = s.engine.detector;
    const auto result = evaluateOnFolder(labelled, faces, methods, 32, [&](std::int64_t done, std::int64_t total) {
      job.report(done, total, {});
    }, &job.cancel);
    const std::string out = s.workDir.toStdString() + "/evaluation";
    const EvaluationFiles files = writeEvaluationFiles(result, out);
    job.deliver([this, result, files] { showResults(result, files); });
    return tr("Results and confusion matrices are in %1").arg(QString::fromStdString(out));
  });
}

SavePage::SavePage() : path_(new QLineEdit), activate_(new QCheckBox), error_(new QLabel) {
  path_->setObjectName("savePath");
  activate_->setChecked(true);
  error_->setStyleSheet("color:#d64550;");
  auto* form = new QFormLayout(this);
  form->addRow(new QLabel, path_);
  form->addRow(QString(), activate_);
  form->addRow(error_);
  setTexts([this, form] {
    setTitle(tr("Save the head"));
    setSubTitle(tr("Saved in the authors' format (.pth) with a .safetensors copy and a .json record of the training."));
    activate_->setText(tr("Use this head now"));
    setRowLabel(form, path_, tr("Save as"));
  });
}

void SavePage::initializePage() {
  const std::string name = suggestedHeadFileName(QFileInfo(state().folder).fileName().toStdString(), state().gfer);
  path_->setText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/heads/" + QString::fromStdString(name));
}

bool SavePage::validatePage() {
  const QString target = path_->text().trimmed();
  try {
    saveHeadAs(state().trainedHead.toStdString(), target.toStdString());
  } catch (const std::exception& e) {
    error_->setText(tr("Cannot save the head: %1 Choose another place.").arg(QString::fromUtf8(e.what())));
    return false;
  }
  emit static_cast<TrainingWizard*>(wizard())->headSaved(target, activate_->isChecked());
  return true;
}

}  // namespace mien::ui
