// The model manager against a real HTTP server on loopback: fetch with progress, status in the table, verify,
// choose the head, remove; a failed download is a message in the dialog, and nothing is installed; adding and
// verifying a large file keep the event loop responsive.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/sha256.h"
#include "support/fixtures.h"
#include "support/loopback_file_server.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "ui/model_manager_dialog.h"

using namespace mien;
using namespace mien::ui;

namespace {

const std::string kFile = "head-tiny.pth";

struct Catalogue {
  test::ScratchDir dir;
  std::string bytes = test::readBytes(test::sharedPath("fixtures/clip-tiny/head-tiny.pth"));
  Catalogue() {
    std::filesystem::create_directories(dir.path("catalogue"));
    const nlohmann::json manifest = {
        {"id", "tiny-head"}, {"kind", "expclip-head"}, {"description", "fixture head"}, {"preprocessing", "expclip"},
        {"files", {{{"name", kFile}, {"url", "http://127.0.0.1:9/none"}, {"sha256", sha256Hex(bytes)}, {"size", bytes.size()}}}}};
    test::writeBytes(dir.path("catalogue/tiny-head.json"), manifest.dump());
  }
  ModelStore store() const { return ModelStore(dir.path("catalogue"), dir.path("user"), {}); }
};

// Starts a job and handles posted events until it ends: the worst delay any of them saw (the call that
// starts the job counts as one), and how long the job took.
struct Responsiveness {
  double worstMs = 0, jobMs = 0;
};

Responsiveness measureWhile(ModelManagerDialog& dialog, const std::function<void()>& startJob) {
  QSignalSpy finished(&dialog, &ModelManagerDialog::jobFinished);
  Responsiveness r;
  QElapsedTimer job, clock;
  job.start();
  startJob();
  r.worstMs = job.nsecsElapsed() / 1e6;
  QObject probe;
  while (finished.count() == 0 && job.elapsed() < 60000) {
    clock.start();
    bool handled = false;
    QMetaObject::invokeMethod(&probe, [&] { handled = true; }, Qt::QueuedConnection);
    while (!handled) QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    r.worstMs = std::max(r.worstMs, clock.nsecsElapsed() / 1e6);
    QTest::qWait(10);
  }
  r.jobMs = job.nsecsElapsed() / 1e6;
  return r;
}

int rowOf(const QTableWidget* table, const QString& id) {
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->item(r, 0)->data(Qt::UserRole).toString() == id) return r;
  return -1;
}

QString statusOf(const ModelManagerDialog& dialog, const QString& id) {
  const int row = rowOf(dialog.table(), id);
  return row < 0 ? QString() : dialog.table()->item(row, 3)->text();
}

}  // namespace

class ModelManagerTest : public QObject {
  Q_OBJECT

