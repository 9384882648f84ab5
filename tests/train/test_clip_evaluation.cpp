// The authors' video mode: their test sampling, the clip's probabilities from the mean of its frames' features
// (checked against a float64 computation of the formula), and mien-cli evaluate on their lists and on folders.
#include <ATen/ATen.h>
#include <QtTest>
#include <filesystem>
#include <fstream>

#include "media/image_file.h"
#include "model/classifier.h"
#include "model/expclip_head.h"
#include "model/gfer_head.h"
#include "model/preprocessing.h"
#include "model/torch_checkpoint_reader.h"
#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/clip_evaluation.h"
#include "train/clip_sampling.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString shared(const std::string& relative) { return q(test::sharedPath(relative)); }

const std::vector<std::string> kClasses = {"happiness", "sadness", "surprise"};

EngineSpec tinyEngine(const std::string& head) {
  EngineSpec o;
  o.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
  o.head = head;
  o.device = DevicePreference::Cpu;
  o.detector.path = std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx";
  return o;
}

PromptSet twoPromptsPerClass() { return PromptSet::fromClassNames(kClasses, {"an expression of {}.", "a photo of a {} face."}); }

// A frame folder of `count` face crops that differ frame to frame (brightness, mirroring), named as datasets name them.
FaceScanSettings detection() {
  FaceScanSettings settings;
  settings.detector = tinyEngine("").detector;
  return settings;
}

void writeFrameFolder(const std::string& folder, int count) {
  LabelledFaceReader reader(detection());
  const RgbImage face = *reader.face(test::sharedPath("media/astronaut.png"));
  fs::create_directories(folder);
  for (int i = 0; i < count; ++i) {
    RgbImage frame = face;
    for (std::size_t p = 0; p < frame.pixels.size(); ++p) {
      const int mirrored = (i % 3 == 0) ? static_cast<int>(p / 3 % frame.width) : -1;
      const std::size_t from = mirrored < 0 ? p : p + 3 * (frame.width - 1 - 2 * mirrored);
      frame.pixels[p] = static_cast<std::uint8_t>(std::min(255, face.pixels[from] + 5 * i));
    }
    char name[32];
    std::snprintf(name, sizeof name, "%05d.png", i + 1);
    QVERIFY(writeRgbImagePng((fs::path(folder) / name).string(), frame));
  }
}

at::Tensor asDoubles(const std::vector<std::vector<float>>& rows) {
  at::Tensor t = at::empty({static_cast<std::int64_t>(rows.size()), static_cast<std::int64_t>(rows[0].size())}, at::kDouble);
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (std::size_t d = 0; d < rows[i].size(); ++d) t[static_cast<long>(i)][static_cast<long>(d)] = rows[i][d];
  return t;
}

// Softmax over classes of exp(logit_scale) * cosine, averaged over each class's prompts (the static formula).
at::Tensor zeroShotProbabilities(const at::Tensor& image, const at::Tensor& texts, double logitScale, int promptsPerClass) {
  const at::Tensor i = image / image.norm();
  const at::Tensor t = texts / texts.norm(2, 1, true);
  const at::Tensor perPrompt = std::exp(logitScale) * at::matmul(t, i);
  return at::softmax(perPrompt.reshape({-1, promptsPerClass}).mean(1), 0);
}

test::ProcessResult cli(const QStringList& args) { return test::runProgram(MIEN_CLI_PATH, args, 300000); }

QStringList tinyModelWithHead() {
  return {"--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head", shared("fixtures/clip-tiny/head-tiny.pth"),
          "--device", "cpu", "--classes", "happiness,sadness,surprise"};
}

std::vector<std::string> csvLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

class TestClipEvaluation : public QObject {
  Q_OBJECT

