// The BLAS kernel choice (applied once, a user's own choice respected) and --threads, through mien-cli.
#include <QProcess>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/test_main.h"

namespace {

using Run = mien::test::ProcessResult;

Run runCli(const QStringList& args, const QProcessEnvironment& env) {
  return mien::test::runProgram(MIEN_CLI_PATH, args, 60000, env);
}

QProcessEnvironment cleanEnvironment() {
  auto env = QProcessEnvironment::systemEnvironment();
  for (const char* name : {"OPENBLAS_CORETYPE", "MIEN_BLAS_RESTARTED", "MIEN_BLAS_DETECTED", "MIEN_BLAS_AUTO",
                           "MIEN_BLAS_TEST_DETECTED"})
    env.remove(name);
  return env;
}

}  // namespace

class TestCliRuntime : public QObject {
  Q_OBJECT

 private slots:
  void oldKernelsAreReplacedOnce() {
    auto env = cleanEnvironment();
    env.insert("MIEN_BLAS_TEST_DETECTED", "Prescott");
    env.insert("MIEN_LOG_LEVEL", "info");
    const Run run = runCli({"--version"}, env);
    QCOMPARE(run.exitCode, 0);
    if (!run.out.contains("OpenBLAS")) QSKIP("the system BLAS is not OpenBLAS");
    QVERIFY2(run.out.contains("chosen by Mien; OpenBLAS detected Prescott"), qPrintable(run.out));
    QCOMPARE(run.err.count("restarting once"), 1);
  }

  void aUsersOwnChoiceIsRespected() {
    auto env = cleanEnvironment();
    env.insert("OPENBLAS_CORETYPE", "Haswell");
    env.insert("MIEN_BLAS_TEST_DETECTED", "Prescott");
    const Run run = runCli({"--version"}, env);
    QCOMPARE(run.exitCode, 0);
    if (!run.out.contains("OpenBLAS")) QSKIP("the system BLAS is not OpenBLAS");
    QVERIFY2(run.out.contains("kernels Haswell (set by user (OPENBLAS_CORETYPE=Haswell))"), qPrintable(run.out));
    QVERIFY(!run.err.contains("restarting"));
  }

  void goodKernelsAreLeftAlone() {
    auto env = cleanEnvironment();
    env.insert("MIEN_BLAS_AUTO", "0");
    const Run run = runCli({"--version"}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("chosen by Mien"));
  }

  void threadsAreHonoured() {
    for (const char* threads : {"1", "2"}) {
      const Run run = runCli({"classify", "--model", QString::fromStdString(mien::test::sharedPath("fixtures/clip-tiny/openai-tiny.pt")),
                              "--threads", threads, "--precision", "int8", "--json",
                              QString::fromStdString(mien::test::sharedPath("media/astronaut.png"))},
                             QProcessEnvironment::systemEnvironment());
      QVERIFY2(run.exitCode == 0, qPrintable(run.err));
      const auto doc = nlohmann::json::parse(run.out.toStdString());
      QCOMPARE(doc["threads"].get<int>(), std::atoi(threads));
      QVERIFY(doc["device"].get<std::string>().find("int8") != std::string::npos);
    }
  }
};

MIEN_TEST_MAIN(TestCliRuntime)
#include "test_cli_runtime.moc"
