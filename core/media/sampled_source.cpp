// Frame sampling: every N-th frame, a target rate, and a time window.
#include "media/frame_source.h"

namespace mien {
namespace {

class SampledSource : public FrameSource {
 public:
  SampledSource(std::unique_ptr<FrameSource> inner, SamplingSettings s) : inner_(std::move(inner)), s_(s) {}

  bool next(Frame& frame) override {
    while (inner_->next(frame)) {
      if (frame.hasTimestamp && s_.endSeconds >= 0 && frame.timestamp > s_.endSeconds) return false;
      if (frame.hasTimestamp && frame.timestamp + 1e-9 < s_.startSeconds) continue;
      if (s_.everyNth > 1 && frame.index % s_.everyNth != 0) continue;
      if (s_.targetFps > 0 && frame.hasTimestamp) {
        if (haveNext_ && frame.timestamp + 1e-9 < nextTime_) continue;
        nextTime_ = (haveNext_ ? nextTime_ : frame.timestamp) + 1.0 / s_.targetFps;
        if (nextTime_ <= frame.timestamp) nextTime_ = frame.timestamp + 1.0 / s_.targetFps;
        haveNext_ = true;
      }
      return true;
    }
    return false;
  }
  std::int64_t frameCountHint() const override {
    const auto n = inner_->frameCountHint();
    if (n < 0) return n;
    return s_.everyNth > 1 ? (n + s_.everyNth - 1) / s_.everyNth : n;
  }
  double durationHint() const override { return inner_->durationHint(); }
  bool isLive() const override { return inner_->isLive(); }
  std::string description() const override { return inner_->description(); }
  std::int64_t damagedPackets() const override { return inner_->damagedPackets(); }
  std::string stoppedEarly() const override { return inner_->stoppedEarly(); }

 private:
  std::unique_ptr<FrameSource> inner_;
  SamplingSettings s_;
  double nextTime_ = 0;
  bool haveNext_ = false;
};

}  // namespace

std::unique_ptr<FrameSource> sampled(std::unique_ptr<FrameSource> source, const SamplingSettings& settings) {
  if (settings.everyNth <= 1 && settings.targetFps <= 0 && settings.startSeconds <= 0 && settings.endSeconds < 0)
    return source;
  return std::make_unique<SampledSource>(std::move(source), settings);
}

}  // namespace mien
