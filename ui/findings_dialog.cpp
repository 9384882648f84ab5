// A form over FindingsRequest; the marks are shown and passed on, never recomputed here.
#include "findings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/errors.h"
#include "timeline_marks.h"

namespace mien::ui {

namespace {
QWidget* withBrowse(QLineEdit* edit, const std::function<void()>& browse) {
  auto* row = new QWidget;
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(edit, 1);
  auto* button = new QPushButton(QObject::tr("Browse…"));
  QObject::connect(button, &QPushButton::clicked, row, browse);
  layout->addWidget(button);
  return row;
}
QDoubleSpinBox* seconds(double max, const QString& name) {
  auto* s = new QDoubleSpinBox;
  s->setObjectName(name);
  s->setRange(0, max);
  s->setDecimals(3);
  s->setSingleStep(0.1);
  return s;
}
}  // namespace

FindingsDialog::FindingsDialog(Mode mode, const QString& csv, const QString& outputDir, const TimelineMarks& marks, QWidget* parent)
    : QDialog(parent), mode_(mode), marks_(marks), csv_(new QLineEdit(csv)), output_(new QLineEdit(outputDir)) {
  setWindowTitle(mode == Mode::Report ? tr("Export report") : tr("Export findings"));
  csv_->setObjectName("findingsCsv");
  output_->setObjectName("findingsOutput");
  if (mode == Mode::Report && !csv.isEmpty())
    output_->setText(QFileInfo(outputDir.isEmpty() ? QFileInfo(csv).absolutePath() : outputDir).absoluteFilePath() + "/" +
                     QFileInfo(csv).completeBaseName() + ".report.html");
  auto* form = new QFormLayout;
  form->addRow(tr("Run (CSV timeline):"), withBrowse(csv_, [this] {
                 const QString f = QFileDialog::getOpenFileName(this, tr("Run CSV"), csv_->text(), tr("CSV timelines (*.csv)"));
                 if (!f.isEmpty()) csv_->setText(f);
               }));
  auto make = [this](const QString& name, const QString& text, bool on) {
    auto* box = new QCheckBox(text);
    box->setObjectName(name);
    box->setChecked(on);
    return box;
  };
  elan_ = make("formatElan", tr("ELAN (.eaf + time series)"), true);
  boris_ = make("formatBoris", tr("BORIS project and events"), true);
  segments_ = make("formatSegments", tr("Segments (CSV)"), true);
  summary_ = make("formatSummary", tr("Summary per participant and window (CSV)"), true);
  report_ = make("formatReport", tr("HTML report"), false);
  csvAgain_ = make("formatCsv", tr("The run's CSV again, with the participant names (Participants panel)"), false);
  if (mode == Mode::Findings) {
    auto* formats = new QVBoxLayout;
    for (auto* box : {elan_, boris_, segments_, summary_, report_, csvAgain_}) formats->addWidget(box);
    form->addRow(tr("Formats:"), formats);
  } else {
    for (auto* box : {elan_, boris_, segments_, summary_, report_, csvAgain_}) box->hide();
  }
  threshold_ = seconds(1, "findingsThreshold");
  threshold_->setDecimals(2);
  threshold_->setSingleStep(0.05);
  minDuration_ = seconds(1e6, "findingsMinDuration");
  mergeGap_ = seconds(1e6, "findingsMergeGap");
  invalid_ = new QComboBox;
  invalid_->setObjectName("findingsInvalid");
  invalid_->addItem(tr("break segments"), "break");
  invalid_->addItem(tr("are left out"), "exclude");
  form->addRow(tr("Probability threshold:"), threshold_);
  form->addRow(tr("Minimum duration (s):"), minDuration_);
  form->addRow(tr("Merge gaps under (s):"), mergeGap_);
  form->addRow(tr("Frames not valid:"), invalid_);
  fps_ = seconds(1000, "findingsFps");
  fps_->setSpecialValueText(tr("from the CSV's times"));
  form->addRow(tr("Frame rate (image folders only):"), fps_);
  const auto& b = marks.baseline();
  useBaseline_ = make("findingsUseBaseline",
                      b ? tr("Baseline %1–%2 s (from the timeline)").arg(b->start, 0, 'f', 2).arg(b->end, 0, 'f', 2)
                        : tr("No baseline (Shift+drag on the timeline to mark one)"),
                      b.has_value() && mode == Mode::Findings);
  useBaseline_->setEnabled(b.has_value() && mode == Mode::Findings);
  form->addRow(tr("Baseline:"), useBaseline_);
  useMarkers_ = make("findingsUseMarkers",
                     marks.markers().empty() ? tr("No markers (Ctrl+click on the timeline to drop one)")
                                             : tr("%n marker(s) from the timeline", nullptr, static_cast<int>(marks.markers().size())),
                     !marks.markers().empty());
  useMarkers_->setEnabled(!marks.markers().empty());
  form->addRow(tr("Events:"), useMarkers_);
  form->addRow(mode == Mode::Report ? tr("Report file:") : tr("Output folder:"), withBrowse(output_, [this] {
                 const QString f = mode_ == Mode::Report ? QFileDialog::getSaveFileName(this, tr("Report"), output_->text(), tr("HTML (*.html)"))
                                                         : QFileDialog::getExistingDirectory(this, tr("Output folder"), output_->text());
                 if (!f.isEmpty()) output_->setText(f);
               }));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

void FindingsDialog::setFormat(ExportFormat format, bool on) {
  switch (format) {
    case ExportFormat::Elan: elan_->setChecked(on); break;
    case ExportFormat::Boris: boris_->setChecked(on); break;
    case ExportFormat::Segments: segments_->setChecked(on); break;
    case ExportFormat::Summary: summary_->setChecked(on); break;
    case ExportFormat::Report: report_->setChecked(on); break;
    case ExportFormat::Csv: csvAgain_->setChecked(on); break;
    case ExportFormat::Baseline: useBaseline_->setChecked(on); break;
  }
}

QString FindingsDialog::reportPath() const { return output_->text(); }

FindingsRequest FindingsDialog::request() const {
  FindingsRequest r;
  r.csv = csv_->text().toStdString();
  if (r.csv.empty()) throw ModelError(tr("Choose the run's CSV timeline first (Export CSV timeline writes one).").toStdString());
  if (mode_ == Mode::Findings) {
    r.outputDir = output_->text().toStdString();
    if (r.outputDir.empty()) throw ModelError(tr("Choose an output folder for the findings.").toStdString());
    const std::pair<QCheckBox*, ExportFormat> formats[] = {{elan_, ExportFormat::Elan},
                                                           {boris_, ExportFormat::Boris},
                                                           {segments_, ExportFormat::Segments},
                                                           {summary_, ExportFormat::Summary},
                                                           {report_, ExportFormat::Report},
                                                           {csvAgain_, ExportFormat::Csv}};
    for (const auto& [box, format] : formats)
      if (box->isChecked()) r.formats.push_back(format);
    if (useBaseline_->isChecked() && marks_.baseline()) {
      r.baseline.all = *marks_.baseline();
      r.formats.push_back(ExportFormat::Baseline);
    }
  } else {
    r.outputDir = QFileInfo(output_->text()).absolutePath().toStdString();
  }
  r.segments.threshold = threshold_->value();
  r.segments.minDuration = minDuration_->value();
  r.segments.mergeGap = mergeGap_->value();
  r.segments.invalid = invalid_->currentData().toString() == "exclude" ? InvalidFrames::Exclude : InvalidFrames::Break;
  if (useMarkers_->isChecked()) r.events = marks_.markers();
  if (fps_->value() > 0) r.fps = fps_->value();
  return r;
}

}  // namespace mien::ui
