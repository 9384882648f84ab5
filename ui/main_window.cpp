// Layout, actions and the wiring between widgets, the session controller and the annotation runner.
#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "annotation_runner.h"
#include "banner_bar.h"
#include "face_overlay_model.h"
#include "labels_panel.h"
#include "language.h"
#include "live_view.h"
#include "model_manager_dialog.h"
#include "settings_dialog.h"
#include "source_bar.h"
#include "findings_dialog.h"
#include "identity_panel.h"
#include "summarize_dialog.h"
#include "timeline_marks.h"
#include "timeline_model.h"
#include "timeline_view.h"
#include "training_wizard.h"
#include "welcome_page.h"

#include "common/atomic_file_writer.h"
#include "error_text.h"
#include "pipeline/annotation_job.h"
#include "common/resource_paths.h"

namespace mien::ui {
namespace {

PromptSet defaultPromptSet() {
  try {
    return PromptSet::load(resourcesDirectory() + "/prompts/basic-7.ensemble-5.json");
  } catch (const std::exception&) {
    return PromptSet::fromClassNames({"neutral", "happiness", "sadness", "surprise", "fear", "disgust", "anger"},
                                     {"an expression of {}."});
  }
}

qint64 recommendedDownloadBytes() {
  qint64 bytes = 0;
  try {
    const ModelStore store = ModelStore::standard();
    for (const QString& id : ModelManagerDialog::recommendedIds()) {
      const StoreEntry entry = store.entry(id.toStdString());
      qint64 exact = 0;
      for (const auto& f : entry.files) exact += static_cast<qint64>(f.file.size);
      bytes += exact > 0 ? exact : static_cast<qint64>(entry.manifest.approximateBytes);
    }
  } catch (const std::exception&) {
  }
  return bytes;
}

// A side panel scrolls when the window is narrower than the panel's widest row (a 1024 projector, German
// texts), instead of holding the whole window wide.
QScrollArea* scrollable(QWidget* panel) {
  auto* area = new QScrollArea;
  area->setWidget(panel);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  area->setMinimumWidth(240);
  return area;
}

}  // namespace

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent), options_(options), settings_(AppSettings::load()), overlays_(new FaceOverlayModel(this)),
      timelineModel_(new TimelineModel(this)), runner_(new AnnotationRunner(this)) {
  setObjectName("mainWindow");
  resize(1400, 860);
  switchLanguage(settings_.language);
  buildActions();
  buildLayout();
  buildMenus();
  connectController();
  retranslate();

  PromptSet prompts = defaultPromptSet();
  if (!settings_.promptsJson.isEmpty()) {
    try {
      prompts = PromptSet::fromJson(settings_.promptsJson.toStdString(), "the saved settings");
    } catch (const std::exception&) {
    }
  }
  labels_->setPromptSet(prompts);
  liveView_->setShowBars(settings_.showBars);
  actions_["bars"]->setChecked(settings_.showBars);
  actions_["loop"]->setChecked(settings_.loopFiles);
  controller_.setHeadEnabled(settings_.headEnabled);
  applyDetectionSettings();
  if (!settings_.geometry.isEmpty()) restoreGeometry(settings_.geometry);
  if (!settings_.windowState.isEmpty()) restoreState(settings_.windowState);

  if (hasEncoder(settings_.engine)) setEngine(settings_.engine);
  else centre_->setCurrentWidget(welcome_);
  if (options_.booth || settings_.boothMode) setBoothMode(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
  const auto make = [this](const QString& id, const QKeySequence& key = {}) {
    auto* a = new QAction(this);
    a->setObjectName(id);
    if (!key.isEmpty()) a->setShortcut(key);
    a->setShortcutContext(Qt::ApplicationShortcut);
    addAction(a);  // shortcuts keep working in booth mode with the menu bar hidden
    actions_.insert(id, a);
    return a;
  };
  connect(make("openVideo", QKeySequence::Open), &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open video"));
    if (!path.isEmpty()) openSource({SourceRequest::Kind::VideoFile, path});
  });
  connect(make("openFolder"), &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open image folder"));
    if (!path.isEmpty()) openSource({SourceRequest::Kind::ImageFolder, path});
  });
  connect(make("exportCsv", QKeySequence(Qt::CTRL | Qt::Key_E)), &QAction::triggered, this, [this] { askExport(false); });
  connect(make("exportVideo"), &QAction::triggered, this, [this] { askExport(true); });
  connect(make("exportFindings"), &QAction::triggered, this, [this] { askExportFindings(false); });
  connect(make("exportReport"), &QAction::triggered, this, [this] { askExportFindings(true); });
  connect(make("summarizeRuns"), &QAction::triggered, this, [this] {
    SummarizeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    try {
      summarizeRuns(dialog.request(), dialog.outputFile());
    } catch (const std::exception& e) {
      showError(errorText(e));
    }
  });
  connect(make("snapshot", QKeySequence(Qt::SHIFT | Qt::Key_S)), &QAction::triggered, this, [this] { saveSnapshot(); });
  connect(make("annotateFiles"), &QAction::triggered, this, &MainWindow::askAnnotateFiles);
  connect(make("quit", QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);
  auto* play = make("playPause", QKeySequence(Qt::Key_Space));
  connect(play, &QAction::triggered, this, [this] { controller_.setPaused(!controller_.isPaused() && !controller_.hasEnded()); });
  auto* forward = make("step", QKeySequence(Qt::Key_Right));
  forward->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Period)});
  connect(forward, &QAction::triggered, this, [this] { stepBy(1); });
  connect(make("stepBack", QKeySequence(Qt::Key_Left)), &QAction::triggered, this, [this] { stepBy(-1); });
  connect(make("previousImage", QKeySequence(Qt::Key_PageUp)), &QAction::triggered, this, [this] { stepBy(-1); });
  connect(make("nextImage", QKeySequence(Qt::Key_PageDown)), &QAction::triggered, this, [this] { stepBy(1); });
  for (const auto& [id, icon] : {std::pair{"playPause", QStyle::SP_MediaPlay}, {"stepBack", QStyle::SP_MediaSkipBackward},
                                 {"step", QStyle::SP_MediaSkipForward}, {"previousImage", QStyle::SP_ArrowBack},
                                 {"nextImage", QStyle::SP_ArrowForward}})
    actions_[id]->setIcon(style()->standardIcon(icon));
  auto* booth = make("booth", QKeySequence(Qt::Key_F11));
  booth->setCheckable(true);
  connect(booth, &QAction::toggled, this, [this](bool on) {
    if (on) setBoothMode(true);
    else askLeaveBooth();  // F11 in booth mode leaves as Esc does: with the PIN, when one is set
  });
  auto* leave = make("leaveBooth", QKeySequence(Qt::Key_Escape));
  leave->setEnabled(false);
  connect(leave, &QAction::triggered, this, &MainWindow::askLeaveBooth);
  auto* bars = make("bars");
  bars->setCheckable(true);
  connect(bars, &QAction::toggled, this, [this](bool on) {
    settings_.showBars = on;
    liveView_->setShowBars(on);
  });
  auto* loop = make("loop");
  loop->setCheckable(true);
  connect(loop, &QAction::toggled, this, [this](bool on) { loop_ = settings_.loopFiles = on; });
  connect(make("models"), &QAction::triggered, this, [this] { openModelManager(); });
  connect(make("settings", QKeySequence::Preferences), &QAction::triggered, this, &MainWindow::openSettings);
  connect(make("about"), &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Mien"),
                       tr("<b>Mien %1</b><p>Real-time zero-shot facial expression recognition with CLIP and the "
                          "Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).</p>")
                           .arg(QApplication::applicationVersion()));
  });
}