 private slots:
  void framesAreSampledAsTheAuthorsSampleThem() {
    using V = std::vector<std::int64_t>;
    QCOMPARE(authorsClipFrameIndices(86, 16), (V{2, 8, 13, 18, 24, 29, 34, 40, 45, 51, 56, 61, 67, 72, 77, 83}));
    QCOMPARE(authorsClipFrameIndices(17, 16), (V{0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16}));
    QCOMPARE(authorsClipFrameIndices(1000, 16), (V{31, 93, 156, 218, 281, 343, 406, 468, 531, 593, 656, 718, 781, 843, 906, 968}));
    QCOMPARE(authorsClipFrameIndices(20, 8), (V{1, 3, 6, 8, 11, 13, 16, 18}));
    for (std::int64_t shortClip : {1, 5, 16}) QCOMPARE(authorsClipFrameIndices(shortClip, 16), V(16, 0));  // their quirk
  }

  void aClipsProbabilitiesAreTheFormulaOfTheirVideoMode() {
    test::ScratchDir dir;
    writeFrameFolder(dir.path("clip"), 20);
    auto classifier = createClassifier(tinyEngine(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")), twoPromptsPerClass());
    LabelledFaceReader reader(detection());
    const ClipFaces clip = sampledClipFaces({dir.path("clip"), -1, 0}, 16, reader);
    QCOMPARE(clip.faces.size(), 16u);
    const std::vector<float> mien = classifyClip(*classifier, clip.faces);

    // encode_image -> float -> head -> mean over the 16 frames -> L2-normalise -> logits against the prompts.
    const at::Tensor frames = asDoubles(classifier->encodeFaces(clip.faces));
    const at::Tensor head = ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")).weight().to(at::kDouble);
    const at::Tensor image = at::matmul(frames, head.t()).mean(0);
    const at::Tensor texts = at::matmul(asDoubles(classifier->encodeTexts(twoPromptsPerClass().allPrompts())), head.t());
    const double logitScale = readTorchStateDict(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")).at("logit_scale").item<double>();
    const at::Tensor expected = zeroShotProbabilities(image, texts, logitScale, 2);
    for (std::size_t c = 0; c < kClasses.size(); ++c)
      QVERIFY2(std::abs(mien[c] - expected[static_cast<long>(c)].item<double>()) < 1e-5,
               qPrintable(QString("class %1: %2 vs %3").arg(c).arg(mien[c]).arg(expected[static_cast<long>(c)].item<double>())));

    classifier->setHeadEnabled(false);  // plain CLIP averages its own features the same way
    const std::vector<float> plain = classifyClip(*classifier, clip.faces);
    const at::Tensor plainExpected = zeroShotProbabilities(
        frames.mean(0), asDoubles(classifier->encodeTexts(twoPromptsPerClass().allPrompts())), logitScale, 2);
    for (std::size_t c = 0; c < kClasses.size(); ++c)
      QVERIFY(std::abs(plain[c] - plainExpected[static_cast<long>(c)].item<double>()) < 1e-5);
  }

  void aGferClipAveragesTheMaskedFeatures() {
    test::ScratchDir dir;
    writeFrameFolder(dir.path("clip"), 18);
    const std::string headPath = test::sharedPath("fixtures/gfer-tiny/gfer-tiny.pth");
    auto classifier = createClassifier(tinyEngine(headPath));
    LabelledFaceReader reader(detection());
    const ClipFaces clip = sampledClipFaces({dir.path("clip"), -1, 0}, 16, reader);
    const std::vector<float> mien = classifyClip(*classifier, clip.faces);

    const GferHead head = GferHead::load(headPath);
    const at::Tensor images = preprocessBatch(clip.faces, Preprocessing::ImageNet, 224);
    const at::Tensor masked = (asDoubles(classifier->encodeFaces(clip.faces)) * head.mask(images, false).to(at::kDouble)).mean(0);
    const TensorMap weights = readTorchStateDict(headPath);
    const at::Tensor logits = at::matmul(weights.at("fc.weight").to(at::kDouble), masked) +
                              weights.at("fc.bias").to(at::kDouble);
    const at::Tensor expected = at::softmax(logits, 0);
    for (long c = 0; c < expected.size(0); ++c) QVERIFY(std::abs(mien[static_cast<std::size_t>(c)] - expected[c].item<double>()) < 1e-5);
  }

  void evaluateReadsTheAuthorsListsAsTheyAre() {
    test::ScratchDir dir;
    for (const char* clip : {"00001", "00002", "00003"}) writeFrameFolder(dir.path(std::string("DFEW/") + clip), 20);
    const std::string prefix = "/data/EECS-IoannisLab/datasets/DFEW/Clip/jpg_256/";
    test::writeBytes(dir.path("set_1_test.txt"), prefix + "00001 20 0\n" + prefix + "00002 18 2\n" + prefix + "00003 20 1\n");
    const auto run = cli(QStringList{"evaluate", "--clips", q(dir.path("set_1_test.txt")), "--root", q(dir.path("DFEW")), "-o",
                                     q(dir.path("out"))} + tinyModelWithHead());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("3 clips in 3 classes") && run.out.contains("16 frames sampled"), qPrintable(run.out));
    const auto summary = csvLines(dir.path("out/summary.csv"));
    QCOMPARE(summary.size(), 3u);  // header, plain CLIP, the head
    for (std::size_t row = 1; row < summary.size(); ++row) QVERIFY2(q(summary[row]).split(',')[3] == "3", summary[row].c_str());
    const auto confusion = csvLines(dir.path("out/confusion-clip-zero-shot.csv"));
    QCOMPARE(q(confusion[0]), QString("true\\predicted,happiness,sadness,surprise"));
    for (std::size_t row = 1; row <= 3; ++row) {  // each class holds one clip: row sums of 1
      int sum = 0;
      for (const auto& cell : q(confusion[row]).split(',').mid(1)) sum += cell.toInt();
      QCOMPARE(sum, 1);
    }

    test::writeBytes(dir.path("bad_label.txt"), prefix + "00001 20 3\n");
    const auto label = cli(QStringList{"evaluate", "--clips", q(dir.path("bad_label.txt")), "--root", q(dir.path("DFEW"))} + tinyModelWithHead());
    QVERIFY2(label.exitCode == 2 && label.err.contains("Line 1") && label.err.contains("label 3") && label.err.contains("3 classes"),
             qPrintable(label.err));
    const auto oneBased = cli(QStringList{"evaluate", "--clips", q(dir.path("bad_label.txt")), "--root", q(dir.path("DFEW")),
                                          "--label-base", "1"} + tinyModelWithHead());
    QVERIFY2(oneBased.exitCode == 0, qPrintable(oneBased.err));
    const auto root = cli(QStringList{"evaluate", "--clips", q(dir.path("set_1_test.txt")), "--root", q(dir.path("elsewhere"))} + tinyModelWithHead());
    QVERIFY2(root.exitCode == 2 && root.err.contains("does not exist") && root.err.contains("--root"), qPrintable(root.err));
    test::writeBytes(dir.path("short.txt"), prefix + "00001 90 0\n");  // more frames than the folder holds
    const auto frames = cli(QStringList{"evaluate", "--clips", q(dir.path("short.txt")), "--root", q(dir.path("DFEW"))} + tinyModelWithHead());
    QVERIFY2(frames.err.contains("holds 20 frames, but its list gives 90"), qPrintable(frames.err));
  }

  void evaluateTakesAFolderOfVideosAndFrameFoldersPerClass() {
    test::ScratchDir dir;
    fs::create_directories(dir.path("clips/happiness"));
    fs::create_directories(dir.path("clips/surprise"));
    fs::copy_file(test::sharedPath("media/single_face.mp4"), dir.path("clips/happiness/smile.mp4"));
    writeFrameFolder(dir.path("clips/happiness/crops"), 10);
    fs::copy_file(test::sharedPath("media/noface_face.mov"), dir.path("clips/surprise/enters.mov"));
    const auto run = cli(QStringList{"evaluate", q(dir.path("clips")), "-o", q(dir.path("out"))} + tinyModelWithHead());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("3 clips in 2 classes"), qPrintable(run.out));
    QVERIFY2(run.err.contains("9 sampled frames without a face left out"), qPrintable(run.err));  // frames 0-95 hold none
    QCOMPARE(q(csvLines(dir.path("out/summary.csv"))[1]).split(',')[3], QString("3"));
  }
};

MIEN_TEST_MAIN(TestClipEvaluation)
#include "test_clip_evaluation.moc"
