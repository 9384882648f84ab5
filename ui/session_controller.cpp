// Every job joins the one before it, so model loads and sessions never overlap on the classifier, and the UI
// thread only posts work and receives signals.
#include "session_controller.h"
#include "error_text.h"
#include "ui_thread.h"


#include "common/errors.h"
#include "media/camera_source.h"
#include "media/image_folder_source.h"
#include "media/realtime_playback.h"
#include "media/video_file_source.h"
#include "model/classifier.h"

namespace mien::ui {

struct SessionController::Shared {
  std::mutex mutex;
  std::shared_ptr<Classifier> classifier;
  std::shared_ptr<AnalysisSession> session;  // the one running, if any
  SessionSettings settings;
  std::atomic<int> generation{0};
  std::atomic<bool> pauseAfterNext{false};
  std::atomic<bool> paused{false};
};

namespace {

std::unique_ptr<FrameSource> openSource(const SourceRequest& request, bool still) {
  switch (request.kind) {
    case SourceRequest::Kind::Camera:
      return request.path.isEmpty() ? openCamera(request.cameraIndex, request.width, request.height)
                                    : openCameraDevice(request.path.toStdString(), request.width, request.height);
    case SourceRequest::Kind::VideoFile: {
      auto file = openVideoFileAt(request.path.toStdString(), request.startSeconds);
      return still ? std::move(file) : playInRealTime(std::move(file), request.speed);
    }
    case SourceRequest::Kind::ImageFolder:
      return openImageFolder(request.path.toStdString(), static_cast<std::size_t>(std::max(0, request.imageIndex)));
    case SourceRequest::Kind::None:
      break;
  }
  throw MediaError("No source chosen.");
}

QStringList imageNames(const QString& folder) {
  QStringList names;
  const std::string prefix = folder.toStdString() + "/";
  for (const auto& file : listImageFiles(folder.toStdString()))
    names << QString::fromStdString(file.rfind(prefix, 0) == 0 ? file.substr(prefix.size()) : file);
  return names;
}

EngineInfo describe(const Classifier& classifier) {
  EngineInfo info;
  for (const auto& name : classifier.classNames()) info.classNames << QString::fromStdString(name);
  info.promptsEditable = classifier.promptsEditable();
  info.hasHead = classifier.hasHead();
  info.device = QString::fromStdString(classifier.deviceDescription());
  info.model = QString::fromStdString(classifier.modelDescription());
  return info;
}

}  // namespace

SessionController::SessionController(QObject* parent) : QObject(parent), shared_(std::make_shared<Shared>()) {
  qRegisterMetaType<FrameResultPtr>();
  qRegisterMetaType<EngineInfo>();
  qRegisterMetaType<SourceInfo>();
  qRegisterMetaType<SessionProgress>();
  shared_->settings.policy = FlowPolicy::Live;
  shared_->settings.keepFrames = true;
}

SessionController::~SessionController() {
  cancelCurrent();
  if (chain_) chain_->join();
}

void SessionController::enqueue(std::function<void(Shared&)> job) {
  auto previous = std::move(chain_);
  auto shared = shared_;
  chain_ = std::make_shared<std::thread>([previous, shared, job = std::move(job)] {
    if (previous) previous->join();
    job(*shared);
  });
}

void SessionController::cancelCurrent() {
  ++shared_->generation;
  std::lock_guard<std::mutex> lock(shared_->mutex);
  if (shared_->session) shared_->session->cancel();
}

void SessionController::loadEngine(const EngineChoice& choice, const PromptSet& prompts) {
  cancelCurrent();
  engineReady_ = false;
  prompts_ = prompts;
  emit engineLoading(QString::fromStdString(choice.randomArchitecture.empty() ? choice.model : choice.randomArchitecture));
  const bool head = headEnabled_;
  enqueue([this, choice, prompts, head](Shared& s) {
    try {
      std::shared_ptr<Classifier> classifier = createClassifier(choice, prompts);
      if (classifier->hasHead()) classifier->setHeadEnabled(head);
      const EngineInfo info = describe(*classifier);
      {
        std::lock_guard<std::mutex> lock(s.mutex);
        s.classifier = std::move(classifier);
      }
      onUiThread(this, [this, info] {
        engineReady_ = true;
        emit engineLoaded(info);
      });
    } catch (const std::exception& e) {
      {
        std::lock_guard<std::mutex> lock(s.mutex);
        s.classifier.reset();
      }
      const QString message = errorText(e);
      onUiThread(this, [this, message] { emit engineFailed(message); });
    }
  });
}

void SessionController::open(const SourceRequest& request) {
  if (paused_) {
    paused_ = false;
    shared_->paused = false;
    emit pausedChanged(false);
  }
  startRun(request, request.kind == SourceRequest::Kind::ImageFolder);
}

void SessionController::startRun(const SourceRequest& request, bool still) {
  cancelCurrent();
  source_ = request;
  ended_ = false;
  stillRun_ = still;
  const int generation = shared_->generation;
  shared_->pauseAfterNext = still;
  if (still) {
    shared_->paused = true;
    if (!paused_) {
      paused_ = true;
      emit pausedChanged(true);
    }
  }
  const PromptSet prompts = prompts_;
  const bool head = headEnabled_;
  enqueue([this, request, generation, prompts, head, still](Shared& s) {
    const auto post = [this, generation, &s](auto&& emitter) {
      onUiThread(this, [generation, &s, emitter] {
        if (generation == s.generation) emitter();
      });
    };
    if (generation != s.generation) return;  // superseded before it started
    std::shared_ptr<AnalysisSession> session;
    try {
      std::shared_ptr<Classifier> classifier;
      SessionSettings settings;
      {
        std::lock_guard<std::mutex> lock(s.mutex);
        classifier = s.classifier;
        settings = s.settings;
      }
      if (!classifier) throw ModelError("No model is loaded: choose one in the model manager.");
      classifier->setPromptSet(prompts);
      if (classifier->hasHead()) classifier->setHeadEnabled(head);
      if (still) settings.policy = FlowPolicy::Offline, settings.framesPerGroup = 1;  // the very frame asked for
      auto source = openSource(request, still);
      SourceInfo info;
      info.durationSeconds = source->durationHint();
      info.frameCount = source->frameCountHint();
      if (info.durationSeconds > 0 && info.frameCount > 0) info.framesPerSecond = info.frameCount / info.durationSeconds;
      if (request.kind == SourceRequest::Kind::ImageFolder) info.imageNames = imageNames(request.path);
      info.live = request.kind == SourceRequest::Kind::Camera;
      info.description = QString::fromStdString(source->description());
      session = std::make_shared<AnalysisSession>(std::move(source), *classifier, settings);
      session->onResult([this, &s, session = session.get(), post, generation](const FrameResult& result) {
        if (generation != s.generation) return;  // a superseded run must not take the next run's pause request
        if (s.pauseAfterNext.exchange(false)) {
          session->setPaused(true);
          onUiThread(this, [this] { if (!paused_) { paused_ = true; emit pausedChanged(true); } });
        } else if (s.paused) {
          return;  // under way when the user paused: the view stays on the frame it paused at
        }
        auto shared = std::make_shared<const FrameResult>(result);
        post([this, shared] {
          shownSeconds_ = shared->timestamp;
          emit frameAnalysed(shared);
        });
      });
      session->onProgress([this, post](const SessionProgress& progress) {
        post([this, progress] { emit progressed(progress); });
      });
      {
        std::lock_guard<std::mutex> lock(s.mutex);
        if (generation != s.generation) return;
        s.session = session;
        if (s.paused && !s.pauseAfterNext) session->setPaused(true);
      }
      post([this, info] {
        framesPerSecond_ = info.framesPerSecond;
        emit sourceOpened(info);
      });
      session->run();
      post([this] {
        ended_ = true;
        emit sourceEnded();
      });
    } catch (const std::exception& e) {
      const QString message = errorText(e);
      post([this, message] { emit sourceFailed(message); });
    }
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.session == session) s.session.reset();
  });
}

