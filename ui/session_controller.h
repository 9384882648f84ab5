// Adapter between the engine and Qt: model loads and analysis sessions run one after another on a chain of
// background jobs, and their callbacks come back as queued signals. The UI thread never waits on the model.
#pragma once
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "engine_choice.h"
#include "model/prompt_set.h"
#include "pipeline/analysis_session.h"
#include "source_request.h"

namespace mien::ui {

using FrameResultPtr = std::shared_ptr<const FrameResult>;

struct EngineInfo {
  QStringList classNames;
  bool promptsEditable = true;  // false for heads with fixed classes (GFER)
  bool hasHead = false;
  QString device, model;
};

struct SourceInfo {
  double durationSeconds = -1;
  qint64 frameCount = -1;
  double framesPerSecond = 0;  // files: frames / duration (0 when unknown)
  QStringList imageNames;      // image folders: every image, in the order shown
  bool live = false;
  QString description;
};

class SessionController : public QObject {
  Q_OBJECT

 public:
  explicit SessionController(QObject* parent = nullptr);
  ~SessionController() override;

  void loadEngine(const EngineChoice& choice, const PromptSet& prompts);
  void open(const SourceRequest& request);  // stops what runs and starts this source
  void stop();
  void setPaused(bool paused);  // a file that played to its end starts again from the beginning on play
  void step();                  // files: the next frame, paused
  void stepFrames(int delta);   // files: that many frames on (or back) from the one shown, paused
  void seek(double seconds);    // files: reopen at this time, keeping the paused state
  void setSpeed(double speed);  // files: from the frame shown on
  void showImage(int index);    // image folders: that image
  void setPromptSet(const PromptSet& prompts);  // takes effect on the next frame
  void setHeadEnabled(bool enabled);
  void setSessionSettings(const SessionSettings& settings);  // detector, smoothing: from the next open

  bool hasEngine() const { return engineReady_; }
  bool isPaused() const { return paused_; }
  bool hasEnded() const { return ended_; }
  double shownSeconds() const { return shownSeconds_; }  // the timestamp of the last frame shown
  const SourceRequest& source() const { return source_; }
  const PromptSet& promptSet() const { return prompts_; }
  SessionSettings sessionSettings() const;

 signals:
  void engineLoading(const QString& what);
  void engineLoaded(const mien::ui::EngineInfo& info);
  void engineFailed(const QString& message);
  void sourceOpened(const mien::ui::SourceInfo& info);
  void sourceFailed(const QString& message);
  void sourceEnded();
  void frameAnalysed(const mien::ui::FrameResultPtr& result);
  void progressed(const mien::SessionProgress& progress);
  void pausedChanged(bool paused);

 private:
  struct Shared;
  void enqueue(std::function<void(Shared&)> job);
  void cancelCurrent();
  // `still`: show the first frame and pause there, every frame analysed (a seek while paused, a frame step,
  // an image of a folder); otherwise play with the live policy.
  void startRun(const SourceRequest& request, bool still);

  std::shared_ptr<Shared> shared_;   // what the jobs use; outlives this object while a job still runs
  std::shared_ptr<std::thread> chain_;
  SourceRequest source_;
  PromptSet prompts_;
  bool headEnabled_ = true, paused_ = false, engineReady_ = false, ended_ = false;
  bool stillRun_ = false;  // the running session shows one frame: playing on reopens the file live
  double shownSeconds_ = 0, framesPerSecond_ = 0;
};

}  // namespace mien::ui

Q_DECLARE_METATYPE(mien::ui::FrameResultPtr)
Q_DECLARE_METATYPE(mien::ui::EngineInfo)
Q_DECLARE_METATYPE(mien::ui::SourceInfo)
Q_DECLARE_METATYPE(mien::SessionProgress)
