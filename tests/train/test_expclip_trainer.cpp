// Training the Exp-CLIP head on real face crops (detected and aligned from ../shared/media) with the tiny
// CLIP: the loss falls, checkpoints reload in the authors' format, and a resumed run ends at the same weights.
#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <QtTest>
#include <filesystem>

#include "common/errors.h"
#include "media/video_file_source.h"
#include "model/clip_model.h"
#include "model/preprocessing.h"
#include "support/expect_error.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/expclip_trainer.h"
#include "vision/face_alignment.h"
#include "vision/yunet_face_detector.h"

using namespace mien;

namespace {

// CLIP-tiny features of aligned faces from two real videos, every 6th frame.
at::Tensor realFaceFeatures() {
  static const at::Tensor features = [] {
    YuNetFaceDetector detector(DetectorSpec{std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx"});
    std::vector<RgbImage> crops;
    for (const char* video : {"media/single_face.mp4", "media/WolfgangLanger_Pexels.mp4"}) {
      auto source = openVideoFile(test::sharedPath(video));
      Frame frame;
      while (source->next(frame) && crops.size() < 48)
        if (frame.index % 6 == 0)
          for (const auto& face : detector.detect(frame.bgr)) crops.push_back(alignFace(frame.bgr, face, {}).crop);
    }
    auto clip = ClipModel::load(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt"));
    return clip->encodeImage(preprocessBatch(crops, Preprocessing::ExpClip, 224));
  }();
  return features;
}

at::Tensor embeddingsFor(std::int64_t n) {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(11);
  return at::randn({n, 64}, generator);  // stand-in for BLIP2 instruction embeddings (K = 64 like head-tiny)
}

ExpClipTrainingSettings settings() {
  ExpClipTrainingSettings s;
  s.learningRate = 0.5;
  s.batchSize = 16;
  s.epochs = 6;
  s.milestones = {4};
  s.seed = 3;
  s.logitScale = std::exp(4.2);
  return s;
}

ExpClipHead tinyHead() { return ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")); }

}  // namespace

class TestExpClipTrainer : public QObject {
  Q_OBJECT

 private slots:
  void lossFallsAndCheckpointsReload() {
    const at::Tensor features = realFaceFeatures();
    QVERIFY(features.size(0) >= 30);
    ExpClipTrainer trainer(features, embeddingsFor(features.size(0)), tinyHead(), settings());
    const double before = trainer.meanLoss();
    test::ScratchDir dir;
    std::vector<double> losses;
    QVERIFY(trainer.train(dir.path("ckpt"), [&](const ExpClipEpochReport& r) { losses.push_back(r.meanLoss); }));
    const double after = trainer.meanLoss();
    qInfo("%lld faces; loss %.4f -> %.4f", static_cast<long long>(features.size(0)), before, after);
    QVERIFY(after < before * 0.9);
    QCOMPARE(losses.size(), std::size_t{6});
    const ExpClipHead saved = ExpClipHead::load(dir.path("ckpt/epoch-6.pth"));  // the authors' format
    QVERIFY(at::equal(saved.project(features), trainer.head().project(features)));
  }

  void resumedTrainingEndsAtTheSameWeights() {
    const at::Tensor features = realFaceFeatures();
    const at::Tensor embeddings = embeddingsFor(features.size(0));
    ExpClipTrainer straight(features, embeddings, tinyHead(), settings());
    QVERIFY(straight.train(""));
    test::ScratchDir dir;
    std::atomic<bool> cancel{false};
    ExpClipTrainer interrupted(features, embeddings, tinyHead(), settings());
    interrupted.train(dir.path("ckpt"), [&](const ExpClipEpochReport& r) {
      if (r.epoch == 3) cancel = true;  // stopped after epoch 3, as a killed run would be
    }, &cancel);
    QCOMPARE(interrupted.epochsDone(), 3);
    ExpClipTrainer resumed(features, embeddings, tinyHead(), settings());
    resumed.resumeFrom(dir.path("ckpt/epoch-3.safetensors"));
    QVERIFY(resumed.train(dir.path("ckpt")));
    QVERIFY(at::equal(resumed.head().weight(), straight.head().weight()));
  }

  void aDivergingRunStopsAndKeepsTheLastGoodCheckpoint() {
    const at::Tensor features = realFaceFeatures();
    const at::Tensor embeddings = embeddingsFor(features.size(0));
    test::ScratchDir dir;
    ExpClipTrainingSettings calm = settings();
    calm.epochs = 1;
    ExpClipTrainer first(features, embeddings, tinyHead(), calm);
    QVERIFY(first.train(dir.path("ckpt")));
    ExpClipTrainingSettings wild = settings();
    wild.learningRate = 1e30;
    wild.epochs = 3;
    ExpClipTrainer resumed(features, embeddings, tinyHead(), wild);
    resumed.resumeFrom(dir.path("ckpt/epoch-1.safetensors"));
    const QString message = test::errorMessage<ModelError>([&] { resumed.train(dir.path("ckpt")); });
    QVERIFY2(message.contains("epoch 2") && message.contains("not a finite number") && message.contains("learning rate"),
             qPrintable(message));
    QVERIFY(!std::filesystem::exists(dir.path("ckpt/epoch-2.safetensors")));
    QVERIFY(at::isfinite(ExpClipHead::load(dir.path("ckpt/epoch-1.pth")).weight()).all().item<bool>());
  }

  void batchesOfNoFacesAreRefused() {
    const at::Tensor features = realFaceFeatures();
    for (int batch : {0, -5}) {
      ExpClipTrainingSettings s = settings();
      s.batchSize = batch;
      QVERIFY_THROWS_EXCEPTION(ModelError, ExpClipTrainer(features, embeddingsFor(features.size(0)), tinyHead(), s));
    }
  }

  void wrongSizesAreNamed() {
    const at::Tensor features = realFaceFeatures();
    QVERIFY_THROWS_EXCEPTION(ModelError, ExpClipTrainer(features, at::zeros({features.size(0), 4096}), tinyHead(), settings()));
    QVERIFY_THROWS_EXCEPTION(ModelError, ExpClipTrainer(features, at::zeros({3, 64}), tinyHead(), settings()));
  }
};

MIEN_TEST_MAIN(TestExpClipTrainer)
#include "test_expclip_trainer.moc"
