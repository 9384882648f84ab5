// The one way ui/ runs a one-shot job: its own thread with a cancel flag; progress, results and the end come
// back on the UI thread. The wizard's steps, the model manager and the annotation runner each hold one.
#pragma once
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace mien::ui {

// What a job sees of its runner. All three may be called from the job's thread.
struct JobContext {
  std::function<void(qint64 done, qint64 total, const QString& text)> report;
  const std::atomic<bool>& cancel;
  std::function<void(std::function<void()>)> deliver;  // runs on the UI thread, before finished()
};

class JobRunner : public QObject {
  Q_OBJECT

 public:
  // The job's return value is its message; an exception becomes the message of a failed finish.
  using Job = std::function<QString(const JobContext& job)>;

  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and waits

  bool start(Job job);  // false while one runs
  void cancel() { cancel_ = true; }
  bool isRunning() const { return running_; }

 signals:
  void progressed(qint64 done, qint64 total, const QString& text);
  void finished(bool ok, bool cancelled, const QString& message);

 private:
  std::unique_ptr<std::thread> thread_;
  std::atomic<bool> cancel_{false};
  bool running_ = false;
};

}  // namespace mien::ui