void MainWindow::buildMenus() {
  const auto menu = [this](const QString& id, const QStringList& actionIds) {
    QMenu* m = menuBar()->addMenu(QString());
    m->setObjectName(id);
    for (const QString& a : actionIds) {
      if (a == "-") m->addSeparator();
      else m->addAction(actions_[a]);
    }
    menus_.insert(id, m);
    return m;
  };
  menu("fileMenu", {"openVideo", "openFolder", "-", "exportCsv", "exportVideo", "exportFindings", "exportReport", "summarizeRuns", "snapshot", "-", "annotateFiles", "-", "quit"});
  menu("viewMenu", {"playPause", "stepBack", "step", "-", "previousImage", "nextImage", "-", "booth", "bars", "loop"});
  QMenu* views = menus_["viewMenu"];
  views->addSeparator();
  views->addAction(labelsDock_->toggleViewAction());
  views->addAction(timelineDock_->toggleViewAction());
  views->addAction(identityDock_->toggleViewAction());
  menu("modelsMenu", {"models"});
  QMenu* settings = menu("settingsMenu", {"settings"});
  auto* languages = settings->addMenu(QString());
  languages->setObjectName("languageMenu");
  auto* group = new QActionGroup(this);
  for (const QString& code : availableLanguages()) {
    QAction* a = languages->addAction(languageDisplayName(code));
    a->setCheckable(true);
    a->setChecked(code == settings_.language || (settings_.language.isEmpty() && code == "en"));
    group->addAction(a);
    connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
  }
  menus_.insert("languageMenu", languages);
  menu("helpMenu", {"about"});
}

