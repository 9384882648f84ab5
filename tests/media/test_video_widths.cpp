// Video widths that swscale's SIMD paths overrun (not a multiple of 16, odd, phone portrait) and rotations:
// every frame decodes to ffmpeg's own pixels, up to the row's last column. Run under AddressSanitizer by
// scripts/test (build-asan), where an overrun of the destination rows is a heap-buffer-overflow.
#include <QProcess>
#include <QtTest>
#include <fstream>
#include <iterator>

#include "media/video_file_source.h"
#include "support/scratch_dir.h"

using namespace mien;

namespace {

int run(const QStringList& arguments) {
  QProcess p;
  p.start("ffmpeg", QStringList{"-v", "error", "-y"} + arguments);
  p.waitForFinished(120000);
  if (p.exitCode() != 0) qWarning("%s", p.readAllStandardError().constData());
  return p.exitCode();
}

// ffmpeg's decode of the first frame as BGR, rotated as ffmpeg's players show it.
cv::Mat ffmpegFirstFrame(const QString& video, int width, int height, const std::string& raw) {
  if (run({"-i", video, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "bgr24", QString::fromStdString(raw)}) != 0) return {};
  std::ifstream in(raw, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.size() != static_cast<std::size_t>(width) * height * 3) return {};
  return cv::Mat(height, width, CV_8UC3, bytes.data()).clone();
}

// The worst column's mean difference: damage at the end of each row shows here even when the mean is small.
double worstColumnDifference(const cv::Mat& a, const cv::Mat& b) {
  cv::Mat difference;
  cv::absdiff(a, b, difference);
  cv::Mat columns;
  cv::reduce(difference.reshape(1, difference.rows), columns, 0, cv::REDUCE_AVG, CV_64F);
  double worst = 0;
  cv::minMaxLoc(columns, nullptr, &worst);
  return worst;
}

}  // namespace

class TestVideoWidths : public QObject {
  Q_OBJECT

 private slots:
  void everyWidthDecodesToFfmpegsPixels_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("codec");  // ffv1 takes odd sizes in 4:4:4; x264 4:2:0 is what phones record
    QTest::addColumn<int>("rotation");
    for (int width : {360, 361, 375, 376, 392, 440, 441, 1081})
      QTest::addRow("ffv1 %dx241", width) << width << 241 << "ffv1" << 0;
    for (int width : {360, 376, 392, 440})
      QTest::addRow("h264 %dx240", width) << width << 240 << "libx264" << 0;
    QTest::addRow("h264 phone 1080x1920") << 1080 << 1920 << "libx264" << 0;
    QTest::addRow("h264 440x248 rotated 90") << 440 << 248 << "libx264" << 90;
    QTest::addRow("h264 376x240 rotated 270") << 376 << 240 << "libx264" << 270;
    QTest::addRow("h264 360x240 rotated 180") << 360 << 240 << "libx264" << 180;
  }

  void everyWidthDecodesToFfmpegsPixels() {
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, codec);
    QFETCH(int, rotation);
    test::ScratchDir dir;
    const bool ffv1 = codec == "ffv1";
    const QString plain = QString::fromStdString(dir.path(ffv1 ? "plain.mkv" : "plain.mp4"));
    // testsrc2 rounds odd sizes down; a crop of a larger pattern gives the exact size.
    const QString crop = QString("format=%1,crop=%2:%3:0:0").arg(ffv1 ? "yuv444p" : "yuv420p").arg(width).arg(height);
    QCOMPARE(run({"-f", "lavfi", "-i", "testsrc2=size=1600x2000:rate=10:duration=0.3", "-vf", crop, "-c:v", codec,
                  "-pix_fmt", ffv1 ? "yuv444p" : "yuv420p", plain}), 0);
    QString video = plain;
    if (rotation != 0) {  // display rotation as phones write it (the mp4 display matrix)
      video = QString::fromStdString(dir.path("rotated.mp4"));
      QCOMPARE(run({"-i", plain, "-c", "copy", "-metadata:s:v:0", "rotate=" + QString::number(rotation), video}), 0);
    }
    const bool sideways = rotation == 90 || rotation == 270;
    const int shownWidth = sideways ? height : width, shownHeight = sideways ? width : height;
    const cv::Mat reference = ffmpegFirstFrame(video, shownWidth, shownHeight, dir.path("ffmpeg.bgr"));
    QVERIFY2(!reference.empty(), "ffmpeg could not decode the clip");

    auto source = openVideoFile(video.toStdString());
    Frame frame;
    int frames = 0;
    cv::Mat first;
    while (source->next(frame)) {
      QCOMPARE(frame.bgr.cols, shownWidth);
      QCOMPARE(frame.bgr.rows, shownHeight);
      if (frames++ == 0) first = frame.bgr.clone();
    }
    QCOMPARE(frames, 3);
    const double worst = worstColumnDifference(reference, first);
    QVERIFY2(worst < (ffv1 ? 1.5 : 4.0), qPrintable(QString("worst column differs by %1").arg(worst)));
  }
};

QTEST_GUILESS_MAIN(TestVideoWidths)
#include "test_video_widths.moc"
