// mien-cli export, summarize and report end to end on the shared recordings (two of them variable-frame-rate
// phone videos): segment and ELAN times are the CSV's presentation times, summaries over three runs with a
// conditions file equal values computed here from the CSVs, the report renders in headless Chromium, and
// mistakes end in one sentence with exit status 2 and no output.
#include <QImage>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "common/sha256.h"
#include "face_scenes.h"
#include "support/fixtures.h"
#include "support/process_runner.h"
#include "support/scratch_dir.h"

namespace fs = std::filesystem;
using mien::test::runProgram;

namespace {

QString shared(const std::string& relative) {
  return QString::fromStdString(fs::weakly_canonical(fs::path(MIEN_SHARED_DIR) / relative).string());
}


void writeText(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// A CSV Mien wrote (no quoted fields): header + rows as string lists.
struct Csv {
  QStringList header;
  std::vector<QStringList> rows;
  int col(const QString& name) const { return static_cast<int>(header.indexOf(name)); }
};
Csv readCsv(const std::string& path) {
  Csv c;
  const auto lines = QString::fromStdString(mien::test::readBytes(path)).split('\n', Qt::SkipEmptyParts);
  c.header = lines[0].split(',');
  for (qsizetype i = 1; i < lines.size(); ++i) c.rows.push_back(lines[i].split(','));
  return c;
}

mien::test::ProcessResult cli(const QStringList& args) { return runProgram(MIEN_CLI_PATH, args); }

QStringList modelArgs() {
  return {"--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head", shared("fixtures/clip-tiny/head-tiny.pth"), "--classes",
          "happiness,sadness,surprise", "--device", "cpu"};
}

// The rows of `csv` that show a face, by face_id: their participant names.
std::map<QString, std::set<QString>> namesById(const Csv& csv) {
  std::map<QString, std::set<QString>> names;
  for (const auto& row : csv.rows)
    if (!row[csv.col("face_id")].isEmpty()) names[row[csv.col("face_id")]].insert(row[csv.col("participant")]);
  return names;
}

}  // namespace

class TestCliFindings : public QObject {
  Q_OBJECT
  mien::test::ScratchDir runs_, composed_;
  std::string run(const std::string& name) const { return runs_.path(name + ".csv"); }
  // Composed recordings (benchmarks/face_scenes): `behind` has three people (ids 1, 2, 3; 1 and 2 share frames),
  // `leave-reenter` one person who comes back under a second id (ids 1 and 2 never share a frame).
  std::string composedRun(const std::string& name) const { return composed_.path("runs/" + name + ".csv"); }

