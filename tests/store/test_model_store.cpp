// Model downloads against a real HTTP server on loopback: complete fetch, a dropped connection resumed with
// Range, wrong bytes, 404, a stalled server, a full disk; the mien-cli models verbs on the real catalogue.
#include <QProcess>
#include <QtTest>
#include <csignal>
#include <thread>
#include <filesystem>

#include "common/sha256.h"
#include "store/model_downloader.h"
#include "store/model_store.h"
#include "support/expect_error.h"
#include "support/file_size_limit.h"
#include "support/fixtures.h"
#include "support/loopback_file_server.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

const std::string kName = "head-tiny.pth";

std::string fixtureBytes() { return test::readBytes(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")); }

DownloadRequest request(const test::LoopbackFileServer& server, const std::string& route, const test::ScratchDir& dir,
                        const std::string& bytes) {
  DownloadRequest r;
  r.url = server.baseUrl() + "/" + route + "/" + kName;
  r.destination = dir.path("store/" + kName);
  r.sha256 = sha256Hex(bytes);
  r.expectedSize = bytes.size();
  r.stallSeconds = 1;
  return r;
}

}  // namespace

class TestModelStore : public QObject {
  Q_OBJECT

 private slots:
  void completeFetchIsVerifiedAndInPlace() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    std::uint64_t lastProgress = 0;
    auto r = request(server, "files", dir, bytes);
    r.progress = [&](std::uint64_t done, std::uint64_t) { lastProgress = done; };
    downloadVerified(r);
    QVERIFY(test::readBytes(r.destination) == bytes);
    QVERIFY(!fs::exists(r.destination + ".part"));
    QCOMPARE(lastProgress, static_cast<std::uint64_t>(bytes.size()));
  }

  void droppedConnectionResumesWithRange() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    const auto r = request(server, "drop", dir, bytes);
    const QString first = test::errorMessage<DownloadError>([&] { downloadVerified(r); });
    QVERIFY2(first.contains("run the fetch again to resume"), qPrintable(first));
    QVERIFY(!fs::exists(r.destination));
    const auto partial = fs::file_size(r.destination + ".part");
    QVERIFY(partial > 0 && partial < bytes.size());
    downloadVerified(r);
    QVERIFY(test::readBytes(r.destination) == bytes);
    QCOMPARE(server.rangesSeen().size(), std::size_t{1});
    QCOMPARE(server.rangesSeen()[0], "bytes=" + std::to_string(partial) + "-");
  }

  void wrongBytesInstallNothing() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    const auto r = request(server, "wrong", dir, bytes);
    const QString e = test::errorMessage<DownloadError>([&] { downloadVerified(r); });
    QVERIFY2(e.contains("is not the expected one") && e.contains(QString::fromStdString(r.sha256)) &&
                 e.contains("Nothing was installed"),
             qPrintable(e));
    QVERIFY(!fs::exists(r.destination) && !fs::exists(r.destination + ".part"));
  }

  void aServerThatNeverStopsIsCutAtTheExactSize() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    const auto r = request(server, "endless", dir, bytes);
    const QString e = test::errorMessage<DownloadError>([&] { downloadVerified(r); });
    QVERIFY2(e.contains("more than the " + QString::number(bytes.size()) + " bytes"), qPrintable(e));
    QVERIFY(!fs::exists(r.destination) && !fs::exists(r.destination + ".part"));
  }

  void aFileLargerThanItsCapIsRefused() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    auto r = request(server, "files", dir, bytes);
    r.expectedSize = 0;                // no exact size recorded,
    r.maxBytes = bytes.size() / 2;     // only the catalogue's approximate size + 10 %
    const QString e = test::errorMessage<DownloadError>([&] { downloadVerified(r); });
    QVERIFY2(e.contains("more than the " + QString::number(bytes.size() / 2) + " bytes"), qPrintable(e));
    QVERIFY(!fs::exists(r.destination) && !fs::exists(r.destination + ".part"));
  }

  void notFoundStalledAndRefusedAreClear() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    auto r = request(server, "files", dir, bytes);
    r.url = server.baseUrl() + "/files/missing.pth";
    QVERIFY(test::errorMessage<DownloadError>([&] { downloadVerified(r); }).contains("HTTP 404"));
    r = request(server, "stall", dir, bytes);
    r.stallSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const QString stalled = test::errorMessage<DownloadError>([&] { downloadVerified(r); });
    QVERIFY2(stalled.contains("stopped sending for 2 s"), qPrintable(stalled));
    QVERIFY(timer.elapsed() < 15000);
    fs::remove(r.destination + ".part");
    r.url = "http://127.0.0.1:1/none";
    QVERIFY(test::errorMessage<DownloadError>([&] { downloadVerified(r); }).contains("connection was refused"));
    r.sha256.clear();
    QVERIFY(test::errorMessage<DownloadError>([&] { downloadVerified(r); }).contains("without a checksum"));
  }

  void fullDiskKeepsTheStoreClean() {
    const std::string bytes = fixtureBytes();
    test::LoopbackFileServer server(std::map<std::string, std::string>{{kName, bytes}});
    test::ScratchDir dir;
    const auto r = request(server, "files", dir, bytes);
    QString e;
    {
      test::FileSizeLimit limit(256 * 1024);
      e = test::errorMessage<DownloadError>([&] { downloadVerified(r); });
    }
    QVERIFY2(e.contains("disk is full"), qPrintable(e));
    QVERIFY(!fs::exists(r.destination));
    downloadVerified(r);  // with space again, the fetch resumes and completes
    QVERIFY(test::readBytes(r.destination) == bytes);
  }

  void killedFetchesResume() {
    const std::string bytes = test::readBytes(test::sharedPath("models/yunet_n_640_640.onnx"));
    test::LoopbackFileServer server(std::map<std::string, std::string>{{"yunet_n_640_640.onnx", bytes}});
    test::ScratchDir home;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", QString::fromStdString(home.path()));
    const std::string part = home.path("mien/models/yunet-n-640/yunet_n_640_640.onnx.part");
    std::uintmax_t lastSize = 0;
    for (std::uintmax_t killAt : {std::uintmax_t{4096}, std::uintmax_t{60000}, std::uintmax_t{200000}}) {
      QProcess fetch;
      fetch.setProcessEnvironment(env);
      fetch.start(MIEN_CLI_PATH, {"models", "fetch", "yunet-n-640", "--base-url", QString::fromStdString(server.baseUrl() + "/slow")});
      QVERIFY(fetch.waitForStarted());
      QElapsedTimer timer;
      timer.start();
      const auto partSize = [&] {
        std::error_code ec;
        const auto n = fs::file_size(part, ec);
        return ec ? std::uintmax_t{0} : n;
      };
      while (partSize() < killAt && timer.elapsed() < 30000 && fetch.state() == QProcess::Running)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      QVERIFY2(fetch.state() == QProcess::Running, qPrintable("the fetch ended before it could be killed: " + fetch.readAllStandardError()));
      ::kill(static_cast<pid_t>(fetch.processId()), SIGKILL);
      fetch.waitForFinished();
      QVERIFY(!fs::exists(home.path("mien/models/yunet-n-640/yunet_n_640_640.onnx")));  // never a half file in place
      const auto size = fs::file_size(part);
      QVERIFY(size >= lastSize && size < bytes.size());  // each run continues the last one's bytes
      lastSize = size;
    }
    const auto resumed = test::runProgram(MIEN_CLI_PATH, {"models", "fetch", "yunet-n-640", "--base-url",
                                                          QString::fromStdString(server.baseUrl() + "/files")}, 60000, env);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY(test::readBytes(home.path("mien/models/yunet-n-640/yunet_n_640_640.onnx")) == bytes);
    QVERIFY(!fs::exists(part));
    QVERIFY(!server.rangesSeen().empty());
    QCOMPARE(server.rangesSeen().back(), "bytes=" + std::to_string(lastSize) + "-");
  }

  void cliFetchesVerifiesListsAndRemovesARealCatalogueEntry() {
    // The real 640x640 YuNet manifest, served from the shared copy: its SHA-256 is the published one.
    test::LoopbackFileServer server(std::map<std::string, std::string>{{"yunet_n_640_640.onnx", test::readBytes(test::sharedPath("models/yunet_n_640_640.onnx"))}});
    test::ScratchDir home;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", QString::fromStdString(home.path()));
    const QString cli = MIEN_CLI_PATH;
    const QString base = QString::fromStdString(server.baseUrl() + "/files");
    auto fetched = test::runProgram(cli, {"models", "fetch", "yunet-n-640", "--base-url", base}, 60000, env);
    QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.err));
    QVERIFY(fs::exists(home.path("mien/models/yunet-n-640/yunet_n_640_640.onnx")));
    auto verified = test::runProgram(cli, {"models", "verify", "yunet-n-640"}, 60000, env);
    QVERIFY2(verified.exitCode == 0 && verified.out.contains("yunet-n-640: ok"), qPrintable(verified.out + verified.err));
    auto listed = test::runProgram(cli, {"models", "list"}, 60000, env);
    QVERIFY(listed.out.contains(QRegularExpression("yunet-n-640 +detector +installed")));
    QVERIFY(listed.out.contains(QRegularExpression("openai-clip-vit-b-16 +encoder +missing")));
    // Damage the file: verify says so.
    test::writeBytes(home.path("mien/models/yunet-n-640/yunet_n_640_640.onnx"), "damaged");
    auto damaged = test::runProgram(cli, {"models", "verify", "yunet-n-640"}, 60000, env);
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY(damaged.err.contains("SHA-256"));
    QCOMPARE(test::runProgram(cli, {"models", "remove", "yunet-n-640"}, 60000, env).exitCode, 0);
    QVERIFY(!fs::exists(home.path("mien/models/yunet-n-640")));
    // Offline labs: files copied by hand.
    test::ScratchDir usb;
    fs::copy_file(test::sharedPath("models/yunet_n_640_640.onnx"), usb.path("yunet_n_640_640.onnx"));
    auto added = test::runProgram(cli, {"models", "add", "--from", QString::fromStdString(usb.path())}, 60000, env);
    QVERIFY2(added.out.contains("yunet-n-640: installed and verified"), qPrintable(added.out + added.err));
    auto unknown = test::runProgram(cli, {"models", "fetch", "no-such-model"}, 60000, env);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("No model called 'no-such-model'"));
  }
};

MIEN_TEST_MAIN(TestModelStore)
#include "test_model_store.moc"