void MainWindow::buildLayout() {
  sourceBar_ = new SourceBar({actions_["playPause"], actions_["stepBack"], actions_["step"], actions_["previousImage"],
                              actions_["nextImage"]});
  sourceBar_->setObjectName("sourceBar");
  banner_ = new BannerBar;
  liveView_ = new LiveView(*overlays_);
  liveView_->setObjectName("liveView");
  welcome_ = new WelcomePage;
  welcome_->setDownloadSize(recommendedDownloadBytes());
  centre_ = new QStackedWidget;
  centre_->addWidget(liveView_);
  centre_->addWidget(welcome_);
  auto* live = new QWidget;
  auto* layout = new QVBoxLayout(live);
  layout->setContentsMargins(6, 0, 6, 6);
  layout->setSpacing(6);
  layout->addWidget(sourceBar_);
  layout->addWidget(banner_);
  boothPin_ = new QLineEdit;
  boothPin_->setObjectName("boothPin");
  boothPin_->setEchoMode(QLineEdit::Password);
  boothPin_->setMaximumWidth(320);
  boothPin_->hide();
  connect(boothPin_, &QLineEdit::returnPressed, this, [this] {
    if (boothPin_->text() == settings_.boothPin) {
      setBoothMode(false);
      return;
    }
    boothPin_->clear();
    boothPin_->setPlaceholderText(tr("Wrong PIN; try again (Esc: stay in booth mode)"));
  });
  layout->addWidget(boothPin_, 0, Qt::AlignHCenter);
  layout->addWidget(centre_, 1);
  wizard_ = new TrainingWizard;
  wizard_->setWindowFlags(Qt::Widget);  // a page of the window, not a dialog
  tabs_ = new QTabWidget;
  tabs_->setObjectName("mainTabs");
  tabs_->setDocumentMode(true);
  tabs_->addTab(live, QString());
  tabs_->addTab(wizard_, QString());
  setCentralWidget(tabs_);
  connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
    const bool training = tabs_->widget(index) == wizard_;
    // Space and the arrows belong to the wizard's fields there, not to playback.
    for (const char* id : {"playPause", "step", "stepBack", "previousImage", "nextImage"}) actions_[id]->setEnabled(!training);
    if (training) wizard_->setEngine(settings_.engine, labels_->promptSet());
  });
  connect(wizard_, &TrainingWizard::headSaved, this, [this](const QString& path, bool activate) {
    banner_->showMessage(BannerBar::Level::Info, tr("Head saved to %1").arg(path));
    if (activate) {
      EngineChoice choice = settings_.engine;
      choice.head = path.toStdString();
      setEngine(choice);
      tabs_->setCurrentIndex(0);
    }
    wizard_->restart();
  });

  labels_ = new LabelsPanel;
  wizard_->setPromptSource([this] { return labels_->promptSet(); });  // evaluates what the panel shows
  labelsDock_ = new QDockWidget;
  labelsDock_->setObjectName("labelsDock");
  labelsDock_->setWidget(scrollable(labels_));
  addDockWidget(Qt::RightDockWidgetArea, labelsDock_);
  timelineView_ = new TimelineView(*timelineModel_);
  marks_ = new TimelineMarks(this);
  timelineView_->setMarks(marks_);
  timelineView_->setMinimumHeight(180);
  timelineDock_ = new QDockWidget;
  timelineDock_->setObjectName("timelineDock");
  timelineDock_->setWidget(timelineView_);
  addDockWidget(Qt::BottomDockWidgetArea, timelineDock_);
  images_ = new QListWidget;
  images_->setObjectName("imageList");
  imagesDock_ = new QDockWidget;
  imagesDock_->setObjectName("imagesDock");
  imagesDock_->setWidget(images_);
  addDockWidget(Qt::RightDockWidgetArea, imagesDock_);
  imagesDock_->hide();
  connect(images_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0 && row != shownImage_) controller_.showImage(row);
  });
  identity_ = new IdentityPanel;
  identityDock_ = new QDockWidget;
  identityDock_->setObjectName("identityDock");
  identityDock_->setWidget(scrollable(identity_));
  addDockWidget(Qt::RightDockWidgetArea, identityDock_);
  tabifyDockWidget(labelsDock_, identityDock_);
  labelsDock_->raise();
  connect(identity_, &IdentityPanel::failed, this, [this](const QString& message) { showError(message); });
  connect(identity_, &IdentityPanel::saved, this, [this](const QString& path) {
    banner_->showMessage(BannerBar::Level::Info, tr("Participants saved to %1; every export of this run uses them.").arg(path));
  });
  resizeDocks({labelsDock_}, {380}, Qt::Horizontal);
  resizeDocks({timelineDock_}, {260}, Qt::Vertical);

  deviceLabel_ = new QLabel;
  modelLabel_ = new QLabel;
  fpsLabel_ = new QLabel;
  latencyLabel_ = new QLabel;
  for (QLabel* l : {deviceLabel_, modelLabel_, fpsLabel_, latencyLabel_}) {
    l->setStyleSheet("QLabel { padding: 0 10px; border-left: 1px solid palette(mid); }");
    statusBar()->addPermanentWidget(l);
  }
  modelLabel_->setMaximumWidth(520);

  connect(sourceBar_, &SourceBar::sourceRequested, this, &MainWindow::openSource);
  connect(sourceBar_, &SourceBar::seekRequested, this, [this](double s) {
    timelineModel_->truncateFrom(s);
    controller_.seek(s);
  });
  connect(sourceBar_, &SourceBar::speedChanged, &controller_, &SessionController::setSpeed);
  connect(timelineView_, &TimelineView::seekRequested, this, [this](double s) {
    if (controller_.source().isFile()) {
      timelineModel_->truncateFrom(s);
      controller_.seek(s);
    }
  });
  connect(labels_, &LabelsPanel::promptSetChanged, wizard_, &TrainingWizard::promptsChanged);
  connect(labels_, &LabelsPanel::promptSetChanged, this, [this](const PromptSet& prompts) {
    controller_.setPromptSet(prompts);
    settings_.promptsJson = QString::fromStdString(prompts.toJson());
  });
  connect(labels_, &LabelsPanel::headToggled, this, [this](bool on) {
    controller_.setHeadEnabled(on);
    settings_.headEnabled = on;
    // Each state change replaces the message: none stays from before.
    banner_->showMessage(BannerBar::Level::Info, on ? tr("Head on: labels come from the Exp-CLIP projection head.")
                                                    : tr("Head off: plain CLIP zero-shot labels, as without a head."));
  });
  connect(labels_, &LabelsPanel::failed, this, [this](const QString& m) { showError(m); });
  connect(banner_, &BannerBar::actionTriggered, this, [this](const QString& id) {
    if (id == "models") openModelManager();
  });
  connect(welcome_, &WelcomePage::downloadRequested, this, [this] { openModelManager(ModelManagerDialog::recommendedIds()); });
  connect(welcome_, &WelcomePage::useFilesRequested, this, [this] { openModelManager(); });
  connect(runner_, &AnnotationRunner::progressed, this, [this](int file, int files, qint64 done, qint64 total) {
    if (!exportProgress_) return;
    exportProgress_->setLabelText(tr("File %1 of %2: %3 frames").arg(file + 1).arg(files).arg(done));
    exportProgress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
    exportProgress_->setValue(static_cast<int>(std::min<qint64>(done, std::max<qint64>(total, 0))));
  });
  connect(runner_, &AnnotationRunner::fileDone, this, [this](const QString&, const QString& csv) { identity_->load(csv); });
  connect(runner_, &AnnotationRunner::fileFailed, this, [this](const QString& input, const QString& message) {
    showError(tr("%1: %2").arg(QFileInfo(input).fileName(), message));
  });
  connect(runner_, &AnnotationRunner::finished, this, [this](int ok, int failed, bool cancelled) {
    if (exportProgress_) exportProgress_->deleteLater();
    exportProgress_ = nullptr;
    const QString message = cancelled ? tr("Annotation cancelled; finished files are kept.")
                                      : tr("Annotated %1 file(s); %2 failed.").arg(ok).arg(failed);
    if (failed == 0 && !cancelled) banner_->showFolder(BannerBar::Level::Info, message + " " + tr("Written to"), lastAnnotationDir_);
    emit exportFinished(failed == 0 && !cancelled, message);
  });
}