 private slots:
  void initTestCase() {
    {
      mien::YuNetFaceDetector detector(mien::DetectorSpec{std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx"});
      const auto faces = mien::scenes::loadFacePhotos(mien::test::sharedPath("media"), detector);
      QStringList videos;
      for (const std::string name : {"behind", "leave-reenter"}) {
        mien::scenes::writeSceneVideo(mien::scenes::sceneNamed(name), faces, composed_.path(name + ".mp4"));
        videos << QString::fromStdString(composed_.path(name + ".mp4"));
      }
      const auto r = cli(QStringList{"annotate"} + videos + QStringList{"-o", QString::fromStdString(composed_.path("runs"))} + modelArgs());
      QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const auto r = cli({"annotate", shared("media/face_noface.mov"), shared("media/noface_face.mov"), shared("media/single_face.mp4"), "-o",
                        QString::fromStdString(runs_.path()), "--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head",
                        shared("fixtures/clip-tiny/head-tiny.pth"), "--classes", "happiness,sadness,surprise", "--device", "cpu"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
  }

  void segmentTimesAreThePresentationTimesOnVfrRecordings() {
    for (const std::string name : {"face_noface", "noface_face"}) {
      mien::test::ScratchDir out;
      const auto r = cli({"export", QString::fromStdString(run(name)), "--to", "segments", "--to", "elan", "--threshold", "0.71", "-o",
                          QString::fromStdString(out.path())});
      QVERIFY2(r.exitCode == 0, qPrintable(r.err));
      const Csv timeline = readCsv(run(name));
      std::vector<QString> times;  // the CSV's presentation times, one per frame row in order
      std::set<QString> timeSet;
      std::vector<double> durations;
      for (const auto& row : timeline.rows) {
        if (times.empty() || times.back() != row[1]) times.push_back(row[1]);
        timeSet.insert(row[1]);
      }
      for (std::size_t i = 1; i < times.size(); ++i) durations.push_back(times[i].toDouble() - times[i - 1].toDouble());
      const auto [shortest, longest] = std::minmax_element(durations.begin(), durations.end());
      QVERIFY2(*longest - *shortest > 0.005, "the recording should have irregular frame durations");

      const Csv segments = readCsv(out.path(name + ".segments.csv"));
      QVERIFY(segments.rows.size() >= 3);
      std::set<long long> starts, ends;
      bool someStartIsNotFrameTimesRate = false;
      for (const auto& s : segments.rows) {
        QVERIFY2(timeSet.count(s[segments.col("start_s")]), qPrintable(s.join(',')));
        const QString end = s[segments.col("end_s")];
        QVERIFY2(timeSet.count(end) || std::abs(end.toDouble() - (times.back().toDouble() + (times.back().toDouble() - times[times.size() - 2].toDouble()))) < 1e-6,
                 qPrintable(s.join(',')));
        const long long frame = s[segments.col("first_frame")].toLongLong();
        QCOMPARE(s[segments.col("start_s")], times[static_cast<std::size_t>(frame)]);  // every frame has a row here
        const double nominal = static_cast<double>(frame) * (times.back().toDouble() / static_cast<double>(times.size() - 1));
        if (std::abs(nominal - s[segments.col("start_s")].toDouble()) > 0.001) someStartIsNotFrameTimesRate = true;
        starts.insert(std::llround(s[segments.col("start_s")].toDouble() * 1000));
        ends.insert(std::llround(end.toDouble() * 1000));
      }
      QVERIFY(someStartIsNotFrameTimesRate);
      const std::string eaf = out.path(name + ".eaf");
      const auto lint = runProgram("xmllint", {"--noout", "--nonet", "--schema", QString(MIEN_TEST_DATA_DIR) + "/eaf/EAFv3.0.xsd", QString::fromStdString(eaf)});
      QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
      const QString text = QString::fromStdString(mien::test::readBytes(eaf));
      QRegularExpression slot("TIME_VALUE=\"(\\d+)\"");
      int n = 0;
      for (auto it = slot.globalMatch(text); it.hasNext(); ++n) {
        const long long ms = it.next().captured(1).toLongLong();
        QVERIFY2(n % 2 == 0 ? starts.count(ms) : ends.count(ms), qPrintable(QString::number(ms)));
      }
      QCOMPARE(n, static_cast<int>(2 * segments.rows.size()));
      QVERIFY(text.contains("MEDIA_URL=\"file://" + shared("media/" + name + ".mov") + "\""));
    }
  }

  void earlierRunsExportTheSame() {
    // An earlier run: long layout and a version-1 sidecar (no format_version).
    mien::test::ScratchDir old;
    auto r = cli({"annotate", shared("media/single_face.mp4"), "-o", QString::fromStdString(old.path()), "--long", "--model",
                  shared("fixtures/clip-tiny/openai-tiny.pt"), "--head", shared("fixtures/clip-tiny/head-tiny.pth"), "--classes",
                  "happiness,sadness,surprise", "--device", "cpu"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto sidecar = nlohmann::json::parse(mien::test::readBytes(old.path("single_face.mien.json")));
    sidecar.erase("format_version");
    writeText(old.path("single_face.mien.json"), sidecar.dump());
    mien::test::ScratchDir a, b;
    const QStringList options = {"--to", "segments", "--to", "boris", "--threshold", "0.7", "--merge-gap", "0.1"};
    r = cli(QStringList{"export", QString::fromStdString(old.path("single_face.csv")), "-o", QString::fromStdString(a.path())} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList{"export"} + options + QStringList{QString::fromStdString(run("single_face")), "-o", QString::fromStdString(b.path())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(mien::test::readBytes(a.path("single_face.segments.csv")), mien::test::readBytes(b.path("single_face.segments.csv")));
    const auto project = nlohmann::json::parse(mien::test::readBytes(a.path("single_face.boris")));
    QCOMPARE(project["observations"]["single_face"]["file"]["1"][0].get<std::string>(), shared("media/single_face.mp4").toStdString());
  }

  void summarizeJoinsRunsWithConditions() {
    mien::test::ScratchDir out;
    const std::string conditions = out.path("conditions.csv"), events = out.path("events.csv");
    writeText(conditions, "recording,condition,group\nface_noface,leaving,A\nnoface_face.mov,entering,B\nsingle_face,smile,A\n");
    writeText(events, "time_s,label\n0,start\n1.5,late\n");
    const QStringList runs = {QString::fromStdString(run("face_noface")), QString::fromStdString(run("noface_face")), QString::fromStdString(run("single_face"))};
    const auto r = cli(QStringList{"summarize"} + runs +
                       QStringList{"--conditions", QString::fromStdString(conditions), "--events", QString::fromStdString(events), "--threshold", "0.71",
                                   "-o", QString::fromStdString(out.path("study.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Csv study = readCsv(out.path("study.csv"));
    QCOMPARE(study.header.mid(0, 9), (QStringList{"recording", "condition", "group", "participant", "window", "event", "window_start_s", "window_end_s", "frames"}));
    QCOMPARE(study.rows.size(), std::size_t{6});  // 3 runs x 1 face x 2 windows
    const std::map<QString, QStringList> expectedConditions = {{"face_noface", {"leaving", "A"}}, {"noface_face", {"entering", "B"}}, {"single_face", {"smile", "A"}}};
    const QStringList classes = {"happiness", "sadness", "surprise"};
    for (const auto& row : study.rows) {
      const QString recording = row[0];
      QCOMPARE(row.mid(1, 2), expectedConditions.at(recording));
      // By hand from the run's CSV: the face's rows with window_start <= t < window_end; mean of each p_ column;
      // each frame lasts until the next row's frame time (the last as long as the one before), cut at the window end.
      const Csv timeline = readCsv(run(recording.toStdString()));
      const double start = row[study.col("window_start_s")].toDouble(), end = row[study.col("window_end_s")].toDouble();
      std::vector<double> frameTimes;
      for (const auto& t : timeline.rows)
        if (frameTimes.empty() || frameTimes.back() != t[1].toDouble()) frameTimes.push_back(t[1].toDouble());
      const double lastEnd = frameTimes.back() + (frameTimes.back() - frameTimes[frameTimes.size() - 2]);
      if (row[study.col("event")] == "late") QCOMPARE(end, std::round(lastEnd * 1e6) / 1e6);
      int frames = 0;
      std::vector<double> sums(3, 0.0), topTime(3, 0.0);
      double total = 0;
      for (const auto& t : timeline.rows) {
        const double time = t[1].toDouble();
        if (t[timeline.col("face_id")].isEmpty() || time < start || time >= end) continue;
        ++frames;
        const auto next = std::upper_bound(frameTimes.begin(), frameTimes.end(), time);
        const double duration = std::min(next == frameTimes.end() ? lastEnd : *next, end) - time;
        total += duration;
        for (int c = 0; c < 3; ++c) sums[static_cast<std::size_t>(c)] += t[timeline.col("p_" + classes[c])].toDouble();
        topTime[static_cast<std::size_t>(classes.indexOf(t[timeline.col("top_label")]))] += duration;
      }
      QCOMPARE(row[study.col("valid_frames")].toInt(), frames);
      for (int c = 0; c < 3; ++c) {
        const QString mean = row[study.col("mean_" + classes[c])], share = row[study.col("share_" + classes[c])];
        if (frames == 0) {
          QVERIFY(mean.isEmpty());
          continue;
        }
        QVERIFY2(std::abs(mean.toDouble() - sums[static_cast<std::size_t>(c)] / frames) < 2e-6, qPrintable(row.join(',')));
        QVERIFY2(std::abs(share.toDouble() - topTime[static_cast<std::size_t>(c)] / total) < 2e-6, qPrintable(row.join(',')));
      }
    }
    // A run the conditions file lacks: one sentence, status 2, no table.
    writeText(conditions, "recording,condition\nface_noface,leaving\n");
    const auto missing = cli(QStringList{"summarize"} + runs + QStringList{"--conditions", QString::fromStdString(conditions), "-o", QString::fromStdString(out.path("none.csv"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("is not in conditions file") && missing.err.count('\n') == 1, qPrintable(missing.err));
    QVERIFY(!fs::exists(out.path("none.csv")));
  }

  void reportRendersInHeadlessChromium() {
    const std::string dir = std::string(MIEN_BINARY_DIR) + "/test-artifacts/report";
    fs::create_directories(dir);
    const std::string html = dir + "/face_noface.report.html", png = dir + "/face_noface.report.png";
    fs::remove(png);
    writeText(runs_.path("face_noface.events.csv"), "time_s,label\n0,baseline\n1.0,stimulus\n");
    const auto r = cli({"report", QString::fromStdString(run("face_noface")), "-o", QString::fromStdString(html), "--threshold", "0.71", "--merge-gap", "0.2"});
    fs::remove(runs_.path("face_noface.events.csv"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString page = QString::fromStdString(mien::test::readBytes(html));
    QVERIFY(page.contains("<svg") && page.contains("Provenance") && page.contains("head-tiny.pth") && page.contains("stimulus"));
    QVERIFY2(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("href=\"http"), "the report must be self-contained");

    const QString chromium = QStandardPaths::findExecutable("chromium");
    QVERIFY2(!chromium.isEmpty(), "chromium is not installed; scripts/setup installs it");
    mien::test::ScratchDir profile;
    const auto shot = runProgram(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                                            "--disable-component-update", "--disable-sync", "--user-data-dir=" + QString::fromStdString(profile.path()),
                                            "--screenshot=" + QString::fromStdString(png), "--window-size=1200,1600", "file://" + QString::fromStdString(html)},
                                 120000);
    QVERIFY2(shot.exitCode == 0 && fs::exists(png), qPrintable(shot.err));
    const QImage image(QString::fromStdString(png));
    QCOMPARE(image.size(), QSize(1200, 1600));
    // In the classes' overlay colours: the segment bar and the surprise curve (class 3) in (225, 87, 89), the
    // sadness curve (class 2) in (242, 142, 43); text is dark.
    long green = 0, orange = 0, dark = 0;  // green: the surprise colour's pixels, orange: sadness's
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (std::abs(c.red() - 225) < 12 && std::abs(c.green() - 87) < 12 && std::abs(c.blue() - 89) < 12) ++green;
        if (std::abs(c.red() - 242) < 12 && std::abs(c.green() - 142) < 12 && std::abs(c.blue() - 43) < 12) ++orange;
        if (c.red() < 80 && c.green() < 80 && c.blue() < 80) ++dark;
      }
    qInfo("report screenshot %s: %ld surprise, %ld sadness, %ld dark pixels", png.c_str(), green, orange, dark);
    QVERIFY(green > 2000);  // the segment bars: at least 2000 px of 1200x16 bars
    QVERIFY(orange > 200);
    QVERIFY(dark > 5000);
  }

  void reExportNamesMergesAndDropsTracks() {
    const std::string csv = composedRun("leave-reenter");
    const std::string before = mien::test::readBytes(csv);
    mien::test::ScratchDir out;
    writeText(out.path("names.json"), R"({"1": "P01", "2": "P01"})");  // one person, two ids: merged
    auto r = cli({"export", QString::fromStdString(csv), "--participants", QString::fromStdString(out.path("names.json")), "-o",
                  QString::fromStdString(out.path("x"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Csv merged = readCsv(out.path("x/leave-reenter.csv"));
    const auto names = namesById(merged);
    QCOMPARE(names.size(), std::size_t{2});
    for (const auto& [id, set] : names) QVERIFY2(set == std::set<QString>{"P01"}, qPrintable(id));
    QCOMPARE(merged.rows.size(), readCsv(csv).rows.size());
    QCOMPARE(mien::test::readBytes(csv), before);  // the run's own files stay as annotate wrote them
    const auto sidecar = nlohmann::json::parse(mien::test::readBytes(out.path("x/leave-reenter.mien.json")));
    QCOMPARE(sidecar["options"]["participants"]["mapping"], nlohmann::json::parse(R"({"1": "P01", "2": "P01"})"));
    QCOMPARE(sidecar["derived_from"]["sha256"].get<std::string>(), mien::sha256OfFile(csv));
    // The re-exported run is a run: its segments have the one participant.
    r = cli({"export", QString::fromStdString(out.path("x/leave-reenter.csv")), "--to", "segments", "-o", QString::fromStdString(out.path("y"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Csv segments = readCsv(out.path("y/leave-reenter.segments.csv"));
    for (const auto& row : segments.rows) QCOMPARE(row[segments.col("participant")], QString("P01"));

    // A drop removes the track's rows; a file named NAME.participants.json beside the CSV is used by every export.
    const std::string behind = composedRun("behind");
    writeText(composed_.path("runs/behind.participants.json"), R"({"1": "front", "2": "passer", "3": null})");
    r = cli({"export", QString::fromStdString(behind), "--to", "csv", "--to", "segments", "-o", QString::fromStdString(out.path("z"))});
    fs::remove(composed_.path("runs/behind.participants.json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto kept = namesById(readCsv(out.path("z/behind.csv")));
    QCOMPARE(kept.size(), std::size_t{2});
    QVERIFY(kept.at("1") == std::set<QString>{"front"} && kept.at("2") == std::set<QString>{"passer"});
    std::set<QString> inSegments;
    const Csv s2 = readCsv(out.path("z/behind.segments.csv"));
    for (const auto& row : s2.rows) inSegments.insert(row[s2.col("participant")]);
    QVERIFY(inSegments == (std::set<QString>{"front", "passer"}));
    // Frames keep their rows: the CSV still has a row for every frame of the run.
    std::set<QString> framesBefore, framesAfter;
    for (const auto& row : readCsv(behind).rows) framesBefore.insert(row[0]);
    for (const auto& row : readCsv(out.path("z/behind.csv")).rows) framesAfter.insert(row[0]);
    QCOMPARE(framesAfter, framesBefore);
  }

  void mergingTwoFacesOfOneFrameIsRefused() {
    mien::test::ScratchDir out;
    writeText(out.path("names.json"), R"({"1": "P01", "2": "P01"})");  // two people seen together
    const QString dir = QString::fromStdString(out.path("x"));
    const auto r = cli({"export", QString::fromStdString(composedRun("behind")), "--participants", QString::fromStdString(out.path("names.json")),
                        "--to", "csv", "--to", "segments", "-o", dir});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("tracks 1 and 2 both 'P01'") && r.err.contains("on frame 0") && r.err.count('\n') == 1, qPrintable(r.err));
    QVERIFY(!fs::exists(dir.toStdString()));
    // The same mapping given to annotate stops the run with the same sentence and leaves no CSV.
    const auto a = cli(QStringList{"annotate", QString::fromStdString(composed_.path("behind.mp4")), "-o", dir, "--participants",
                                   QString::fromStdString(out.path("names.json"))} + modelArgs());
    QVERIFY(a.exitCode != 0);
    QVERIFY2(a.err.contains("on frame 0"), qPrintable(a.err));
    QVERIFY(!fs::exists(out.path("x/behind.csv")));
  }

  void annotateNamesParticipantsPerInput() {
    mien::test::ScratchDir out, names;
    writeText(names.path("behind.participants.json"), R"({"1": "front", "2": "passer", "3": null})");
    writeText(names.path("leave-reenter.participants.json"), R"({"1": "P07", "2": "P07"})");
    const QStringList inputs = {QString::fromStdString(composed_.path("behind.mp4")), QString::fromStdString(composed_.path("leave-reenter.mp4"))};
    // One file for two inputs cannot be right: ids are per input.
    auto r = cli(QStringList{"annotate"} + inputs + QStringList{"-o", QString::fromStdString(out.path()), "--participants",
                                                                 QString::fromStdString(names.path("behind.participants.json"))} + modelArgs());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("each has its own ids") && r.err.count('\n') == 1, qPrintable(r.err));
    r = cli(QStringList{"annotate"} + inputs + QStringList{"-o", QString::fromStdString(out.path()), "--participants", QString::fromStdString(names.path())} +
            modelArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto behind = namesById(readCsv(out.path("behind.csv")));
    QVERIFY(behind.size() == 2 && behind.at("1") == std::set<QString>{"front"} && behind.at("2") == std::set<QString>{"passer"});
    const auto back = namesById(readCsv(out.path("leave-reenter.csv")));
    for (const auto& [id, set] : back) QVERIFY(set == std::set<QString>{"P07"});
    const auto sidecar = nlohmann::json::parse(mien::test::readBytes(out.path("behind.mien.json")));
    QCOMPARE(sidecar["options"]["participants"]["mapping"], nlohmann::json::parse(R"({"1": "front", "2": "passer", "3": null})"));
    // Without names, the column is there and empty.
    const Csv plain = readCsv(composedRun("behind"));
    for (const auto& row : plain.rows) QVERIFY(row[plain.col("participant")].isEmpty());
  }

  void reExportHonoursTheSidecarsThresholds() {
    mien::test::ScratchDir runs, out;
    // Annotated with a stricter sharpness than the default; the re-export changes only the yaw limit.
    auto r = cli(QStringList{"annotate", shared("media/single_face.mp4"), "-o", QString::fromStdString(runs.path()), "--valid-min-sharpness", "60"} + modelArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Csv original = readCsv(runs.path("single_face.csv"));
    for (const auto& row : original.rows)
      QCOMPARE(row[original.col("valid")], QString(row[original.col("sharpness")].toDouble() >= 60 && std::abs(row[original.col("yaw_deg")].toDouble()) <= 40 &&
                                                           std::abs(row[original.col("pitch_deg")].toDouble()) <= 40 && row[original.col("face_size_px")].toDouble() >= 40
                                                       ? "1" : "0"));
    r = cli({"export", QString::fromStdString(runs.path("single_face.csv")), "--valid-max-yaw", "3", "-o", QString::fromStdString(out.path())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Csv again = readCsv(out.path("single_face.csv"));
    int valid = 0, invalid = 0;
    for (const auto& row : again.rows) {
      const bool expected = row[again.col("sharpness")].toDouble() >= 60 && std::abs(row[again.col("yaw_deg")].toDouble()) <= 3 &&
                            std::abs(row[again.col("pitch_deg")].toDouble()) <= 40 && row[again.col("face_size_px")].toDouble() >= 40;
      QCOMPARE(row[again.col("valid")], QString(expected ? "1" : "0"));
      (expected ? valid : invalid)++;
    }
    qInfo("re-exported with |yaw| <= 3: %d valid, %d invalid frames", valid, invalid);
    QVERIFY(valid > 0 && invalid > 0);
    const auto sidecar = nlohmann::json::parse(mien::test::readBytes(out.path("single_face.mien.json")));
    QCOMPARE(sidecar["options"]["quality"]["min_sharpness"].get<double>(), 60.0);
    QCOMPARE(sidecar["options"]["quality"]["max_yaw_deg"].get<double>(), 3.0);
    // A run from before the quality and participant columns still loads and gains the participant column.
    std::string old;
    const std::vector<QString> dropped = {"participant", "face_size_px", "sharpness", "yaw_deg", "pitch_deg", "roll_deg", "valid"};
    std::vector<int> keep;
    for (int c = 0; c < original.header.size(); ++c)
      if (std::find(dropped.begin(), dropped.end(), original.header[c]) == dropped.end()) keep.push_back(c);
    auto line = [&](const QStringList& fields) {
      QStringList k;
      for (int c : keep) k << fields[c];
      return k.join(',').toStdString() + "\n";
    };
    old += line(original.header);
    for (const auto& row : original.rows) old += line(row);
    writeText(out.path("old.csv"), old);
    writeText(out.path("old.participants.json"), R"({"1": "P01"})");
    r = cli({"export", QString::fromStdString(out.path("old.csv")), "--to", "csv", "--to", "segments", "-o", QString::fromStdString(out.path("o"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Csv upgraded = readCsv(out.path("o/old.csv"));
    QCOMPARE(upgraded.header.indexOf("participant"), upgraded.header.indexOf("face_id") + 1);
    QCOMPARE(namesById(upgraded).at("1"), std::set<QString>{"P01"});
  }

  void mistakesAreOneSentenceAndWriteNothing() {
    mien::test::ScratchDir out;
    const std::string folderRun = out.path("frames.csv");  // an image folder's CSV: no presentation times
    writeText(folderRun, "frame,timestamp_s,file,face_id,p_a,p_b,top_label,top_probability\n0,,a.png,1,0.9,0.1,a,0.9\n1,,b.png,1,0.2,0.8,b,0.8\n");
    const QString dir = QString::fromStdString(out.path("x"));
    writeText(out.path("bad.json"), R"({"P01": "1"})");
    writeText(out.path("list.json"), R"(["P01"])");
    struct Case {
      QStringList args;
      QString says;
    };
    const std::vector<Case> cases = {
        {{"export", QString::fromStdString(folderRun), "--to", "segments", "-o", dir}, "(mien-cli: --fps F)"},
        {{"export", QString::fromStdString(run("single_face")), "--to", "segments", "-o", dir, "--merge-gap", "soon"}, "--merge-gap"},
        {{"export", QString::fromStdString(run("single_face")), "--to", "segments", "-o", dir, "--invalid", "maybe"}, "break or exclude"},
        {{"export", QString::fromStdString(run("single_face")), "--to", "segments", "-o", dir, "--baseline", "9-8"}, "ends before it starts"},
        {{"export", QString::fromStdString(run("single_face")), "--to", "summary", "-o", dir, "--events", dir + "/none.csv"}, "events file"},
        {{"export", QString::fromStdString(folderRun), "--to", "elan", "-o", dir, "--fps", "25"}, "--sidecar"},
        {{"export", QString::fromStdString(run("single_face")), "-o", dir}, "--to"},
        {{"report", QString::fromStdString(run("single_face"))}, "-o FILE.html"},
        {{"export", QString::fromStdString(run("single_face")), "-o", dir, "--participants", dir + "/none.json"}, "does not exist"},
        {{"export", QString::fromStdString(run("single_face")), "-o", dir, "--participants", QString::fromStdString(out.path("bad.json"))}, "not a track id"},
        {{"export", QString::fromStdString(run("single_face")), "-o", dir, "--participants", QString::fromStdString(out.path("list.json"))}, "one JSON object"},
        {{"export", QString::fromStdString(run("single_face")), "-o", dir, "--valid-max-yaw", "200"}, "Option --valid-max-yaw is 200"},
    };
    for (const auto& c : cases) {
      const auto r = cli(c.args);
      QVERIFY2(r.exitCode == 2, qPrintable(c.args.join(' ') + ": " + r.err));
      QVERIFY2(r.err.contains(c.says) && r.err.count('\n') == 1, qPrintable(r.err));
      QVERIFY(!fs::exists(dir.toStdString()));
    }
    const auto ok = cli({"export", QString::fromStdString(folderRun), "--to", "segments", "-o", dir, "--fps", "25"});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const Csv segments = readCsv(out.path("x/frames.segments.csv"));
    QCOMPARE(segments.rows.size(), std::size_t{2});
    QCOMPARE(segments.rows[1][segments.col("start_s")], QString("0.040000"));  // frame 1 at 25 fps
    QCOMPARE(segments.rows[1][segments.col("end_s")], QString("0.080000"));
  }
};

QTEST_GUILESS_MAIN(TestCliFindings)
#include "test_cli_findings.moc"
