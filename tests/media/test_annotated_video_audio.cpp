// The annotated MP4 carries the recording's audio: present by ffprobe, trimmed to --start/--end with the
// video, and in sync (a clip made here whose picture turns white as a tone starts keeps both together after
// trimming); sources without audio give a silent file. Links only the media library.
#include <QProcess>
#include <QtTest>
#include <cmath>
#include <cstdint>
#include <vector>

#include "media/annotated_video_writer.h"
#include "media/video_file_source.h"
#include "support/scratch_dir.h"

using namespace mien;

namespace {

struct Run {
  int code = -1;
  QByteArray out, err;
};

Run run(const QString& program, const QStringList& arguments) {
  QProcess p;
  p.start(program, arguments);
  p.waitForFinished(120000);
  return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool ffmpeg(const QStringList& arguments) {
  const Run r = run("ffmpeg", QStringList{"-v", "error", "-y"} + arguments);
  if (r.code != 0) qWarning("ffmpeg: %s", r.err.constData());
  return r.code == 0;
}

// ffprobe's "start_time,duration" of the first stream of a type ("a" or "v"); empty when there is none.
QStringList probe(const std::string& file, const char* type) {
  const Run r = run("ffprobe", {"-v", "error", "-select_streams", QString(type) + ":0", "-show_entries",
                                "stream=codec_type,start_time,duration", "-of", "csv=p=0", QString::fromStdString(file)});
  const QString line = QString::fromUtf8(r.out).trimmed();
  return line.isEmpty() ? QStringList() : line.split(',');
}

// Copies [start, end] of `source` through the writer, as the annotation job does with --start/--end.
void annotate(const std::string& source, const std::string& out, double start, double end, bool withAudio = true) {
  auto frames = sampled(start > 0 ? openVideoFileAt(source, start) : openVideoFile(source), {1, 0, start, end});
  std::unique_ptr<AnnotatedVideoWriter> writer;
  Frame f;
  while (frames->next(f)) {
    if (!writer) writer = std::make_unique<AnnotatedVideoWriter>(out, f.bgr.cols, f.bgr.rows,
                                                                 AnnotatedVideoAudio{withAudio ? source : "", start});
    writer->write(f.bgr, f.timestamp);
  }
  QVERIFY(writer);
  writer->finish();
}

// The first time (s) the picture is mostly white, and the first time the audio is loud, decoded by ffmpeg.
double firstWhiteFrame(const std::string& file) {
  auto frames = openVideoFile(file);
  Frame f;
  while (frames->next(f))
    if (cv::mean(f.bgr)[0] > 128) return f.timestamp;
  return -1;
}

double firstSound(const std::string& file, const std::string& raw) {
  if (!ffmpeg({"-i", QString::fromStdString(file), "-vn", "-ac", "1", "-ar", "8000", "-f", "s16le", QString::fromStdString(raw)}))
    return -1;
  QFile in(QString::fromStdString(raw));
  if (!in.open(QIODevice::ReadOnly)) return -1;
  const QByteArray bytes = in.readAll();
  const auto* samples = reinterpret_cast<const std::int16_t*>(bytes.constData());
  for (qsizetype i = 0; i < bytes.size() / 2; ++i)
    if (std::abs(samples[i]) > 3000) return static_cast<double>(i) / 8000;
  return -1;
}

}  // namespace

class AnnotatedVideoAudioTest : public QObject {
  Q_OBJECT

  test::ScratchDir dir_;

 private slots:
  void initTestCase() {
    // 6 s: black and silent, then from 3 s white with a 1 kHz tone.
    QVERIFY(ffmpeg({"-f", "lavfi", "-i", "color=c=black:s=160x120:r=25:d=6,drawbox=c=white:t=fill:enable='gte(t,3)'",
                    "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=44100:duration=6,volume=volume=0:enable='lt(t,3)'",
                    "-c:v", "mpeg4", "-c:a", "aac", "-shortest", QString::fromStdString(dir_.path("flash.mp4"))}));
    QVERIFY(ffmpeg({"-f", "lavfi", "-i", "color=c=gray:s=160x120:r=25:d=2", "-c:v", "mpeg4",
                    QString::fromStdString(dir_.path("silent.mp4"))}));
  }

  void theWholeRecordingKeepsItsAudio() {
    const std::string out = dir_.path("whole.annotated.mp4");
    annotate(dir_.path("flash.mp4"), out, 0, -1);
    const QStringList audio = probe(out, "a"), video = probe(out, "v");
    QVERIFY2(audio.size() == 3 && audio[0] == "audio", qPrintable(audio.join(',')));
    QVERIFY2(std::abs(audio[2].toDouble() - 6.0) < 0.1, qPrintable(audio.join(',')));
    QVERIFY2(std::abs(audio[2].toDouble() - video[2].toDouble()) < 0.1, qPrintable(audio.join(',') + " / " + video.join(',')));
  }

  void aTrimmedRunCarriesTheSameSpanOfAudioInSync() {
    const std::string out = dir_.path("trimmed.annotated.mp4");
    annotate(dir_.path("flash.mp4"), out, 2.0, 4.5);
    const QStringList audio = probe(out, "a"), video = probe(out, "v");
    QVERIFY2(audio.size() == 3, "the trimmed file has no audio stream");
    QVERIFY2(std::abs(audio[0 + 1].toDouble()) < 0.05, qPrintable(audio.join(',')));  // starts at 0 as the video does
    QVERIFY2(std::abs(video[1].toDouble()) < 0.05, qPrintable(video.join(',')));
    QVERIFY2(std::abs(audio[2].toDouble() - 2.5) < 0.1, qPrintable(audio.join(',')));
    QVERIFY2(std::abs(video[2].toDouble() - 2.5) < 0.1, qPrintable(video.join(',')));
    // The flash and the tone were at 3 s of the source: both at 1 s of the trimmed file.
    const double flash = firstWhiteFrame(out), tone = firstSound(out, dir_.path("trimmed.pcm"));
    QVERIFY2(std::abs(flash - 1.0) < 0.05, qPrintable(QString::number(flash)));
    QVERIFY2(std::abs(tone - 1.0) < 0.05, qPrintable(QString::number(tone)));
  }

  void aSharedRecordingWithMp3AudioKeepsIt() {
    const std::string out = dir_.path("single_face.annotated.mp4");
    annotate(MIEN_SHARED_DIR "/media/single_face.mp4", out, 0.5, 2.0);
    const QStringList audio = probe(out, "a");
    QVERIFY2(audio.size() == 3 && std::abs(audio[2].toDouble() - 1.5) < 0.15, qPrintable(audio.join(',')));
  }

  void noAudioGivesASilentFile() {
    const std::string out = dir_.path("silent.annotated.mp4");
    annotate(dir_.path("silent.mp4"), out, 0, -1);
    QVERIFY(probe(out, "a").isEmpty());
    QCOMPARE(probe(out, "v").value(0), QString("video"));
    const std::string without = dir_.path("without.annotated.mp4");
    annotate(dir_.path("flash.mp4"), without, 0, -1, /*withAudio=*/false);
    QVERIFY(probe(without, "a").isEmpty());
  }
};

QTEST_GUILESS_MAIN(AnnotatedVideoAudioTest)
#include "test_annotated_video_audio.moc"