void MainWindow::connectController() {
  connect(&controller_, &SessionController::engineLoading, this, [this] {
    deviceLabel_->setText(tr("Loading model…"));
  });
  connect(&controller_, &SessionController::engineLoaded, this, &MainWindow::onEngineLoaded);
  connect(&controller_, &SessionController::engineFailed, this, [this](const QString& message) {
    engine_ = EngineInfo{};
    deviceLabel_->setText(tr("No model"));
    modelLabel_->clear();
    showError(tr("The model could not be loaded: %1").arg(message), tr("Models…"), "models");
    updatePlaceholder();
  });
  connect(&controller_, &SessionController::frameAnalysed, this, &MainWindow::onFrame);
  connect(&controller_, &SessionController::sourceOpened, this, [this](const SourceInfo& info) {
    const auto kind = controller_.source().kind;
    const bool folder = kind == SourceRequest::Kind::ImageFolder;
    sourceBar_->setMode(folder ? SourceBar::Mode::Folder : kind == SourceRequest::Kind::VideoFile ? SourceBar::Mode::File
                                                                                                  : SourceBar::Mode::Live);
    if (kind == SourceRequest::Kind::VideoFile) sourceBar_->setFile(info.durationSeconds, info.framesPerSecond);
    if (folder && imageNames_ != info.imageNames) {
      imageNames_ = info.imageNames;
      const QSignalBlocker block(images_);
      images_->clear();
      images_->addItems(imageNames_);
    }
    imagesDock_->setVisible(folder && !inBooth_);
    timelineDock_->setVisible(!folder && !inBooth_);
    setWindowTitle(QStringLiteral("Mien — %1").arg(controller_.source().displayName()));
    if (banner_->level() != BannerBar::Level::Info) banner_->dismiss();  // a failed open or a lost camera is over
  });
  connect(&controller_, &SessionController::sourceFailed, this, [this](const QString& message) {
    if (controller_.source().kind == SourceRequest::Kind::Camera) {
      reconnectCamera(message);
      return;
    }
    showError(message, controller_.hasEngine() ? QString() : tr("Models…"), "models");
    updatePlaceholder();
  });
  connect(&controller_, &SessionController::sourceEnded, this, [this] {
    if (controller_.source().kind == SourceRequest::Kind::Camera) {
      reconnectCamera(tr("The camera stopped sending frames."));
    } else if (loop_ && controller_.source().isFile()) {
      timelineModel_->clear();
      SourceRequest again = controller_.source();
      again.startSeconds = 0;
      controller_.open(again);
    } else if (controller_.source().isFile()) {
      actions_["playPause"]->setText(tr("Play"));  // from the start
    }
  });
  connect(&controller_, &SessionController::progressed, this, [this](const SessionProgress& p) {
    fpsLabel_->setText(tr("%1 fps").arg(p.fps, 0, 'f', 1));
  });
  connect(&controller_, &SessionController::pausedChanged, this, [this](bool paused) {
    actions_["playPause"]->setText(paused ? tr("Play") : tr("Pause"));
    actions_["playPause"]->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
  });
}

