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
  void setPaused(bool paused);
  void step();                 // one more analysed frame, then paused
  void seek(double seconds);   // files: reopen at this time, keeping the paused state
  void setPromptSet(const PromptSet& prompts);  // takes effect on the next frame
  void setHeadEnabled(bool enabled);
  void setSessionSettings(const SessionSettings& settings);  // detector, smoothing: from the next open

  bool hasEngine() const { return engineReady_; }
  bool isPaused() const { return paused_; }
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
  void startRun(const SourceRequest& request, bool pauseAfterFirst);

  std::shared_ptr<Shared> shared_;   // what the jobs use; outlives this object while a job still runs
  std::shared_ptr<std::thread> chain_;
  SourceRequest source_;
  PromptSet prompts_;
  bool headEnabled_ = true, paused_ = false, engineReady_ = false;
};

}  // namespace mien::ui

Q_DECLARE_METATYPE(mien::ui::FrameResultPtr)
Q_DECLARE_METATYPE(mien::ui::EngineInfo)
Q_DECLARE_METATYPE(mien::ui::SourceInfo)
Q_DECLARE_METATYPE(mien::SessionProgress)
