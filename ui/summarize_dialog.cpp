// A form over StudySummaryRequest; the table itself is core's.
#include "summarize_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/errors.h"

namespace mien::ui {

SummarizeDialog::SummarizeDialog(QWidget* parent)
    : QDialog(parent), runs_(new QListWidget), conditions_(new QLineEdit), output_(new QLineEdit), threshold_(new QDoubleSpinBox),
      window_(new QDoubleSpinBox), long_(new QCheckBox(tr("Tidy (long) table: one row per class"))) {
  setWindowTitle(tr("Summarize runs"));
  runs_->setObjectName("summarizeRuns");
  conditions_->setObjectName("summarizeConditions");
  output_->setObjectName("summarizeOutput");
  auto* add = new QPushButton(tr("Add runs…"));
  connect(add, &QPushButton::clicked, this, [this] {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Run CSV timelines"), {}, tr("CSV timelines (*.csv)"));
    runs_->addItems(files);
  });
  auto* remove = new QPushButton(tr("Remove"));
  connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(runs_->selectedItems()); });
  auto* runButtons = new QHBoxLayout;
  runButtons->addWidget(add);
  runButtons->addWidget(remove);
  runButtons->addStretch();
  auto* runBox = new QVBoxLayout;
  runBox->addWidget(runs_);
  runBox->addLayout(runButtons);
  auto browse = [this](QLineEdit* edit, bool save) {
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    auto* b = new QPushButton(tr("Browse…"));
    connect(b, &QPushButton::clicked, this, [this, edit, save] {
      const QString f = save ? QFileDialog::getSaveFileName(this, tr("Study table"), edit->text(), tr("CSV (*.csv)"))
                             : QFileDialog::getOpenFileName(this, tr("Conditions file"), edit->text(), tr("CSV (*.csv)"));
      if (!f.isEmpty()) edit->setText(f);
    });
    row->addWidget(b);
    return row;
  };
  threshold_->setObjectName("summarizeThreshold");
  threshold_->setRange(0, 1);
  threshold_->setSingleStep(0.05);
  window_->setObjectName("summarizeWindow");
  window_->setRange(0, 1e6);
  window_->setDecimals(3);
  window_->setSpecialValueText(tr("to the next event"));
  auto* form = new QFormLayout;
  form->addRow(tr("Runs:"), runBox);
  form->addRow(tr("Conditions file (optional):"), browse(conditions_, false));
  form->addRow(tr("Probability threshold:"), threshold_);
  form->addRow(tr("Window length (s):"), window_);
  form->addRow(QString(), long_);
  form->addRow(tr("Table to write:"), browse(output_, true));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

void SummarizeDialog::setRuns(const QStringList& csvs) {
  runs_->clear();
  runs_->addItems(csvs);
}
void SummarizeDialog::setConditionsFile(const QString& path) { conditions_->setText(path); }
void SummarizeDialog::setOutputFile(const QString& path) { output_->setText(path); }
QString SummarizeDialog::outputFile() const { return output_->text(); }

StudySummaryRequest SummarizeDialog::request() const {
  StudySummaryRequest r;
  for (int i = 0; i < runs_->count(); ++i) r.csvs.push_back(runs_->item(i)->text().toStdString());
  if (r.csvs.empty()) throw ModelError(tr("Add the runs' CSV timelines to summarize.").toStdString());
  if (output_->text().isEmpty()) throw ModelError(tr("Choose the table to write.").toStdString());
  r.conditionsFile = conditions_->text().toStdString();
  r.common.segments.threshold = threshold_->value();
  if (window_->value() > 0) r.common.windowLength = window_->value();
  r.common.longLayout = long_->isChecked();
  return r;
}

}  // namespace mien::ui