void MainWindow::setEngine(const EngineChoice& choice) {
  settings_.engine = choice;
  centre_->setCurrentWidget(liveView_);
  controller_.loadEngine(choice, labels_->promptSet());
  updatePlaceholder();
}

void MainWindow::onEngineLoaded(const EngineInfo& info) {
  engine_ = info;
  deviceLabel_->setText(info.device);
  modelLabel_->setText(info.model);
  modelLabel_->setToolTip(info.model);
  labels_->setHeadAvailable(info.hasHead, settings_.headEnabled);
  if (info.promptsEditable && !labels_->isEditable()) {
    labels_->setPromptSet(editablePrompts_);  // back from a head with fixed classes
    labels_->setEditable(true);
  } else if (!info.promptsEditable) {
    if (labels_->isEditable()) editablePrompts_ = labels_->promptSet();
    labels_->setFixedClasses(info.classNames);
  }
  if (banner_->isVisible() && banner_->level() == BannerBar::Level::Error) banner_->dismiss();
  updatePlaceholder();
  if (controller_.source().kind != SourceRequest::Kind::None) controller_.open(controller_.source());
  else if (options_.restoreLastSource && settings_.lastSource.kind != SourceRequest::Kind::None) openSource(settings_.lastSource);
}

void MainWindow::openSource(const SourceRequest& request) {
  banner_->dismiss();
  overlays_->clear();
  liveView_->clearFrame();
  timelineModel_->clear();
  marks_->clear();
  settings_.lastSource = request;
  settings_.lastSource.startSeconds = 0;
  shownImage_ = -1;
  imageNames_.clear();
  if (request.kind == SourceRequest::Kind::Camera && request.path.isEmpty() && sourceBar_->cameraCount() == 0) {
    showError(tr("No camera was found. Connect one, or open a video file or an image folder."));
    return;
  }
  if (!controller_.hasEngine() && !hasEncoder(settings_.engine)) {
    showError(tr("No model is installed yet. Download the recommended models or point Mien at files on disk."),
              tr("Models…"), "models");
    return;
  }
  controller_.open(request);
}

void MainWindow::stepBy(int delta) {
  if (controller_.source().kind == SourceRequest::Kind::ImageFolder) {
    const int target = shownImage_ + delta;
    if (target >= 0 && target < imageNames_.size()) controller_.showImage(target);
  } else {
    controller_.stepFrames(delta);
  }
}

void MainWindow::onFrame(const FrameResultPtr& result) {
  overlays_->show(*result);
  liveView_->setFrame(imageFromBgr(result->bgr));
  if (controller_.source().kind == SourceRequest::Kind::ImageFolder) {
    shownImage_ = static_cast<int>(result->frameIndex);
    const QSignalBlocker block(images_);
    images_->setCurrentRow(shownImage_);
    sourceBar_->setImagePosition(shownImage_, imageNames_.size(), imageNames_.value(shownImage_));
  } else {
    timelineModel_->append(*result);
    sourceBar_->setPosition(result->timestamp, result->frameIndex);
  }
  latencyLabel_->setText(tr("latency %1 ms").arg(result->latencyMs, 0, 'f', 0));
}

void MainWindow::applyDetectionSettings() {
  SessionSettings s = controller_.sessionSettings();
  s.smoothingAlpha = settings_.smoothingAlpha;
  s.windowFrames = settings_.windowFrames;
  s.windowValidOnly = settings_.windowValidOnly;
  s.maxFaces = inBooth_ ? settings_.boothMaxFaces : 0;
  controller_.setSessionSettings(s);
}

