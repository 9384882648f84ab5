// Face detection on real photos and video, alignment geometry, and tracking ids.
#include <QtTest>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <set>
#include <opencv2/imgcodecs.hpp>

#include "common/errors.h"
#include "media/video_file_source.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "vision/face_alignment.h"
#include "vision/face_tracker.h"
#include "vision/yunet_face_detector.h"

using namespace mien;

namespace {

std::string detectorPath() { return std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx"; }

cv::Mat photo(const char* name) { return cv::imread(test::sharedPath(std::string("media/") + name)); }

bool inside(const Point2& p, const FaceDetection& d) {
  return p.x >= d.x && p.x <= d.x + d.width && p.y >= d.y && p.y <= d.y + d.height;
}

}  // namespace

class TestFaces : public QObject {
  Q_OBJECT

 private slots:
  void findsTheFacesInRealPhotos_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("faces");
    QTest::newRow("astronaut") << "astronaut.png" << 1;
    QTest::newRow("messi (small face)") << "messi5.jpg" << 1;
    QTest::newRow("five people") << "multi_face.jpg" << 5;
  }

  void findsTheFacesInRealPhotos() {
    QFETCH(QString, file);
    QFETCH(int, faces);
    YuNetFaceDetector detector(DetectorSpec{detectorPath(), 320, 0.6f, 0.3f, 8.0f});
    const auto found = detector.detect(photo(file.toUtf8().constData()));
    QCOMPARE(static_cast<int>(found.size()), faces);
    for (const auto& d : found) {
      QVERIFY(d.score > 0.6f);
      for (const auto& p : d.landmarks) QVERIFY(inside(p, d));
      QVERIFY(d.landmarks[0].x < d.landmarks[1].x);  // subject's right eye is on the image's left
      QVERIFY(d.landmarks[2].y > d.landmarks[0].y);  // nose below the eyes
    }
  }

  void findsTwoFacesInMegamindFrame10() {
    auto video = openVideoFile(test::sharedPath("media/Megamind.avi"));
    Frame frame;
    for (int i = 0; i <= 10; ++i) QVERIFY(video->next(frame));
    YuNetFaceDetector detector(DetectorSpec{detectorPath()});
    QCOMPARE(detector.detect(frame.bgr).size(), std::size_t{2});
  }

  void anyResolutionMapsBack() {
    YuNetFaceDetector detector(DetectorSpec{detectorPath()});
    const cv::Mat image = photo("astronaut.png");
    cv::Mat bigger;
    cv::resize(image, bigger, cv::Size(), 2.0, 2.0);
    const auto a = detector.detect(image), b = detector.detect(bigger);
    QCOMPARE(a.size(), std::size_t{1});
    QCOMPARE(b.size(), std::size_t{1});
    QVERIFY(std::abs(b[0].x / 2 - a[0].x) < 3 && std::abs(b[0].width / 2 - a[0].width) < 3);
  }

  void missingOrBrokenDetectorIsClear() {
    QVERIFY_THROWS_EXCEPTION(MediaError, YuNetFaceDetector(DetectorSpec{"/nonexistent/yunet.onnx"}));
    test::ScratchDir dir;
    test::writeBytes(dir.path("bad.onnx"), "not an onnx model");
    QVERIFY_THROWS_EXCEPTION(MediaError, YuNetFaceDetector(DetectorSpec{dir.path("bad.onnx")}));
    // The 2022 export has other outputs: named as the wrong model, not mis-decoded.
    try {
      YuNetFaceDetector old(DetectorSpec{test::sharedPath("models/face_detection_yunet_2022mar.onnx")});
      QFAIL("the 2022 export was accepted");
    } catch (const MediaError& e) {
      QVERIFY2(QString(e.what()).contains("2023 YuNet export"), e.what());
    }
  }

