// The classifier interface: manifests pick the preprocessing, prompt sets load, ensembles average, caches hold.
#include <ATen/ATen.h>
#include <QtTest>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "model/classifier.h"
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