void MainWindow::openModelManager(const QStringList& fetchIds) {
  auto* dialog = new ModelManagerDialog(ModelStore::standard(), settings_.engine, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setBaseUrl(settings_.modelBaseUrl);
  connect(dialog, &ModelManagerDialog::engineChosen, this, &MainWindow::setEngine);
  connect(dialog, &ModelManagerDialog::jobFinished, this, [this, dialog] { settings_.modelBaseUrl = dialog->baseUrl(); });
  if (fetchIds == ModelManagerDialog::recommendedIds())  // the first job is that fetch: use what it brought
    connect(dialog, &ModelManagerDialog::jobFinished, this, [this, fetchIds](bool ok) {
      if (!ok) return;
      const ModelStore store = ModelStore::standard();
      EngineChoice choice = settings_.engine;
      choice.model = store.entry(fetchIds[0].toStdString()).files.front().path;
      choice.head = store.entry(fetchIds[1].toStdString()).files.front().path;
      setEngine(choice);
    }, Qt::SingleShotConnection);
  dialog->show();
  if (!fetchIds.isEmpty()) dialog->fetch(fetchIds);
}

void MainWindow::openSettings() {
  SettingsDialog dialog(settings_, this);
  if (dialog.exec() != QDialog::Accepted) return;
  const AppSettings before = settings_;
  settings_ = dialog.result(settings_);
  if (settings_.language != before.language) setLanguage(settings_.language);
  liveView_->setShowBars(settings_.showBars);
  actions_["bars"]->setChecked(settings_.showBars);
  applyDetectionSettings();
  if (settings_.engine != before.engine && hasEncoder(settings_.engine)) setEngine(settings_.engine);
  else if (controller_.source().kind != SourceRequest::Kind::None) controller_.open(controller_.source());
}

void MainWindow::setLanguage(const QString& code) {
  settings_.language = code;
  if (!switchLanguage(code)) showError(tr("The %1 translation is missing from this build.").arg(code));
}

void MainWindow::askExport(bool annotatedVideo) {
  if (!controller_.source().isFile()) {
    showError(tr("Open a video file first: export annotates the whole file, as mien-cli annotate does."));
    return;
  }
  const QString dir = QFileDialog::getExistingDirectory(
      this, annotatedVideo ? tr("Folder for the annotated video (MP4 with sound) and its CSV timeline") : tr("Folder for the CSV timeline"),
      QFileInfo(controller_.source().path).absolutePath());
  if (!dir.isEmpty()) exportTimeline(dir, annotatedVideo);
}

void MainWindow::exportTimeline(const QString& outputDir, bool annotatedVideo) {
  if (!controller_.source().isFile()) {
    showError(tr("Open a video file first: export annotates the whole file, as mien-cli annotate does."));
    emit exportFinished(false, banner_->text());
    return;
  }
  runAnnotation({controller_.source().path}, outputDir, annotatedVideo);
}

void MainWindow::annotateFiles(const QStringList& inputs, const QString& outputDir) {
  runAnnotation(inputs, outputDir, false);
}

void MainWindow::runAnnotation(const QStringList& inputs, const QString& outputDir, bool annotatedVideo) {
  lastAnnotationDir_ = outputDir;
  if (!hasEncoder(settings_.engine)) {
    showError(tr("No model is installed yet. Download the recommended models or point Mien at files on disk."),
              tr("Models…"), "models");
    emit exportFinished(false, banner_->text());
    return;
  }
  EngineChoice engine = settings_.engine;
  if (!labels_->headEnabled() && engine_.promptsEditable) engine.head.clear();
  const auto options = annotationOptionsFor(engine, labels_->promptSet(), controller_.sessionSettings(), annotatedVideo);
  if (!runner_->start(options, inputs, outputDir)) {
    showError(tr("An annotation is already running; wait for it or cancel it."));
    return;
  }
  exportProgress_ = new QProgressDialog(tr("Annotating…"), tr("Cancel"), 0, 0, this);
  exportProgress_->setWindowModality(Qt::NonModal);
  exportProgress_->setMinimumDuration(0);
  connect(exportProgress_, &QProgressDialog::canceled, runner_, &AnnotationRunner::cancel);
  exportProgress_->show();
}

QString MainWindow::runCsvOfOpenFile() const {
  if (!controller_.source().isFile() || lastAnnotationDir_.isEmpty()) return {};
  const QString csv = QString::fromStdString(
      AnnotationPaths::forInput(controller_.source().path.toStdString(), lastAnnotationDir_.toStdString()).csv);
  return QFileInfo::exists(csv) ? csv : QString();
}

void MainWindow::askExportFindings(bool report) {
  const QString csv = runCsvOfOpenFile();
  FindingsDialog dialog(report ? FindingsDialog::Mode::Report : FindingsDialog::Mode::Findings, csv,
                        lastAnnotationDir_.isEmpty() ? QString() : lastAnnotationDir_ + "/findings", *marks_, this);
  if (dialog.exec() != QDialog::Accepted) return;
  try {
    if (report) exportReport(dialog.request(), dialog.reportPath());
    else exportFindings(dialog.request());
  } catch (const std::exception& e) {
    showError(errorText(e));
  }
}

bool MainWindow::runFindingsStep(const std::function<QString()>& step, const QString& result) {
  try {
    const QString message = step();
    statusBar()->showMessage(message, 10000);
    emit findingsExported(true, result.isEmpty() ? message : result);
    return true;
  } catch (const std::exception& e) {
    showError(errorText(e));
    emit findingsExported(false, banner_->text());
    return false;
  }
}

bool MainWindow::exportFindings(const FindingsRequest& request) {
  return runFindingsStep([&] {
    const auto outcome = mien::exportFindings(request);
    return tr("%n file(s) written to %1", nullptr, static_cast<int>(outcome.files.size()))
        .arg(QString::fromStdString(request.outputDir));
  });
}

bool MainWindow::exportReport(const FindingsRequest& request, const QString& path) {
  return runFindingsStep([&] {
    writeReportFile(request, path.toStdString());
    return tr("Report written to %1").arg(path);
  }, path);
}

bool MainWindow::summarizeRuns(const StudySummaryRequest& request, const QString& path) {
  return runFindingsStep([&] {
    writeStudySummary(request, path.toStdString());
    return tr("%n run(s) summarized in %1", nullptr, static_cast<int>(request.csvs.size())).arg(path);
  }, path);
}

void MainWindow::askAnnotateFiles() {
  const QStringList inputs = QFileDialog::getOpenFileNames(this, tr("Files to annotate"));
  if (inputs.isEmpty()) return;
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV timelines"));
  if (!dir.isEmpty()) annotateFiles(inputs, dir);
}

QString MainWindow::saveSnapshot(const QString& path) {
  QString target = path;
  if (target.isEmpty()) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + "/Mien";
    QDir().mkpath(dir);
    target = dir + QDateTime::currentDateTime().toString("/'mien-'yyyyMMdd-HHmmss-zzz'.png'");
  }
  const QImage image = liveView_->renderSnapshot();
  QByteArray png;
  {
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
  }
  try {
    AtomicFileWriter writer(target.toStdString());
    writer.write(png.constData(), static_cast<std::size_t>(png.size()));
    writer.commit();
  } catch (const std::exception& e) {
    showError(tr("The snapshot could not be saved: %1").arg(QString::fromStdString(e.what())));
    return {};
  }
  banner_->showMessage(BannerBar::Level::Info, tr("Snapshot saved to %1").arg(target));
  return target;
}

