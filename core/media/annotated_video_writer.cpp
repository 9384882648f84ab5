// FFmpeg encoding: BGR -> YUV420P through swscale, millisecond time base so variable frame rates survive. The
// audio is stream-copied (no re-encoding, so no quality loss and no codec to ship), packet by packet as the
// frames arrive so that the file stays interleaved; both are shifted by the same origin, which keeps them in sync.
#include "media/annotated_video_writer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/errors.h"

namespace mien {

struct AnnotatedVideoWriter::Impl {
  std::string path, part;
  int width = 0, height = 0;
  AVFormatContext* format = nullptr;
  AVCodecContext* encoder = nullptr;
  AVStream* stream = nullptr;
  AVFrame* frame = nullptr;
  AVPacket* packet = nullptr;
  SwsContext* scaler = nullptr;
  int64_t lastPts = -1;
  bool finished = false, headerWritten = false;
  double origin = 0, lastTime = -1, lastInterval = 1.0 / 30;

  AVFormatContext* audioInput = nullptr;
  int audioIndex = -1;
  AVStream* audioStream = nullptr;
  AVPacket* audioPacket = nullptr;
  int64_t audioShift = 0;  // the origin in the input stream's time base
  bool audioHeld = false, audioDone = false;

  MediaError error(const std::string& what, int code = 0) const {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    if (code) av_strerror(code, text, sizeof text);
    return MediaError("Cannot write annotated video '" + path + "': " + what + (code ? std::string(" (") + text + ")" : "") + ".");
  }

  void drain(bool flushing) {
    if (flushing) avcodec_send_frame(encoder, nullptr);
    while (true) {
      const int rc = avcodec_receive_packet(encoder, packet);
      if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return;
      if (rc < 0) throw error("encoding failed", rc);
      av_packet_rescale_ts(packet, encoder->time_base, stream->time_base);
      packet->stream_index = stream->index;
      const int written = av_interleaved_write_frame(format, packet);
      av_packet_unref(packet);
      if (written < 0) throw error(written == AVERROR(ENOSPC) ? "the disk is full" : "writing failed", written);
    }
  }

