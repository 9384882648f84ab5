// The classifier interface: manifests pick the preprocessing, prompt sets load, ensembles average, caches hold.
#include <ATen/ATen.h>
#include <QtTest>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "model/classifier.h"
#include "model/expclip_head.h"
#include "model/torch_checkpoint_reader.h"
#include "model/model_manifest.h"
#include "model/preprocessing.h"
#include "model/prompt_set.h"
#include "model/zero_shot.h"
#include "support/fixtures.h"
#include "support/test_main.h"
#include "support/scratch_dir.h"

using namespace mien;

namespace {

const std::string kRepo = std::string(MIEN_TEST_DATA_DIR) + "/../..";

RgbImage gradientImage(int width, int height, int seed) {
  RgbImage image{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      for (int c = 0; c < 3; ++c)
        image.pixels[(static_cast<std::size_t>(y) * width + x) * 3 + c] =
            static_cast<std::uint8_t>((x * (c + 1) + y * 2 + seed * 37) % 256);
  return image;
}

PromptSet basicSeven() { return PromptSet::load(kRepo + "/resources/prompts/basic-7.ensemble-5.json"); }

EngineSpec tinyOptions(const std::string& head) {
  EngineSpec o;
  o.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
  o.head = head;
  o.device = DevicePreference::Cpu;
  o.resourcesDir = kRepo + "/resources";
  o.manifestsDir = kRepo + "/models";
  return o;
}

}  // namespace

class TestZeroShot : public QObject {
  Q_OBJECT

