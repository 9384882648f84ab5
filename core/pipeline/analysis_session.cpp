// Two threads and a queue between them. Offline groups are fixed runs of consecutive sampled frames, so a
// resumed run classifies exactly the same batches as an uninterrupted one (identical CSV bytes).
#include "pipeline/analysis_session.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <opencv2/core/utility.hpp>
#include <thread>

#include "model/blas_runtime.h"
#include "vision/probability_smoother.h"

namespace mien {
namespace {

using Clock = std::chrono::steady_clock;

struct FacePacket {
  Frame frame;
  std::vector<FaceDetection> detections;
  std::vector<RgbImage> crops;
  Clock::time_point arrived;
};

}  // namespace

struct AnalysisSession::Impl {
  std::unique_ptr<FrameSource> source;
  Classifier& classifier;
  SessionSettings settings;
  std::unique_ptr<YuNetFaceDetector> detector;
  FaceTracker tracker;
  ProbabilitySmoother smoother;
  SessionState state;

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<FacePacket> queue;
  bool producerDone = false, paused = false;
  std::int64_t dropped = 0;
  std::exception_ptr error;
  std::optional<PromptSet> pendingPrompts;
  std::optional<bool> pendingHead;

  Impl(std::unique_ptr<FrameSource> s, Classifier& c, SessionSettings st)
      : source(std::move(s)), classifier(c), settings(std::move(st)), tracker(settings.tracker),
        smoother(settings.smoothingAlpha) {}

  std::size_t capacity() const {
    return settings.policy == FlowPolicy::Live ? 1 : static_cast<std::size_t>(2 * std::max(1, settings.framesPerGroup));
  }
};

AnalysisSession::AnalysisSession(std::unique_ptr<FrameSource> source, Classifier& classifier, SessionSettings settings)
    : impl_(std::make_unique<Impl>(std::move(source), classifier, std::move(settings))) {
  impl_->detector = std::make_unique<YuNetFaceDetector>(impl_->settings.detectorPath, impl_->settings.detectorInputSize,
                                                        impl_->settings.detector);
}

AnalysisSession::~AnalysisSession() = default;

void AnalysisSession::restore(const SessionState& state) {
  impl_->state = state;
  impl_->tracker.restore(state.tracks, state.nextTrackId);
  impl_->smoother.restore(state.smoothing);
}

void AnalysisSession::setPromptSet(const PromptSet& prompts) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->pendingPrompts = prompts;
}

void AnalysisSession::setHeadEnabled(bool enabled) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->pendingHead = enabled;
}

void AnalysisSession::cancel() {
  cancelled_ = true;
  impl_->changed.notify_all();
}

void AnalysisSession::setPaused(bool paused) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->paused = paused;
  impl_->changed.notify_all();
}

