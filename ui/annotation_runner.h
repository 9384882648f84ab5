// Runs the CLI's annotation job (CSV timeline + sidecar, optionally an annotated video) for a list of files on
// a background thread with its own classifier, reporting progress as signals. "Export" and "Annotate files…".
#pragma once
#include <QObject>
#include <QStringList>

#include "engine_choice.h"
#include "job_runner.h"
#include "pipeline/annotation_options.h"

namespace mien::ui {

// The options a GUI run implies: the same values `mien-cli annotate` takes, so both give identical rows.
AnnotationOptions annotationOptionsFor(const EngineChoice& engine, const PromptSet& prompts,
                                       const SessionSettings& live, bool annotatedVideo);

class AnnotationRunner : public QObject {
  Q_OBJECT

 public:
  explicit AnnotationRunner(QObject* parent = nullptr);

  bool start(const AnnotationOptions& options, const QStringList& inputs,
             const QString& outputDir);  // false while a run is going
  void cancel() { job_.cancel(); }
  bool isRunning() const { return job_.isRunning(); }

 signals:
  void progressed(int fileIndex, int fileCount, qint64 framesDone, qint64 framesTotal);
  void fileDone(const QString& input, const QString& csvPath);
  void fileFailed(const QString& input, const QString& message);
  void finished(int succeeded, int failed, bool cancelled);

 private:
  JobRunner job_;
  int succeeded_ = 0, failed_ = 0;  // of the last run, delivered before the job finishes
};

}  // namespace mien::ui
