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

std::unique_ptr<FrameSource> openSource(const SourceRequest& request) {
  switch (request.kind) {
    case SourceRequest::Kind::Camera:
      return openCamera(request.cameraIndex, request.width, request.height);
    case SourceRequest::Kind::VideoFile:
      return playInRealTime(openVideoFileAt(request.path.toStdString(), request.startSeconds));
    case SourceRequest::Kind::ImageFolder:
      return openImageFolder(request.path.toStdString());
    case SourceRequest::Kind::None:
      break;
  }
  throw MediaError("No source chosen.");
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
  if (paused_) setPaused(false);
  startRun(request, false);
}

void SessionController::startRun(const SourceRequest& request, bool pauseAfterFirst) {
  cancelCurrent();
  source_ = request;
  const int generation = shared_->generation;
  shared_->pauseAfterNext = pauseAfterFirst;
  const PromptSet prompts = prompts_;
  const bool head = headEnabled_;
  enqueue([this, request, generation, prompts, head](Shared& s) {
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
      if (request.kind == SourceRequest::Kind::ImageFolder) settings.policy = FlowPolicy::Offline, settings.framesPerGroup = 1;
      auto source = openSource(request);
      SourceInfo info;
      info.durationSeconds = source->durationHint();
      info.frameCount = source->frameCountHint();
      info.live = request.kind == SourceRequest::Kind::Camera;
      info.description = QString::fromStdString(source->description());
      session = std::make_shared<AnalysisSession>(std::move(source), *classifier, settings);
      session->onResult([this, &s, session = session.get(), post](const FrameResult& result) {
        if (s.pauseAfterNext.exchange(false)) {
          session->setPaused(true);
          onUiThread(this, [this] { if (!paused_) { paused_ = true; emit pausedChanged(true); } });
        } else if (s.paused) {
          return;  // under way when the user paused: the view stays on the frame it paused at
        }
        auto shared = std::make_shared<const FrameResult>(result);
        post([this, shared] { emit frameAnalysed(shared); });
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
      post([this, info] { emit sourceOpened(info); });
      session->run();
      post([this] { emit sourceEnded(); });
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
  if (!paused_) return;
  shared_->pauseAfterNext = true;
  std::lock_guard<std::mutex> lock(shared_->mutex);
  if (shared_->session) shared_->session->setPaused(false);
}

void SessionController::seek(double seconds) {
  if (source_.kind != SourceRequest::Kind::VideoFile) return;
  SourceRequest request = source_;
  request.startSeconds = std::max(0.0, seconds);
  startRun(request, paused_);
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
    case Kind::Camera: return QObject::tr("Camera %1").arg(cameraIndex);
    case Kind::VideoFile:
    case Kind::ImageFolder: return path.section('/', -1);
    case Kind::None: break;
  }
  return {};
}

}  // namespace mien::ui
