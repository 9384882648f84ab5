// The training wizard driven like a user would: folder of real face crops -> scan -> loopback LLM server ->
// caches -> training with live curves -> evaluation table -> saved head that loads in the authors' format.
#include <ATen/ATen.h>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/resource_paths.h"
#include "model/classifier.h"
#include "model/expclip_head.h"
#include "support/fixtures.h"
#include "support/loopback_llm_server.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/face_collection.h"
#include "train/head_files.h"
#include "ui/training_wizard.h"
#include "ui/training_wizard_pages.h"

using namespace mien;
using namespace mien::ui;
namespace fs = std::filesystem;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

template <typename W>
W* field(QWizard& wizard, const char* name) {
  W* w = wizard.currentPage()->findChild<W*>(name);
  if (!w) qFatal("no widget %s on page %d", name, wizard.currentId());
  return w;
}

}  // namespace

class TrainingWizardTest : public QObject {
  Q_OBJECT

  test::ScratchDir dir_;

 private slots:
  void initTestCase() { qputenv("XDG_DATA_HOME", QByteArray::fromStdString(dir_.path("data"))); }

  void aUserTrainsEvaluatesAndSavesAHead() {
    FaceScanSettings detect;
    detect.videoEveryNth = 2;
    test::ScratchDir videos;
    fs::copy_file(test::sharedPath("media/single_face.mp4"), videos.path("single_face.mp4"));
    const FaceScan made = scanFaceFolder(videos.path(), dir_.path("crops"), detect);
    QVERIFY(made.faces.size() >= 20);
    fs::create_directories(dir_.path("labelled/happiness"));
    fs::create_directories(dir_.path("labelled/sadness"));
    for (std::size_t i = 0; i < 10; ++i)
      fs::copy_file(made.faces[i].cropPath, dir_.path((i % 2 ? "labelled/sadness/" : "labelled/happiness/") + std::to_string(i) + ".png"));

    test::LoopbackLlmServer llm(0, false, 64);
    TrainingWizard wizard;
    EngineChoice engine;
    engine.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    engine.head = test::sharedPath("fixtures/clip-tiny/head-tiny.pth");
    engine.precision = Precision::Int8;  // the evaluation page must run what the engine says, not fp32
    engine.threads = 1;
    wizard.setEngine(engine, PromptSet::fromClassNames({"happiness", "sadness"}, {"an expression of {}."}));
    wizard.resize(1000, 760);
    wizard.show();

    field<QLineEdit>(wizard, "facesFolder")->setText(q(dir_.path("crops")));
    field<QLineEdit>(wizard, "workFolder")->setText(q(dir_.path("work")));
    field<QCheckBox>(wizard, "alignedCrops")->setChecked(true);
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::ScanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    QCOMPARE(wizard.state().scan.faces.size(), made.faces.size());

    wizard.next();
    QVERIFY(!wizard.currentPage()->isComplete());  // no server named yet
    wizard.setField("provider.url", q(llm.url()));
    wizard.setField("provider.chatModel", "test-vlm");
    wizard.setField("provider.embeddingModel", "test-embed");
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    QCOMPARE(llm.chatCalls(), static_cast<int>(made.faces.size()));

    wizard.next();
    field<QSpinBox>(wizard, "epochs")->setValue(4);
    field<QDoubleSpinBox>(wizard, "learningRate")->setValue(0.02);
    field<QPushButton>(wizard, "startTraining")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    auto* train = static_cast<TrainingPage*>(wizard.currentPage());
    QCOMPARE(train->pointsPlotted(), 4);
    QVERIFY(fs::exists(dir_.path("work/head.pth")));

    wizard.next();
    field<QLineEdit>(wizard, "evaluationFolder")->setText(q(dir_.path("labelled")));
    field<QCheckBox>(wizard, "evaluationAligned")->setChecked(true);
    field<QPushButton>(wizard, "evaluate")->click();
    auto* table = field<QTableWidget>(wizard, "evaluationTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 60000);
    QCOMPARE(table->item(2, 0)->text(), QString("trained head"));
    QCOMPARE(table->item(2, 3)->text(), QString("10"));
    const QStringList summary = QString::fromStdString(test::readBytes(dir_.path("work/evaluation/summary.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(summary.size(), 4);
    for (const QString& row : summary.mid(1)) QVERIFY2(row.endsWith(",CPU (int8)"), qPrintable(row));
    QTest::qWait(200);
    QDir().mkpath(QStringLiteral(MIEN_BINARY_DIR) + "/artifacts");
    QVERIFY(wizard.grab().save(QStringLiteral(MIEN_BINARY_DIR) + "/artifacts/mien-training-wizard.png"));

    wizard.next();
    field<QLineEdit>(wizard, "savePath")->setText(q(dir_.path("mine/lab-head.pth")));
    QSignalSpy saved(&wizard, &TrainingWizard::headSaved);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(0).toString(), q(dir_.path("mine/lab-head.pth")));
    QVERIFY(at::equal(ExpClipHead::load(dir_.path("mine/lab-head.pth")).weight(),
                      ExpClipHead::load(dir_.path("work/head.pth")).weight()));
    QVERIFY(fs::exists(dir_.path("mine/lab-head.json")));
  }

  void aLabWithLabelsTrainsGfer() {
    TrainingWizard wizard;
    EngineChoice engine;
    engine.model = test::sharedPath("fixtures/clip-tiny/openai-tiny.pt");
    wizard.setEngine(engine, PromptSet::fromClassNames({"happiness", "sadness"}));
    wizard.show();
    field<QRadioButton>(wizard, "methodGfer")->setChecked(true);
    field<QLineEdit>(wizard, "facesFolder")->setText(q(dir_.path("labelled")));  // made by the first test
    field<QLineEdit>(wizard, "workFolder")->setText(q(dir_.path("gfer-work")));
    field<QCheckBox>(wizard, "alignedCrops")->setChecked(true);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::GferTrainPageId));
    field<QSpinBox>(wizard, "epochs")->setValue(2);
    field<QSpinBox>(wizard, "batch")->setValue(4);
    field<QDoubleSpinBox>(wizard, "validationShare")->setValue(0.2);
    field<QPushButton>(wizard, "startTraining")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
    QCOMPARE(static_cast<TrainingPage*>(wizard.currentPage())->pointsPlotted(), 2);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(TrainingWizard::EvaluatePageId));
    wizard.next();
    QVERIFY2(field<QLineEdit>(wizard, "savePath")->text().endsWith("/labelled-gfer-head.pth"),
             qPrintable(field<QLineEdit>(wizard, "savePath")->text()));
    field<QLineEdit>(wizard, "savePath")->setText(q(dir_.path("mine/lab-gfer.pth")));
    QSignalSpy saved(&wizard, &TrainingWizard::headSaved);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(saved.count(), 1);
    EngineSpec o = engine;
    o.head = dir_.path("mine/lab-gfer.pth");
    const auto classifier = createClassifier(o);  // the manifest beside it names the classes
    QCOMPARE(classifier->classNames(), std::vector<std::string>({"happiness", "sadness"}));
    const auto manifest = nlohmann::json::parse(test::readBytes(dir_.path("mine/lab-gfer.pth.manifest.json")));
    QCOMPARE(manifest["files"][0]["name"].get<std::string>(), std::string("lab-gfer.pth"));  // names the saved file
    for (const char* part : {"mine/lab-gfer.pth.part", "mine/lab-gfer.safetensors.part", "mine/lab-gfer.json.part"})
      QVERIFY(!fs::exists(dir_.path(part)));
  }

  void aHeadThatCannotBeSavedLeavesTheTargetAsItWas() {
    const std::string target = dir_.path("kept/head.pth");
    fs::create_directories(dir_.path("kept"));
    test::writeBytes(target, "an earlier head");
    fs::create_directories(dir_.path("kept/head.json.part"));  // a folder where the record must be written: that fails
    QVERIFY_EXCEPTION_THROWN(saveHeadAs(dir_.path("work/head.pth"), target), std::exception);
    QCOMPARE(test::readBytes(target), std::string("an earlier head"));
    QVERIFY(!fs::exists(target + ".part"));
    QCOMPARE(suggestedHeadFileName("lab", false), std::string("lab-expclip-head.pth"));
  }
};

MIEN_GUI_TEST_MAIN(TrainingWizardTest)
#include "test_training_wizard.moc"
