// The pages of the training wizard (see training_wizard.h); each owns its widgets and its background task.
#pragma once
#include <QWizardPage>
#include <functional>
#include <vector>

#include "job_runner.h"
#include "training_wizard.h"

class QCheckBox;
class QFormLayout;
class QLayout;
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

namespace mien {
struct EvaluationReport;
struct EvaluationFiles;
}  // namespace mien

namespace mien::ui {

class WizardPage : public QWizardPage {
  Q_OBJECT
 public:
  // completeChanged(), keeping the keyboard focus where it is: QWizard hides its page area while it updates its buttons, which moves the
  // keyboard focus to the next widget of the main window (the Labels panel's presets, where the following
  // keys then chose presets); the field being typed in gets it back.
  void completeChangedKeepingFocus();
  // Sets visible texts now and again at every language switch, so that a switch applies at once.
  void setTexts(std::function<void()> apply);
  // A line edit with a "Browse…" button that fills it with what `choose` returns.
  QWidget* withBrowse(QLineEdit* edit, std::function<QString()> choose);
  static void setRowLabel(QFormLayout* form, QWidget* field, const QString& text);
  static void setRowLabel(QFormLayout* form, QLayout* field, const QString& text);

 protected:
  TrainingWizard* trainingWizard() const { return static_cast<TrainingWizard*>(wizard()); }
  TrainingWizardState& state() const { return trainingWizard()->state(); }
  void changeEvent(QEvent* event) override;

 private:
  std::vector<std::function<void()>> texts_;
};

class FolderPage : public WizardPage {
  Q_OBJECT
 public:
  FolderPage();
  void initializePage() override;
  bool isComplete() const override;
  bool validatePage() override;
  int nextId() const override;

 private:
  QLineEdit *folder_, *work_;
  QCheckBox* aligned_;
  QRadioButton *expclip_, *gfer_;
  QLabel* encoder_;
  void showEncoder();
};

// A page that runs one background task when shown, with a progress bar, a status line and a problem list.
class TaskPage : public WizardPage {
  Q_OBJECT
 public:
  TaskPage();
  bool isComplete() const override { return done_; }
  void cleanupPage() override { task_.cancel(); }

 protected:
  void run(JobRunner::Job work);
  virtual void onFinished(bool ok, const QString& message);
  void addProblem(const QString& text);
  JobRunner task_;
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

// Training with live curves (loss, and accuracy on the right axis); the subclasses add their settings to
// `form()` and say what to run.
class TrainingPage : public WizardPage {
  Q_OBJECT
 public:
  TrainingPage();
  bool isComplete() const override { return trained_; }
  void cleanupPage() override { task_.cancel(); }
  void start();
  int pointsPlotted() const;

 protected:
  QFormLayout* form() const { return form_; }
  virtual JobRunner::Job work() = 0;  // reports (epoch, epochs, "loss accuracy") and returns a summary
  virtual QString outputHead() const = 0;
  QCheckBox* resume_;
  QSpinBox *epochs_, *batch_;
  QDoubleSpinBox* rate_;

 private:
  JobRunner task_;
  QFormLayout* form_;
  QPushButton *start_, *stop_;
  QLabel* status_;
  QLineSeries *loss_, *accuracy_;
  QValueAxis *epochAxis_, *lossAxis_;
  bool trained_ = false;
};

class ExpClipTrainPage : public TrainingPage {
  Q_OBJECT
 public:
  ExpClipTrainPage();
  void initializePage() override;
  int nextId() const override { return TrainingWizard::EvaluatePageId; }

 protected:
  JobRunner::Job work() override;
  QString outputHead() const override;

 private:
  QRadioButton *fromHead_, *fresh_;
};

class GferTrainPage : public TrainingPage {
  Q_OBJECT
 public:
  GferTrainPage();
  void initializePage() override;

 protected:
  JobRunner::Job work() override;
  QString outputHead() const override;

 private:
  QLineEdit* backbone_;
  QDoubleSpinBox* validation_;
  QCheckBox* augment_;
};

class EvaluatePage : public WizardPage {
  Q_OBJECT
 public:
  EvaluatePage();
  void initializePage() override { showCurrentPrompts(); }
  void cleanupPage() override { task_.cancel(); }
  void evaluate();
  void showCurrentPrompts();

 private:
  void showPromptSet(const PromptSet& prompts, bool evaluated);
  void showResults(const EvaluationReport& report, const EvaluationFiles& files);
  JobRunner task_;
  QLineEdit* folder_;
  QCheckBox* aligned_;
  QPushButton* run_;
  QLabel *promptSet_, *status_, *matrix_;
  QTableWidget* table_;
  PromptSet shown_;  // the set named on the page, worded again at a language switch
  bool evaluated_ = false;
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
