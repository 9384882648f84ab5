// Findings from a run's CSV: segments, baseline, event windows and summaries checked against values computed by
// hand on a small CSV with irregular frame times; ELAN files validated against the EAF 3.0 schema with xmllint
// and parsed back; BORIS projects checked against the event layout BORIS's importer reads.
#include <QProcess>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "io/baseline.h"
#include "io/csv_timeline_writer.h"
#include "io/event_windows.h"
#include "io/findings_export.h"
#include "io/run_timeline.h"
#include "io/segments.h"
#include "io/window_summary.h"
#include "support/expect_error.h"
#include "support/scratch_dir.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

// Frame times are irregular (0.35 between 0.2 and 0.4) and frame 5 has no face: the hand-computed values below
// depend on both.
struct HandFrame {
  int frame;
  double time;
  double happy;  // sad = 1 - happy; < 0: no face on this frame
  int valid = 1;
};
const std::vector<HandFrame> kFrames = {{0, 0.0, 0.9},  {1, 0.1, 0.8},  {2, 0.2, 0.3},   {3, 0.35, 0.7}, {4, 0.4, 0.6},
                                        {5, 0.5, -1},   {6, 0.6, 0.2},  {7, 0.7, 0.1},   {8, 0.8, 0.55}, {9, 0.9, 0.3}};

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string fmt(double v) {
  char t[32];
  std::snprintf(t, sizeof t, "%.6f", v);
  return t;
}

// The real wide layout (header from the writer), one face (track 1), optionally frame 3 not valid, optionally
// with a zero-shot dimension `valence` whose score is the happy probability.
std::string wideCsv(bool invalidFrame3 = false, bool noTimes = false, bool valence = false) {
  CsvTimelineOptions options;
  if (valence) options.dimensions = {"valence"};
  std::string text = CsvTimelineWriter::header({"happy", "sad"}, options);
  for (const auto& f : kFrames) {
    const std::string time = noTimes ? "" : fmt(f.time);
    if (f.happy < 0) {
      text += std::to_string(f.frame) + "," + time + "," + std::string(wideColumnsAfterFaceId(2) + (valence ? 1 : 0), ',') + "\n";
      continue;
    }
    text += std::to_string(f.frame) + "," + time + ",1,,0.9,10,10,50,50";
    for (int i = 0; i < 10; ++i) text += ",1.00";
    text += ",50.00,120.00,0.00,0.00,0.00," + std::string(invalidFrame3 && f.frame == 3 ? "0" : "1");
    const double sad = 1 - f.happy;
    text += "," + fmt(f.happy) + "," + fmt(sad) + (valence ? "," + fmt(f.happy) : "") + "," + (f.happy >= sad ? "happy," + fmt(f.happy) : "sad," + fmt(sad)) + "\n";
  }
  return text;
}

std::string longCsv(bool valence = false) {
  std::string text = "frame,timestamp_s,face_id,class,probability\n";
  for (const auto& f : kFrames) {
    if (f.happy < 0) {
      text += std::to_string(f.frame) + "," + fmt(f.time) + ",,,\n";
      continue;
    }
    text += std::to_string(f.frame) + "," + fmt(f.time) + ",1,happy," + fmt(f.happy) + "\n";
    text += std::to_string(f.frame) + "," + fmt(f.time) + ",1,sad," + fmt(1 - f.happy) + "\n";
    if (valence) text += std::to_string(f.frame) + "," + fmt(f.time) + ",1,d_valence," + fmt(f.happy) + "\n";
  }
  return text;
}

struct Run {
  test::ScratchDir dir;
  std::string csv;
  explicit Run(const std::string& text, const std::string& name = "session") : csv(dir.path(name + ".csv")) { writeText(csv, text); }
  void sidecar(const std::string& media) const {
    writeText(dir.path(fs::path(csv).stem().string() + ".mien.json"),
              nlohmann::json{{"format_version", 2},
                             {"mien_version", "0.1.0"},
                             {"input", {{"path", media}, {"sha256", std::string(64, 'a')}}},
                             {"classifier", {{"model", "tiny"}, {"preprocessing", "expclip"}}},
                             {"options", {{"prompts", {{"name", "hand"}, {"classes", {{{"name", "happy"}, {"prompts", {"a happy face"}}}}}}}}}}
                  .dump());
  }
};

