// The thread is joined before the next start and on destruction, never on the UI thread while work runs.
#include "background_task.h"
#include "error_text.h"

#include <QMetaObject>

namespace mien::ui {

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask() {
  cancel_ = true;
  if (thread_) thread_->join();
}

bool BackgroundTask::start(Work work) {
  if (running_) return false;
  if (thread_) thread_->join();
  running_ = true;
  cancel_ = false;
  thread_ = std::make_unique<std::thread>([this, work = std::move(work)] {
    const Report report = [this](qint64 done, qint64 total, const QString& text) {
      QMetaObject::invokeMethod(this, [this, done, total, text] { emit progressed(done, total, text); }, Qt::QueuedConnection);
    };
    bool ok = true;
    QString message;
    try {
      message = work(report, cancel_);
    } catch (const std::exception& e) {
      ok = false;
      message = errorText(e);
    }
    const bool cancelled = cancel_;
    QMetaObject::invokeMethod(this, [this, ok, cancelled, message] {
      running_ = false;
      emit finished(ok && !cancelled, cancelled, message);
    }, Qt::QueuedConnection);
  });
  return true;
}

}  // namespace mien::ui