void AnalysisSession::run() {
  Impl& s = *impl_;
  cv::setNumThreads(1);  // the face stage has one core; the model has the rest
  const std::int64_t skipThrough = s.state.lastFrameIndex;

  std::thread faceStage([&] {
    try {
      Frame frame;
      while (!cancelled_) {
        {
          std::unique_lock<std::mutex> lock(s.mutex);
          s.changed.wait(lock, [&] { return !s.paused || cancelled_; });
        }
        if (cancelled_ || !s.source->next(frame)) break;
        if (frame.index <= skipThrough) continue;
        FacePacket packet{frame, s.detector->detect(frame.bgr), {}, Clock::now()};
        for (const auto& d : packet.detections) packet.crops.push_back(alignFace(frame.bgr, d, s.settings.alignment).crop);
        std::unique_lock<std::mutex> lock(s.mutex);
        if (s.settings.policy == FlowPolicy::Live) {
          while (s.queue.size() >= s.capacity()) {
            s.queue.pop_front();
            ++s.dropped;
          }
        } else {
          s.changed.wait(lock, [&] { return s.queue.size() < s.capacity() || cancelled_; });
        }
        s.queue.push_back(std::move(packet));
        s.changed.notify_all();
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(s.mutex);
      if (!s.error) s.error = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(s.mutex);
    s.producerDone = true;
    s.changed.notify_all();
  });

  std::thread worker([&] {
    try {
      configureThreads(s.settings.threads, s.settings.precision);  // OpenMP thread counts are per thread
      const auto started = Clock::now();
      const std::int64_t doneAtStart = s.state.framesDone;
      const std::size_t group = s.settings.policy == FlowPolicy::Live ? 1 : static_cast<std::size_t>(std::max(1, s.settings.framesPerGroup));
      auto classNames = std::make_shared<const std::vector<std::string>>(s.classifier.classNames());
      while (true) {
        std::vector<FacePacket> packets;
        {
          std::unique_lock<std::mutex> lock(s.mutex);
          s.changed.wait(lock, [&] { return s.queue.size() >= group || s.producerDone || cancelled_ || s.error; });
          if (cancelled_ || s.error) break;
          if (s.queue.empty() && s.producerDone) break;
          while (!s.queue.empty() && packets.size() < group) {
            packets.push_back(std::move(s.queue.front()));
            s.queue.pop_front();
          }
          if (s.pendingPrompts) {
            s.classifier.setPromptSet(*s.pendingPrompts);
            classNames = std::make_shared<const std::vector<std::string>>(s.classifier.classNames());
          }
          if (s.pendingHead) s.classifier.setHeadEnabled(*s.pendingHead);
          s.pendingPrompts.reset();
          s.pendingHead.reset();
          s.changed.notify_all();
        }
        std::vector<RgbImage> crops;
        for (auto& p : packets)
          for (auto& c : p.crops) crops.push_back(std::move(c));
        const auto classified = s.classifier.classifyFaces(crops);
        std::size_t next = 0;
        double latency = 0;
        for (auto& p : packets) {
          std::vector<std::vector<float>> features;
          for (std::size_t i = 0; i < p.detections.size(); ++i) features.push_back(classified[next + i].feature);
          const auto ids = s.tracker.update(p.detections, features);
          FrameResult result;
          result.frameIndex = p.frame.index;
          result.timestamp = p.frame.timestamp;
          result.hasTimestamp = p.frame.hasTimestamp;
          result.name = p.frame.name;
          result.classNames = classNames;
          if (s.settings.keepFrames) result.bgr = p.frame.bgr;
          for (std::size_t i = 0; i < p.detections.size(); ++i) {
            FaceResult face;
            face.trackId = ids[i];
            face.detection = p.detections[i];
            face.probabilities = s.smoother.smooth(ids[i], classified[next + i].probabilities);
            face.top = static_cast<std::size_t>(
                std::max_element(face.probabilities.begin(), face.probabilities.end()) - face.probabilities.begin());
            result.faces.push_back(std::move(face));
          }
          next += p.detections.size();
          result.latencyMs = std::chrono::duration<double, std::milli>(Clock::now() - p.arrived).count();
          latency = result.latencyMs;
          s.state.lastFrameIndex = p.frame.index;
          ++s.state.framesDone;
          if (onResult_) onResult_(result);
        }
        s.state.tracks = s.tracker.tracks();
        s.state.nextTrackId = s.tracker.nextId();
        s.state.smoothing = s.smoother.state();
        if (onGroupDone_ && s.settings.policy == FlowPolicy::Offline) onGroupDone_(s.state);
        if (onProgress_) {
          SessionProgress progress;
          progress.framesDone = s.state.framesDone;
          progress.framesTotal = s.source->frameCountHint();
          const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
          progress.fps = seconds > 0 ? static_cast<double>(s.state.framesDone - doneAtStart) / seconds : 0;
          if (progress.framesTotal > 0 && progress.fps > 0)
            progress.etaSeconds = std::max<double>(0, static_cast<double>(progress.framesTotal - progress.framesDone)) / progress.fps;
          {
            std::lock_guard<std::mutex> lock(s.mutex);
            progress.framesDropped = s.dropped;
          }
          progress.latencyMs = latency;
          onProgress_(progress);
        }
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(s.mutex);
      if (!s.error) s.error = std::current_exception();
    }
    // Unblock the face stage whatever happened.
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.producerDone) cancelled_ = cancelled_ || s.error != nullptr;
    s.changed.notify_all();
  });

  worker.join();
  if (!s.producerDone) {
    cancelled_ = true;
    s.changed.notify_all();
  }
  faceStage.join();
  if (s.error) std::rethrow_exception(s.error);
}

}  // namespace mien