void SessionController::stop() {
  cancelCurrent();
  source_ = SourceRequest{};
}

void SessionController::setPaused(bool paused) {
  if (!paused && source_.isFile() && (ended_ || stillRun_)) {  // play on from the frame shown, or from the start
    SourceRequest request = source_;
    request.startSeconds = ended_ ? 0 : shownSeconds_;
    open(request);
    return;
  }
  if (paused == paused_) return;
  paused_ = paused;
  shared_->paused = paused;
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    if (shared_->session) shared_->session->setPaused(paused);
  }
  emit pausedChanged(paused);
}

void SessionController::step() {
  if (source_.isFile()) return stepFrames(1);
  if (!paused_) return;
  shared_->pauseAfterNext = true;
  std::lock_guard<std::mutex> lock(shared_->mutex);
  if (shared_->session) shared_->session->setPaused(false);
}

void SessionController::stepFrames(int delta) {
  if (!source_.isFile() || framesPerSecond_ <= 0) return;
  // The first frame at or after the target is shown: aim half a frame before the wanted one.
  SourceRequest request = source_;
  request.startSeconds = std::max(0.0, shownSeconds_ + (delta - 0.5) / framesPerSecond_);
  startRun(request, true);
}

void SessionController::seek(double seconds) {
  if (!source_.isFile()) return;
  SourceRequest request = source_;
  request.startSeconds = std::max(0.0, seconds);
  startRun(request, paused_);
}

void SessionController::setSpeed(double speed) {
  source_.speed = speed;
  if (source_.isFile() && !paused_ && !ended_) seek(shownSeconds_);
}

void SessionController::showImage(int index) {
  if (source_.kind != SourceRequest::Kind::ImageFolder) return;
  SourceRequest request = source_;
  request.imageIndex = std::max(0, index);
  startRun(request, true);
}

void SessionController::setPromptSet(const PromptSet& prompts) {
  prompts_ = prompts;
  std::lock_guard<std::mutex> lock(shared_->mutex);
  if (shared_->session) shared_->session->setPromptSet(prompts);
}

void SessionController::setHeadEnabled(bool enabled) {
  headEnabled_ = enabled;
  std::lock_guard<std::mutex> lock(shared_->mutex);
  if (shared_->session) shared_->session->setHeadEnabled(enabled);
}

void SessionController::setSessionSettings(const SessionSettings& settings) {
  std::lock_guard<std::mutex> lock(shared_->mutex);
  const SessionSettings old = shared_->settings;
  shared_->settings = settings;
  shared_->settings.policy = old.policy;
  shared_->settings.keepFrames = true;
}

SessionSettings SessionController::sessionSettings() const {
  std::lock_guard<std::mutex> lock(shared_->mutex);
  return shared_->settings;
}

QString SourceRequest::displayName() const {
  switch (kind) {
    case Kind::Camera: return path.isEmpty() ? QObject::tr("Camera %1").arg(cameraIndex) : QObject::tr("Camera %1").arg(path);
    case Kind::VideoFile:
    case Kind::ImageFolder: return path.section('/', -1);
    case Kind::None: break;
  }
  return {};
}

}  // namespace mien::ui
