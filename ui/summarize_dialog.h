// Summarize runs…: many runs of a study (their CSVs), an optional conditions file and the table to write, with
// the segment threshold, gathered into the request core's study summary runs.
#pragma once
#include <QDialog>

#include "io/study_summary.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace mien::ui {

class SummarizeDialog : public QDialog {
  Q_OBJECT

 public:
  explicit SummarizeDialog(QWidget* parent = nullptr);

  void setRuns(const QStringList& csvs);
  void setConditionsFile(const QString& path);
  void setOutputFile(const QString& path);
  // Throws ModelError with one sentence for what is missing.
  StudySummaryRequest request() const;
  QString outputFile() const;

 private:
  QListWidget* runs_;
  QLineEdit *conditions_, *output_;
  QDoubleSpinBox *threshold_, *window_;
  QCheckBox* long_;
};

}  // namespace mien::ui
