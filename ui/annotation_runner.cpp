// Failures are per file: one unreadable video does not stop the batch, and its CSV is never half-written.
#include "annotation_runner.h"
#include "error_text.h"

#include <QDir>
#include <QFileInfo>

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
  o.session.maxFaces = 0;  // a booth's crowd cap is for the live view, never for a lab's files
  o.annotatedVideo = annotatedVideo;
  return o;
}

AnnotationRunner::AnnotationRunner(QObject* parent) : QObject(parent) {
  connect(&job_, &JobRunner::finished, this, [this](bool, bool cancelled, const QString&) {
    emit finished(succeeded_, failed_, cancelled);
  });
}

bool AnnotationRunner::start(const AnnotationOptions& options, const QStringList& inputs, const QString& outputDir) {
  return job_.start([this, options, inputs, outputDir](const JobContext& job) {
    int ok = 0, failed = 0;
    std::unique_ptr<Classifier> classifier;
    try {
      std::vector<std::string> paths;
      for (const QString& input : inputs) paths.push_back(input.toStdString());
      requireDistinctOutputs(paths, outputDir.toStdString());
      QDir().mkpath(outputDir);
      classifier = createClassifier(options.engine, options.prompts);
    } catch (const std::exception& e) {
      const QString message = errorText(e);
      for (const QString& input : inputs) job.deliver([this, input, message] { emit fileFailed(input, message); });
      failed = inputs.size();
    }
    for (int i = 0; classifier && i < inputs.size() && !job.cancel; ++i) {
      const QString input = inputs[i];
      AnnotationCallbacks callbacks;
      callbacks.cancel = &job.cancel;
      callbacks.progress = [&, i](const SessionProgress& p) {
        const int count = inputs.size();
        job.deliver([this, i, count, p] { emit progressed(i, count, p.framesDone, p.framesTotal); });
      };
      try {
        const auto outcome = annotateInput(input.toStdString(), options, *classifier, outputDir.toStdString(), false, callbacks);
        const QString csv = QString::fromStdString(outcome.paths.csv);
        job.deliver([this, input, csv] { emit fileDone(input, csv); });
        ++ok;
      } catch (const std::exception& e) {
        const QString message = errorText(e);
        job.deliver([this, input, message] { emit fileFailed(input, message); });
        ++failed;
      }
    }
    job.deliver([this, ok, failed] { succeeded_ = ok, failed_ = failed; });
    return QString();
  });
}

}  // namespace mien::ui
