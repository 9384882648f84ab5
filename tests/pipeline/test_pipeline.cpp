// The analysis session's flow policies with the real fixture model: live drops stale frames and reports
// latency, offline keeps every frame; prompt edits take effect on the next batch; cancel stops promptly.
#include <QtTest>
#include <chrono>
#include <thread>

#include "media/realtime_playback.h"
#include "media/video_file_source.h"
#include "model/classifier.h"
#include "pipeline/analysis_session.h"
#include "support/fixtures.h"
#include "support/test_main.h"

using namespace mien;

namespace {

// The real classifier, made slow: what a big model on a small CPU looks like to the pipeline.
class SlowClassifier : public Classifier {
 public:
  SlowClassifier(Classifier& inner, int delayMs) : inner_(inner), delayMs_(delayMs) {}
  std::vector<std::string> classNames() const override { return inner_.classNames(); }
  std::vector<Classification> classifyFaces(const std::vector<RgbImage>& faces) override {
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs_));
    return inner_.classifyFaces(faces);
  }
  std::vector<Classification> classifyFeatureMeans(const std::vector<std::vector<float>>& means) override {
    return inner_.classifyFeatureMeans(means);
  }
  std::vector<std::vector<float>> encodeFaces(const std::vector<RgbImage>& faces) override {
    return inner_.encodeFaces(faces);
  }
  bool promptsEditable() const override { return true; }
  void setPromptSet(const PromptSet& p) override { inner_.setPromptSet(p); }
  bool hasHead() const override { return inner_.hasHead(); }
  bool headEnabled() const override { return inner_.headEnabled(); }
  void setHeadEnabled(bool e) override { inner_.setHeadEnabled(e); }
  std::string deviceDescription() const override { return inner_.deviceDescription(); }
  std::string modelDescription() const override { return inner_.modelDescription(); }
  std::string preprocessingName() const override { return inner_.preprocessingName(); }

 private:
  Classifier& inner_;
  int delayMs_;
};

std::unique_ptr<Classifier> tinyClassifier() {
  EngineSpec o;
  o.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
  o.head = test::sharedPath("fixtures/clip-tiny/head-tiny.pth");
  o.device = DevicePreference::Cpu;
  o.detector.path = std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx";
  return createClassifier(o, PromptSet::fromClassNames({"happiness", "sadness", "surprise"}, {"an expression of {}."}));
}

SessionSettings settings(FlowPolicy policy) {
  SessionSettings s;
  s.policy = policy;
  return s;
}

}  // namespace

class TestPipeline : public QObject {
  Q_OBJECT

 private slots:
  void offlineKeepsEveryFrameInOrder() {
    auto classifier = tinyClassifier();
    AnalysisSession session(openVideoFile(test::sharedPath("media/single_face.mp4")), *classifier, settings(FlowPolicy::Offline));
    std::vector<std::int64_t> frames;
    SessionProgress last;
    session.onResult([&](const FrameResult& r) {
      frames.push_back(r.frameIndex);
      QCOMPARE(r.faces.size(), std::size_t{1});
      QCOMPARE(r.faces[0].trackId, std::int64_t{1});
    });
    session.onProgress([&](const SessionProgress& p) { last = p; });
    session.run();
    QCOMPARE(frames.size(), std::size_t{72});
    for (std::size_t i = 0; i < frames.size(); ++i) QCOMPARE(frames[i], static_cast<std::int64_t>(i));
    QCOMPARE(last.framesDone, std::int64_t{72});
    QCOMPARE(last.framesDropped, std::int64_t{0});
    QVERIFY(last.fps > 0);
  }

  void liveDropsStaleFramesAndBoundsLatency() {
    auto real = tinyClassifier();
    SlowClassifier slow(*real, 120);  // slower than the 30 fps source
    auto source = playInRealTime(openVideoFile(test::sharedPath("media/single_face.mp4")));
    AnalysisSession session(std::move(source), slow, settings(FlowPolicy::Live));
    std::vector<double> latencies;
    SessionProgress last;
    session.onResult([&](const FrameResult& r) { latencies.push_back(r.latencyMs); });
    session.onProgress([&](const SessionProgress& p) { last = p; });
    session.run();
    qInfo("live: %zu of 72 frames labelled, %lld dropped, last latency %.0f ms", latencies.size(),
          static_cast<long long>(last.framesDropped), last.latencyMs);
    QVERIFY(latencies.size() < 72);
    QVERIFY(last.framesDropped > 0);
    // Newest frame wins: a result is never more than about two model runs old.
    QVERIFY(*std::max_element(latencies.begin(), latencies.end()) < 120 * 2 + 200);
  }

  void promptEditsTakeEffectOnTheNextBatch() {
    auto classifier = tinyClassifier();
    auto s = settings(FlowPolicy::Offline);
    s.framesPerGroup = 4;
    AnalysisSession session(openVideoFile(test::sharedPath("media/single_face.mp4")), *classifier, s);
    std::vector<std::size_t> classCounts;
    session.onResult([&](const FrameResult& r) {
      classCounts.push_back(r.faces.at(0).probabilities.size());
      if (r.frameIndex == 10) session.setPromptSet(PromptSet::fromClassNames({"calm", "joy", "anger", "fear", "awe"}));
    });
    session.run();
    QCOMPARE(classCounts.front(), std::size_t{3});
    QCOMPARE(classCounts.back(), std::size_t{5});
    QCOMPARE(classCounts[11], std::size_t{3});  // frames 8..11 were one batch, already running
    QCOMPARE(classCounts[12], std::size_t{5});
  }

  void cancelStopsPromptly() {
    auto classifier = tinyClassifier();
    AnalysisSession session(openVideoFile(test::sharedPath("media/WolfgangLanger_Pexels.mp4")), *classifier,
                            settings(FlowPolicy::Offline));
    int results = 0;
    session.onResult([&](const FrameResult&) {
      if (++results == 20) session.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    session.run();
    QVERIFY(session.wasCancelled());
    QVERIFY(results < 40);
    QVERIFY(timer.elapsed() < 20000);
  }
};

MIEN_TEST_MAIN(TestPipeline)
#include "test_pipeline.moc"
