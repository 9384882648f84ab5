// Runs one long engine call on its own thread with a cancel flag; progress and the end come back as queued
// signals on the UI thread. The wizard's scan, cache, training and evaluation steps each use one.
#pragma once
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace mien::ui {

class BackgroundTask : public QObject {
  Q_OBJECT

 public:
  // The work reports through `report(done, total, text)`; it may throw: the message arrives in finished().
  using Report = std::function<void(qint64 done, qint64 total, const QString& text)>;
  using Work = std::function<QString(const Report& report, const std::atomic<bool>& cancel)>;

  explicit BackgroundTask(QObject* parent = nullptr);
  ~BackgroundTask() override;  // cancels and waits

  bool start(Work work);  // false while running
  void cancel() { cancel_ = true; }
  bool isRunning() const { return running_; }

 signals:
  void progressed(qint64 done, qint64 total, const QString& text);
  void finished(bool ok, bool cancelled, const QString& message);  // message: the work's result or the error

 private:
  std::unique_ptr<std::thread> thread_;
  std::atomic<bool> cancel_{false};
  bool running_ = false;
};

}  // namespace mien::ui
