// The thread is joined before the next start and on destruction, never on the UI thread while a job runs.
#include "job_runner.h"
#include "error_text.h"
#include "ui_thread.h"

namespace mien::ui {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
  cancel_ = true;
  if (thread_) thread_->join();
}

bool JobRunner::start(Job job) {
  if (running_) return false;
  if (thread_) thread_->join();
  running_ = true;
  cancel_ = false;
  thread_ = std::make_unique<std::thread>([this, job = std::move(job)] {
    const JobContext context{
        [this](qint64 done, qint64 total, const QString& text) {
          onUiThread(this, [this, done, total, text] { emit progressed(done, total, text); });
        },
        cancel_,
        [this](std::function<void()> result) { onUiThread(this, std::move(result)); }};
    bool ok = true;
    QString message;
    try {
      message = job(context);
    } catch (const std::exception& e) {
      ok = false;
      message = errorText(e);
    }
    const bool cancelled = cancel_;
    onUiThread(this, [this, ok, cancelled, message] {
      running_ = false;
      emit finished(ok && !cancelled, cancelled, message);
    });
  });
  return true;
}

}  // namespace mien::ui
