// Models are data, never code: TorchScript archives are read as data (data.pkl through the restricted unpickler,
// tensors from the zip records). A scripted __setstate__ that never returns, a data.pkl that calls os.system and
// damaged archives are refused with one sentence and nothing runs; the real-format fixture gives exactly the
// weights of its torch.save twin. Built from the reader sources alone, so scripts/test also runs it under
// AddressSanitizer without building the rest of the model library.
#include <ATen/ATen.h>
#include <QElapsedTimer>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "common/errors.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torchscript_reader.h"

using namespace mien;

namespace {

std::string sharedFixture(const std::string& relative) { return std::string(MIEN_SHARED_DIR) + "/" + relative; }
std::string hostile(const std::string& name) { return std::string(MIEN_TEST_DATA_DIR) + "/hostile/" + name; }

std::string bytesOf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

QString refusal(const std::function<void()>& read) {
  try {
    read();
  } catch (const ModelError& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

}  // namespace

class TestHostileArchives : public QObject {
  Q_OBJECT

 private slots:
  void theRealFormatFixtureGivesItsTwinsWeightsExactly() {
    const std::string archive = sharedFixture("fixtures/clip-tiny/openai-tiny-jit.pt");
    QCOMPARE(detectWeightsContainer(archive), WeightsContainer::TorchScriptArchive);
    const TensorMap scripted = readTorchScriptParameters(archive);
    const TensorMap saved = readTorchStateDict(sharedFixture("fixtures/clip-tiny/openai-tiny.pt"));
    QVERIFY(!scripted.empty());
    for (const auto& [name, tensor] : saved) {
      if (name == "input_resolution" || name == "context_length" || name == "vocab_size") continue;
      QVERIFY2(scripted.count(name), name.c_str());
      QVERIFY2(at::equal(scripted.at(name), tensor), name.c_str());
    }
  }

  void aSetstateThatNeverReturnsIsNeverRun() {
    QElapsedTimer clock;
    clock.start();
    const QString message = refusal([] { readTorchScriptParameters(hostile("looping-setstate.pt")); });
    QVERIFY2(message.contains("saves its own state through code") && message.contains("does not run code"),
             qPrintable(message));
    QVERIFY(clock.elapsed() < 5000);
  }

  void aDataPklThatCallsTheShellIsRefused() {
    const std::string marker = "/tmp/mien-hostile-archive-ran";
    std::filesystem::remove(marker);
    const QString message = refusal([] { readTorchScriptParameters(hostile("shell-in-data-pkl.pt")); });
    QVERIFY2(message.contains("posix.system") && message.contains("refuses to run code"), qPrintable(message));
    QVERIFY(!std::filesystem::exists(marker));
  }

  void damagedArchivesAreOneSentenceNeverACrash() {
    const std::string good = bytesOf(sharedFixture("fixtures/clip-tiny/openai-tiny-jit.pt"));
    int refused = 0, read = 0;
    for (std::size_t cut : {std::size_t{10}, good.size() / 3, good.size() / 2, good.size() - 30}) {
      const std::string truncated = good.substr(0, cut);
      const auto* data = reinterpret_cast<const std::uint8_t*>(truncated.data());
      refused += !refusal([&] { parseTorchScriptParameters(data, truncated.size(), "truncated.pt"); }).isEmpty();
    }
    for (std::size_t step = 97; step < good.size(); step += good.size() / 40) {  // one flipped byte at a time
      std::string damaged = good;
      damaged[step] = static_cast<char>(damaged[step] ^ 0x5a);
      const auto* data = reinterpret_cast<const std::uint8_t*>(damaged.data());
      refusal([&] { parseTorchScriptParameters(data, damaged.size(), "damaged.pt"); }).isEmpty() ? ++read : ++refused;
    }
    qInfo("damaged archives: %d refused with a message, %d read (a flipped weight byte is still an archive)", refused, read);
    QVERIFY(refused >= 4);
  }
};

QTEST_GUILESS_MAIN(TestHostileArchives)
#include "test_hostile_archives.moc"
