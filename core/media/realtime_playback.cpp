// Real-time playback: each frame is released when the wall clock reaches its timestamp.
#include "media/realtime_playback.h"

#include <chrono>
#include <thread>

namespace mien {
namespace {

class RealTimePlayback : public FrameSource {
 public:
  RealTimePlayback(std::unique_ptr<FrameSource> inner, double speed) : inner_(std::move(inner)), speed_(speed > 0 ? speed : 1.0) {}

  bool next(Frame& frame) override {
    if (!inner_->next(frame)) return false;
    const auto now = std::chrono::steady_clock::now();
    if (!started_) {
      started_ = true;
      start_ = now;
      firstTimestamp_ = frame.timestamp;
    }
    const auto sinceFirst = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>((frame.timestamp - firstTimestamp_) / speed_));
    // After a pause or a long stall the clock restarts here, rather than racing through the frames it missed.
    if (now - (start_ + sinceFirst) > std::chrono::milliseconds(250)) start_ = now - sinceFirst;
    const auto due = start_ + sinceFirst;
    if (due > now) std::this_thread::sleep_until(due);
    return true;
  }
  std::int64_t frameCountHint() const override { return inner_->frameCountHint(); }
  double durationHint() const override { return inner_->durationHint(); }
  bool isLive() const override { return true; }
  std::string description() const override { return inner_->description() + " (real time)"; }
  std::int64_t damagedPackets() const override { return inner_->damagedPackets(); }
  std::string stoppedEarly() const override { return inner_->stoppedEarly(); }

 private:
  std::unique_ptr<FrameSource> inner_;
  bool started_ = false;
  std::chrono::steady_clock::time_point start_;
  double firstTimestamp_ = 0;
  double speed_;
};

}  // namespace

std::unique_ptr<FrameSource> playInRealTime(std::unique_ptr<FrameSource> source, double speed) {
  return std::make_unique<RealTimePlayback>(std::move(source), speed);
}

}  // namespace mien
