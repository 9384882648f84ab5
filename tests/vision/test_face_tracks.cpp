// Face ids on composed recordings whose truth is known by construction (benchmarks/face_scenes): real face
// photos, the real detector, the tracker without appearance features (motion must carry it).
#include <QtTest>

#include "support/fixtures.h"
#include "support/test_main.h"
#include "track_scoring.h"

using namespace mien;
using namespace mien::scenes;

namespace {

std::string detectorPath() { return std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx"; }

void report(const std::string& name, const TrackScore& s) {
  qInfo("%s: %d frames, %d matched, %d missed, %d false, %d switches, %d fragmentations, longest gap %.2f s, MOTA %.3f",
        name.c_str(), s.frames, s.matched, s.missed, s.falseDetections, s.idSwitches, s.fragmentations, s.longestGapSeconds,
        s.mota());
}

void requireOnePersonPerId(const TrackScore& s) {
  for (const auto& [id, persons] : s.personsOfId) QVERIFY2(persons.size() == 1, qPrintable(QString("id %1 was given to %2 people").arg(id).arg(persons.size())));
  QCOMPARE(s.sharedIds, 0);
}

}  // namespace

class TestFaceTracks : public QObject {
  Q_OBJECT
  std::unique_ptr<YuNetFaceDetector> detector_;
  std::vector<cv::Mat> faces_;

  TrackScore run(const std::string& name) {
    const auto s = trackScene(sceneNamed(name), faces_, *detector_);
    report(name, s);
    return s;
  }

 private slots:
  void initTestCase() {
    detector_ = std::make_unique<YuNetFaceDetector>(DetectorSpec{detectorPath()});
    faces_ = loadFacePhotos(test::sharedPath("media"), *detector_);
    QVERIFY(faces_.size() >= 3);
  }

  void crossingFacesKeepTheirIds() {
    const auto s = run("crossing");
    requireOnePersonPerId(s);
    QCOMPARE(s.idsOfPerson.at(0).size(), std::size_t{1});
    QCOMPARE(s.idsOfPerson.at(1).size(), std::size_t{1});
    QCOMPARE(s.idSwitches, 0);
  }

  void aFaceHiddenBehindAnotherKeepsItsIdAndANewcomerGetsANewOne() {
    const auto s = run("behind");
    requireOnePersonPerId(s);
    QVERIFY2(s.longestGapSeconds >= 0.5 && s.longestGapSeconds <= 1.0,
             qPrintable(QString("the hidden face was out of sight %1 s; the scene must hide it for 0.5-1 s").arg(s.longestGapSeconds)));
    QCOMPARE(s.idsOfPerson.at(1).size(), std::size_t{1});  // the face that passed behind
    QCOMPARE(s.idsOfPerson.at(2).size(), std::size_t{1});  // the newcomer: its own id, not the hidden face's
    QVERIFY(*s.idsOfPerson.at(2).begin() != *s.idsOfPerson.at(1).begin());
    QCOMPARE(s.idSwitches, 0);
  }

  void facesEnteringAndLeavingGetTheirOwnIds() {
    const auto s = run("enter-leave");
    requireOnePersonPerId(s);
    QCOMPARE(s.idsOfPerson.at(0).size(), std::size_t{1});
    QCOMPARE(s.idsOfPerson.at(1).size(), std::size_t{1});
  }

  void facesSideBySideStayApart() {
    const auto s = run("side-by-side");
    requireOnePersonPerId(s);
    QCOMPARE(s.idsOfPerson.at(0).size(), std::size_t{1});
    QCOMPARE(s.idsOfPerson.at(1).size(), std::size_t{1});
    QCOMPARE(s.idSwitches, 0);
  }

  void aFaceBackFromTheOtherSideIsANewIdNeverSomeoneElses() {
    const auto s = run("leave-reenter");
    requireOnePersonPerId(s);
    QCOMPARE(s.idsOfPerson.at(0).size(), std::size_t{2});  // off its predicted path: a fragmentation, by design
    QCOMPARE(s.idSwitches, 1);
  }
};

MIEN_TEST_MAIN(TestFaceTracks)
#include "test_face_tracks.moc"
