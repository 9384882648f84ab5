// The model manager against a real HTTP server on loopback: fetch with progress, status in the table, verify,
// choose the head, remove; a failed download is a message in the dialog, and nothing is installed.
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>
#include <filesystem>
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

int rowOf(const QTableWidget* table, const QString& id) {
  for (int r = 0; r < table->rowCount(); ++r)
    if (table->item(r, 0)->text() == id) return r;
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
    QSignalSpy fetched(&dialog, &ModelManagerDialog::fetchFinished);
    dialog.fetch({"tiny-head"});
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
    QVERIFY2(fetched.first().at(0).toBool(), qPrintable(fetched.first().at(1).toString()));
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
    QVERIFY(click("Verify"));
    QVERIFY2(dialog.statusText().contains("every file matches"), qPrintable(dialog.statusText()));
    QVERIFY(click("Use selected"));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).value<EngineChoice>().head, catalogue.dir.path("user/tiny-head/" + kFile));

    QVERIFY(click("Remove"));
    QCOMPARE(statusOf(dialog, "tiny-head"), QString("not installed"));
  }

  void wrongBytesAreAMessageAndInstallNothing() {
    Catalogue catalogue;
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kFile, catalogue.bytes}});
    ModelManagerDialog dialog(catalogue.store(), EngineChoice{});
    dialog.setBaseUrl(QString::fromStdString(server.baseUrl() + "/wrong"));
    QSignalSpy fetched(&dialog, &ModelManagerDialog::fetchFinished);
    dialog.fetch({"tiny-head"});
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
    QVERIFY(!fetched.first().at(0).toBool());
    QVERIFY2(dialog.statusText().contains("Nothing was installed"), qPrintable(dialog.statusText()));
    QCOMPARE(statusOf(dialog, "tiny-head"), QString("not installed"));
    QVERIFY(!std::filesystem::exists(catalogue.dir.path("user/tiny-head/" + kFile)));
  }
};

MIEN_GUI_TEST_MAIN(ModelManagerTest)
#include "test_model_manager.moc"
