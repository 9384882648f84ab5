// The analysis session: source -> face stage (decode, detect, align; own thread) -> inference worker
// (batches faces across frames, owns the model; own thread) -> result callbacks.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "media/frame_source.h"
#include "model/classifier.h"
#include "pipeline/feature_windows.h"
#include "vision/frame_result.h"
#include "vision/face_alignment.h"
#include "vision/face_quality.h"
#include "vision/face_tracker.h"
#include "vision/yunet_face_detector.h"

namespace mien {

// Live: a bounded queue where the newest frame wins (never queue up latency). Offline: every sampled frame,
// the face stage waits for the worker (backpressure).
enum class FlowPolicy { Live, Offline };

struct SessionSettings {
  FlowPolicy policy = FlowPolicy::Offline;
  int framesPerGroup = 8;  // offline: faces of this many frames are classified as one batch
  AlignmentSettings alignment;
  FaceTrackerSettings tracker;
  QualityThresholds quality;  // decides each face's `valid`
  float smoothingAlpha = 1.0f;  // 1 = off
  int windowFrames = 1;         // > 1: each face labelled from its track's last N frames' mean feature
  bool windowValidOnly = false;  // frames whose face is not `valid` stay out of the window
  int maxFaces = 0;             // > 0: only the largest N faces of a frame are analysed (booths facing crowds)
  bool keepFrames = false;  // attach each frame to its result (overlays, annotated video)
  // Offline: the model's threads during the run; 0 = the classifier's threads less the one the face stage
  // runs on, so the stages together never ask for more threads than that.
  int modelThreads = 0;
};

// Where a run's time went, per thread (milliseconds of work; the rest of the wall time each thread waited).
struct SessionTimings {
  double wallMs = 0;
  double decodeMs = 0, detectMs = 0, alignMs = 0;  // the face stage's thread
  double encodeMs = 0, deliverMs = 0;              // the worker's thread
  int modelThreads = 0;
  std::string boundBy() const;  // the stage whose thread was busiest: "face stage (detect)", "model (encode)"
};

struct SessionProgress {
  std::int64_t framesDone = 0;
  std::int64_t framesTotal = -1;  // -1 when unknown
  double fps = 0;
  double etaSeconds = -1;
  std::int64_t framesDropped = 0;  // live policy only
  double latencyMs = 0;
};

// Everything needed to continue a run exactly where it stopped.
struct SessionState {
  std::int64_t lastFrameIndex = -1;
  std::int64_t framesDone = 0;
  std::int64_t nextTrackId = 1;
  std::vector<TrackedFace> tracks;
  std::map<std::int64_t, std::vector<float>> smoothing;
  FeatureWindowState windows;
};

// The detector, the model's threads and its precision come from the classifier's engine description.
class AnalysisSession {
 public:
  AnalysisSession(std::unique_ptr<FrameSource> source, Classifier& classifier, SessionSettings settings);
  ~AnalysisSession();

  void onResult(std::function<void(const FrameResult&)> callback) { onResult_ = std::move(callback); }
  // Offline: after every group of frames, with the state to checkpoint (results of the group already delivered).
  void onGroupDone(std::function<void(const SessionState&)> callback) { onGroupDone_ = std::move(callback); }
  void onProgress(std::function<void(const SessionProgress&)> callback) { onProgress_ = std::move(callback); }

  void restore(const SessionState& state);  // before run(): frames up to state.lastFrameIndex are skipped
  void setPromptSet(const PromptSet& prompts);  // any thread; takes effect from the next batch
  void setHeadEnabled(bool enabled);            // any thread; takes effect from the next batch

  // Blocks until the source ends or cancel(); rethrows the first error of either thread (MediaError, ...).
  void run();
  void cancel();
  void setPaused(bool paused);
  bool wasCancelled() const { return cancelled_; }
  SessionTimings timings() const;  // after run()

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::function<void(const FrameResult&)> onResult_;
  std::function<void(const SessionState&)> onGroupDone_;
  std::function<void(const SessionProgress&)> onProgress_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace mien
