// Weight readers on damaged and hostile files: each gives one clear ModelError, none crashes.
#include <ATen/ATen.h>
#include <QtTest>
#include <filesystem>
#include <random>

#include "common/errors.h"
#include "model/clip_weights_loader.h"
#include "model/safetensors_reader.h"
#include "model/safetensors_writer.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torchscript_reader.h"
#include "model/torch_checkpoint_writer.h"
#include "model/zip_archive.h"
#include "support/expect_error.h"
#include "support/fixtures.h"
#include "support/test_main.h"
#include "support/file_size_limit.h"
#include "support/scratch_dir.h"

using namespace mien;

namespace {

std::string safetensorsBytes(const std::string& header, const std::string& data) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(static_cast<std::uint64_t>(header.size()) >> (8 * i));
  return out + header + data;
}

std::string zipWithPickle(const std::string& pickle) {
  ZipArchiveWriter zip;
  zip.add("evil/data.pkl", pickle.data(), pickle.size());
  auto bytes = zip.finish();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

class TestWeightReaders : public QObject {
  Q_OBJECT

  // Copies hf-tiny with its tensors changed by `edit` into `dir`.
  void writeEditedHfModel(const test::ScratchDir& dir, const std::function<void(TensorMap&)>& edit) {
    TensorMap tensors = readSafetensors(test::sharedPath("fixtures/clip-tiny/hf-tiny/model.safetensors"));
    edit(tensors);
    writeSafetensors(dir.path("model.safetensors"), tensors);
    std::filesystem::copy_file(test::sharedPath("fixtures/clip-tiny/hf-tiny/config.json"), dir.path("config.json"));
  }

 private slots:
  void truncatedSafetensors() {
    test::ScratchDir dir;
    const auto bytes = test::readBytes(test::sharedPath("fixtures/clip-tiny/hf-tiny/model.safetensors"));
    test::writeBytes(dir.path("model.safetensors"), bytes.substr(0, bytes.size() / 2));
    const QString e = test::errorMessage<ModelError>([&] { loadClipWeights(dir.path()); });
    QVERIFY2(e.contains("truncated") && e.contains("model.safetensors"), qPrintable(e));
    test::writeBytes(dir.path("model.safetensors"), bytes.substr(0, 5));
    QVERIFY(test::errorMessage<ModelError>([&] { loadClipWeights(dir.path()); }).contains("truncated"));
  }

  void garbageHeader() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("x.safetensors"), safetensorsBytes("this is {not json", "abcd"));
    const QString e = test::errorMessage<ModelError>([&] { readSafetensors(dir.path("x.safetensors")); });
    QVERIFY2(e.contains("garbage header"), qPrintable(e));
    test::writeBytes(dir.path("y.safetensors"), std::string("\xff\xff\xff\xff\xff\xff\xff\x7f{}", 10));
    QVERIFY(test::errorMessage<ModelError>([&] { readSafetensors(dir.path("y.safetensors")); }).contains("header claims"));
  }

  void badOffsetsAndTypes() {
    const std::string data(32, '\0');
    auto parse = [&](const std::string& header) {
      const auto bytes = safetensorsBytes(header, data);
      return test::errorMessage<ModelError>([&] { parseSafetensors(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), "t"); });
    };
    QVERIFY(parse(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},"b":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})")
                .contains("overlaps"));
    QVERIFY(parse(R"({"a":{"dtype":"F32","shape":[16],"data_offsets":[0,64]}})").contains("truncated"));
    QVERIFY(parse(R"({"a":{"dtype":"F8_E9","shape":[4],"data_offsets":[0,4]}})").contains("unknown dtype"));
    QVERIFY(parse(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})").contains("need"));
    QVERIFY(parse(R"({"a":{"dtype":"F32","shape":[-4],"data_offsets":[0,16]}})").contains("negative"));
    QVERIFY(parse(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[16,0]}})").contains("ends before"));
    QVERIFY(parse(R"([1,2])").contains("not a JSON object"));
    QVERIFY(parse(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})").isEmpty());
  }

  void wrongShapeNamesKeyExpectedAndFound() {
    test::ScratchDir dir;
    writeEditedHfModel(dir, [](TensorMap& t) { t["visual_projection.weight"] = at::zeros({48, 100}); });
    const QString e = test::errorMessage<ModelError>([&] { loadClipWeights(dir.path()); });
    QVERIFY2(e.contains("visual_projection.weight") && e.contains("[100, 48]") && e.contains("[128, 48]"), qPrintable(e));
  }

  void missingKeyIsNamed() {
    test::ScratchDir dir;
    writeEditedHfModel(dir, [](TensorMap& t) { t.erase("text_model.encoder.layers.1.mlp.fc2.bias"); });
    const QString e = test::errorMessage<ModelError>([&] { loadClipWeights(dir.path()); });
    QVERIFY2(e.contains("lacks tensor 'text_model.encoder.layers.1.mlp.fc2.bias'"), qPrintable(e));
  }

  void extraKeyAndWrongDtypeAreNamed() {
    test::ScratchDir dir;
    writeEditedHfModel(dir, [](TensorMap& t) { t["vision_model.extra_thing"] = at::zeros({3}); });
    QVERIFY(test::errorMessage<ModelError>([&] { loadClipWeights(dir.path()); }).contains("unexpected tensor 'vision_model.extra_thing'"));
    test::ScratchDir dir2;
    writeEditedHfModel(dir2, [](TensorMap& t) { t["logit_scale"] = at::zeros({}, at::kInt); });
    QVERIFY(test::errorMessage<ModelError>([&] { loadClipWeights(dir2.path()); }).contains("dtype"));
  }

  void missingFileAndNotAModel() {
    QVERIFY(test::errorMessage<ModelError>([] { loadClipWeights("/nonexistent/model.pt"); }).contains("do not exist"));
    test::ScratchDir dir;
    test::writeBytes(dir.path("notes.pt"), "hello, I am a text file");
    QVERIFY(test::errorMessage<ModelError>([&] { loadClipWeights(dir.path("notes.pt")); }).contains("neither"));
  }

  void truncatedTorchCheckpoint() {
    test::ScratchDir dir;
    const auto bytes = test::readBytes(test::sharedPath("fixtures/clip-tiny/openai-tiny.pt"));
    for (std::size_t cut : {bytes.size() / 2, bytes.size() - 10, std::size_t{100}}) {
      test::writeBytes(dir.path("cut.pt"), bytes.substr(0, cut));
      QVERIFY(!test::errorMessage<ModelError>([&] { loadClipWeights(dir.path("cut.pt")); }).isEmpty());
    }
  }

  void pickleThatRunsAShellCommandIsRefused() {
    // What pickle.dumps of an object whose __reduce__ returns (os.system, ("touch pwned",)) contains.
    const std::string evil = std::string("\x80\x02", 2) + "cposix\nsystem\nq\x00X\x0b\x00\x00\x00touch pwnedq\x01\x85q\x02Rq\x03.";
    test::ScratchDir dir;
    test::writeBytes(dir.path("evil.pth"), zipWithPickle(evil));
    const QString e = test::errorMessage<ModelError>([&] { readTorchCheckpoint(dir.path("evil.pth")); });
    QVERIFY2(e.contains("posix.system") && e.contains("refuses to run code"), qPrintable(e));
    QVERIFY(!std::filesystem::exists("pwned"));
    const std::string builtinsEval = std::string("\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00", 11) +
                                     "\x8c\x08" + "builtins" + "\x8c\x04" + "eval" + "\x93" + ".";
    test::writeBytes(dir.path("eval.pth"), zipWithPickle(builtinsEval));
    QVERIFY(test::errorMessage<ModelError>([&] { readTorchCheckpoint(dir.path("eval.pth")); }).contains("builtins.eval"));
    test::writeBytes(dir.path("opcode.pth"), zipWithPickle(std::string("\x80\x02", 2) + "i__main__\nX\n."));
    QVERIFY(test::errorMessage<ModelError>([&] { readTorchCheckpoint(dir.path("opcode.pth")); }).contains("opcode"));
  }

  void cyclesAndDeepNestingAreRefused() {
    test::ScratchDir dir;
    // A list appended to itself, then deep nesting of lists.
    test::writeBytes(dir.path("cycle.pth"), zipWithPickle(std::string("\x80\x02]q\x00h\x00\x61.", 9)));
    QVERIFY(!test::errorMessage<ModelError>([&] { readTorchCheckpoint(dir.path("cycle.pth")); }).isEmpty());
    std::string deep = std::string("\x80\x02", 2);
    for (int i = 0; i < 100000; ++i) deep += "]";
    for (int i = 0; i < 99999; ++i) deep += "a";
    deep += ".";
    test::writeBytes(dir.path("deep.pth"), zipWithPickle(deep));
    QVERIFY(test::errorMessage<ModelError>([&] { readTorchCheckpoint(dir.path("deep.pth")); }).contains("deeply"));
  }

  void randomByteFlipsNeverCrash() {
    const auto original = test::readBytes(test::sharedPath("fixtures/clip-tiny/head-tiny.pth"));
    test::ScratchDir dir;
    std::mt19937 random(1234);
    int rejected = 0;
    for (int round = 0; round < 300; ++round) {
      std::string bytes = original;
      for (int flips = 0; flips < 4; ++flips)
        bytes[random() % bytes.size()] = static_cast<char>(random() & 0xFF);
      test::writeBytes(dir.path("flipped.pth"), bytes);
      try {
        readTorchStateDict(dir.path("flipped.pth"));
      } catch (const ModelError&) {
        ++rejected;
      }
    }
    qInfo("%d of 300 damaged checkpoints rejected with a clear error, the rest read", rejected);
  }

  void fuzzCorpusReplaysWithoutCrashing() {
    // Every seed and every reproducer the fuzzers found (fuzz/corpus) runs through the readers here too.
    const std::string corpus = std::string(MIEN_TEST_DATA_DIR) + "/../../fuzz/corpus/";
    int files = 0;
    for (const char* target : {"fuzz_safetensors", "fuzz_torch_checkpoint", "fuzz_torchscript"}) {
      for (const auto& entry : std::filesystem::directory_iterator(corpus + target)) {
        const std::string bytes = test::readBytes(entry.path().string());
        const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
        try {
          if (std::string(target) == "fuzz_safetensors") parseSafetensors(data, bytes.size(), "corpus");
          else if (std::string(target) == "fuzz_torchscript") parseTorchScriptParameters(data, bytes.size(), "corpus");
          else stateDictFrom(*parseTorchCheckpoint(data, bytes.size(), "corpus"), "corpus");
        } catch (const ModelError&) {
        }
        ++files;
      }
    }
    QVERIFY(files >= 5);
  }

  void checkpointWriterRoundTrips() {
    test::ScratchDir dir;
    TensorMap tensors{{"a.weight", at::randn({4, 3})},
                      {"b", at::arange(10, at::kLong)},
                      {"c", at::randn({2, 2}).to(at::kHalf)},
                      {"d", at::randn({5}, at::kDouble)}};
    writeTorchStateDict(dir.path("x.pth"), tensors, "model_state_dict");
    auto back = readTorchStateDict(dir.path("x.pth"));
    QCOMPARE(back.size(), tensors.size());
    for (const auto& [k, t] : tensors) QVERIFY2(at::equal(back.at(k), t), k.c_str());
    writeSafetensors(dir.path("x.safetensors"), tensors);
    auto back2 = readSafetensors(dir.path("x.safetensors"));
    for (const auto& [k, t] : tensors) QVERIFY2(at::equal(back2.at(k), t), k.c_str());
    QVERIFY(!std::filesystem::exists(dir.path("x.pth.part")));
  }

  void fullDiskLeavesNoFile() {
    // A file-size limit makes write() fail with EFBIG exactly as a full disk fails with ENOSPC.
    test::ScratchDir dir;
    const auto big = at::zeros({1 << 20});
    {
      test::FileSizeLimit limit(64 * 1024);
      const QString e = [&] {
        try {
          writeSafetensors(dir.path("x.safetensors"), {{"a", big}});
        } catch (const std::runtime_error& error) {
          return QString(error.what());
        }
        return QString();
      }();
      QVERIFY2(e.contains("disk is full") && e.contains("x.safetensors"), qPrintable(e));
    }
    QVERIFY(!std::filesystem::exists(dir.path("x.safetensors")));
    QVERIFY(!std::filesystem::exists(dir.path("x.safetensors.part")));
  }
};

MIEN_TEST_MAIN(TestWeightReaders)
#include "test_weight_readers.moc"
