// mien-cli classify end to end: real image files, JSON equal to the library's numbers, clear failures.
#include <QProcess>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "media/image_file.h"
#include "model/classifier.h"
#include "support/fixtures.h"
#include "support/test_main.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"

using namespace mien;

namespace {

using Run = test::ProcessResult;

Run runCli(const QStringList& args) { return test::runProgram(MIEN_CLI_PATH, args, 120000); }

QString shared(const char* relative) { return QString::fromStdString(test::sharedPath(relative)); }

}  // namespace

class TestCliClassify : public QObject {
  Q_OBJECT

 private slots:
  void jsonMatchesTheLibrary() {
    const QStringList faces = {shared("media/astronaut.png"), shared("media/messi5.jpg")};
    const Run run = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                            shared("fixtures/clip-tiny/head-tiny.pth"), "--classes", "happiness,sadness,surprise",
                            "--json", "--device", "cpu", faces[0], faces[1]});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(doc["preprocessing"].get<std::string>(), std::string("expclip"));
    QCOMPARE(doc["results"].size(), std::size_t{2});

    EngineSpec options;
    options.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    options.head = test::sharedPath("fixtures/clip-tiny/head-tiny.pth");
    options.device = DevicePreference::Cpu;
    auto classifier = createClassifier(options, PromptSet::fromClassNames({"happiness", "sadness", "surprise"}, {"an expression of {}."}));
    const auto expected = classifier->classify({readRgbImage(faces[0].toStdString()), readRgbImage(faces[1].toStdString())});
    for (std::size_t i = 0; i < 2; ++i) {
      const auto& result = doc["results"][i];
      QCOMPARE(result["file"].get<std::string>(), faces[static_cast<int>(i)].toStdString());
      double sum = 0;
      for (std::size_t c = 0; c < 3; ++c) {
        const float p = result["probabilities"][classifier->classNames()[c]].get<float>();
        QVERIFY(std::abs(p - expected[i][c]) < 1e-6);
        sum += p;
      }
      QVERIFY(std::abs(sum - 1) < 1e-5);
    }
  }

  void dimensionsAreScoredBesideTheClasses() {
    const Run run = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                            shared("fixtures/clip-tiny/head-tiny.pth"), "--dimensions", "valence-arousal,facial-actions",
                            "--json", shared("media/astronaut.png")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(doc["dimensions"][0].get<std::string>(), std::string("valence"));
    const auto& scores = doc["results"][0]["dimensions"];
    QCOMPARE(scores.size(), doc["dimensions"].size());
    for (const auto& [name, score] : scores.items()) QVERIFY2(score.get<double>() > 0 && score.get<double>() < 1, name.c_str());
    const Run table = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--dimensions", "valence-arousal",
                              shared("media/astronaut.png")});
    QVERIFY2(table.out.contains("d_valence") && table.out.contains("d_arousal"), qPrintable(table.out));
    const Run gfer = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                             shared("fixtures/gfer-tiny/gfer-tiny.pth"), "--dimensions", "valence-arousal", shared("media/astronaut.png")});
    QVERIFY2(gfer.exitCode == 2 && gfer.err.contains("cannot score dimensions"), qPrintable(gfer.err));
    const Run unknown = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--dimensions", "moods",
                                shared("media/astronaut.png")});
    QVERIFY2(unknown.exitCode == 2 && unknown.err.contains("valence-arousal"), qPrintable(unknown.err));
  }

  void tableNamesEveryClass() {
    const Run run = runCli({"classify", "--model", shared("fixtures/clip-tiny/hf-tiny"), "--prompts", "mafw-11.class-name",
                            shared("media/astronaut.png")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const char* name : {"happiness", "disappointment", "helplessness", "top:"}) QVERIFY(run.out.contains(name));
  }

  void unreadableImageIsReportedAndOthersFinish() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("broken.png"), "not a png");
    const Run run = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--json",
                            QString::fromStdString(dir.path("broken.png")), shared("media/astronaut.png"),
                            "/nonexistent/face.png"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Cannot decode") && run.err.contains("broken.png"), qPrintable(run.err));
    QVERIFY(run.err.contains("does not exist"));
    const auto doc = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(doc["results"].size(), std::size_t{3});
  }

  void badModelGivesOneSentence() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("model.pt"), "garbage");
    const Run run = runCli({"classify", "--model", QString::fromStdString(dir.path("model.pt")),
                            shared("media/astronaut.png")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("error: ") && run.err.count('\n') == 1, qPrintable(run.err));
    const Run mismatch = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                                 QString::fromStdString(test::testDataPath("clip-other/head-other.pth")),
                                 shared("media/astronaut.png")});
    QCOMPARE(mismatch.exitCode, 2);
    QVERIFY2(mismatch.err.contains("40-d") && mismatch.err.contains("48-d"), qPrintable(mismatch.err));
  }

  // A config.json of the wrong shape used to escape as a raw nlohmann type_error that classify did not catch
  // (it terminated); every failure now ends in one sentence and exit status 2, whatever its type.
  void anyFailureIsOneSentenceAndStatusTwo() {
    test::ScratchDir dir;
    const std::string hf = test::sharedPath("fixtures/clip-tiny/hf-tiny");
    QDir().mkpath(QString::fromStdString(dir.path("hf")));
    for (const char* file : {"model.safetensors", "vocab.json", "merges.txt"})
      QFile::copy(QString::fromStdString(hf + "/" + file), QString::fromStdString(dir.path(std::string("hf/") + file)));
    test::writeBytes(dir.path("hf/config.json"), R"({"vision_config": 5})");
    const Run run = runCli({"classify", "--model", QString::fromStdString(dir.path("hf")), "--preprocess", "clip",
                            shared("media/astronaut.png")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("error: ") && run.err.count('\n') == 1 && run.err.contains("config.json") &&
                 !run.err.contains("json.exception"),
             qPrintable(run.err));
    const Run unknown = runCli({"classify", "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--device", "gpu",
                                shared("media/astronaut.png")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Option --device is 'gpu'; it must be auto, cpu or cuda."), qPrintable(unknown.err));
  }

  void missingModelsNameTheCommandToRun() {
    const Run none = runCli({"classify", shared("media/astronaut.png")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("mien-cli models fetch openai-clip-vit-b-16 expclip-b16-head"), qPrintable(none.err));
    test::ScratchDir home;
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(home.path()));
    const Run notInstalled = runCli({"classify", "--model", "openai-clip-vit-b-16", shared("media/astronaut.png")});
    qunsetenv("XDG_DATA_HOME");
    QCOMPARE(notInstalled.exitCode, 2);
    QVERIFY2(notInstalled.err.contains("run: mien-cli models fetch openai-clip-vit-b-16"), qPrintable(notInstalled.err));
  }

  void versionNamesLibTorchAndDevice() {
    const Run run = runCli({"--version"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("mien-cli 0.") && run.out.contains("LibTorch") && run.out.contains("CPU"));
  }
};

MIEN_TEST_MAIN(TestCliClassify)
#include "test_cli_classify.moc"
