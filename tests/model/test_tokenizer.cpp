// The CLIP tokenizer against the reference token ids, from both vocabulary layouts, and its error paths.
#include <ATen/ATen.h>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "model/text_cleaning.h"
#include "model/tokenizer.h"
#include "support/fixtures.h"
#include "support/test_main.h"
#include "support/scratch_dir.h"

using namespace mien;

class TestTokenizer : public QObject {
  Q_OBJECT

  std::vector<std::string> texts() {
    auto readme = nlohmann::json::parse(test::readBytes(test::sharedPath("fixtures/clip-tiny/README.json")));
    return readme["texts"].get<std::vector<std::string>>();
  }

  void compareAll(const ClipTokenizer& tokenizer) {
    const at::Tensor expected = test::clipTinyExpected().at("tokens");
    const auto all = texts();
    QCOMPARE(static_cast<std::int64_t>(all.size()), expected.size(0));
    for (std::size_t i = 0; i < all.size(); ++i) {
      const auto ids = tokenizer.tokenize(all[i], 77);
      const at::Tensor row = expected[static_cast<std::int64_t>(i)];
      for (std::int64_t j = 0; j < 77; ++j)
        QVERIFY2(ids[j] == row[j].item<std::int32_t>(),
                 qPrintable(QString("text %1 ('%2') differs at position %3: %4 vs %5")
                                .arg(i).arg(QString::fromStdString(all[i])).arg(j).arg(ids[j])
                                .arg(row[j].item<std::int32_t>())));
    }
  }

 private slots:
  void openAiVocabularyMatchesReference() {
    compareAll(ClipTokenizer::fromOpenAiBpe(test::sharedPath("fixtures/clip-tiny/bpe_simple_vocab_16e6.txt.gz")));
  }

  void huggingFaceVocabularyMatchesReference() {
    compareAll(ClipTokenizer::fromHuggingFace(test::sharedPath("fixtures/clip-tiny/hf-tiny/vocab.json"),
                                              test::sharedPath("fixtures/clip-tiny/hf-tiny/merges.txt")));
  }

  void shippedVocabularyIsTheReferenceOne() {
    QCOMPARE(test::readBytes(std::string(MIEN_TEST_DATA_DIR) + "/../../resources/tokenizer/bpe_simple_vocab_16e6.txt.gz"),
             test::readBytes(test::sharedPath("fixtures/clip-tiny/bpe_simple_vocab_16e6.txt.gz")));
  }

  void truncationKeepsEndOfTextLast() {
    auto tokenizer = ClipTokenizer::fromOpenAiBpe(test::sharedPath("fixtures/clip-tiny/bpe_simple_vocab_16e6.txt.gz"));
    std::string longText;
    for (int i = 0; i < 200; ++i) longText += "smile ";
    auto ids = tokenizer.tokenize(longText, 77);
    QCOMPARE(ids.size(), std::size_t{77});
    QCOMPARE(ids.front(), tokenizer.startOfText());
    QCOMPARE(ids.back(), tokenizer.endOfText());
    auto shortIds = tokenizer.tokenize("smile", 8);
    QCOMPARE(shortIds[2], tokenizer.endOfText());
    QCOMPARE(shortIds[7], 0);
  }

  void cleaningFollowsOpenAi() {
    QCOMPARE(htmlUnescape("A &amp;amp; B"), std::string("A &amp; B"));
    QCOMPARE(cleanClipText("A &amp;amp; B"), std::string("a & b"));
    QCOMPARE(htmlUnescape("&lt;tag&gt; &#65;&#x42; &amp &copy2 &unknown;"), std::string("<tag> AB & \u00a92 &unknown;"));
    QCOMPARE(htmlUnescape("&#128;"), std::string("\u20ac"));
    QCOMPARE(collapseWhitespace("  a \t\n b\u3000c  "), std::string("a b c"));
    QCOMPARE(lowerCase("ÉCOLE Straße ΑΒΓ"), std::string("école straße αβγ"));
    QCOMPARE(decodeUtf8("\xff"), std::u32string(1, 0xFFFD));
  }

  void emptyVocabularyIsRejected() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("vocab.json"), "");
    test::writeBytes(dir.path("merges.txt"), "#version: 0.2\na b\n");
    try {
      ClipTokenizer::fromHuggingFace(dir.path("vocab.json"), dir.path("merges.txt"));
      QFAIL("an empty vocabulary was accepted");
    } catch (const ModelError& e) {
      QVERIFY2(QString(e.what()).contains("is empty"), e.what());
    }
    test::writeBytes(dir.path("empty.txt.gz"), "");
    QVERIFY_THROWS_EXCEPTION(ModelError, ClipTokenizer::fromOpenAiBpe(dir.path("empty.txt.gz")));
    test::writeBytes(dir.path("vocab.json"), "{\"a\": 1}");
    test::writeBytes(dir.path("merges.txt"), "#version: 0.2\nthis line has three\n");
    QVERIFY_THROWS_EXCEPTION(ModelError, ClipTokenizer::fromHuggingFace(dir.path("vocab.json"), dir.path("merges.txt")));
  }
};

MIEN_TEST_MAIN(TestTokenizer)
#include "test_tokenizer.moc"