void MainWindow::setBoothMode(bool booth) {
  const QSignalBlocker block(actions_["booth"]);
  actions_["booth"]->setChecked(booth);
  if (booth == inBooth_) return;
  inBooth_ = booth;
  settings_.boothMode = booth;
  if (booth) {
    preBoothState_ = saveState();
    preBoothGeometry_ = saveGeometry();
    tabs_->setCurrentIndex(0);
  }
  // Only the live view and its large labels: no menus, panels, Train tab or editing shortcuts.
  for (auto it = actions_.begin(); it != actions_.end(); ++it)
    if (it.key() != "booth" && it.key() != "leaveBooth" && it.key() != "playPause") it.value()->setEnabled(!booth);
  actions_["leaveBooth"]->setEnabled(booth);
  liveView_->setBoothMode(booth);
  menuBar()->setVisible(!booth);
  statusBar()->setVisible(!booth);
  sourceBar_->setVisible(!booth);
  tabs_->tabBar()->setVisible(!booth);
  for (QDockWidget* dock : {labelsDock_, timelineDock_, identityDock_, imagesDock_})
    if (booth) dock->hide();
  boothPin_->hide();
  SessionSettings s = controller_.sessionSettings();
  const int maxFaces = booth ? settings_.boothMaxFaces : 0;
  const bool capChanges = s.maxFaces != maxFaces;
  s.maxFaces = maxFaces;
  controller_.setSessionSettings(s);
  if (booth) {
    showFullScreen();
  } else {
    showNormal();
    restoreGeometry(preBoothGeometry_);
    restoreState(preBoothState_);
  }
  if (capChanges && controller_.source().kind != SourceRequest::Kind::None) controller_.open(controller_.source());  // the cap applies
}