  void alignmentPutsLandmarksOnTheTemplate() {
    YuNetFaceDetector detector(DetectorSpec{detectorPath()});
    const cv::Mat image = photo("astronaut.png");
    const auto face = detector.detect(image).at(0);
    const AlignmentSettings settings{224, 0.15f};
    const auto aligned = alignFace(image, face, settings);
    QCOMPARE(aligned.crop.width, 224);
    QCOMPARE(aligned.crop.height, 224);
    const auto target = alignmentTemplate(settings);
    double worst = 0;
    for (int i = 0; i < 5; ++i) {
      const auto& m = aligned.transform;
      const double x = m(0, 0) * face.landmarks[i].x + m(0, 1) * face.landmarks[i].y + m(0, 2);
      const double y = m(1, 0) * face.landmarks[i].x + m(1, 1) * face.landmarks[i].y + m(1, 2);
      worst = std::max(worst, std::hypot(x - target[i].x, y - target[i].y));
    }
    qInfo("largest landmark residual after alignment: %.2f px of 224", worst);
    QVERIFY(worst < 12.0);  // five points, four degrees of freedom: a real face never fits exactly
    // Eyes land level and centred.
    const auto& m = aligned.transform;
    auto mapY = [&](const Point2& p) { return m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2); };
    QVERIFY(std::abs(mapY(face.landmarks[0]) - mapY(face.landmarks[1])) < 4.0);
  }

  void similarityTransformIsExactForAnExactSimilarity() {
    std::array<Point2, 5> from{Point2{10, 20}, Point2{40, 22}, Point2{25, 35}, Point2{14, 50}, Point2{37, 51}};
    const double angle = 0.3, scale = 1.7, tx = 5, ty = -8;
    std::array<Point2, 5> to{};
    for (int i = 0; i < 5; ++i)
      to[i] = {static_cast<float>(scale * (std::cos(angle) * from[i].x - std::sin(angle) * from[i].y) + tx),
               static_cast<float>(scale * (std::sin(angle) * from[i].x + std::cos(angle) * from[i].y) + ty)};
    const auto m = similarityTransform(from, to);
    QVERIFY(std::abs(m(0, 0) - scale * std::cos(angle)) < 1e-4);
    QVERIFY(std::abs(m(1, 0) - scale * std::sin(angle)) < 1e-4);
    QVERIFY(std::abs(m(0, 2) - tx) < 1e-3 && std::abs(m(1, 2) - ty) < 1e-3);
  }

  void trackerKeepsIdsThroughGapsAndNeverReusesThem() {
    FaceTracker tracker({5, 0.05f, 0.8f, 0.5f});
    FaceDetection a;
    a.x = 100, a.y = 100, a.width = 50, a.height = 60;
    FaceDetection b = a;
    b.x = 300;
    const std::vector<float> fa = {1, 0, 0}, fb = {0, 1, 0};
    auto ids = tracker.update({a, b}, {fa, fb});
    QCOMPARE(ids, (std::vector<std::int64_t>{1, 2}));
    for (int i = 0; i < 3; ++i) {  // b hidden for three frames; a drifts
      a.x += 4;
      QCOMPARE(tracker.update({a}, {fa}), std::vector<std::int64_t>{1});
    }
    QCOMPARE(tracker.update({a, b}, {fa, fb}), (std::vector<std::int64_t>{1, 2}));
    // b comes back elsewhere (no overlap) but looks the same: re-attached by appearance.
    b.x = 500;
    QCOMPARE(tracker.update({b, a}, {fb, fa}), (std::vector<std::int64_t>{2, 1}));
    for (int i = 0; i < 7; ++i) tracker.update({}, {});  // both die
    QCOMPARE(tracker.update({a}, {fa}), std::vector<std::int64_t>{3});
  }

  void onePersonKeepsOneIdThroughARealVideo() {
    auto video = openVideoFile(test::sharedPath("media/WolfgangLanger_Pexels.mp4"));
    YuNetFaceDetector detector(DetectorSpec{detectorPath()});
    FaceTracker tracker;
    Frame frame;
    std::set<std::int64_t> ids;
    int frames = 0, withFace = 0;
    while (video->next(frame) && frames < 472) {
      ++frames;
      if (frames % 2) continue;  // every other frame keeps the test quick; gaps are what trackers must bridge
      const auto faces = detector.detect(frame.bgr);
      std::vector<std::vector<float>> noFeatures(faces.size());
      for (auto id : tracker.update(faces, noFeatures)) ids.insert(id);
      withFace += !faces.empty();
    }
    qInfo("%d frames, %d sampled with a face, ids used: %zu", frames, withFace, ids.size());
    QCOMPARE(ids.size(), std::size_t{1});
  }
};

MIEN_TEST_MAIN(TestFaces)
#include "test_faces.moc"
