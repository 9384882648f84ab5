// FFmpeg encoding: BGR -> YUV420P through swscale, millisecond time base so variable frame rates survive.
#include "media/annotated_video_writer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

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

  void release() {
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

AnnotatedVideoWriter::AnnotatedVideoWriter(std::string path, int width, int height) : impl_(std::make_unique<Impl>()) {
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
  int64_t pts = std::llround(timestampSeconds * 1000.0);
  if (pts <= s.lastPts) pts = s.lastPts + 1;
  s.lastPts = pts;
  s.frame->pts = pts;
  const int rc = avcodec_send_frame(s.encoder, s.frame);
  if (rc < 0) throw s.error("encoding failed", rc);
  s.drain(false);
}

void AnnotatedVideoWriter::finish() {
  Impl& s = *impl_;
  s.drain(true);
  const int rc = av_write_trailer(s.format);
  if (rc < 0) throw s.error("the file cannot be finished", rc);
  if (avio_closep(&s.format->pb) < 0) throw s.error("the file cannot be closed");
  if (std::rename(s.part.c_str(), s.path.c_str()) != 0) throw s.error("the finished file cannot be renamed");
  s.finished = true;
}

std::string AnnotatedVideoWriter::codecName() const { return impl_->encoder ? impl_->encoder->codec->name : ""; }

}  // namespace mien
