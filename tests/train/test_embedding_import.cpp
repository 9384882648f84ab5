// Importing precomputed LLM embeddings: .npy (float16/32/64) and safetensors with CSV or JSON mappings, and the
// mistakes users make with them.
#include <ATen/ATen.h>
#include <QtTest>
#include <cstring>

#include "common/errors.h"
#include "model/safetensors_writer.h"
#include "support/expect_error.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"
#include "train/embedding_import.h"

using namespace mien;

namespace {

// What numpy.save writes for a C-order array of `descr` values.
std::string npy(const std::string& descr, std::int64_t rows, std::int64_t cols, const std::string& data, bool fortran = false) {
  std::string header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") +
                       ", 'shape': (" + std::to_string(rows) + ", " + std::to_string(cols) + "), }";
  while ((10 + header.size() + 1) % 64) header += ' ';
  header += '\n';
  std::string out = std::string("\x93NUMPY\x01\x00", 8);
  out += static_cast<char>(header.size() & 0xFF);
  out += static_cast<char>(header.size() >> 8);
  return out + header + data;
}

std::string floats(const std::vector<float>& v) { return std::string(reinterpret_cast<const char*>(v.data()), v.size() * 4); }

}  // namespace

class TestEmbeddingImport : public QObject {
  Q_OBJECT

 private slots:
  void npyWithCsvAndJsonMappings() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("e.npy"), npy("<f4", 3, 2, floats({1, 2, 3, 4, 5, 6})));
    test::writeBytes(dir.path("map.csv"), "file,row\nb.png,1\n\"a,1.png\",0\nc.png,2\n");
    auto imported = importEmbeddings(dir.path("e.npy"), dir.path("map.csv"));
    QCOMPARE(imported.dimension, std::int64_t{2});
    QCOMPARE(imported.byImage.at("a,1.png"), (std::vector<float>{1, 2}));
    QCOMPARE(imported.byImage.at("c.png"), (std::vector<float>{5, 6}));
    test::writeBytes(dir.path("order.csv"), "x.png\ny.png\nz.png\n");
    QCOMPARE(importEmbeddings(dir.path("e.npy"), dir.path("order.csv")).byImage.at("y.png"), (std::vector<float>{3, 4}));
    test::writeBytes(dir.path("map.json"), R"({"p.png": 2, "q.png": 0})");
    QCOMPARE(importEmbeddings(dir.path("e.npy"), dir.path("map.json")).byImage.at("p.png"), (std::vector<float>{5, 6}));
    test::writeBytes(dir.path("list.json"), R"(["r.png", "s.png"])");
    QCOMPARE(importEmbeddings(dir.path("e.npy"), dir.path("list.json")).byImage.size(), std::size_t{2});
  }

  void otherDtypesAndSafetensors() {
    test::ScratchDir dir;
    const at::Tensor half = at::tensor({1.5, -2.0, 0.25, 8.0}).to(at::kHalf);
    test::writeBytes(dir.path("h.npy"), npy("<f2", 2, 2, std::string(static_cast<const char*>(half.data_ptr()), 8)));
    test::writeBytes(dir.path("map.csv"), "file\na\nb\n");
    QCOMPARE(importEmbeddings(dir.path("h.npy"), dir.path("map.csv")).byImage.at("b"), (std::vector<float>{0.25f, 8.0f}));
    writeSafetensors(dir.path("e.safetensors"), {{"embeddings", at::arange(8, at::kFloat).view({2, 4})}});
    QCOMPARE(importEmbeddings(dir.path("e.safetensors"), dir.path("map.csv")).byImage.at("b"), (std::vector<float>{4, 5, 6, 7}));
  }

  void mistakesAreNamed() {
    test::ScratchDir dir;
    const std::string good = npy("<f4", 2, 2, floats({1, 2, 3, 4}));
    test::writeBytes(dir.path("map.csv"), "file,row\na,0\nb,5\n");
    test::writeBytes(dir.path("e.npy"), good);
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("e.npy"), dir.path("map.csv")); }).contains("only 2 rows"));
    test::writeBytes(dir.path("ok.csv"), "file,row\na,0\n");
    test::writeBytes(dir.path("cut.npy"), good.substr(0, good.size() - 3));
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("cut.npy"), dir.path("ok.csv")); }).contains("truncated"));
    test::writeBytes(dir.path("int.npy"), npy("<i8", 1, 2, std::string(16, '\0')));
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("int.npy"), dir.path("ok.csv")); }).contains("float16, float32 or float64"));
    test::writeBytes(dir.path("f.npy"), npy("<f4", 2, 2, floats({1, 2, 3, 4}), true));
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("f.npy"), dir.path("ok.csv")); }).contains("Fortran"));
    test::writeBytes(dir.path("dup.csv"), "file,row\na,0\na,1\n");
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("e.npy"), dir.path("dup.csv")); }).contains("twice"));
    test::writeBytes(dir.path("bad.json"), "{not json");
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("e.npy"), dir.path("bad.json")); }).contains("not valid JSON"));
    test::writeBytes(dir.path("text.npy"), "hello");
    QVERIFY(test::errorMessage<ModelError>([&] { importEmbeddings(dir.path("text.npy"), dir.path("ok.csv")); }).contains("not a .npy"));
  }
};

MIEN_TEST_MAIN(TestEmbeddingImport)
#include "test_embedding_import.moc"
