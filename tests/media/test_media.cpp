// Frame sources on real media: frame counts and timestamps equal ffprobe's, sampling, and damaged input.
#include <QtTest>
#include <filesystem>
#include <unistd.h>
#include <functional>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/errors.h"
#include "media/camera_source.h"
#include "media/image_file.h"
#include "media/image_folder_source.h"
#include "media/realtime_playback.h"
#include "media/video_file_source.h"
#include "support/expect_error.h"
#include "support/fixtures.h"
#include "support/ffprobe.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;

namespace {

std::vector<Frame> decodeAll(std::unique_ptr<FrameSource> source) {
  std::vector<Frame> frames;
  Frame f;
  while (source->next(f)) {
    f.bgr.release();
    frames.push_back(f);
  }
  return frames;
}

}  // namespace

class TestMedia : public QObject {
  Q_OBJECT

 private slots:
  void framesAndTimestampsMatchFfprobe_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"single_face.mp4", "Megamind.avi", "face_noface.mov", "noface_face.mov", "WolfgangLanger_Pexels.mp4"})
      QTest::newRow(f) << f;
  }

  void framesAndTimestampsMatchFfprobe() {
    QFETCH(QString, file);
    const std::string path = test::sharedPath("media/" + file.toStdString());
    const auto expected = test::ffprobeFrameTimes(path);
    QVERIFY(!expected.empty());
    const auto frames = decodeAll(openVideoFile(path));
    QCOMPARE(frames.size(), expected.size());
    for (std::size_t i = 0; i < frames.size(); ++i) {
      QCOMPARE(frames[i].index, static_cast<std::int64_t>(i));
      if (std::isnan(expected[i])) {  // ffprobe has no time for it: ours must still move forward
        QVERIFY(i > 0 && frames[i].timestamp > frames[i - 1].timestamp);
        continue;
      }
      QVERIFY2(std::abs(frames[i].timestamp - expected[i]) < 1e-6,
               qPrintable(QString("frame %1: %2 vs %3").arg(i).arg(frames[i].timestamp).arg(expected[i])));
    }
  }

  void samplingKeepsWhatWasAsked() {
    const std::string path = test::sharedPath("media/single_face.mp4");  // 72 frames at 30 fps
    auto everyThird = decodeAll(sampled(openVideoFile(path), {3, 0, 0, -1}));
    QCOMPARE(everyThird.size(), std::size_t{24});
    QCOMPARE(everyThird[1].index, std::int64_t{3});
    auto tenFps = decodeAll(sampled(openVideoFile(path), {1, 10.0, 0, -1}));
    QCOMPARE(tenFps.size(), std::size_t{24});
    auto window = decodeAll(sampled(openVideoFile(path), {1, 0, 1.0, 2.0}));
    QCOMPARE(window.front().index, std::int64_t{30});
    QCOMPARE(window.back().index, std::int64_t{60});
  }

  void seekingGivesTheFramesDecodingFromTheStartGives() {
    const std::string video = test::sharedPath("media/WolfgangLanger_Pexels.mp4");
    const auto all = decodeAll(openVideoFile(video));
    const auto later = decodeAll(openVideoFileAt(video, 12.3));
    QVERIFY(!later.empty());
    QVERIFY(later.front().timestamp >= 12.3 - 1e-9);
    std::size_t i = 0;
    while (all[i].timestamp < later.front().timestamp - 1e-9) ++i;
    QCOMPARE(all.size() - i, later.size());  // every frame from there to the end, none twice
    for (std::size_t k = 0; k < later.size(); k += 25) {
      QCOMPARE(later[k].timestamp, all[i + k].timestamp);
      QCOMPARE(later[k].index, all[i + k].index);
      QVERIFY(cv::norm(later[k].bgr, all[i + k].bgr, cv::NORM_INF) == 0);
    }
  }

  void badFilesGiveOneClearMessage() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("empty.mp4"), "");
    test::writeBytes(dir.path("text.mp4"), "this is not a video at all, just some text that pretends");
    auto expectMessage = [](const std::string& path, const char* words) {
      try {
        decodeAll(openVideoFile(path));
        QFAIL(qPrintable(QString::fromStdString(path) + " was accepted"));
      } catch (const MediaError& e) {
        QVERIFY2(QString(e.what()).contains(words) && QString(e.what()).contains(QString::fromStdString(path)), e.what());
      }
    };
    expectMessage(dir.path("empty.mp4"), "empty");
    expectMessage(dir.path("text.mp4"), "Cannot open video");
    expectMessage(dir.path("missing.mp4"), "does not exist");
  }

  void truncatedAndDamagedVideosNeverCrash() {
    test::ScratchDir dir;
    const auto bytes = test::readBytes(test::sharedPath("media/Megamind.avi"));
    test::writeBytes(dir.path("cut.avi"), bytes.substr(0, bytes.size() / 3));
    std::string flipped = bytes;
    for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 4000; i += 7) flipped[i] = static_cast<char>(~flipped[i]);
    test::writeBytes(dir.path("flipped.avi"), flipped);
    for (const char* name : {"cut.avi", "flipped.avi"}) {
      try {
        const auto frames = decodeAll(openVideoFile(dir.path(name)));
        qInfo("%s: %zu frames decoded", name, frames.size());
        QVERIFY(frames.size() <= 270);
      } catch (const MediaError& e) {
        qInfo("%s: %s", name, e.what());
      }
    }
  }

  void rotationMetadataIsApplied() {
    // A phone-style file: the same pixels with a 90-degree display rotation; ffmpeg's own autorotation is the reference.
    test::ScratchDir dir;
    const QString rotated = QString::fromStdString(dir.path("rotated.mp4"));
    const QString png = QString::fromStdString(dir.path("ffmpeg.png"));
    QCOMPARE(test::runProgram("ffmpeg", {"-v", "error", "-y", "-i", QString::fromStdString(test::sharedPath("media/single_face.mp4")),
                                         "-c", "copy", "-metadata:s:v:0", "rotate=90", rotated}).exitCode, 0);
    QCOMPARE(test::runProgram("ffmpeg", {"-v", "error", "-y", "-i", rotated, "-frames:v", "1", png}).exitCode, 0);
    Frame frame;
    QVERIFY(openVideoFile(rotated.toStdString())->next(frame));
    QCOMPARE(frame.bgr.cols, 360);
    QCOMPARE(frame.bgr.rows, 640);
    const cv::Mat reference = cv::imread(png.toStdString());
    QCOMPARE(reference.size(), frame.bgr.size());
    const double difference = cv::norm(reference, frame.bgr, cv::NORM_L1) / static_cast<double>(reference.total() * 3);
    QVERIFY2(difference < 3.0, qPrintable(QString::number(difference)));
  }

  void hugeImagesAreRefusedBeforeTheyAreDecoded() {
    test::ScratchDir dir;
    const auto be32 = [](std::uint32_t v) {
      return std::string{char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    };
    // A PNG whose header says 16000 x 16000 (decoded, 768 MB of pixels before any copy) and a JPEG saying 20000 x 20000.
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + "IHDR" + be32(16000) + be32(16000) +
                            std::string("\x08\x02\x00\x00\x00", 5) + be32(0) + std::string(64, '\0');
    test::writeBytes(dir.path("huge.png"), png);
    const std::string jpeg = std::string("\xff\xd8\xff\xc0\x00\x11\x08", 7) + std::string("\x4e\x20\x4e\x20", 4) +
                             std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10) + std::string(64, '\0');
    test::writeBytes(dir.path("huge.jpg"), jpeg);
    for (const char* name : {"huge.png", "huge.jpg"}) {
      const QString message = test::errorMessage<MediaError>([&] { readBgrImage(dir.path(name)); });
      QVERIFY2(message.contains("megapixels") && message.contains(name), qPrintable(message));
    }
    QVERIFY(!readBgrImage(test::sharedPath("media/astronaut.png")).empty());  // ordinary photos are unaffected
    QVERIFY(!readBgrImage(test::sharedPath("media/messi5.jpg")).empty());
  }

  void imageFoldersAreSortedSequences() {
    test::ScratchDir dir;
    std::filesystem::create_directories(dir.path("b"));
    std::filesystem::copy_file(test::sharedPath("media/messi5.jpg"), dir.path("b/2.jpg"));
    std::filesystem::copy_file(test::sharedPath("media/astronaut.png"), dir.path("a.png"));
    test::writeBytes(dir.path("c.png"), "broken");
    test::writeBytes(dir.path("notes.txt"), "ignored");
    const auto frames = decodeAll(openImageFolder(dir.path()));
    QCOMPARE(frames.size(), std::size_t{2});
    QVERIFY(frames[0].name.find("a.png") != std::string::npos);
    QVERIFY(frames[1].name.find("2.jpg") != std::string::npos);
    QVERIFY(!frames[0].hasTimestamp);
    QVERIFY_THROWS_EXCEPTION(MediaError, openImageFolder(dir.path("nonexistent")));
    std::filesystem::create_directories(dir.path("empty"));
    QVERIFY_THROWS_EXCEPTION(MediaError, openImageFolder(dir.path("empty")));
  }

  void unreadableFolderIsAClearError() {
    if (::geteuid() == 0) QSKIP("root reads every folder; run the suite as a normal user to check this path");
    test::ScratchDir dir;
    std::filesystem::create_directories(dir.path("locked"));
    std::filesystem::copy_file(test::sharedPath("media/astronaut.png"), dir.path("locked/a.png"));
    std::filesystem::permissions(dir.path("locked"), std::filesystem::perms::none);
    try {
      openImageFolder(dir.path("locked"));
      QFAIL("an unreadable folder was accepted");
    } catch (const MediaError& e) {
      QVERIFY2(QString(e.what()).contains("locked"), e.what());
    }
    std::filesystem::permissions(dir.path("locked"), std::filesystem::perms::owner_all);
  }

  void noCameraIsAClearError() {
    const auto cameras = listCameras();
    if (!cameras.empty()) QSKIP("this machine has a camera");
    try {
      openCamera(0);
      QFAIL("a camera opened on a machine without one");
    } catch (const MediaError& e) {
      QVERIFY2(QString(e.what()).contains("No camera found"), e.what());
    }
  }

  void aLibrarysOwnFailureReachesTheUserInMiensWords() {
    const auto wordedFor = [](const std::function<void()>& failing, const std::string& subject) -> std::string {
      try {
        try {
          failing();
        } catch (...) {
          rethrowForUser(subject);
        }
      } catch (const LibraryError& e) {
        if (remedyOf(e) != Remedy::ShowDetails) return "no remedy";
        return e.what();
      } catch (const std::exception& e) {
        return std::string("not a LibraryError: ") + e.what();
      }
      return "nothing thrown";
    };
    const std::string opencv = wordedFor([] {  // OpenCV's own assertion, with its source line
      cv::Mat empty, out;
      cv::resize(empty, out, cv::Size(8, 8));
    }, "clip.mp4");
    QVERIFY2(opencv.rfind("OpenCV failed while working on 'clip.mp4'", 0) == 0, opencv.c_str());
    for (const char* raw : {"-215", "Assertion", ".cpp", "resize"}) QVERIFY2(opencv.find(raw) == std::string::npos, opencv.c_str());
    const std::string json = wordedFor([] { (void)nlohmann::json::parse("{\"classes\": "); }, "set.json");
    QVERIFY2(json.rfind("the JSON reader failed while working on 'set.json'", 0) == 0, json.c_str());
    QVERIFY(json.find("json.exception") == std::string::npos);
    // Mien's own sentences pass through as they are.
    try {
      try {
        throw MediaError("Cannot decode 'x.png' as an image.");
      } catch (...) {
        rethrowForUser("x.png");
      }
    } catch (const LibraryError&) {
      QFAIL("a MediaError was wrapped");
    } catch (const MediaError& e) {
      QCOMPARE(std::string(e.what()), std::string("Cannot decode 'x.png' as an image."));
    }
  }

  void realTimePlaybackRunsAtTheFilesSpeed() {
    auto live = playInRealTime(sampled(openVideoFile(test::sharedPath("media/single_face.mp4")), {1, 0, 0, 1.0}));
    QVERIFY(live->isLive());
    QElapsedTimer timer;
    timer.start();
    const auto frames = decodeAll(std::move(live));
    QCOMPARE(frames.size(), std::size_t{31});
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
  }
};

MIEN_TEST_MAIN(TestMedia)
#include "test_media.moc"
