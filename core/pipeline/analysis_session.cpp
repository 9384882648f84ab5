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
// A crowd in front of a booth: the `limit` largest faces (0: all), the nearest people.
std::vector<FaceDetection> largestFaces(std::vector<FaceDetection> faces, int limit) {
  if (limit <= 0 || static_cast<int>(faces.size()) <= limit) return faces;
  std::stable_sort(faces.begin(), faces.end(), [](const FaceDetection& a, const FaceDetection& b) { return a.width * a.height > b.width * b.height; });
  faces.resize(static_cast<std::size_t>(limit));
  return faces;
}
}  // namespace
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

struct FacePacket {
  Frame frame;
  std::vector<FaceDetection> detections;
  std::vector<RgbImage> crops;
  std::vector<FaceQuality> qualities;
  Clock::time_point arrived;
};

// What the worker needs from the session object: its callbacks and its cancel flag.
struct WorkerHooks {
  const std::function<void(const FrameResult&)>& onResult;
  const std::function<void(const SessionState&)>& onGroupDone;
  const std::function<void(const SessionProgress&)>& onProgress;
  std::atomic<bool>& cancelled;
};

}  // namespace

struct AnalysisSession::Impl {
  std::unique_ptr<FrameSource> source;
  Classifier& classifier;
  SessionSettings settings;
  std::unique_ptr<YuNetFaceDetector> detector;
  FaceTracker tracker;
  ProbabilitySmoother smoother;
  FeatureWindows windows;
  SessionState state;

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<FacePacket> queue;
  bool producerDone = false, paused = false;
  std::int64_t dropped = 0;
  std::exception_ptr error;
  std::optional<PromptSet> pendingPrompts;
  std::optional<bool> pendingHead;
  SessionTimings timings;  // each field written by one thread only; read after both joined

  Impl(std::unique_ptr<FrameSource> s, Classifier& c, SessionSettings st)
      : source(std::move(s)), classifier(c), settings(std::move(st)), tracker(settings.tracker),
        smoother(settings.smoothingAlpha), windows(settings.windowFrames, settings.windowValidOnly) {}

  void runFaceStage(std::atomic<bool>& cancelled, std::int64_t skipThrough);
  void runWorker(const WorkerHooks& hooks);
  void recordError();
  std::vector<FacePacket> takeGroup(std::size_t group, std::atomic<bool>& cancelled,
                                    std::shared_ptr<const std::vector<std::string>>& classNames);
  double deliver(std::vector<FacePacket>& packets, const std::vector<Classifier::Classification>& classified,
                 const std::shared_ptr<const std::vector<std::string>>& classNames,
                 const std::function<void(const FrameResult&)>& onResult);
  SessionProgress progress(Clock::time_point started, std::int64_t doneAtStart, double latency);

  std::size_t capacity() const {
    return settings.policy == FlowPolicy::Live ? 1 : static_cast<std::size_t>(2 * std::max(1, settings.framesPerGroup));
  }
};

AnalysisSession::AnalysisSession(std::unique_ptr<FrameSource> source, Classifier& classifier, SessionSettings settings)
    : impl_(std::make_unique<Impl>(std::move(source), classifier, std::move(settings))) {
  impl_->detector = std::make_unique<YuNetFaceDetector>(classifier.spec().detector);
}

AnalysisSession::~AnalysisSession() = default;

void AnalysisSession::restore(const SessionState& state) {
  impl_->state = state;
  impl_->tracker.restore(state.tracks, state.nextTrackId);
  impl_->smoother.restore(state.smoothing);
  impl_->windows.restore(state.windows);
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

void AnalysisSession::Impl::recordError() {
  std::lock_guard<std::mutex> lock(mutex);
  if (!error) error = std::current_exception();
}

// Decodes, detects and aligns; hands each frame's crops to the worker (live: newest wins; offline: waits).
void AnalysisSession::Impl::runFaceStage(std::atomic<bool>& cancelled, std::int64_t skipThrough) {
  try {
    Frame frame;
    while (!cancelled) {
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return !paused || cancelled; });
      }
      auto t = Clock::now();
      if (cancelled || !source->next(frame)) break;
      timings.decodeMs += msSince(t);
      if (frame.index <= skipThrough) continue;
      t = Clock::now();
      FacePacket packet{frame, largestFaces(detector->detect(frame.bgr), settings.maxFaces), {}, {}, Clock::now()};
      timings.detectMs += msSince(t);
      t = Clock::now();
      for (const auto& d : packet.detections) {
        packet.crops.push_back(alignFace(frame.bgr, d, settings.alignment).crop);
        FaceQuality quality = measureFaceQuality(d, packet.crops.back(), frame.bgr.size());
        quality.valid = settings.quality.passes(quality, d.score);
        packet.qualities.push_back(quality);
      }
      timings.alignMs += msSince(t);
      std::unique_lock<std::mutex> lock(mutex);
      if (settings.policy == FlowPolicy::Live) {
        while (queue.size() >= capacity()) {
          queue.pop_front();
          ++dropped;
        }
      } else {
        changed.wait(lock, [&] { return queue.size() < capacity() || cancelled; });
      }
      queue.push_back(std::move(packet));
      changed.notify_all();
    }
  } catch (...) {
    recordError();
  }
  std::lock_guard<std::mutex> lock(mutex);
  producerDone = true;
  changed.notify_all();
}

