// Mien's main window: source bar, live view with banners, labels panel, timeline, status bar, menus.
// It wires widgets to the session controller and the annotation runner; it computes nothing itself.
#pragma once
#include <functional>
#include <QElapsedTimer>
#include <QMainWindow>

#include "app_settings.h"
#include "io/findings_export.h"
#include "io/study_summary.h"
#include "session_controller.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QStackedWidget;

namespace mien::ui {

class AnnotationRunner;
class BannerBar;
class FaceOverlayModel;
class IdentityPanel;
class LabelsPanel;
class LiveView;
class SourceBar;
class TimelineMarks;
class TimelineModel;
class TimelineView;
class TrainingWizard;
class WelcomePage;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  struct Options {
    bool restoreLastSource = true;
    bool booth = false;
  };
  explicit MainWindow(Options options, QWidget* parent = nullptr);
  ~MainWindow() override;

  void setEngine(const EngineChoice& choice);
  void openSource(const SourceRequest& request);
  void exportTimeline(const QString& outputDir, bool annotatedVideo = false);  // the open file, as the CLI would
  void annotateFiles(const QStringList& inputs, const QString& outputDir);
  // Findings of a run's CSV (Export findings…, Export report…), through core's export; false: the banner says why.
  bool exportFindings(const FindingsRequest& request);
  bool exportReport(const FindingsRequest& request, const QString& path);
  bool summarizeRuns(const StudySummaryRequest& request, const QString& path);  // Summarize runs…
  QString runCsvOfOpenFile() const;  // the CSV the last export wrote for the open file, if it is there
  QString saveSnapshot(const QString& path = {});  // returns the file written, or "" (banner says why)
  void setBoothMode(bool booth);
  bool inBoothMode() const { return inBooth_; }
  void setLoopFiles(bool loop);
  void setLanguage(const QString& code);

  // What tests and the screenshot look at.
  SessionController& controller() { return controller_; }
  const FaceOverlayModel& overlays() const { return *overlays_; }
  TimelineModel& timeline() { return *timelineModel_; }
  TimelineMarks& marks() { return *marks_; }
  LabelsPanel& labels() { return *labels_; }
  IdentityPanel& identity() { return *identity_; }
  BannerBar& banner() { return *banner_; }
  LiveView& liveView() { return *liveView_; }
  TimelineView& timelineView() { return *timelineView_; }
  SourceBar& sourceBar() { return *sourceBar_; }
  QListWidget& imageList() { return *images_; }
  TrainingWizard& trainingWizard() { return *wizard_; }
  class QTabWidget& tabs() { return *tabs_; }
  AnnotationRunner& runner() { return *runner_; }
  QString statusText() const;
  bool showsWelcome() const;
  const AppSettings& settings() const { return settings_; }

 signals:
  void exportFinished(bool ok, const QString& message);
  void findingsExported(bool ok, const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  // Runs one findings step; its message goes to the status bar, a failure to the banner; emits findingsExported.
  bool runFindingsStep(const std::function<QString()>& step, const QString& result = {});
  void buildActions();
  void buildMenus();
  void buildLayout();
  void connectController();
  void onFrame(const FrameResultPtr& result);
  void stepBy(int delta);  // ← →: a frame of a file, an image of a folder
  void onEngineLoaded(const EngineInfo& info);
  void openModelManager(const QStringList& fetchIds = {});
  void openSettings();
  void applyDetectionSettings();
  void askExport(bool annotatedVideo);
  void askAnnotateFiles();
  void askExportFindings(bool report);
  void runAnnotation(const QStringList& inputs, const QString& outputDir, bool annotatedVideo);
  void showError(const QString& text, const QString& actionText = {}, const QString& actionId = {});
  void askLeaveBooth();  // Esc or F11 in booth mode: leave, or ask for the PIN when one is set
  void reconnectCamera(const QString& why);
  void updatePlaceholder();
  void retranslate();

  Options options_;
  AppSettings settings_;
  SessionController controller_;
  FaceOverlayModel* overlays_;
  TimelineModel* timelineModel_;
  TimelineMarks* marks_ = nullptr;
  QString lastAnnotationDir_;
  AnnotationRunner* runner_;
  SourceBar* sourceBar_ = nullptr;
  BannerBar* banner_ = nullptr;
  QStackedWidget* centre_ = nullptr;
  class QTabWidget* tabs_ = nullptr;
  TrainingWizard* wizard_ = nullptr;
  WelcomePage* welcome_ = nullptr;
  LiveView* liveView_ = nullptr;
  LabelsPanel* labels_ = nullptr;
  IdentityPanel* identity_ = nullptr;
  QLineEdit* boothPin_ = nullptr;
  bool inBooth_ = false;
  QByteArray preBoothState_, preBoothGeometry_;
  TimelineView* timelineView_ = nullptr;
  QLabel *deviceLabel_ = nullptr, *modelLabel_ = nullptr, *fpsLabel_ = nullptr, *latencyLabel_ = nullptr;
  QProgressDialog* exportProgress_ = nullptr;
  EngineInfo engine_;
  PromptSet editablePrompts_;  // kept while a head with fixed classes (GFER) is active
  bool loop_ = false;
  QMap<QString, class QAction*> actions_;
  QMap<QString, class QMenu*> menus_;
  class QDockWidget *labelsDock_ = nullptr, *timelineDock_ = nullptr, *imagesDock_ = nullptr, *identityDock_ = nullptr;
  QListWidget* images_ = nullptr;
  QStringList imageNames_;
  int shownImage_ = -1;
};

}  // namespace mien::ui
