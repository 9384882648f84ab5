// Export findings… and Export report…: the run's CSV, the formats, the segment options, the baseline and the
// events (from the timeline's marks) and the output, gathered into the request core's findings export runs.
#pragma once
#include <QDialog>

#include "io/findings_export.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace mien::ui {

class TimelineMarks;

class FindingsDialog : public QDialog {
  Q_OBJECT

 public:
  enum class Mode { Findings, Report };
  FindingsDialog(Mode mode, const QString& csv, const QString& outputDir, const TimelineMarks& marks, QWidget* parent = nullptr);

  // The request as the widgets say; throws ModelError with one sentence for what is missing.
  FindingsRequest request() const;
  QString reportPath() const;  // Report mode: the HTML file to write

  void setFormat(ExportFormat format, bool on);  // for tests and presets

 private:
  Mode mode_;
  const TimelineMarks& marks_;
  QLineEdit *csv_, *output_;
  QCheckBox *elan_, *boris_, *segments_, *summary_, *report_, *csvAgain_, *useBaseline_, *useMarkers_;
  QDoubleSpinBox *threshold_, *minDuration_, *mergeGap_, *fps_;
  QComboBox* invalid_;
};

}  // namespace mien::ui