// The next group of packets (empty when the run is over), with prompt and head edits applied between batches.
std::vector<FacePacket> AnalysisSession::Impl::takeGroup(std::size_t group, std::atomic<bool>& cancelled,
                                                         std::shared_ptr<const std::vector<std::string>>& classNames) {
  std::vector<FacePacket> packets;
  std::unique_lock<std::mutex> lock(mutex);
  changed.wait(lock, [&] { return queue.size() >= group || producerDone || cancelled || error; });
  if (cancelled || error) return packets;
  while (!queue.empty() && packets.size() < group) {
    packets.push_back(std::move(queue.front()));
    queue.pop_front();
  }
  if (pendingPrompts) {
    classifier.setPromptSet(*pendingPrompts);
    classNames = std::make_shared<const std::vector<std::string>>(classifier.classNames());
  }
  if (pendingHead) classifier.setHeadEnabled(*pendingHead);
  pendingPrompts.reset();
  pendingHead.reset();
  changed.notify_all();
  return packets;
}

// Tracks, smooths and delivers the results of one classified group; returns the last frame's latency.
double AnalysisSession::Impl::deliver(std::vector<FacePacket>& packets, const std::vector<Classifier::Classification>& classified,
                                      const std::shared_ptr<const std::vector<std::string>>& classNames,
                                      const std::function<void(const FrameResult&)>& onResult) {
  std::size_t next = 0;
  double latency = 0;
  const auto dimensionNames = std::make_shared<const std::vector<std::string>>(classifier.dimensionNames());
  for (auto& p : packets) {
    std::vector<std::vector<float>> features;
    for (std::size_t i = 0; i < p.detections.size(); ++i) features.push_back(classified[next + i].feature);
    const double time = p.frame.hasTimestamp ? p.frame.timestamp : static_cast<double>(p.frame.index) / kFramesPerSecondWithoutTimes;
    const auto ids = tracker.update(p.detections, features, time, p.frame.bgr.size());
    std::vector<Classifier::Classification> windowed;  // the faces' labels from their tracks' windows
    std::vector<int> windowFrames(ids.size(), 1);
    if (windows.enabled() && !ids.empty()) {
      std::vector<std::vector<float>> means;
      for (std::size_t i = 0; i < ids.size(); ++i) means.push_back(windows.add(ids[i], features[i], p.qualities[i].valid, windowFrames[i]));
      windowed = classifier.classifyFeatureMeans(means);
      std::vector<std::int64_t> live;
      for (const auto& t : tracker.tracks()) live.push_back(t.id);
      windows.keepOnly(live);
    }
    FrameResult result;
    result.frameIndex = p.frame.index;
    result.timestamp = p.frame.timestamp;
    result.hasTimestamp = p.frame.hasTimestamp;
    result.name = p.frame.name;
    result.classNames = classNames;
    result.dimensionNames = dimensionNames;
    if (settings.keepFrames) result.bgr = p.frame.bgr;
    for (std::size_t i = 0; i < p.detections.size(); ++i) {
      FaceResult face;
      face.trackId = ids[i];
      face.detection = p.detections[i];
      face.quality = p.qualities[i];
      const auto& labels = windowed.empty() ? classified[next + i] : windowed[i];
      face.probabilities = smoother.smooth(ids[i], labels.probabilities);
      face.dimensions = labels.dimensions;
      face.windowFrames = windowFrames[i];
      face.top = static_cast<std::size_t>(
          std::max_element(face.probabilities.begin(), face.probabilities.end()) - face.probabilities.begin());
      result.faces.push_back(std::move(face));
    }
    next += p.detections.size();
    result.latencyMs = std::chrono::duration<double, std::milli>(Clock::now() - p.arrived).count();
    latency = result.latencyMs;
    state.lastFrameIndex = p.frame.index;
    ++state.framesDone;
    if (onResult) onResult(result);
  }
  state.tracks = tracker.tracks();
  state.nextTrackId = tracker.nextId();
  state.smoothing = smoother.state();
  state.windows = windows.state();
  return latency;
}

