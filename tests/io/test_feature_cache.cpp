// The SQLite feature cache: round trips, WAL mode, damaged rows and files reported, and a writer killed with
// SIGKILL leaving a consistent cache.
#include <QtTest>
#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/feature_cache.h"
#include "support/fixtures.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;

namespace {
std::vector<float> vectorOf(int seed, int size = 512) {
  std::vector<float> v(static_cast<std::size_t>(size));
  for (int i = 0; i < size; ++i) v[static_cast<std::size_t>(i)] = static_cast<float>((seed * 31 + i) % 97) / 97.0f;
  return v;
}

void sql(const std::string& path, const std::string& statement) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr);
  sqlite3_close(db);
}
}  // namespace

class TestFeatureCache : public QObject {
  Q_OBJECT

 private slots:
  void roundTripsAndPersists() {
    test::ScratchDir dir;
    {
      FeatureCache cache(dir.path("cache.sqlite"));
      QVERIFY(!cache.clipFeature("h1", "ViT-B/16", "expclip"));
      cache.putClipFeature("h1", "ViT-B/16", "expclip", vectorOf(1));
      cache.putLlmEmbedding("h1", "blip2-flant5-xxl", "Describe the facial actions.", {"Raised cheeks.", vectorOf(2, 4096)});
    }
    FeatureCache cache(dir.path("cache.sqlite"));
    QCOMPARE(*cache.clipFeature("h1", "ViT-B/16", "expclip"), vectorOf(1));
    QVERIFY(!cache.clipFeature("h1", "ViT-B/16", "clip"));  // the preprocessing is part of the key
    const auto llm = cache.llmEmbedding("h1", "blip2-flant5-xxl", "Describe the facial actions.");
    QVERIFY(llm);
    QCOMPARE(llm->description, std::string("Raised cheeks."));
    QCOMPARE(llm->embedding, vectorOf(2, 4096));
    QVERIFY(!cache.llmEmbedding("h1", "blip2-flant5-xxl", "Another instruction."));
    QCOMPARE(cache.integrityReport(), std::string("ok"));
    sqlite3* db = nullptr;
    sqlite3_open(dir.path("cache.sqlite").c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    QCOMPARE(QString(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))), QString("wal"));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
  }

  void damagedRowsAreReportedNotUsed() {
    test::ScratchDir dir;
    {
      FeatureCache cache(dir.path("cache.sqlite"));
      cache.putClipFeature("h1", "m", "expclip", vectorOf(1, 8));
    }
    sql(dir.path("cache.sqlite"), "UPDATE clip_features SET vector = zeroblob(32)");
    FeatureCache cache(dir.path("cache.sqlite"));
    try {
      cache.clipFeature("h1", "m", "expclip");
      QFAIL("a damaged vector was returned");
    } catch (const CacheError& e) {
      QVERIFY2(QString(e.what()).contains("checksum"), e.what());
    }
  }

  void damagedFilesAreReported() {
    test::ScratchDir dir;
    test::writeBytes(dir.path("text.sqlite"), std::string(8192, 'x'));
    QVERIFY_THROWS_EXCEPTION(CacheError, FeatureCache(dir.path("text.sqlite")));
    {
      FeatureCache cache(dir.path("big.sqlite"));
      for (int i = 0; i < 300; ++i) cache.putClipFeature("h" + std::to_string(i), "m", "expclip", vectorOf(i));
    }
    sql(dir.path("big.sqlite"), "PRAGMA wal_checkpoint(TRUNCATE)");
    std::string bytes = test::readBytes(dir.path("big.sqlite"));
    for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 20000; ++i) bytes[i] = static_cast<char>(i * 13);
    test::writeBytes(dir.path("big.sqlite"), bytes);
    try {
      FeatureCache cache(dir.path("big.sqlite"));
      for (int i = 0; i < 300; ++i) cache.clipFeature("h" + std::to_string(i), "m", "expclip");
      QFAIL("a damaged cache was used without complaint");
    } catch (const CacheError& e) {
      qInfo("%s", e.what());
      QVERIFY(QString(e.what()).contains("big.sqlite"));
    }
  }

  void aKilledWriterLeavesAConsistentCache() {
    test::ScratchDir dir;
    const std::string path = dir.path("cache.sqlite");
    { FeatureCache create(path); }
    const pid_t child = ::fork();
    if (child == 0) {
      FeatureCache cache(path);
      for (int i = 0;; ++i) cache.putClipFeature("h" + std::to_string(i), "m", "expclip", vectorOf(i));
    }
    ::usleep(300 * 1000);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    FeatureCache cache(path);
    QCOMPARE(cache.integrityReport(), std::string("ok"));
    int present = 0;
    while (cache.clipFeature("h" + std::to_string(present), "m", "expclip")) ++present;
    qInfo("%d vectors written before the kill, all readable", present);
    QVERIFY(present > 0);
  }
};

MIEN_TEST_MAIN(TestFeatureCache)
#include "test_feature_cache.moc"
