// Preferences: language, detection threshold, smoothing, precision, class bars.
#pragma once
#include <QDialog>

#include "app_settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace mien::ui {

class SettingsDialog : public QDialog {
  Q_OBJECT

 public:
  SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
  AppSettings result(AppSettings base) const;  // `base` with the dialog's values

 private:
  QComboBox *language_, *precision_, *detectorSize_;
  QDoubleSpinBox *threshold_, *smoothing_;
  QSpinBox* window_;
  QCheckBox* windowValidOnly_;
  QCheckBox* bars_;
  QLineEdit* boothPin_;
  QSpinBox* boothMaxFaces_;
};

}  // namespace mien::ui
