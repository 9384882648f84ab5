// Failures are per file: one unreadable video does not stop the batch, and its CSV is never half-written.
#include "annotation_runner.h"
#include "error_text.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

#include "model/classifier.h"
#include "pipeline/annotation_job.h"

namespace mien::ui {

AnnotationOptions annotationOptionsFor(const EngineChoice& engine, const PromptSet& prompts,
                                       const SessionSettings& live, bool annotatedVideo) {
  const auto absolute = [](const std::string& path) {
    return path.empty() ? path : QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
  };
  AnnotationOptions o;
  o.engine = engine;
  o.engine.model = absolute(engine.model);
  o.engine.head = absolute(engine.head);
  o.engine.detector.path = absolute(engine.detector.path);
  o.prompts = prompts;
  o.session = live;
  o.session.policy = FlowPolicy::Offline;
  o.session.keepFrames = false;
  o.annotatedVideo = annotatedVideo;
  return o;
}

AnnotationRunner::AnnotationRunner(QObject* parent) : QObject(parent) {}

AnnotationRunner::~AnnotationRunner() {
  cancel_ = true;
  if (thread_) thread_->join();
}

void AnnotationRunner::cancel() { cancel_ = true; }

bool AnnotationRunner::start(const AnnotationOptions& options, const QStringList& inputs, const QString& outputDir) {
  if (running_) return false;
  if (thread_) thread_->join();
  running_ = true;
  cancel_ = false;
  thread_ = std::make_unique<std::thread>([this, options, inputs, outputDir] {
    int ok = 0, failed = 0;
    const auto report = [this](auto&& f) { QMetaObject::invokeMethod(this, f, Qt::QueuedConnection); };
    std::unique_ptr<Classifier> classifier;
    try {
      QDir().mkpath(outputDir);
      classifier = createClassifier(options.engine, options.prompts);
    } catch (const std::exception& e) {
      const QString message = errorText(e);
      for (const QString& input : inputs) report([this, input, message] { emit fileFailed(input, message); });
      failed = inputs.size();
    }
    for (int i = 0; classifier && i < inputs.size() && !cancel_; ++i) {
      const QString input = inputs[i];
      AnnotationCallbacks callbacks;
      callbacks.cancel = &cancel_;
      callbacks.progress = [&, i](const SessionProgress& p) {
        const int count = inputs.size();
        report([this, i, count, p] { emit progressed(i, count, p.framesDone, p.framesTotal); });
      };
      try {
        const auto outcome = annotateInput(input.toStdString(), options, *classifier, outputDir.toStdString(), false, callbacks);
        const QString csv = QString::fromStdString(outcome.paths.csv);
        report([this, input, csv] { emit fileDone(input, csv); });
        ++ok;
      } catch (const std::exception& e) {
        const QString message = errorText(e);
        report([this, input, message] { emit fileFailed(input, message); });
        ++failed;
      }
    }
    const bool cancelled = cancel_;
    report([this, ok, failed, cancelled] {
      running_ = false;
      emit finished(ok, failed, cancelled);
    });
  });
  return true;
}

}  // namespace mien::ui
