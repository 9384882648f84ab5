// FFmpeg demux + decode + swscale to BGR. Timestamps are best_effort_timestamp × time_base, the values
// ffprobe reports, so a CSV lines up with any other tool that reads the same file.
#include "media/video_file_source.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <opencv2/core.hpp>

#include "common/errors.h"
#include "common/log.h"

namespace mien {
namespace {

std::string avError(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

class VideoFileSource : public FrameSource {
 public:
  explicit VideoFileSource(const std::string& path) : path_(path) {
    try {
      open();
    } catch (...) {
      release();
      throw;
    }
  }

  ~VideoFileSource() override { release(); }

  void open() {
    av_log_set_level(AV_LOG_FATAL);
    if (!std::filesystem::is_regular_file(path_)) throw MediaError("Video '" + path_ + "' does not exist or is not a file.");
    if (std::filesystem::file_size(path_) == 0) throw MediaError("Video '" + path_ + "' is empty (0 bytes).");
    const std::string& path = path_;
    int rc = avformat_open_input(&format_, path.c_str(), nullptr, nullptr);
    if (rc < 0) throw MediaError("Cannot open video '" + path + "': " + avError(rc) + ".");
    rc = avformat_find_stream_info(format_, nullptr);
    if (rc < 0) throw MediaError("Cannot read the streams of '" + path + "': " + avError(rc) + ".");
    const AVCodec* codec = nullptr;
    stream_ = av_find_best_stream(format_, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (stream_ < 0 || !codec) throw MediaError("'" + path + "' has no video stream that FFmpeg can decode.");
    AVStream* st = format_->streams[stream_];
    decoder_ = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(decoder_, st->codecpar);
    decoder_->thread_count = 0;
    rc = avcodec_open2(decoder_, codec, nullptr);
    if (rc < 0) throw MediaError("Cannot open the video decoder for '" + path + "': " + avError(rc) + ".");
    timeBase_ = av_q2d(st->time_base);
    const AVRational rate = av_guess_frame_rate(format_, st, nullptr);
    frameDuration_ = rate.num > 0 && rate.den > 0 ? av_q2d(av_inv_q(rate)) : 1.0 / 30;
    if (st->nb_frames > 0) frameCount_ = st->nb_frames;
    if (st->duration > 0) duration_ = st->duration * timeBase_;
    else if (format_->duration > 0) duration_ = static_cast<double>(format_->duration) / AV_TIME_BASE;
    if (const uint8_t* matrix = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
      const double angle = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
      if (!std::isnan(angle)) rotation_ = static_cast<int>(std::lround(-angle)) % 360;
      if (rotation_ < 0) rotation_ += 360;
    }
    packet_ = av_packet_alloc();
    frame_ = av_frame_alloc();
  }

  // Jumps to the keyframe at or before `seconds` (frames from there on decode exactly as from the start);
  // a file that cannot seek is simply decoded from the beginning.
  void seekTo(double seconds) {
    if (seconds <= 0) return;
    AVStream* st = format_->streams[stream_];
    const std::int64_t start = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
    const auto target = static_cast<std::int64_t>(seconds / timeBase_) + start;
    if (av_seek_frame(format_, stream_, target, AVSEEK_FLAG_BACKWARD) < 0) return;
    avcodec_flush_buffers(decoder_);
    draining_ = false;
    seeked_ = true;
  }

  void release() {
    sws_freeContext(scaler_);
    scaler_ = nullptr;
    av_frame_free(&frame_);
    av_packet_free(&packet_);
    avcodec_free_context(&decoder_);
    avformat_close_input(&format_);
  }

  bool next(Frame& out) override {
    while (true) {
      const int rc = avcodec_receive_frame(decoder_, frame_);
      if (rc == 0) {
        convert(out);
        av_frame_unref(frame_);
        return true;
      }
      if (rc == AVERROR_EOF) return false;
      if (rc != AVERROR(EAGAIN)) throw MediaError("Decoding '" + path_ + "' failed: " + avError(rc) + ".");
      if (draining_) return false;
      feedDecoder();
    }
  }

  std::int64_t frameCountHint() const override { return frameCount_; }
  double durationHint() const override { return duration_; }
  std::string description() const override { return path_; }
  std::int64_t damagedPackets() const override { return damagedPackets_; }
  std::string stoppedEarly() const override { return stoppedEarly_; }

 private:
  void feedDecoder() {
    while (true) {
      const int rc = av_read_frame(format_, packet_);
      if (rc < 0) {
        if (rc != AVERROR_EOF) {
          stoppedEarly_ = avError(rc);
          logger("media")->warn("'{}': reading stopped early: {}", path_, stoppedEarly_);
        }
        avcodec_send_packet(decoder_, nullptr);
        draining_ = true;
        return;
      }
      if (packet_->stream_index != stream_) {
        av_packet_unref(packet_);
        continue;
      }
      const int sent = avcodec_send_packet(decoder_, packet_);
      av_packet_unref(packet_);
      if (sent < 0 && sent != AVERROR(EAGAIN)) {
        ++damagedPackets_;
        logger("media")->warn("'{}': skipped a damaged packet ({})", path_, avError(sent));
        continue;
      }
      return;
    }
  }

  void convert(Frame& out) {
    const int w = frame_->width, h = frame_->height;
    if (w <= 0 || h <= 0 || w > 16384 || h > 16384)
      throw MediaError("'" + path_ + "' has a frame of impossible size " + std::to_string(w) + "x" + std::to_string(h) + ".");
    scaler_ = sws_getCachedContext(scaler_, w, h, static_cast<AVPixelFormat>(frame_->format), w, h, AV_PIX_FMT_BGR24,
                                   SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!scaler_) throw MediaError("'" + path_ + "' uses a pixel format that cannot be converted.");
    // swscale's SIMD paths write whole vectors, past the end of a tightly packed row (widths such as 360 or
    // 1080): it gets rows padded to 64 bytes plus a spare row, and the frame is copied out of them.
    const int stride = (w * 3 + 63) / 64 * 64 + 64;
    if (scaled_.rows != h + 1 || scaled_.cols != stride) scaled_.create(h + 1, stride, CV_8UC1);
    uint8_t* dst[4] = {scaled_.data, nullptr, nullptr, nullptr};
    int dstStride[4] = {stride, 0, 0, 0};
    sws_scale(scaler_, frame_->data, frame_->linesize, 0, h, dst, dstStride);
    cv::Mat bgr = cv::Mat(h, w, CV_8UC3, scaled_.data, static_cast<std::size_t>(stride)).clone();
    if (rotation_ == 90) cv::rotate(bgr, bgr, cv::ROTATE_90_CLOCKWISE);
    else if (rotation_ == 180) cv::rotate(bgr, bgr, cv::ROTATE_180);
    else if (rotation_ == 270) cv::rotate(bgr, bgr, cv::ROTATE_90_COUNTERCLOCKWISE);
    out.bgr = bgr;
    out.index = decoded_++;  // after a seek, fixed below from the timestamp
    const int64_t pts = frame_->best_effort_timestamp;
    out.hasTimestamp = true;
    // A frame without any timestamp (some AVI tails) is placed one nominal frame after the previous one.
    out.timestamp = pts != AV_NOPTS_VALUE ? pts * timeBase_ : lastTimestamp_ >= 0 ? lastTimestamp_ + frameDuration_ : 0.0;
    lastTimestamp_ = out.timestamp;
    if (seeked_) out.index = static_cast<std::int64_t>(std::lround(out.timestamp / frameDuration_));
    out.name.clear();
  }

  std::string path_;
  AVFormatContext* format_ = nullptr;
  AVCodecContext* decoder_ = nullptr;
  AVPacket* packet_ = nullptr;
  AVFrame* frame_ = nullptr;
  SwsContext* scaler_ = nullptr;
  cv::Mat scaled_;  // swscale's destination, with room to overrun
  int stream_ = -1;
  double timeBase_ = 0;
  int rotation_ = 0;
  bool draining_ = false, seeked_ = false;
  std::int64_t decoded_ = 0, frameCount_ = -1, damagedPackets_ = 0;
  std::string stoppedEarly_;
  double duration_ = -1, lastTimestamp_ = -1, frameDuration_ = 1.0 / 30;
};

}  // namespace

std::unique_ptr<FrameSource> openVideoFile(const std::string& path) { return std::make_unique<VideoFileSource>(path); }

std::unique_ptr<FrameSource> openVideoFileAt(const std::string& path, double startSeconds) {
  auto source = std::make_unique<VideoFileSource>(path);
  source->seekTo(startSeconds);
  SamplingSettings from;
  from.startSeconds = startSeconds;
  return sampled(std::move(source), from);
}

bool isVideoFileName(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* e : {".mp4", ".mov", ".avi", ".mkv", ".webm", ".m4v", ".mpg", ".mpeg", ".wmv", ".flv"})
    if (ext == e) return true;
  return false;
}

}  // namespace mien
