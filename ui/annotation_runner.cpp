// Failures are per file: one unreadable video does not stop the batch, and its CSV is never half-written.
#include "annotation_runner.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

#include "model/classifier.h"
#include "pipeline/annotation_job.h"

namespace mien::ui {

AnnotationOptions annotationOptionsFor(const EngineChoice& engine, const PromptSet& prompts,
                                       const SessionSettings& live, bool annotatedVideo) {
  AnnotationOptions o;
  o.model = engine.encoderPath.isEmpty() ? std::string() : QFileInfo(engine.encoderPath).absoluteFilePath().toStdString();
  o.head = engine.headPath.isEmpty() ? std::string() : QFileInfo(engine.headPath).absoluteFilePath().toStdString();
  o.device = engine.device.toStdString();
  o.precision = engine.precision.toStdString();
  o.prompts = prompts;
  o.session.detectorPath = QFileInfo(QString::fromStdString(live.detectorPath)).absoluteFilePath().toStdString();
  o.session.detectorInputSize = live.detectorInputSize;
  o.session.detector = live.detector;
  o.session.alignment = live.alignment;
  o.session.tracker = live.tracker;
  o.session.smoothingAlpha = live.smoothingAlpha;
  o.session.threads = live.threads;
  o.annotatedVideo = annotatedVideo;
  return o;
}

AnnotationRunner::AnnotationRunner(QObject* parent) : QObject(parent) {}

AnnotationRunner::~AnnotationRunner() {
  cancel_ = true;
  if (thread_) thread_->join();
}

void AnnotationRunner::cancel() { cancel_ = true; }

bool AnnotationRunner::start(const EngineChoice& engine, const AnnotationOptions& options, const QStringList& inputs,
                             const QString& outputDir) {
  if (running_) return false;
  if (thread_) thread_->join();
  running_ = true;
  cancel_ = false;
  ClassifierOptions co;
  co.modelPath = options.model;
  co.randomArchitecture = engine.randomArchitecture.toStdString();
  co.headPath = options.head;
  co.preprocessing = options.preprocess;
  co.device = devicePreferenceFromName(options.device);
  co.precision = precisionFromName(options.precision);
  co.prompts = options.prompts;
  thread_ = std::make_unique<std::thread>([this, co, options, inputs, outputDir] {
    int ok = 0, failed = 0;
    const auto report = [this](auto&& f) { QMetaObject::invokeMethod(this, f, Qt::QueuedConnection); };
    std::unique_ptr<Classifier> classifier;
    try {
      QDir().mkpath(outputDir);
      classifier = createClassifier(co);
    } catch (const std::exception& e) {
      const QString message = QString::fromStdString(e.what());
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
        const QString message = QString::fromStdString(e.what());
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