 private slots:
  void fetchVerifyChooseRemove() {
    Catalogue catalogue;
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kFile, catalogue.bytes}});
    ModelManagerDialog dialog(catalogue.store(), EngineChoice{});
    dialog.show();
    QCOMPARE(statusOf(dialog, "tiny-head"), QString("not installed"));

    dialog.setBaseUrl(QString::fromStdString(server.baseUrl() + "/files"));
    QSignalSpy jobs(&dialog, &ModelManagerDialog::jobFinished);
    dialog.fetch({"tiny-head"});
    QTRY_COMPARE_WITH_TIMEOUT(jobs.count(), 1, 30000);
    QVERIFY2(jobs.first().at(0).toBool(), qPrintable(jobs.first().at(1).toString()));
    QCOMPARE(statusOf(dialog, "tiny-head"), QString("installed"));
    QVERIFY(test::readBytes(catalogue.dir.path("user/tiny-head/" + kFile)) == catalogue.bytes);

    QSignalSpy chosen(&dialog, &ModelManagerDialog::engineChosen);
    dialog.table()->selectRow(rowOf(dialog.table(), "tiny-head"));
    const auto buttons = dialog.findChildren<QPushButton*>();
    const auto click = [&](const QString& text) {
      for (auto* b : buttons)
        if (b->text() == text) return b->click(), true;
      return false;
    };
    QVERIFY(click("Check files"));
    QTRY_COMPARE_WITH_TIMEOUT(jobs.count(), 2, 30000);
    QVERIFY2(dialog.statusText().contains("every file matches"), qPrintable(dialog.statusText()));
    QVERIFY(click("Use this model"));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).value<EngineChoice>().head, catalogue.dir.path("user/tiny-head/" + kFile));

    QVERIFY(click("Remove"));
    QCOMPARE(statusOf(dialog, "tiny-head"), QString("not installed"));
  }

  // The shipped catalogue in words a lab assistant understands: what a head is, which set is recommended and
  // why, download sizes; no catalogue ids or kinds in the visible cells.
  void theShippedCatalogueIsWordedForPeople() {
    test::ScratchDir user;
    ModelManagerDialog dialog(ModelStore(MIEN_SOURCE_MODELS_DIR, user.path(), {}), EngineChoice{});
    dialog.resize(1100, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString intro = dialog.findChild<QLabel*>("modelIntro")->text();
    QVERIFY2(intro.contains("expression head") && intro.contains("Recommended") && intro.contains("ViT-B/16") &&
                 intro.contains("MB"),
             qPrintable(intro));
    QTableWidget* table = dialog.table();
    const int b16 = rowOf(table, "openai-clip-vit-b-16"), head = rowOf(table, "expclip-b16-head");
    QVERIFY(b16 >= 0 && head >= 0);
    QCOMPARE(table->item(b16, 0)->text(), QString("CLIP ViT-B/16"));
    QVERIFY(table->item(b16, 1)->text().startsWith("Recommended"));
    QCOMPARE(table->item(head, 0)->text(), QString("Expression head for CLIP ViT-B/16 (Exp-CLIP)"));
    QVERIFY(table->item(head, 1)->text().contains("works with CLIP ViT-B/16 only"));
    QVERIFY(table->item(rowOf(table, "openai-clip-vit-l-14"), 1)->text().contains("slower"));
    QVERIFY2(table->item(b16, 2)->text().contains("MB"), qPrintable(table->item(b16, 2)->text()));
    for (int r = 0; r < table->rowCount(); ++r)
      for (int c = 0; c < 2; ++c) {
        const QString cell = table->item(r, c)->text();
        QVERIFY2(!cell.contains("expclip-head") && !cell.contains("openai-clip") && cell != "encoder", qPrintable(cell));
      }
    QDir().mkpath(QStringLiteral(MIEN_BINARY_DIR) + "/screenshots");
    QVERIFY(dialog.grab().save(QStringLiteral(MIEN_BINARY_DIR) + "/screenshots/model-manager-en.png"));
  }

  void wrongBytesAreAMessageAndInstallNothing() {
    Catalogue catalogue;
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kFile, catalogue.bytes}});
    ModelManagerDialog dialog(catalogue.store(), EngineChoice{});
    dialog.setBaseUrl(QString::fromStdString(server.baseUrl() + "/wrong"));
    QSignalSpy fetched(&dialog, &ModelManagerDialog::jobFinished);
    dialog.fetch({"tiny-head"});
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
    QVERIFY(!fetched.first().at(0).toBool());
    QVERIFY2(dialog.statusText().contains("Nothing was installed"), qPrintable(dialog.statusText()));
    QCOMPARE(statusOf(dialog, "tiny-head"), QString("not installed"));
    QVERIFY(!std::filesystem::exists(catalogue.dir.path("user/tiny-head/" + kFile)));
  }

  void addingAndVerifyingALargeFileKeepTheUiResponsive() {
    test::ScratchDir dir;
    std::filesystem::create_directories(dir.path("catalogue"));
    std::filesystem::create_directories(dir.path("downloads"));
    {
      std::string chunk(1 << 20, '\0');
      std::ofstream out(dir.path("downloads/big.pt"), std::ios::binary);
      for (int mib = 0; mib < 192; ++mib) {
        chunk[mib % chunk.size()] = static_cast<char>(mib);
        out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      }
    }
    const auto size = std::filesystem::file_size(dir.path("downloads/big.pt"));
    const nlohmann::json manifest = {
        {"id", "big-encoder"}, {"kind", "encoder"}, {"description", "a large file"}, {"preprocessing", "expclip"},
        {"files", {{{"name", "big.pt"}, {"url", "http://127.0.0.1:9/none"}, {"sha256", sha256OfFile(dir.path("downloads/big.pt"))},
                    {"size", size}}}}};
    test::writeBytes(dir.path("catalogue/big-encoder.json"), manifest.dump());
    ModelManagerDialog dialog(ModelStore(dir.path("catalogue"), dir.path("user"), {}), EngineChoice{});
    dialog.show();

    const Responsiveness adding = measureWhile(dialog, [&] { dialog.addFrom(QString::fromStdString(dir.path("downloads"))); });
    qInfo("add from folder: %.0f ms, worst event delay %.1f ms", adding.jobMs, adding.worstMs);
    QVERIFY2(dialog.statusText().contains("Added: big-encoder"), qPrintable(dialog.statusText()));
    QCOMPARE(statusOf(dialog, "big-encoder"), QString("installed"));

    const Responsiveness verifying = measureWhile(dialog, [&] { dialog.verify("big-encoder"); });
    qInfo("verify: %.0f ms, worst event delay %.1f ms", verifying.jobMs, verifying.worstMs);
    QVERIFY2(dialog.statusText().contains("every file matches"), qPrintable(dialog.statusText()));

    QVERIFY2(adding.jobMs > 100 && verifying.jobMs > 100, "the file is too small to tell");
    QVERIFY2(adding.worstMs < 50, qPrintable(QString::number(adding.worstMs)));
    QVERIFY2(verifying.worstMs < 50, qPrintable(QString::number(verifying.worstMs)));
  }
};

MIEN_GUI_TEST_MAIN(ModelManagerTest)
#include "test_model_manager.moc"