  // Declares the audio stream (before the header); a source without audio, or with a codec MP4 cannot hold,
  // gives a silent file.
  void openAudio(const AnnotatedVideoAudio& audio) {
    origin = audio.originSeconds;
    if (audio.sourcePath.empty()) return;
    if (avformat_open_input(&audioInput, audio.sourcePath.c_str(), nullptr, nullptr) < 0) return;
    if (avformat_find_stream_info(audioInput, nullptr) < 0) return closeAudio();
    audioIndex = av_find_best_stream(audioInput, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (audioIndex < 0) return closeAudio();
    const AVStream* in = audioInput->streams[audioIndex];
    if (avformat_query_codec(format->oformat, in->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1) return closeAudio();
    audioStream = avformat_new_stream(format, nullptr);
    if (!audioStream || avcodec_parameters_copy(audioStream->codecpar, in->codecpar) < 0) throw error("out of memory");
    audioStream->codecpar->codec_tag = 0;  // the source container's tag may mean nothing in MP4
    audioStream->time_base = in->time_base;
    audioShift = av_rescale_q(std::llround(origin * 1e6), AVRational{1, 1000000}, in->time_base);
    audioPacket = av_packet_alloc();
    if (origin > 0) av_seek_frame(audioInput, audioIndex, audioShift, AVSEEK_FLAG_BACKWARD);
  }

  void closeAudio() {
    av_packet_free(&audioPacket);
    avformat_close_input(&audioInput);
    audioIndex = -1;
  }

  // Copies the audio packets that start before `until` (source seconds), dropping those before the origin.
  void copyAudio(double until) {
    if (!audioStream || audioDone) return;
    const AVRational inBase = audioInput->streams[audioIndex]->time_base;
    while (true) {
      if (!audioHeld) {
        if (av_read_frame(audioInput, audioPacket) < 0) {
          audioDone = true;
          return;
        }
        audioHeld = true;
      }
      const int64_t ts = audioPacket->pts != AV_NOPTS_VALUE ? audioPacket->pts : audioPacket->dts;
      if (audioPacket->stream_index == audioIndex && ts != AV_NOPTS_VALUE && ts * av_q2d(inBase) >= until) return;
      audioHeld = false;
      if (audioPacket->stream_index != audioIndex || ts == AV_NOPTS_VALUE || ts < audioShift) {
        av_packet_unref(audioPacket);
        continue;
      }
      if (audioPacket->pts != AV_NOPTS_VALUE) audioPacket->pts -= audioShift;
      if (audioPacket->dts != AV_NOPTS_VALUE) audioPacket->dts = std::max<int64_t>(0, audioPacket->dts - audioShift);
      av_packet_rescale_ts(audioPacket, inBase, audioStream->time_base);
      audioPacket->stream_index = audioStream->index;
      audioPacket->pos = -1;
      const int written = av_interleaved_write_frame(format, audioPacket);
      if (written < 0) throw error(written == AVERROR(ENOSPC) ? "the disk is full" : "writing the audio failed", written);
    }
  }

  void release() {
    closeAudio();
    sws_freeContext(scaler);
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&encoder);
    if (format) {
      if (format->pb) avio_closep(&format->pb);
      avformat_free_context(format);
      format = nullptr;
    }
  }
};

AnnotatedVideoWriter::AnnotatedVideoWriter(std::string path, int width, int height, const AnnotatedVideoAudio& audio)
    : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.path = std::move(path);
  s.part = s.path + ".part";
  s.width = width + (width % 2);
  s.height = height + (height % 2);
  try {
    avformat_alloc_output_context2(&s.format, nullptr, "mp4", s.part.c_str());
    if (!s.format) throw s.error("FFmpeg has no MP4 muxer");
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (!codec) codec = avcodec_find_encoder(AV_CODEC_ID_MPEG4);
    if (!codec) throw s.error("FFmpeg has neither an H.264 nor an MPEG-4 encoder");
    s.stream = avformat_new_stream(s.format, nullptr);
    s.encoder = avcodec_alloc_context3(codec);
    s.encoder->width = s.width;
    s.encoder->height = s.height;
    s.encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    s.encoder->time_base = AVRational{1, 1000};
    s.encoder->framerate = AVRational{30, 1};
    s.encoder->gop_size = 30;
    if (codec->id == AV_CODEC_ID_MPEG4) s.encoder->bit_rate = 4'000'000;
    if (s.format->oformat->flags & AVFMT_GLOBALHEADER) s.encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int rc = avcodec_open2(s.encoder, codec, nullptr);
    if (rc < 0) throw s.error("the encoder did not open", rc);
    avcodec_parameters_from_context(s.stream->codecpar, s.encoder);
    s.stream->time_base = s.encoder->time_base;
    s.openAudio(audio);
    rc = avio_open(&s.format->pb, s.part.c_str(), AVIO_FLAG_WRITE);
    if (rc < 0) throw s.error("the file cannot be created", rc);
    rc = avformat_write_header(s.format, nullptr);
    if (rc < 0) throw s.error("the header cannot be written", rc);
    s.headerWritten = true;
    s.frame = av_frame_alloc();
    s.frame->format = AV_PIX_FMT_YUV420P;
    s.frame->width = s.width;
    s.frame->height = s.height;
    if (av_frame_get_buffer(s.frame, 0) < 0) throw s.error("out of memory");
    s.packet = av_packet_alloc();
  } catch (...) {
    s.release();
    std::remove(s.part.c_str());
    throw;
  }
}

AnnotatedVideoWriter::~AnnotatedVideoWriter() {
  impl_->release();
  if (!impl_->finished) std::remove(impl_->part.c_str());
}

void AnnotatedVideoWriter::write(const cv::Mat& bgr, double timestampSeconds) {
  Impl& s = *impl_;
  s.scaler = sws_getCachedContext(s.scaler, bgr.cols, bgr.rows, AV_PIX_FMT_BGR24, s.width, s.height, AV_PIX_FMT_YUV420P,
                                  SWS_BILINEAR, nullptr, nullptr, nullptr);
  if (av_frame_make_writable(s.frame) < 0) throw s.error("out of memory");
  const uint8_t* src[1] = {bgr.data};
  const int srcStride[1] = {static_cast<int>(bgr.step)};
  sws_scale(s.scaler, src, srcStride, 0, bgr.rows, s.frame->data, s.frame->linesize);
  int64_t pts = std::llround((timestampSeconds - s.origin) * 1000.0);
  if (pts <= s.lastPts) pts = s.lastPts + 1;
  s.lastPts = pts;
  s.frame->pts = pts;
  if (s.lastTime >= 0 && timestampSeconds > s.lastTime) s.lastInterval = timestampSeconds - s.lastTime;
  s.lastTime = timestampSeconds;
  const int rc = avcodec_send_frame(s.encoder, s.frame);
  if (rc < 0) throw s.error("encoding failed", rc);
  s.drain(false);
  s.copyAudio(timestampSeconds);
}

void AnnotatedVideoWriter::finish() {
  Impl& s = *impl_;
  s.drain(true);
  if (s.lastTime >= 0) s.copyAudio(s.lastTime + s.lastInterval);  // the last frame is shown for one interval
  const int rc = av_write_trailer(s.format);
  if (rc < 0) throw s.error("the file cannot be finished", rc);
  if (avio_closep(&s.format->pb) < 0) throw s.error("the file cannot be closed");
  if (std::rename(s.part.c_str(), s.path.c_str()) != 0) throw s.error("the finished file cannot be renamed");
  s.finished = true;
}

bool AnnotatedVideoWriter::hasAudio() const { return impl_->audioStream != nullptr; }

std::string AnnotatedVideoWriter::codecName() const { return impl_->encoder ? impl_->encoder->codec->name : ""; }

}  // namespace mien
