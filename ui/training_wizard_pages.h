// The pages of the training wizard (see training_wizard.h); each owns its widgets and its background task.
#pragma once
#include <QWizardPage>

#include "background_task.h"
#include "training_wizard.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QLineSeries;
class QValueAxis;

namespace mien::ui {

class WizardPage : public QWizardPage {
 protected:
  TrainingWizardState& state() const { return static_cast<TrainingWizard*>(wizard())->state(); }
};

class FolderPage : public WizardPage {
  Q_OBJECT
 public:
  FolderPage();
  void initializePage() override;
  bool isComplete() const override;
  bool validatePage() override;

 private:
  QLineEdit *folder_, *work_;
  QCheckBox* aligned_;
  QLabel* encoder_;
};

// A page that runs one background task when shown, with a progress bar, a status line and a problem list.
class TaskPage : public WizardPage {
  Q_OBJECT
 public:
  TaskPage();
  bool isComplete() const override { return done_; }
  void cleanupPage() override { task_.cancel(); }

 protected:
  void run(BackgroundTask::Work work);
  virtual void onFinished(bool ok, const QString& message);
  void addProblem(const QString& text);
  BackgroundTask task_;
  QProgressBar* progress_;
  QLabel* status_;
  QListWidget* problems_;
  QPushButton* cancel_;
  bool done_ = false;
};

class ScanPage : public TaskPage {
  Q_OBJECT
 public:
  ScanPage();
  void initializePage() override;
};

class ProviderPage : public WizardPage {
  Q_OBJECT
 public:
  ProviderPage();
  bool isComplete() const override;
  bool usesEndpoint() const;

 private:
  QRadioButton *import_, *endpoint_;
  QLineEdit *vectors_, *mapping_, *url_, *chatModel_, *embeddingModel_, *apiKey_;
  QPlainTextEdit* instruction_;
};

class CachePage : public TaskPage {
  Q_OBJECT
 public:
  CachePage();
  void initializePage() override;
};

class TrainPage : public WizardPage {
  Q_OBJECT
 public:
  TrainPage();
  void initializePage() override;
  bool isComplete() const override { return trained_; }
  void cleanupPage() override { task_.cancel(); }
  void start();
  int pointsPlotted() const;

 private:
  BackgroundTask task_;
  QRadioButton *fromHead_, *fresh_;
  QSpinBox *epochs_, *batch_;
  QDoubleSpinBox* rate_;
  QCheckBox* resume_;
  QPushButton *start_, *stop_;
  QLabel* status_;
  QLineSeries *loss_, *accuracy_;
  QValueAxis *epochAxis_, *lossAxis_;
  bool trained_ = false;
};

class EvaluatePage : public WizardPage {
  Q_OBJECT
 public:
  EvaluatePage();
  void cleanupPage() override { task_.cancel(); }
  void evaluate();

 private:
  BackgroundTask task_;
  QLineEdit* folder_;
  QCheckBox* aligned_;
  QPushButton* run_;
  QLabel *status_, *matrix_;
  QTableWidget* table_;
};

class SavePage : public WizardPage {
  Q_OBJECT
 public:
  SavePage();
  void initializePage() override;
  bool validatePage() override;

 private:
  QLineEdit* path_;
  QCheckBox* activate_;
  QLabel* error_;
};

}  // namespace mien::ui