SegmentOptions thresholdOnly() {
  SegmentOptions o;
  o.threshold = 0.6;
  return o;
}

int runTool(const QString& program, const QStringList& args, QString* output = nullptr) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  if (!p.waitForFinished(60000)) return -1;
  if (output) *output = QString::fromUtf8(p.readAll());
  return p.exitCode();
}

}  // namespace

class TestFindings : public QObject {
  Q_OBJECT

 private slots:
  void readsWideAndLongLayoutsAlike() {
    Run wide(wideCsv()), tall(longCsv());
    const auto a = readRunTimeline(wide.csv), b = readRunTimeline(tall.csv);
    QCOMPARE(a.classes, (std::vector<std::string>{"happy", "sad"}));
    QCOMPARE(b.classes, a.classes);
    QCOMPARE(a.frames.size(), std::size_t{10});
    QCOMPARE(a.participants.size(), std::size_t{1});
    QCOMPARE(a.participants[0].name, std::string("face_1"));
    QCOMPARE(a.participants[0].frames.size(), std::size_t{9});
    QCOMPARE(b.participants[0].frames.size(), std::size_t{9});
    for (std::size_t i = 0; i < 9; ++i) {
      QCOMPARE(a.participants[0].frames[i].time, b.participants[0].frames[i].time);
      QCOMPARE(a.participants[0].frames[i].top, b.participants[0].frames[i].top);
    }
    QCOMPARE(a.endTime(), 1.0);  // the last frame lasts as long as the one before it
  }

  void segmentsFollowPresentationTimes() {
    Run run(wideCsv());
    const auto t = readRunTimeline(run.csv);
    const auto s = computeSegments(t, thresholdOnly());
    // By hand: H f0-f1 [0, 0.2], S f2 [0.2, 0.35], H f3-f4 [0.35, 0.5], (f5: no face), S f6-f7 [0.6, 0.8],
    // f8 below the threshold, S f9 [0.9, 1.0].
    QCOMPARE(s.size(), std::size_t{5});
    const double starts[] = {0.0, 0.2, 0.35, 0.6, 0.9}, ends[] = {0.2, 0.35, 0.5, 0.8, 1.0};
    const std::size_t labels[] = {0, 1, 0, 1, 1};
    for (std::size_t i = 0; i < 5; ++i) {
      QCOMPARE(s[i].start, starts[i]);
      QVERIFY(std::abs(s[i].end - ends[i]) < 1e-12);
      QCOMPARE(s[i].label, labels[i]);
    }
    QCOMPARE(s[0].frames, std::size_t{2});
    QVERIFY(std::abs(s[0].meanProbability - 0.85) < 1e-9);
    QVERIFY(std::abs(s[2].meanProbability - 0.65) < 1e-9);
    QCOMPARE(s[2].firstFrame, std::int64_t{3});
    QCOMPARE(s[2].lastFrame, std::int64_t{4});
  }

  void gapsMergeAndShortSegmentsGo() {
    Run run(wideCsv());
    const auto t = readRunTimeline(run.csv);
    SegmentOptions o = thresholdOnly();
    o.mergeGap = 0.15;  // the gap H [..0.2] to H [0.35..] is exactly 0.15: not below, so no merge
    QCOMPARE(computeSegments(t, o).size(), std::size_t{4});  // only S [0.6,0.8] + S [0.9,1.0] (gap 0.1) merge
    o.mergeGap = 0.2;
    auto s = computeSegments(t, o);
    // H [0, 0.5] swallows S [0.2, 0.35]; S [0.6, 1.0]; the missing face on frame 5 is never bridged.
    QCOMPARE(s.size(), std::size_t{2});
    QCOMPARE(s[0].start, 0.0);
    QCOMPARE(s[0].end, 0.5);
    QCOMPARE(s[0].frames, std::size_t{4});
    QVERIFY(std::abs(s[0].meanProbability - 0.75) < 1e-9);  // (0.9 + 0.8 + 0.7 + 0.6) / 4
    QCOMPARE(s[1].start, 0.6);
    QCOMPARE(s[1].end, 1.0);
    QVERIFY(std::abs(s[1].meanProbability - 0.8) < 1e-9);  // (0.8 + 0.9 + 0.7) / 3
    o.minDuration = 0.45;
    s = computeSegments(t, o);
    QCOMPARE(s.size(), std::size_t{1});
    QCOMPARE(s[0].label, std::size_t{0});
    SegmentOptions shortOnly = thresholdOnly();
    shortOnly.minDuration = 0.3;
    QCOMPARE(computeSegments(t, shortOnly).size(), std::size_t{0});
  }