 private slots:
  void shippedPromptSetsAreThePapers() {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kRepo + "/resources/prompts")) {
      const auto set = PromptSet::load(entry.path().string());
      const auto name = entry.path().filename().string();
      const std::size_t classes = name.rfind("basic-7", 0) == 0 ? 7 : name.rfind("contempt-8", 0) == 0 ? 8 : 11;
      QCOMPARE(set.classes.size(), classes);
      const std::size_t perClass = name.find("ensemble-10") != std::string::npos ? 10
                                   : name.find("ensemble-5") != std::string::npos ? 5 : 1;
      for (const auto& c : set.classes) QCOMPARE(c.prompts.size(), perClass);
      ++files;
    }
    QCOMPARE(files, 15);
    const auto photo = PromptSet::load(kRepo + "/resources/prompts/contempt-8.a-photo-of-a-face.json");
    QCOMPARE(photo.classes[7].prompts[0], std::string("a photo of a face with an expression of contempt."));
  }

  void promptSetErrorsAreClear() {
    QVERIFY_THROWS_EXCEPTION(ModelError, PromptSet::fromJson("{", "x"));
    QVERIFY_THROWS_EXCEPTION(ModelError, PromptSet::fromJson(R"({"classes":[{"name":"a"}]})", "x"));
    QVERIFY_THROWS_EXCEPTION(ModelError, PromptSet::fromJson(R"({"classes":[{"name":"a"},{"name":"a"}]})", "x"));
    QVERIFY_THROWS_EXCEPTION(ModelError, PromptSet::fromJson(R"({"classes":[{"name":"a","prompts":[""]},{"name":"b"}]})", "x"));
    auto set = PromptSet::fromJson(R"({"classes":[{"name":"a"},{"name":"b","prompts":["x b","y b"]}]})", "x");
    QCOMPARE(set.classes[0].prompts, std::vector<std::string>{"a"});
    test::ScratchDir dir;
    set.save(dir.path("s.json"));
    QCOMPARE(PromptSet::load(dir.path("s.json")).allPrompts(), set.allPrompts());
  }

  void manifestsChoosePreprocessing() {
    auto headManifest = findManifestFor("/somewhere/ExpCLIP_B16_model.pth", "expclip-head", kRepo + "/models");
    QVERIFY(headManifest);
    QCOMPARE(headManifest->id, std::string("expclip-b16-head"));
    QCOMPARE(headManifest->preprocessing, std::string("expclip"));
    auto unknownHead = findManifestFor("/somewhere/my-head.pth", "expclip-head", kRepo + "/models");
    QCOMPARE(unknownHead->id, std::string("default-expclip-head"));
    QCOMPARE(findManifestFor("/x/ViT-L-14.pt", "encoder", kRepo + "/models")->preprocessing, std::string("clip"));
    auto withHead = createClassifier(tinyOptions(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")), basicSeven());
    QCOMPARE(withHead->preprocessingName(), std::string("expclip"));
    auto plain = createClassifier(tinyOptions(""), basicSeven());
    QCOMPARE(plain->preprocessingName(), std::string("clip"));
    test::ScratchDir dir;
    test::writeBytes(dir.path("bad.json"), R"({"id":"x","kind":"expclip-head"})");
    QVERIFY_THROWS_EXCEPTION(ModelError, ModelManifest::load(dir.path("bad.json")));
  }

  void expClipPreprocessingIsPlainScaling() {
    const RgbImage image = gradientImage(224, 224, 1);
    const at::Tensor t = preprocessImage(image, Preprocessing::ExpClip, 224);
    QCOMPARE(t.sizes().vec(), (std::vector<std::int64_t>{3, 224, 224}));
    QCOMPARE(t[1][10][20].item<float>(), static_cast<float>(image.pixels[(10 * 224 + 20) * 3 + 1] / 255.0));
    RgbImage flat{300, 200, std::vector<std::uint8_t>(300 * 200 * 3, 77)};
    QVERIFY(at::allclose(preprocessImage(flat, Preprocessing::ExpClip, 224), at::full({3, 224, 224}, 77 / 255.0)));
    const at::Tensor clip = preprocessImage(flat, Preprocessing::Clip, 224);
    QVERIFY(std::abs(clip[0][0][0].item<float>() - (77 / 255.0 - 0.48145466) / 0.26862954) < 1e-5);
    QVERIFY_THROWS_EXCEPTION(ModelError, preprocessImage(RgbImage{4, 4, {1, 2, 3}}, Preprocessing::Clip, 224));
  }

  void classifyMatchesTheEngineAndSumsToOne() {
    auto classifier = createClassifier(tinyOptions(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")), basicSeven());
    std::vector<RgbImage> faces = {gradientImage(120, 150, 1), gradientImage(224, 224, 2), gradientImage(64, 64, 3)};
    const auto probs = classifier->classify(faces);
    QCOMPARE(probs.size(), faces.size());
    for (const auto& p : probs) {
      QCOMPARE(p.size(), std::size_t{7});
      double sum = 0;
      for (float v : p) sum += v;
      QVERIFY(std::abs(sum - 1.0) < 1e-5);
    }
    // The same numbers straight from the engine on the preprocessed batch.
    ZeroShotClassifier engine(ClipModel::load(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")),
                              ClipTokenizer::forModel(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt"), kRepo + "/resources"),
                              ExpClipHead::load(test::sharedPath("fixtures/clip-tiny/head-tiny.pth")));
    engine.setPromptSet(basicSeven());
    const at::Tensor expected = at::softmax(engine.logits(preprocessBatch(faces, Preprocessing::ExpClip, 224)), 1);
    for (std::size_t i = 0; i < faces.size(); ++i)
      for (std::size_t c = 0; c < 7; ++c) QCOMPARE(probs[i][c], expected[i][c].item<float>());
    // Batch composition does not change a face's result.
    const auto single = classifier->classify({faces[1]});
    for (std::size_t c = 0; c < 7; ++c) QVERIFY(std::abs(single[0][c] - probs[1][c]) < 1e-5);
  }

  void theTextTowerIsLetGoOnceThePromptsAreEncodedAndBuiltAgainExactly() {
    const auto path = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    auto model = ClipModel::load(path);
    QVERIFY(!model->holdsTextEncoder());  // built on first use, not at load
    QVERIFY(!model->holdsImageEncoder());
    ZeroShotClassifier engine(model, ClipTokenizer::forModel(path, kRepo + "/resources"), std::nullopt);
    const at::Tensor tokens = engine.tokenize({"a happy face", "a photo of a sad face"});
    const at::Tensor first = model->encodeText(tokens);
    QVERIFY(model->holdsTextEncoder());
    model->releaseTextEncoder();
    QVERIFY(!model->holdsTextEncoder());
    QVERIFY(at::equal(model->encodeText(tokens), first));  // rebuilt from the kept tensors: the same numbers
    QVERIFY(at::equal(first, ClipModel::load(path)->encodeText(tokens)));

    model->releaseTextEncoder();
    engine.setPromptSet(basicSeven());
    engine.encodePrompts();  // as createClassifier does before building the image tower
    QVERIFY(!model->holdsTextEncoder());
    QVERIFY(!model->holdsImageEncoder());
    const at::Tensor images = test::clipTinyExpected().at("images");
    const at::Tensor before = engine.logits(images);
    QVERIFY(model->holdsImageEncoder());
    QVERIFY(!model->holdsTextEncoder());  // let go once the prompts were encoded
    PromptSet edited = basicSeven();
    edited.classes[0].prompts.push_back("a face that is beaming");
    engine.setPromptSet(edited);
    engine.logits(images);  // an edited prompt: encoded again
    QVERIFY(!model->holdsTextEncoder());
    engine.setPromptSet(basicSeven());
    QVERIFY(at::equal(engine.logits(images), before));
  }

  void ensembleAveragesLogitsPerClassWithUnequalCounts() {
    const auto path = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    ZeroShotClassifier engine(ClipModel::load(path), ClipTokenizer::forModel(path, kRepo + "/resources"), std::nullopt);
    PromptSet set;
    set.classes = {{"happy", {"a happy face", "a smile", "joy"}}, {"sad", {"a sad face"}}};
    engine.setPromptSet(set);
    const at::Tensor images = test::clipTinyExpected().at("images");
    const at::Tensor ensemble = engine.logits(images);
    std::vector<at::Tensor> singles;
    for (const auto& prompt : set.allPrompts()) {
      PromptSet one;
      one.classes = {{"p", {prompt}}, {"q", {"unused"}}};
      engine.setPromptSet(one);
      singles.push_back(engine.logits(images).select(1, 0));
    }
    QVERIFY(at::allclose(ensemble.select(1, 0), (singles[0] + singles[1] + singles[2]) / 3, 1e-5, 1e-5));
    QVERIFY(at::allclose(ensemble.select(1, 1), singles[3], 1e-5, 1e-5));
  }

  void aDimensionIsItsFirstPolesShareComputedByHand() {
    PromptSet withDimension = basicSeven();
    withDimension.dimensions = {{"valence", {"a pleasant facial expression.", "a face that looks pleased."},
                                 {"an unpleasant facial expression."}}};
    const std::string head = test::sharedPath("fixtures/clip-tiny/head-tiny.pth");
    auto classifier = createClassifier(tinyOptions(head), withDimension);
    QCOMPARE(classifier->dimensionNames(), std::vector<std::string>{"valence"});
    const std::vector<RgbImage> faces = {gradientImage(120, 150, 1), gradientImage(96, 96, 4)};
    const auto rows = classifier->classifyFaces(faces);

    const auto doubles = [](const std::vector<std::vector<float>>& r) {
      at::Tensor t = at::empty({static_cast<long>(r.size()), static_cast<long>(r[0].size())}, at::kDouble);
      for (std::size_t i = 0; i < r.size(); ++i)
        for (std::size_t d = 0; d < r[i].size(); ++d) t[static_cast<long>(i)][static_cast<long>(d)] = r[i][d];
      return t;
    };
    const at::Tensor w = ExpClipHead::load(head).weight().to(at::kDouble);
    const auto projected = [&](const at::Tensor& x) {
      const at::Tensor y = at::matmul(x, w.t());
      return y / y.norm(2, 1, true);
    };
    const double scale = std::exp(readTorchStateDict(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")).at("logit_scale").item<double>());
    const at::Tensor images = projected(doubles(classifier->encodeFaces(faces)));
    const at::Tensor pleasant = (scale * at::matmul(images, projected(doubles(classifier->encodeTexts(withDimension.dimensions[0].firstPole))).t())).mean(1);
    const at::Tensor unpleasant = (scale * at::matmul(images, projected(doubles(classifier->encodeTexts(withDimension.dimensions[0].secondPole))).t())).mean(1);
    for (long i = 0; i < 2; ++i) {
      const double a = pleasant[i].item<double>(), b = unpleasant[i].item<double>();
      const double byHand = std::exp(a) / (std::exp(a) + std::exp(b));
      QVERIFY2(std::abs(rows[static_cast<std::size_t>(i)].dimensions[0] - byHand) < 1e-5,
               qPrintable(QString("%1 vs %2").arg(rows[static_cast<std::size_t>(i)].dimensions[0]).arg(byHand)));
    }
    // The classes are what they are without the dimension.
    const auto plain = createClassifier(tinyOptions(head), basicSeven())->classifyFaces(faces);
    for (std::size_t c = 0; c < 7; ++c) QVERIFY(std::abs(plain[0].probabilities[c] - rows[0].probabilities[c]) < 1e-6);
  }

  void dimensionsTravelInPromptSetFiles() {
    PromptSet set = basicSeven();
    set.dimensions = {{"arousal", {"an intense, excited face."}, {"a calm, relaxed face.", "a face at rest."}}};
    const PromptSet back = PromptSet::fromJson(set.toJson(), "round trip");
    QCOMPARE(back.dimensions.size(), 1u);
    QCOMPARE(back.dimensions[0].name, std::string("arousal"));
    QCOMPARE(back.dimensions[0].secondPole, set.dimensions[0].secondPole);
    const auto va = PromptSet::dimensionsFromJson(test::readBytes(kRepo + "/resources/dimensions/valence-arousal.json"), "preset");
    QCOMPARE(back.dimensionNames().size(), 1u);
    QCOMPARE(va.size(), 2u);
    QCOMPARE(va[0].name, std::string("valence"));
    QCOMPARE(va[1].name, std::string("arousal"));
    const auto actions = PromptSet::dimensionsFromJson(test::readBytes(kRepo + "/resources/dimensions/facial-actions.json"), "preset");
    QVERIFY(actions.size() >= 9);
    QVERIFY_THROWS_EXCEPTION(ModelError, PromptSet::dimensionsFromJson(R"({"dimensions": [{"name": "v", "poles": [["a"]]}]})", "one pole"));
    QVERIFY_THROWS_EXCEPTION(ModelError, PromptSet::dimensionsFromJson(R"({"dimensions": [{"name": "v", "poles": [["a"], [""]]}]})", "empty"));
  }

  void missingOptionsAreClear() {
    EngineSpec o = tinyOptions("");
    o.model.clear();
    QVERIFY_THROWS_EXCEPTION(ModelError, createClassifier(o, basicSeven()));
    o = tinyOptions(test::testDataPath("clip-other/head-other.pth"));
    QVERIFY_THROWS_EXCEPTION(ModelError, createClassifier(o, basicSeven()));
    o = tinyOptions("");
    o.preprocess = "fancy";
    QVERIFY_THROWS_EXCEPTION(ModelError, createClassifier(o, basicSeven()));
    QVERIFY_THROWS_EXCEPTION(ModelError, o.set("preprocess", "fancy"));
  }
};

MIEN_TEST_MAIN(TestZeroShot)
#include "test_zero_shot.moc"
