// A form over AppSettings; the main window applies what changed.
#include "settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "language.h"
#include "model/precision.h"
#include "pipeline/feature_windows.h"

namespace mien::ui {

SettingsDialog::SettingsDialog(const AppSettings& s, QWidget* parent)
    : QDialog(parent), language_(new QComboBox), precision_(new QComboBox), detectorSize_(new QComboBox), threshold_(new QDoubleSpinBox),
      smoothing_(new QDoubleSpinBox), window_(new QSpinBox), windowValidOnly_(new QCheckBox), bars_(new QCheckBox),
      boothPin_(new QLineEdit), boothMaxFaces_(new QSpinBox) {
  setWindowTitle(tr("Settings"));
  language_->addItem(tr("System language"), QString());
  for (const QString& code : availableLanguages()) language_->addItem(languageDisplayName(code), code);
  language_->setCurrentIndex(std::max(0, language_->findData(s.language)));
  precision_->addItem(tr("Default (fp32)"), QString());
  for (Precision p : supportedPrecisions(false))
    precision_->addItem(QString::fromStdString(precisionName(p)), QString::fromStdString(precisionName(p)));
  precision_->setCurrentIndex(std::max(0, precision_->findData(QString::fromStdString(s.engine.get("precision")))));
  for (const char* size : {"320", "640"}) detectorSize_->addItem(QString::fromLatin1(size), QString::fromLatin1(size));
  detectorSize_->setCurrentIndex(std::max(0, detectorSize_->findData(QString::fromStdString(s.engine.get("detector-size")))));
  detectorSize_->setToolTip(tr("The input size of the face detector file: 320 for the shipped detector, 640 for the yunet-n-640 download."));
  threshold_->setRange(0.05, 0.99);
  threshold_->setSingleStep(0.05);
  threshold_->setValue(s.engine.detector.scoreThreshold);
  smoothing_->setRange(0.05, 1.0);
  smoothing_->setSingleStep(0.05);
  smoothing_->setValue(s.smoothingAlpha);
  smoothing_->setToolTip(tr("Weight of the newest frame; 1 turns smoothing off."));
  window_->setObjectName("settingsWindowFrames");
  window_->setRange(kWindowFrames.min, kWindowFrames.max);
  window_->setValue(s.windowFrames);
  window_->setSpecialValueText(tr("off (each frame alone)"));
  window_->setSuffix(tr(" frames"));
  window_->setToolTip(tr("The paper's video mode: each face is labelled from the mean of its last N frames (as mien-cli annotate --window N)."));
  windowValidOnly_->setObjectName("settingsWindowValidOnly");
  windowValidOnly_->setChecked(s.windowValidOnly);
  windowValidOnly_->setEnabled(s.windowFrames > 1);
  connect(window_, &QSpinBox::valueChanged, windowValidOnly_, [this](int n) { windowValidOnly_->setEnabled(n > 1); });
  bars_->setChecked(s.showBars);
  auto* form = new QFormLayout(this);
  form->addRow(tr("Language"), language_);
  form->addRow(tr("Precision (CPU)"), precision_);
  form->addRow(tr("Face detector size"), detectorSize_);
  form->addRow(tr("Face score threshold"), threshold_);
  form->addRow(tr("Smoothing"), smoothing_);
  form->addRow(tr("Video mode: average over"), window_);
  form->addRow(tr("Leave frames that are not valid out of the average"), windowValidOnly_);
  form->addRow(tr("Show class bars beside faces"), bars_);
  boothPin_->setObjectName("settingsBoothPin");
  boothPin_->setEchoMode(QLineEdit::Password);
  boothPin_->setText(s.boothPin);
  boothPin_->setPlaceholderText(tr("none: Esc leaves booth mode"));
  boothMaxFaces_->setObjectName("settingsBoothMaxFaces");
  boothMaxFaces_->setRange(0, 100);
  boothMaxFaces_->setValue(s.boothMaxFaces);
  boothMaxFaces_->setSpecialValueText(tr("all"));
  boothMaxFaces_->setToolTip(tr("In a crowd, only the largest (nearest) faces are labelled."));
  form->addRow(tr("Booth mode: PIN to leave"), boothPin_);
  form->addRow(tr("Booth mode: faces at most"), boothMaxFaces_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AppSettings SettingsDialog::result(AppSettings base) const {
  base.language = language_->currentData().toString();
  base.engine.set("precision", precision_->currentData().toString().toStdString());
  base.engine.set("detector-size", detectorSize_->currentData().toString().toStdString());
  base.engine.set("score-threshold", QString::number(threshold_->value()).toStdString());
  base.smoothingAlpha = static_cast<float>(smoothing_->value());
  base.windowFrames = window_->value();
  base.windowValidOnly = window_->value() > 1 && windowValidOnly_->isChecked();
  base.showBars = bars_->isChecked();
  base.boothPin = boothPin_->text();
  base.boothMaxFaces = boothMaxFaces_->value();
  return base;
}

}  // namespace mien::ui