// A camera that fails or stops (unplugged, a network camera's stream cut) is opened again every two seconds until
// it delivers, so an unattended booth recovers by itself.
void MainWindow::reconnectCamera(const QString& why) {
  banner_->showMessage(BannerBar::Level::Warning, tr("%1 Trying again every 2 seconds…").arg(why));
  const SourceRequest camera = controller_.source();
  QTimer::singleShot(2000, this, [this, camera] {
    const SourceRequest now = controller_.source();
    if (now.kind == camera.kind && now.path == camera.path && now.cameraIndex == camera.cameraIndex) controller_.open(camera);
  });
}

void MainWindow::askLeaveBooth() {
  if (!inBooth_) return;
  if (settings_.boothPin.isEmpty()) {
    setBoothMode(false);
    return;
  }
  const QSignalBlocker block(actions_["booth"]);
  actions_["booth"]->setChecked(true);
  if (boothPin_->isVisible()) {  // Esc again: back to the booth
    boothPin_->hide();
    return;
  }
  boothPin_->clear();
  boothPin_->setPlaceholderText(tr("PIN to leave booth mode, then Enter (Esc: stay)"));
  boothPin_->show();
  boothPin_->setFocus();
}

void MainWindow::setLoopFiles(bool loop) { actions_["loop"]->setChecked(loop); }

void MainWindow::showError(const QString& text, const QString& actionText, const QString& actionId) {
  banner_->showMessage(BannerBar::Level::Error, text, actionText, actionId);
}

void MainWindow::updatePlaceholder() {
  liveView_->setPlaceholder(controller_.hasEngine() || hasEncoder(settings_.engine)
                                ? tr("Open a camera, a video file or an image folder to start.")
                                : tr("No model yet: open Models… to download or choose one."));
}

QString MainWindow::statusText() const {
  return QStringList{deviceLabel_->text(), modelLabel_->text(), fpsLabel_->text(), latencyLabel_->text()}.join(" | ");
}

bool MainWindow::showsWelcome() const { return centre_->currentWidget() == welcome_; }


void MainWindow::closeEvent(QCloseEvent* event) {
  settings_.geometry = saveGeometry();
  settings_.windowState = saveState();
  settings_.save();
  runner_->cancel();
  controller_.stop();
  event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
  static const std::pair<const char*, const char*> actionTexts[] = {
      {"openVideo", QT_TR_NOOP("Open &video…")},
      {"openFolder", QT_TR_NOOP("Open image &folder…")},
      {"exportCsv", QT_TR_NOOP("&Export CSV timeline…")},
      {"exportVideo", QT_TR_NOOP("Export &annotated video…")},
      {"exportFindings", QT_TR_NOOP("Export fin&dings (ELAN, BORIS, segments, summary)…")},
      {"exportReport", QT_TR_NOOP("Export &report…")},
      {"summarizeRuns", QT_TR_NOOP("Summari&ze runs…")},
      {"snapshot", QT_TR_NOOP("Save &snapshot")},
      {"annotateFiles", QT_TR_NOOP("Annotate &files…")},
      {"quit", QT_TR_NOOP("&Quit")},
      {"step", QT_TR_NOOP("Next frame")},
      {"stepBack", QT_TR_NOOP("Previous frame")},
      {"previousImage", QT_TR_NOOP("Previous image")},
      {"nextImage", QT_TR_NOOP("Next image")},
      {"booth", QT_TR_NOOP("&Booth mode (full screen)")},
      {"bars", QT_TR_NOOP("Show class &bars")},
      {"loop", QT_TR_NOOP("&Loop files")},
      {"models", QT_TR_NOOP("&Model manager…")},
      {"settings", QT_TR_NOOP("&Settings…")},
      {"about", QT_TR_NOOP("&About Mien")},
  };
  for (const auto& [id, text] : actionTexts) actions_[id]->setText(tr(text));
  actions_["playPause"]->setText(controller_.isPaused() || controller_.hasEnded() ? tr("Play") : tr("Pause"));
  static const std::pair<const char*, const char*> menuTitles[] = {
      {"fileMenu", QT_TR_NOOP("&File")},         {"viewMenu", QT_TR_NOOP("&View")},
      {"modelsMenu", QT_TR_NOOP("&Models")},     {"settingsMenu", QT_TR_NOOP("&Settings")},
      {"languageMenu", QT_TR_NOOP("&Language")}, {"helpMenu", QT_TR_NOOP("&Help")},
  };
  for (const auto& [id, text] : menuTitles)
    if (menus_.contains(id)) menus_[id]->setTitle(tr(text));
  tabs_->setTabText(0, tr("Live"));
  tabs_->setTabText(1, tr("Train"));
  labelsDock_->setWindowTitle(tr("Labels"));
  timelineDock_->setWindowTitle(tr("Timeline"));
  imagesDock_->setWindowTitle(tr("Images"));
  identityDock_->setWindowTitle(tr("Participants"));
  if (!controller_.hasEngine() && deviceLabel_->text().isEmpty()) deviceLabel_->setText(tr("No model"));
  updatePlaceholder();
}

}  // namespace mien::ui
