// Runs the CLI's annotation job (CSV timeline + sidecar, optionally an annotated video) for a list of files on
// a background thread with its own classifier, reporting progress as signals. "Export" and "Annotate files…".
#pragma once
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

#include "engine_choice.h"
#include "pipeline/annotation_options.h"

namespace mien::ui {

// The options a GUI run implies: the same values `mien-cli annotate` takes, so both give identical rows.
AnnotationOptions annotationOptionsFor(const EngineChoice& engine, const PromptSet& prompts,
                                       const SessionSettings& live, bool annotatedVideo);

class AnnotationRunner : public QObject {
  Q_OBJECT

 public:
  explicit AnnotationRunner(QObject* parent = nullptr);
  ~AnnotationRunner() override;

  bool start(const AnnotationOptions& options, const QStringList& inputs,
             const QString& outputDir);  // false while a run is going
  void cancel();
  bool isRunning() const { return running_; }

 signals:
  void progressed(int fileIndex, int fileCount, qint64 framesDone, qint64 framesTotal);
  void fileDone(const QString& input, const QString& csvPath);
  void fileFailed(const QString& input, const QString& message);
  void finished(int succeeded, int failed, bool cancelled);

 private:
  std::unique_ptr<std::thread> thread_;
  std::atomic<bool> cancel_{false};
  bool running_ = false;
};

}  // namespace mien::ui