SessionProgress AnalysisSession::Impl::progress(Clock::time_point started, std::int64_t doneAtStart, double latency) {
  SessionProgress p;
  p.framesDone = state.framesDone;
  p.framesTotal = source->frameCountHint();
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  p.fps = seconds > 0 ? static_cast<double>(state.framesDone - doneAtStart) / seconds : 0;
  if (p.framesTotal > 0 && p.fps > 0)
    p.etaSeconds = std::max<double>(0, static_cast<double>(p.framesTotal - p.framesDone)) / p.fps;
  {
    std::lock_guard<std::mutex> lock(mutex);
    p.framesDropped = dropped;
  }
  p.latencyMs = latency;
  return p;
}

// Owns the model for the run: classifies each group as one batch and delivers its results.
void AnalysisSession::Impl::runWorker(const WorkerHooks& hooks) {
  try {
    useThreadLayoutOf(classifier);  // OpenMP thread counts are per thread
    timings.modelThreads = configuredThreads();
    if (settings.policy == FlowPolicy::Offline) {
      // The face stage keeps one thread busy: the model gets the rest (measured in bench --what pipeline).
      timings.modelThreads = settings.modelThreads > 0 ? settings.modelThreads : std::max(1, configuredThreads() - 1);
      configureThreads(timings.modelThreads, classifier.spec().precision.value_or(Precision::Fp32));
    }
    const auto started = Clock::now();
    const std::int64_t doneAtStart = state.framesDone;
    const std::size_t group = settings.policy == FlowPolicy::Live ? 1 : static_cast<std::size_t>(std::max(1, settings.framesPerGroup));
    auto classNames = std::make_shared<const std::vector<std::string>>(classifier.classNames());
    while (true) {
      std::vector<FacePacket> packets = takeGroup(group, hooks.cancelled, classNames);
      if (packets.empty()) break;
      std::vector<RgbImage> crops;
      for (auto& p : packets)
        for (auto& c : p.crops) crops.push_back(std::move(c));
      auto t = Clock::now();
      const auto classified = classifier.classifyFaces(crops);
      timings.encodeMs += msSince(t);
      t = Clock::now();
      const double latency = deliver(packets, classified, classNames, hooks.onResult);
      timings.deliverMs += msSince(t);
      if (hooks.onGroupDone && settings.policy == FlowPolicy::Offline) hooks.onGroupDone(state);
      if (hooks.onProgress) hooks.onProgress(progress(started, doneAtStart, latency));
    }
  } catch (...) {
    recordError();
  }
  // Unblock the face stage whatever happened.
  std::lock_guard<std::mutex> lock(mutex);
  if (!producerDone && error) hooks.cancelled = true;
  changed.notify_all();
}

void AnalysisSession::run() {
  Impl& s = *impl_;
  cv::setNumThreads(1);  // the face stage has one core; the model has the rest (offline; see runWorker)
  const std::int64_t skipThrough = s.state.lastFrameIndex;
  const auto started = Clock::now();
  std::thread faceStage([&] { s.runFaceStage(cancelled_, skipThrough); });
  std::thread worker([&] { s.runWorker({onResult_, onGroupDone_, onProgress_, cancelled_}); });
  worker.join();
  {
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.producerDone) cancelled_ = true;  // the worker stopped first: stop reading frames
    s.changed.notify_all();
  }
  faceStage.join();
  s.timings.wallMs = msSince(started);
  if (s.error) std::rethrow_exception(s.error);
}

SessionTimings AnalysisSession::timings() const { return impl_->timings; }

std::string SessionTimings::boundBy() const {
  const double face = decodeMs + detectMs + alignMs, model = encodeMs + deliverMs;
  if (face >= model) {
    const char* part = decodeMs >= detectMs && decodeMs >= alignMs ? "decode" : detectMs >= alignMs ? "detect" : "align";
    return std::string("face stage (") + part + ")";
  }
  return encodeMs >= deliverMs ? "model (encode)" : "model (tracking and delivery)";
}

}  // namespace mien