  void invalidFramesBreakOrAreLeftOut() {
    Run run(wideCsv(true));
    const auto t = readRunTimeline(run.csv);
    QVERIFY(!t.participants[0].frames[3].valid);
    SegmentOptions o = thresholdOnly();
    auto s = computeSegments(t, o);  // break: S f2 [0.2, 0.35], wall at f3, H f4 [0.4, 0.5]
    QCOMPARE(s[1].end, 0.35);
    QCOMPARE(s[2].start, 0.4);
    QCOMPARE(s[2].frames, std::size_t{1});
    o.invalid = InvalidFrames::Exclude;  // f3 left out: S spans it up to f4
    s = computeSegments(t, o);
    QCOMPARE(s[1].start, 0.2);
    QCOMPARE(s[1].end, 0.4);
    QCOMPARE(s[2].start, 0.4);
    QCOMPARE(s[2].end, 0.5);
  }

  void baselineIsTheParticipantsMeanOverTheInterval() {
    Run run(wideCsv());
    const auto t = readRunTimeline(run.csv);
    BaselineRequest request;
    addBaselineArgument(request, "0-0.3");
    const auto b = computeBaselines(t, request);
    QCOMPARE(b.size(), std::size_t{1});
    QCOMPARE(b[0].frames, std::size_t{3});  // f0, f1, f2 (0.35 is outside)
    QVERIFY(std::abs(b[0].means[0] - 2.0 / 3.0) < 1e-12);  // (0.9 + 0.8 + 0.3) / 3
    QVERIFY(std::abs(b[0].means[1] - 1.0 / 3.0) < 1e-12);
    const QStringList lines = QString::fromStdString(baselineCsv(t, b, false)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines[0], QString("frame,timestamp_s,participant,valid,p_happy,p_sad,baseline_happy,baseline_sad,corrected_happy,corrected_sad"));
    QCOMPARE(lines[4], QString("3,0.350000,face_1,1,0.700000,0.300000,0.666667,0.333333,0.033333,-0.033333"));
    const QStringList tidy = QString::fromStdString(baselineCsv(t, b, true)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(tidy[7], QString("3,0.350000,face_1,1,happy,0.700000,0.666667,0.033333"));

    BaselineRequest bad;
    addBaselineArgument(bad, "face_9=0-1");
    QVERIFY(test::errorMessage<ModelError>([&] { computeBaselines(t, bad); }).contains("not in"));
    BaselineRequest empty;
    addBaselineArgument(empty, "0.5-0.55");  // frame 5 has no face
    QVERIFY(test::errorMessage<ModelError>([&] { computeBaselines(t, empty); }).contains("holds no valid frame"));
    BaselineRequest r;
    QVERIFY(test::errorMessage<ModelError>([&] { addBaselineArgument(r, "5-2"); }).contains("ends before it starts"));
    QVERIFY(test::errorMessage<ModelError>([&] { addBaselineArgument(r, "abc"); }).contains("START-END"));
  }

  void summariesPerEventWindow() {
    Run run(wideCsv());
    const auto t = readRunTimeline(run.csv);
    const auto segments = computeSegments(t, thresholdOnly());
    const std::string events = run.dir.path("events.csv");
    writeText(events, "label,time_s\nB,0.4\nA,0\n");  // any column order, any row order
    const auto windows = eventWindows(readEventsFile(events), t);
    QCOMPARE(windows.size(), std::size_t{2});
    QCOMPARE(windows[0].label, std::string("A"));
    QCOMPARE(windows[1].end, 1.0);
    const auto s = summarizeWindows(t, segments, windows);
    QCOMPARE(s.size(), std::size_t{2});
    // Window A [0, 0.4): f0..f3; durations 0.1, 0.1, 0.15, 0.05 (cut at 0.4); tops H H S H.
    QCOMPARE(s[0].validFrames, std::size_t{4});
    QVERIFY(std::abs(s[0].meanProbability[0] - 0.675) < 1e-9);
    QVERIFY(std::abs(s[0].topShare[0] - 0.625) < 1e-9);
    QVERIFY(std::abs(s[0].topShare[1] - 0.375) < 1e-9);
    QVERIFY(s[0].onsetLatency[0] && std::abs(*s[0].onsetLatency[0] - 0.0) < 1e-12);
    QVERIFY(s[0].onsetLatency[1] && std::abs(*s[0].onsetLatency[1] - 0.2) < 1e-12);
    // Window B [0.4, 1.0): f4 f6 f7 f8 f9, 0.1 s each; tops H S S H S; S [0.6..] starts 0.2 s after the event.
    QCOMPARE(s[1].frames, std::size_t{5});
    QVERIFY(std::abs(s[1].meanProbability[0] - 0.35) < 1e-9);
    QVERIFY(std::abs(s[1].topShare[0] - 0.4) < 1e-9);
    QVERIFY(!s[1].onsetLatency[0]);  // H [0.35, 0.5] started before the event
    QVERIFY(s[1].onsetLatency[1] && std::abs(*s[1].onsetLatency[1] - 0.2) < 1e-9);

    const auto fixed = summarizeWindows(t, segments, eventWindows(readEventsFile(events), t, 0.3));
    QVERIFY(std::abs(fixed[0].topShare[0] - 2.0 / 3.0) < 1e-9);  // [0, 0.3): 0.1 + 0.1 of 0.3

    const QStringList wide = QString::fromStdString(summaryCsv(t.classes, t.dimensions, {"group"}, {{"session", {"control"}, s}}, false)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(wide[0], QString("recording,group,participant,window,event,window_start_s,window_end_s,frames,valid_frames,mean_happy,mean_sad,"
                              "share_happy,share_sad,latency_happy,latency_sad"));
    QCOMPARE(wide[1], QString("session,control,face_1,1,A,0.000000,0.400000,4,4,0.675000,0.325000,0.625000,0.375000,0.000000,0.200000"));
    QCOMPARE(wide[2], QString("session,control,face_1,2,B,0.400000,1.000000,5,5,0.350000,0.650000,0.400000,0.600000,,0.200000"));
    const QStringList tidy = QString::fromStdString(summaryCsv(t.classes, t.dimensions, {}, {{"session", {}, s}}, true)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(tidy[0], QString("recording,participant,window,event,window_start_s,window_end_s,frames,valid_frames,class,mean_probability,top_share,onset_latency_s"));
    QCOMPARE(tidy[3], QString("session,face_1,2,B,0.400000,1.000000,5,5,happy,0.350000,0.400000,"));

    writeText(events, "time_s,label\n-1,A\n");
    QVERIFY(test::errorMessage<ModelError>([&] { readEventsFile(events); }).contains("Line 2"));
    writeText(events, "when,label\n1,A\n");
    QVERIFY(test::errorMessage<ModelError>([&] { readEventsFile(events); }).contains("no column 'time_s'"));
  }

  void imageFoldersNeedAFrameRate() {
    Run run(wideCsv(false, true));
    QVERIFY(test::errorMessage<ModelError>([&] { readRunTimeline(run.csv); }).contains("(mien-cli: --fps F)"));
    const auto t = readRunTimeline(run.csv, 10.0);
    QVERIFY(t.timesFromFps);
    QCOMPARE(t.participants[0].frames[3].time, 0.3);
  }

  void malformedCsvsAreOneSentence() {
    Run cut("frame,timestamp_s,face_id,p_a,p_b\n0,0.0,1,0.5\n");
    QVERIFY(test::errorMessage<ModelError>([&] { readRunTimeline(cut.csv); }).contains("Line 2"));
    Run other("a,b\n1,2\n");
    QVERIFY(test::errorMessage<ModelError>([&] { readRunTimeline(other.csv); }).contains("no column 'frame'"));
    Run latin1("frame,timestamp_s,face_id,participant,p_a\n0,0.0,1,Jos\xe9,1\n");
    QVERIFY(test::errorMessage<ModelError>([&] { readRunTimeline(latin1.csv); }).contains("Line 2 of"));
    Run utf8("frame,timestamp_s,face_id,participant,p_a\n0,0.0,1,Jos\xc3\xa9 \xe2\x82\xac \xf0\x9f\x99\x82,1\n");
    QCOMPARE(readRunTimeline(utf8.csv).participants[0].name, std::string("Jos\xc3\xa9 \xe2\x82\xac \xf0\x9f\x99\x82"));
    Run text("frame,timestamp_s,face_id,p_a\n0,zero,1,1\n");
    QVERIFY(test::errorMessage<ModelError>([&] { readRunTimeline(text.csv); }).contains("not a number"));
  }

  void elanDocumentIsValidEaf30() {
    Run run(wideCsv());
    run.sidecar("/work/media/my recording.mov");
    FindingsRequest r;
    r.csv = run.csv;
    r.outputDir = run.dir.path("out");
    r.formats = {ExportFormat::Elan};
    r.segments = thresholdOnly();
    const auto outcome = exportFindings(r);
    const std::string eaf = run.dir.path("out/session.eaf");
    QVERIFY(fs::exists(eaf));
    QVERIFY(fs::exists(run.dir.path("out/session.face_1.timeseries.csv")));
    QString log;
    const int rc = runTool("xmllint", {"--noout", "--nonet", "--schema", QString(MIEN_TEST_DATA_DIR) + "/eaf/EAFv3.0.xsd", QString::fromStdString(eaf)}, &log);
    QVERIFY2(rc == 0, qPrintable(log));

    // Parse it back: slots, one tier, annotations with values from the vocabulary.
    QFile file(QString::fromStdString(eaf));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::map<QString, long long> timeSlots;
    QStringList values, cv, tiers;
    QString media;
    std::vector<std::pair<QString, QString>> refs;
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement) continue;
      const auto a = xml.attributes();
      if (xml.name() == u"TIME_SLOT") timeSlots[a.value("TIME_SLOT_ID").toString()] = a.value("TIME_VALUE").toLongLong();
      if (xml.name() == u"TIER") tiers << a.value("TIER_ID").toString();
      if (xml.name() == u"MEDIA_DESCRIPTOR") media = a.value("MEDIA_URL").toString();
      if (xml.name() == u"ALIGNABLE_ANNOTATION") refs.emplace_back(a.value("TIME_SLOT_REF1").toString(), a.value("TIME_SLOT_REF2").toString());
      if (xml.name() == u"ANNOTATION_VALUE") values << xml.readElementText();
      if (xml.name() == u"CVE_VALUE") cv << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(tiers, QStringList{"face_1"});
    QCOMPARE(cv, (QStringList{"happy", "sad"}));
    QCOMPARE(values, (QStringList{"happy", "sad", "happy", "sad", "sad"}));
    QCOMPARE(media, QString("file:///work/media/my%20recording.mov"));
    const long long starts[] = {0, 200, 350, 600, 900}, ends[] = {200, 350, 500, 800, 1000};
    QCOMPARE(refs.size(), std::size_t{5});
    for (std::size_t i = 0; i < refs.size(); ++i) {
      QCOMPARE(timeSlots[refs[i].first], starts[i]);
      QCOMPARE(timeSlots[refs[i].second], ends[i]);
    }
    const QStringList series = QString::fromStdString(readText(run.dir.path("out/session.face_1.timeseries.csv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(series[0], QString("#time_s,p_happy,p_sad"));  // ELAN's CSV reader skips '#' lines
    QCOMPARE(series[4], QString("0.350000,0.700000,0.300000"));
    QCOMPARE(series.size(), 10);  // header + the 9 frames with a face
    QVERIFY(fs::exists(run.dir.path("out/session.findings.json")));
    QCOMPARE(outcome.segments, std::size_t{5});

    // The time-series configuration ELAN's TSConfigurationParser reads: one source per participant, the time in
    // column 0, one track per class at columns 1.., linked from the .eaf.
    const std::string conf = run.dir.path("out/session_tsconf.xml");
    QVERIFY(readText(eaf).find("RELATIVE_LINK_URL=\"./session_tsconf.xml\"") != std::string::npos);
    QFile confFile(QString::fromStdString(conf));
    QVERIFY(confFile.open(QIODevice::ReadOnly));
    QXmlStreamReader ts(&confFile);
    QStringList sources, tracks, columns;
    while (!ts.atEnd()) {
      if (ts.readNext() != QXmlStreamReader::StartElement) continue;
      const auto a = ts.attributes();
      if (ts.name() == u"tracksource") {
        sources << a.value("source-url").toString();
        QCOMPARE(a.value("time-column").toString(), QString("0"));
      }
      if (ts.name() == u"track") tracks << a.value("name").toString();
      if (ts.name() == u"pos") columns << a.value("col").toString();
    }
    QVERIFY2(!ts.hasError(), qPrintable(ts.errorString()));
    QCOMPARE(sources, QStringList{"file://" + QString::fromStdString(fs::weakly_canonical(run.dir.path("out/session.face_1.timeseries.csv")).string())});
    QCOMPARE(tracks, (QStringList{"face_1 p_happy", "face_1 p_sad"}));
    QCOMPARE(columns, (QStringList{"1", "2"}));
  }

  // A zero-shot dimension (here scoring as the happy probability does) reaches every export: read from both layouts,
  // high/low segments where the score is >= 0.5 or below (the same stretches as happy/sad), its mean in the summary,
  // its baseline, a tier per participant in ELAN, behaviours in BORIS, a column in the time series.
  void dimensionsReachEveryExport() {
    Run wide(wideCsv(false, false, true)), tall(longCsv(true), "tall");
    const auto a = readRunTimeline(wide.csv), b = readRunTimeline(tall.csv);
    QCOMPARE(a.dimensions, std::vector<std::string>{"valence"});
    QCOMPARE(b.dimensions, a.dimensions);
    QCOMPARE(a.classes, b.classes);
    for (std::size_t i = 0; i < 9; ++i) {
      QCOMPARE(a.participants[0].frames[i].dimensionScores, b.participants[0].frames[i].dimensionScores);
      QCOMPARE(a.participants[0].frames[i].dimensionScores[0], a.participants[0].frames[i].probabilities[0]);
    }

    const auto levels = computeDimensionSegments(a, {});
    QCOMPARE(levels.size(), std::size_t{6});
    const double starts[] = {0, 0.2, 0.35, 0.6, 0.8, 0.9}, ends[] = {0.2, 0.35, 0.5, 0.8, 0.9, 1.0};
    const char* labels[] = {"d_valence high", "d_valence low", "d_valence high", "d_valence low", "d_valence high", "d_valence low"};
    for (std::size_t i = 0; i < levels.size(); ++i) {
      QCOMPARE(segmentLabel(a, levels[i]), std::string(labels[i]));
      QVERIFY(std::abs(levels[i].start - starts[i]) < 1e-9);
      QVERIFY(std::abs(levels[i].end - ends[i]) < 1e-9);
    }

    wide.sidecar("/work/media/clip.mp4");
    FindingsRequest r;
    r.csv = wide.csv;
    r.outputDir = wide.dir.path("out");
    r.formats = {ExportFormat::Segments, ExportFormat::Summary, ExportFormat::Baseline, ExportFormat::Elan, ExportFormat::Boris};
    addBaselineArgument(r.baseline, "0-0.5");
    exportFindings(r);
    const QString segments = QString::fromStdString(readText(wide.dir.path("out/session.segments.csv")));
    QVERIFY(segments.contains("face_1,d_valence high,0.350000,0.500000,0.150000,3,4,2,0.650000\n"));
    QVERIFY(segments.contains("face_1,d_valence low,0.600000,0.800000,0.200000,6,7,2,0.850000\n"));

    const QStringList summary = QString::fromStdString(readText(wide.dir.path("out/session.summary.csv"))).split('\n', Qt::SkipEmptyParts);
    const QStringList head = summary[0].split(','), row = summary[1].split(',');
    QCOMPARE(head.last(), QString("mean_d_valence"));
    QCOMPARE(row.last(), QString("0.494444"));  // (0.9+0.8+0.3+0.7+0.6+0.2+0.1+0.55+0.3) / 9
    QCOMPARE(row.last(), row[head.indexOf("mean_happy")]);

    const QStringList baseline = QString::fromStdString(readText(wide.dir.path("out/session.baseline.csv"))).split('\n', Qt::SkipEmptyParts);
    const QStringList bhead = baseline[0].split(','), brow = baseline[1].split(',');
    QVERIFY(bhead.contains("d_valence") && bhead.contains("baseline_d_valence") && bhead.contains("corrected_d_valence"));
    QCOMPARE(brow[bhead.indexOf("baseline_d_valence")], QString("0.660000"));  // frames 0-4 in 0-0.5 s: 3.3 / 5
    QCOMPARE(brow[bhead.indexOf("corrected_d_valence")], brow[bhead.indexOf("corrected_happy")]);

    const std::string eaf = wide.dir.path("out/session.eaf");
    QString log;
    QVERIFY2(runTool("xmllint", {"--noout", "--nonet", "--schema", QString(MIEN_TEST_DATA_DIR) + "/eaf/EAFv3.0.xsd", QString::fromStdString(eaf)}, &log) == 0,
             qPrintable(log));
    QFile file(QString::fromStdString(eaf));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList tiers, dimensionValues;
    QString tier;
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement) continue;
      if (xml.name() == u"TIER") tiers << (tier = xml.attributes().value("TIER_ID").toString());
      if (xml.name() == u"ANNOTATION_VALUE" && tier.endsWith("d_valence")) dimensionValues << xml.readElementText();
    }
    QCOMPARE(tiers, (QStringList{"face_1", "face_1 d_valence"}));
    QCOMPARE(dimensionValues, (QStringList{"high", "low", "high", "low", "high", "low"}));
    QCOMPARE(QString::fromStdString(readText(wide.dir.path("out/session.face_1.timeseries.csv"))).section('\n', 0, 0),
             QString("#time_s,p_happy,p_sad,d_valence"));
    QVERIFY(readText(wide.dir.path("out/session_tsconf.xml")).find("name=\"face_1 d_valence\"") != std::string::npos);

    const auto boris = nlohmann::json::parse(readText(wide.dir.path("out/session.boris")));
    QStringList codes;
    for (const auto& [key, behaviour] : boris["behaviors_conf"].items()) codes << QString::fromStdString(behaviour["code"].get<std::string>());
    QCOMPARE(codes, (QStringList{"happy", "sad", "d_valence high", "d_valence low"}));
    std::size_t dimensionEvents = 0;
    for (const auto& e : boris["observations"]["session"]["events"])
      if (e[2].get<std::string>().rfind("d_valence", 0) == 0) ++dimensionEvents;
    QCOMPARE(dimensionEvents, std::size_t{12});  // START and STOP of six segments
  }

  // Names with markup characters and a control character (as a spreadsheet may leave) still give valid XML.
  void oddNamesStayValidXml() {
    Run run("frame,timestamp_s,face_id,participant,p_a \"x\" & <y>,p_b\n0,0.0,1,P<1> & \001Ann,0.9,0.1\n1,0.5,1,P<1> & \001Ann,0.2,0.8\n");
    run.sidecar("/work/media/odd.mov");
    FindingsRequest r;
    r.csv = run.csv;
    r.outputDir = run.dir.path("out");
    r.formats = {ExportFormat::Elan, ExportFormat::Boris, ExportFormat::Report};
    exportFindings(r);
    for (const char* file : {"out/session.eaf", "out/session_tsconf.xml"}) {
      QString log;
      const QStringList args = std::string(file).find(".eaf") != std::string::npos
                                   ? QStringList{"--noout", "--nonet", "--schema", QString(MIEN_TEST_DATA_DIR) + "/eaf/EAFv3.0.xsd", QString::fromStdString(run.dir.path(file))}
                                   : QStringList{"--noout", "--nonet", QString::fromStdString(run.dir.path(file))};
      QVERIFY2(runTool("xmllint", args, &log) == 0, qPrintable(log));
    }
    const auto pj = nlohmann::json::parse(readText(run.dir.path("out/session.boris")));
    QCOMPARE(pj["subjects_conf"]["0"]["name"].get<std::string>(), std::string("P<1> & \001Ann"));
  }

  void borisProjectHasEthogramSubjectsAndPairedStateEvents() {
    Run run(wideCsv());
    run.sidecar("/work/media/session.mov");
    FindingsRequest r;
    r.csv = run.csv;
    r.outputDir = run.dir.path("out");
    r.formats = {ExportFormat::Boris};
    r.segments = thresholdOnly();
    exportFindings(r);
    const auto pj = nlohmann::json::parse(readText(run.dir.path("out/session.boris")));
    QCOMPARE(pj["project_format_version"].get<std::string>(), std::string("7.0"));
    QCOMPARE(pj["behaviors_conf"].size(), std::size_t{2});
    for (const auto& [key, b] : pj["behaviors_conf"].items()) QCOMPARE(b["type"].get<std::string>(), std::string("State event"));
    QCOMPARE(pj["subjects_conf"]["0"]["name"].get<std::string>(), std::string("face_1"));
    const auto& obs = pj["observations"]["session"];
    QCOMPARE(obs["type"].get<std::string>(), std::string("MEDIA"));
    QCOMPARE(obs["file"]["1"][0].get<std::string>(), std::string("/work/media/session.mov"));
    const auto& events = obs["events"];
    QCOMPARE(events.size(), std::size_t{10});
    // [time, subject, code, modifier, comment, frame_index]; BORIS's events_start_stop: odd occurrence = STOP.
    std::map<std::string, int> seen;
    const double times[] = {0.0, 0.2, 0.2, 0.35, 0.35, 0.5, 0.6, 0.8, 0.9, 1.0};
    const char* flags[] = {"START", "STOP", "START", "STOP", "START", "STOP", "START", "STOP", "START", "STOP"};
    const int frames[] = {0, 2, 2, 3, 3, 5, 6, 8, 9, 10};
    for (std::size_t i = 0; i < events.size(); ++i) {
      QCOMPARE(events[i].size(), std::size_t{6});
      const std::string code = events[i][2];
      const char* flag = seen[events[i][1].get<std::string>() + "|" + code]++ % 2 ? "STOP" : "START";
      QCOMPARE(QString(flag), QString(flags[i]));
      QVERIFY(std::abs(events[i][0].get<double>() - times[i]) < 1e-9);
      QCOMPARE(events[i][5].get<int>(), frames[i]);
    }
    QCOMPARE(events[1][2].get<std::string>(), std::string("happy"));  // STOP of happy before START of sad at 0.2
    const QStringList tsv = QString::fromStdString(readText(run.dir.path("out/session.boris.tsv"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(tsv.size(), 11);
    QVERIFY(tsv[0].startsWith("Observation id\tObservation date\tDescription\tObservation duration\tObservation type\tSource\t"));
    QVERIFY(tsv[2].contains("\tface_1\thappy\t\tSTOP\t0.200\t"));
    QVERIFY(obs["plot_data"]["0"]["file_path"].get<std::string>().find("session.face_1.timeseries.csv") != std::string::npos);
  }

  // The fuzz target's seeds and reproducers (fuzz/corpus/fuzz_findings_csv) through the same reader: each reads
  // or is refused with a ModelError, nothing else.
  void fuzzCorpusReadsOrIsRefused() {
    const fs::path corpus = fs::path(MIEN_TEST_DATA_DIR) / "../../fuzz/corpus/fuzz_findings_csv";
    int files = 0;
    for (const auto& e : fs::directory_iterator(corpus)) {
      ++files;
      const std::string text = readText(e.path().string());
      try {
        const auto run = parseRunTimeline(text, e.path().string(), 25.0);
        computeSegments(run, thresholdOnly());
      } catch (const ModelError&) {
      }
    }
    QVERIFY(files >= 5);
    const auto folder = parseRunTimeline(readText((corpus / "image_folder_valid").string()), "image_folder_valid.csv", 25.0);
    QCOMPARE(folder.participants.size(), std::size_t{2});
    QVERIFY(!folder.participants[0].frames[1].valid);
    QCOMPARE(folder.participants[1].frames[0].time, 0.08);
    QVERIFY(test::errorMessage<ModelError>([&] { parseRunTimeline(readText((corpus / "two_faces_one_participant").string()), "x.csv"); })
                .contains("second face on frame 0"));
  }

  void exportRefusesMistakesAndWritesNothing() {
    Run run(wideCsv());
    FindingsRequest r;
    r.csv = run.csv;
    r.outputDir = run.dir.path("out");
    r.formats = {ExportFormat::Elan, ExportFormat::Summary};
    QVERIFY(test::errorMessage<ModelError>([&] { exportFindings(r); }).contains("--sidecar"));
    r.formats = {ExportFormat::Baseline};
    QVERIFY(test::errorMessage<ModelError>([&] { exportFindings(r); }).contains("--baseline"));
    QVERIFY(test::errorMessage<ModelError>([&] { parseExportFormat("praat"); }).contains("choose elan"));
    r.formats = {ExportFormat::Segments};
    r.segments.threshold = 2;
    QVERIFY(test::errorMessage<ModelError>([&] { exportFindings(r); }).contains("--threshold"));
    QVERIFY(!fs::exists(run.dir.path("out")) || fs::is_empty(run.dir.path("out")));
  }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "test_findings.moc"
