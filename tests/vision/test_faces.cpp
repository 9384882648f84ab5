// Face detection on real photos and video, alignment geometry, and tracking ids.
#include <QtTest>
#include <cmath>
#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>
#include <set>
#include <opencv2/imgcodecs.hpp>

#include "common/errors.h"
#include "media/video_file_source.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "vision/face_alignment.h"
#include "vision/face_quality.h"
#include "vision/head_pose.h"
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

  void trackerFollowsThePredictedPathAndNeverReusesIds() {
    FaceTrackerSettings settings;
    settings.lostSeconds = 1.5;
    FaceTracker tracker(settings);
    auto box = [](float cx, float cy) {
      FaceDetection d;
      d.x = cx - 40, d.y = cy - 50, d.width = 80, d.height = 100;
      return d;
    };
    const std::vector<std::vector<float>> none(2);
    double t = 0;
    const double step = 0.04;
    // a walks right at 150 px/s, b stands still.
    auto aAt = [](double time) { return static_cast<float>(100 + 150 * time); };
    QCOMPARE(tracker.update({box(aAt(t), 200), box(500, 200)}, none, t), (std::vector<std::int64_t>{1, 2}));
    for (int i = 0; i < 10; ++i) {
      t += step;
      QCOMPARE(tracker.update({box(aAt(t), 200), box(500, 200)}, none, t), (std::vector<std::int64_t>{1, 2}));
    }
    // a is hidden for 0.8 s, then seen where its path leads: the same id. A face that appears meanwhile where
    // a was last seen is someone else.
    for (int i = 0; i < 20; ++i) {
      t += step;
      const auto ids = tracker.update({box(500, 200), box(120, 80)}, none, t);
      QCOMPARE(ids[0], std::int64_t{2});
      QCOMPARE(ids[1], std::int64_t{3});
    }
    t += step;
    QCOMPARE(tracker.update({box(aAt(t), 200), box(500, 200), box(120, 80)}, std::vector<std::vector<float>>(3), t),
             (std::vector<std::int64_t>{1, 2, 3}));
    // Seen far from its path after the same pause: not a, whatever it looks like.
    for (int i = 0; i < 20; ++i) {
      t += step;
      tracker.update({box(500, 200), box(120, 80)}, none, t);
    }
    t += step;
    QCOMPARE(tracker.update({box(300, 320), box(500, 200), box(120, 80)}, std::vector<std::vector<float>>(3), t),
             (std::vector<std::int64_t>{4, 2, 3}));
    // Everyone unseen for longer than the lost-track time: their ids are retired, never given out again.
    t += 1.6;
    QCOMPARE(tracker.update({box(500, 200)}, {{}}, t), std::vector<std::int64_t>{5});
  }

  void appearanceDecidesBetweenTwoFacesOnTheirPaths() {
    FaceTracker tracker;
    FaceDetection a, b;
    a.x = 100, a.y = 100, a.width = 80, a.height = 100;
    b = a;
    b.x = 130;  // overlapping: motion alone cannot tell which is which
    const std::vector<float> fa = {1, 0, 0}, fb = {0, 1, 0};
    QCOMPARE(tracker.update({a, b}, {fa, fb}, 0.0), (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(tracker.update({b, a}, {fb, fa}, 0.04), (std::vector<std::int64_t>{2, 1}));
    a.x = b.x = 115;  // both halfway between the two paths: only their looks say who is who
    QCOMPARE(tracker.update({b, a}, {fb, fa}, 0.08), (std::vector<std::int64_t>{2, 1}));
    QCOMPARE(tracker.update({a, b}, {fa, fb}, 0.12), (std::vector<std::int64_t>{1, 2}));
  }

  void rollFollowsARotatedRealPhoto() {
    YuNetFaceDetector detector(DetectorSpec{detectorPath()});
    const cv::Mat image = photo("astronaut.png");
    const auto upright = detector.detect(image).at(0);
    const HeadPose base = estimateHeadPose(upright.landmarks, image.size());
    const cv::Point2f centre(image.cols / 2.f, image.rows / 2.f);
    qInfo("astronaut upright: yaw %.1f, pitch %.1f, roll %.1f", base.yaw, base.pitch, base.roll);
    double previous = -1e9;
    for (double clockwise : {-30.0, -15.0, 15.0, 30.0}) {
      // getRotationMatrix2D turns counter-clockwise on screen for a positive angle.
      const cv::Mat m = cv::getRotationMatrix2D(centre, -clockwise, 1.0);
      // The photo's own landmarks turned: the pose turns by exactly that roll.
      std::array<Point2, 5> turnedLandmarks{};
      for (int i = 0; i < 5; ++i) {
        const auto& p = upright.landmarks[i];
        turnedLandmarks[i] = {static_cast<float>(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y + m.at<double>(0, 2)),
                              static_cast<float>(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y + m.at<double>(1, 2))};
      }
      const HeadPose exact = estimateHeadPose(turnedLandmarks, image.size());
      QVERIFY2(std::abs(exact.roll - base.roll - clockwise) < 2.0, qPrintable(QString("roll %1 for %2").arg(exact.roll).arg(clockwise)));
      // The photo turned and detected again: YuNet's landmarks follow an in-plane turn only partly, so the roll
      // has the turn's sign and grows with it, and it is the landmarks' eye line.
      cv::Mat turned;
      cv::warpAffine(image, turned, m, image.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
      const auto found = detector.detect(turned);
      QCOMPARE(found.size(), std::size_t{1});
      const auto& l = found[0].landmarks;
      const HeadPose pose = estimateHeadPose(l, turned.size());
      const double eyeLine = std::atan2(l[1].y - l[0].y, l[1].x - l[0].x) * 180 / M_PI;
      qInfo("turned %+.0f deg clockwise: roll %.1f (landmarks' eye line %.1f), yaw %.1f, pitch %.1f", clockwise, pose.roll, eyeLine,
            pose.yaw, pose.pitch);
      QVERIFY(pose.roll * clockwise > 0 && pose.roll > previous);
      QVERIFY(std::abs(pose.roll - eyeLine) < 6.0);
      QVERIFY(std::abs(pose.roll) > std::abs(clockwise) / 4);
      previous = pose.roll;
    }
  }

  void yawAndPitchFromTheTemplateSeenAtKnownAngles() {
    const cv::Size frame(640, 480);
    const cv::Matx33d camera = assumedCamera(frame);
    std::vector<cv::Point3d> object(headTemplate().begin(), headTemplate().end());
    auto project = [&](const HeadPose& pose) {
      std::vector<cv::Point2d> image;
      cv::projectPoints(object, rotationOf(pose), cv::Vec3d(40, -20, 650), camera, cv::noArray(), image);
      std::array<Point2, 5> landmarks{};
      for (int i = 0; i < 5; ++i) landmarks[i] = {static_cast<float>(image[i].x), static_cast<float>(image[i].y)};
      return landmarks;
    };
    // The signs as a viewer sees them, from the projected points alone: turned right, the nose moves right of
    // the eyes' midpoint; looking up, it moves up towards the eyes.
    const auto frontal = project({}), right = project({25, 0, 0}), up = project({0, 20, 0});
    auto noseOffset = [](const std::array<Point2, 5>& p) { return p[2].x - (p[0].x + p[1].x) / 2; };
    auto noseDrop = [](const std::array<Point2, 5>& p) { return p[2].y - (p[0].y + p[1].y) / 2; };
    QVERIFY(noseOffset(right) > noseOffset(frontal) + 5);
    QVERIFY(noseDrop(up) < noseDrop(frontal) - 5);
    for (double yaw : {-40.0, -20.0, 0.0, 20.0, 40.0})
      for (double pitch : {-25.0, 0.0, 25.0})
        for (double roll : {0.0, 10.0}) {
          const HeadPose pose = estimateHeadPose(project({yaw, pitch, roll}), frame);
          QVERIFY2(std::abs(pose.yaw - yaw) < 1.0 && std::abs(pose.pitch - pitch) < 1.0 && std::abs(pose.roll - roll) < 1.0,
                   qPrintable(QString("(%1, %2, %3) read as (%4, %5, %6)").arg(yaw).arg(pitch).arg(roll).arg(pose.yaw).arg(pose.pitch).arg(pose.roll)));
        }
    // Degenerate landmarks give no pose rather than a made-up one.
    std::array<Point2, 5> onePoint{};
    QVERIFY(std::isnan(estimateHeadPose(onePoint, frame).yaw));
  }

  void sharpnessFallsOnABlurredCopy() {
    YuNetFaceDetector detector(DetectorSpec{detectorPath()});
    const cv::Mat image = photo("astronaut.png");
    double previous = 1e18;
    for (double sigma : {0.0, 1.5, 3.0}) {
      cv::Mat blurred = image.clone();
      if (sigma > 0) cv::GaussianBlur(image, blurred, cv::Size(0, 0), sigma);
      const auto face = detector.detect(blurred).at(0);
      const auto q = measureFaceQuality(face, alignFace(blurred, face, {224, 0.15f}).crop, blurred.size());
      qInfo("blur sigma %.1f: sharpness %.1f, face %.0f px", sigma, q.sharpness, q.sizePx);
      QVERIFY2(q.sharpness < previous / 2, qPrintable(QString("sharpness %1 after %2").arg(q.sharpness).arg(previous)));
      previous = q.sharpness;
    }
  }

  void validNeedsEveryThreshold() {
    FaceQuality q;
    q.sizePx = 100, q.sharpness = 80, q.pose = {10, -5, 3};
    const QualityThresholds defaults;
    QVERIFY(defaults.passes(q, 0.9));
    QualityThresholds t;
    t.maxYaw = 5;
    QVERIFY(!t.passes(q, 0.9));
    t = {};
    t.minScore = 0.95;
    QVERIFY(!t.passes(q, 0.9));
    q.sizePx = 20;
    QVERIFY(!defaults.passes(q, 0.9));
    q.sizePx = 100, q.pose.yaw = std::nan("");
    QVERIFY(!defaults.passes(q, 0.9));  // no pose, no claim that it is within limits
    t = {};
    t.maxPitch = -1;
    QVERIFY_THROWS_EXCEPTION(ModelError, t.validate());
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
      for (auto id : tracker.update(faces, noFeatures, frame.timestamp)) ids.insert(id);
      withFace += !faces.empty();
    }
    qInfo("%d frames, %d sampled with a face, ids used: %zu", frames, withFace, ids.size());
    QCOMPARE(ids.size(), std::size_t{1});
  }
};

MIEN_TEST_MAIN(TestFaces)
#include "test_faces.moc"
