// Every seed and reproducer of the newer fuzz targets (fuzz/corpus) replayed through the same readers: the
// resume state, the sidecar, the LLM replies and the embeddings import. None may crash; the reproducers the
// fuzzers found stay fixed.
#include <QtTest>
#include <filesystem>

#include "common/errors.h"
#include "pipeline/annotation_options.h"
#include "pipeline/resume_state.h"
#include "support/expect_error.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/embedding_import.h"
#include "train/llm_endpoint_provider.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> corpus(const std::string& target) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(std::string(MIEN_TEST_DATA_DIR) + "/../../fuzz/corpus/" + target))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

class TestUntrustedInputs : public QObject {
  Q_OBJECT

 private slots:
  void annotationStateAndSidecars() {
    const nlohmann::json options = AnnotationOptions{}.toJson();
    for (const auto& file : corpus("fuzz_annotation_state")) {
      const std::string text = test::readBytes(file);
      try {
        parseResumePoint(text, file, options, text.size() * 3);
      } catch (const ModelError&) {  // a state of another format version
      }
      try {
        std::string input;
        AnnotationOptions::fromSidecar(text, file, input);
      } catch (const ModelError&) {
      }
    }
    // Found by fuzzing: a frames_per_batch of 3.21e27 was converted to int (undefined behaviour).
    const auto found = test::readBytes(std::string(MIEN_TEST_DATA_DIR) + "/../../fuzz/corpus/fuzz_annotation_state/regression-float-outside-int");
    const QString e = test::errorMessage<ModelError>([&] {
      std::string input;
      AnnotationOptions::fromSidecar(found, "found", input);
    });
    QVERIFY2(e.contains("out of range"), qPrintable(e));
  }

  void resumeStatesThatCannotBeTrustedStartOver() {
    const nlohmann::json options = AnnotationOptions{}.toJson();
    const nlohmann::json good = {{"format_version", kSidecarFormatVersion}, {"options", options}, {"csv_bytes", 100},
                                 {"session", {{"last_frame", 8}, {"frames_done", 3}, {"next_track_id", 2}, {"tracks", nlohmann::json::array()},
                                              {"smoothing", nlohmann::json::object()}}}};
    QVERIFY(parseResumePoint(good.dump(), "s", options, 100).has_value());
    QVERIFY(!parseResumePoint(good.dump(), "s", options, 99).has_value());  // the .part is shorter than claimed
    QVERIFY(!parseResumePoint(good.dump().substr(0, 40), "s", options, 100).has_value());
    nlohmann::json other = good;
    other["options"]["engine"]["threads"] = "3";
    QVERIFY(!parseResumePoint(other.dump(), "s", options, 100).has_value());
    nlohmann::json huge = good;
    huge["session"]["frames_done"] = 1e300;
    QVERIFY(!parseResumePoint(huge.dump(), "s", options, 100).has_value());
  }

  void resumeStateOfAnotherFormatVersionIsRefused() {
    const nlohmann::json options = AnnotationOptions{}.toJson();
    nlohmann::json old = {{"options", options}, {"csv_bytes", 10},
                          {"session", {{"last_frame", 8}, {"frames_done", 3}, {"next_track_id", 2}, {"tracks", nlohmann::json::array()},
                                       {"smoothing", nlohmann::json::object()}}}};
    for (const int version : {1, kSidecarFormatVersion + 1}) {
      old["format_version"] = version;
      const QString e = test::errorMessage<ModelError>([&] { parseResumePoint(old.dump(), "/runs/clip.csv.state.json", options, 100); });
      QVERIFY2(e.contains("/runs/clip.csv.state.json") && e.contains("format version " + QString::number(version)), qPrintable(e));
    }
  }

  void llmReplies() {
    for (const auto& file : corpus("fuzz_llm_replies")) {
      const std::string text = test::readBytes(file);
      try {
        parseChatCompletionText(text);
      } catch (const std::runtime_error&) {
      }
      try {
        parseEmbeddingVector(text);
      } catch (const std::runtime_error&) {
      }
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseEmbeddingVector(R"({"data":[{"embedding":[1e300]}]})"));
  }

  void embeddingImports() {
    test::ScratchDir dir;
    for (const auto& file : corpus("fuzz_embeddings_import")) {
      const std::string bytes = test::readBytes(file);
      if (bytes.empty()) continue;
      const std::string rest = bytes.substr(1);
      const auto split = rest.find('\xff');
      const std::string vectors = dir.path(std::string("v") + ((bytes[0] & 1) ? ".safetensors" : ".npy"));
      const std::string mapping = dir.path(std::string("m") + ((bytes[0] & 2) ? ".json" : ".csv"));
      test::writeBytes(vectors, rest.substr(0, split));
      test::writeBytes(mapping, split == std::string::npos ? "" : rest.substr(split + 1));
      try {
        importEmbeddings(vectors, mapping);
      } catch (const ModelError&) {
      }
    }
  }
};

MIEN_TEST_MAIN(TestUntrustedInputs)
#include "test_untrusted_inputs.moc"
