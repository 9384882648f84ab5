// mien-cli annotate end to end on real videos: row counts and timestamps against ffprobe, layouts,
// kill -9 and --resume giving the identical CSV, a full disk, bad inputs, and reruns from the sidecar.
#include <QtTest>
#include <csignal>
#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <thread>

#include "face_scenes.h"
#include "io/csv_reader.h"
#include "pipeline/annotation_options.h"
#include "support/fixtures.h"
#include "support/ffprobe.h"
#include "support/scratch_dir.h"
#include "support/test_main.h"

using namespace mien;
namespace fs = std::filesystem;

namespace {

QString shared(const std::string& relative) { return QString::fromStdString(test::sharedPath(relative)); }

QStringList modelArgs() {
  return {"--model", shared("fixtures/clip-tiny/openai-tiny.pt"), "--head", shared("fixtures/clip-tiny/head-tiny.pth"),
          "--classes", "happiness,sadness,surprise", "--device", "cpu"};
}

test::ProcessResult annotate(const QStringList& args) { return test::runProgram(MIEN_CLI_PATH, QStringList{"annotate"} + args + modelArgs()); }

QStringList csvLines(const std::string& path) { return QString::fromStdString(test::readBytes(path)).split('\n', Qt::SkipEmptyParts); }

}  // namespace

class TestCliAnnotate : public QObject {
  Q_OBJECT
  test::ScratchDir composed_;
  std::vector<cv::Mat> faces_;

  // A composed recording (benchmarks/face_scenes), encoded by ffmpeg once per test run.
  QString composedVideo(const std::string& scene) {
    const std::string path = composed_.path(scene + ".mp4");
    if (!fs::exists(path)) scenes::writeSceneVideo(scenes::sceneNamed(scene), faces_, path);
    return QString::fromStdString(path);
  }

 private slots:
  void initTestCase() {
    YuNetFaceDetector detector(DetectorSpec{std::string(MIEN_TEST_DATA_DIR) + "/../../models/detectors/yunet_n_320_320.onnx"});
    faces_ = scenes::loadFacePhotos(test::sharedPath("media"), detector);
  }

  void idsOfAComposedRecordingBelongToOnePersonEach() {
    // The recording of the issue: one person passes behind another for about a second while a third steps in.
    test::ScratchDir out;
    const auto run = annotate({composedVideo("behind"), "-o", QString::fromStdString(out.path())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CsvTable csv = readCsvFile(out.path("behind.csv"), "run");
    const auto frameCol = csv.requireColumn("frame", "t"), idCol = csv.requireColumn("face_id", "t");
    const auto noseX = csv.requireColumn("nose_x", "t"), noseY = csv.requireColumn("nose_y", "t");
    const auto& scene = scenes::sceneNamed("behind");
    std::map<std::int64_t, std::set<int>> personsOfId;
    std::map<int, std::set<std::int64_t>> idsOfPerson;
    int renderedFrame = -1;
    scenes::RenderedFrame truth;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
      if (csv.rows[r][idCol].empty()) continue;
      const int frame = std::stoi(csv.rows[r][frameCol]);
      if (frame != renderedFrame) truth = scenes::render(scene, faces_, renderedFrame = frame);
      FaceDetection d;
      d.landmarks[2] = {std::stof(csv.rows[r][noseX]), std::stof(csv.rows[r][noseY])};
      const int person = scenes::ownerOf(truth, d);
      QVERIFY2(person >= 0, qPrintable(QString("a face on frame %1 where nobody is").arg(frame)));
      const std::int64_t id = std::stoll(csv.rows[r][idCol]);
      personsOfId[id].insert(person);
      idsOfPerson[person].insert(id);
    }
    for (const auto& [id, persons] : personsOfId) QVERIFY2(persons.size() == 1, qPrintable(QString("id %1 mixes two people").arg(id)));
    QCOMPARE(idsOfPerson[1].size(), std::size_t{1});  // hidden behind person 0 and back: one id
    QCOMPARE(idsOfPerson[2].size(), std::size_t{1});  // the newcomer: an id of its own
    QVERIFY(*idsOfPerson[1].begin() != *idsOfPerson[2].begin());
  }

  void oneRowPerFaceFrameAndExplicitGaps() {
    test::ScratchDir out;
    const QString video = shared("media/face_noface.mov");
    const auto run = annotate({video, "-o", QString::fromStdString(out.path())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto lines = csvLines(out.path("face_noface.csv"));
    const auto expected = test::ffprobeFrameTimes(video.toStdString());
    QCOMPARE(lines.size() - 1, static_cast<qsizetype>(expected.size()));  // one face at most per frame here
    int gaps = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
      const auto fields = lines[i].split(',');
      QCOMPARE(fields.size(), lines[0].split(',').size());
      QCOMPARE(fields[0].toLongLong(), static_cast<long long>(i - 1));
      const double time = expected[static_cast<std::size_t>(i - 1)];
      if (!std::isnan(time)) QCOMPARE(fields[1], QString::number(time, 'f', 6));
      if (fields[2].isEmpty()) ++gaps;
    }
    qInfo("%d of %lld frames have no face", gaps, static_cast<long long>(expected.size()));
    QVERIFY(gaps > 10 && gaps < static_cast<int>(expected.size()));
    const auto sidecar = nlohmann::json::parse(test::readBytes(out.path("face_noface.mien.json")));
    QCOMPARE(sidecar["status"].get<std::string>(), std::string("complete"));
    QCOMPARE(sidecar["input"]["sha256"].get<std::string>().size(), std::size_t{64});
    QCOMPARE(sidecar["frames"].get<int>(), static_cast<int>(expected.size()));
    QVERIFY(!fs::exists(out.path("face_noface.csv.part")) && !fs::exists(out.path("face_noface.csv.state.json")));
  }

  void longLayoutHasARowPerClass() {
    test::ScratchDir out;
    const auto run = annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(out.path()), "--long", "--every", "4"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto lines = csvLines(out.path("single_face.csv"));
    QCOMPARE(lines[0], QString("frame,timestamp_s,face_id,participant,valid,class,probability"));
    QCOMPARE(lines.size() - 1, qsizetype{18 * 3});
    QVERIFY(lines[1].startsWith("0,0.000000,1,,") && lines[1].contains(",happiness,"));
    QVERIFY(lines[4].startsWith("4,0.133333,1,,") && lines[4].contains(",happiness,"));
  }

  void killedRunsResumeToTheIdenticalCsv_data() {
    QTest::addColumn<QString>("video");
    QTest::addColumn<QStringList>("common");
    QTest::newRow("real video") << shared("media/WolfgangLanger_Pexels.mp4") << QStringList{"--every", "2", "--batch-frames", "8"};
    // Killed while a face is hidden behind another: its lost track (motion state and all) must resume exactly.
    QTest::newRow("face hidden at the kill") << QString("behind") << QStringList{"--batch-frames", "6"};
    // The feature windows are part of the resume state.
    QTest::newRow("feature window") << shared("media/WolfgangLanger_Pexels.mp4")
                                    << QStringList{"--every", "2", "--batch-frames", "8", "--window", "5"};
  }

  void killedRunsResumeToTheIdenticalCsv() {
    QFETCH(QString, video);
    QFETCH(QStringList, common);
    if (!video.contains('/')) video = composedVideo(video.toStdString());
    const std::string name = fs::path(video.toStdString()).stem().string();
    test::ScratchDir reference;
    QVERIFY(annotate(QStringList{video, "-o", QString::fromStdString(reference.path())} + common).exitCode == 0);
    const std::string expected = test::readBytes(reference.path(name + ".csv"));

    for (int checkpointsBeforeKill : {0, 1, 6}) {  // 0: killed while loading, before any checkpoint
      test::ScratchDir out;
      QProcess process;
      process.start(MIEN_CLI_PATH, QStringList{"annotate", video, "-o", QString::fromStdString(out.path())} + common + modelArgs());
      QVERIFY(process.waitForStarted());
      const std::string state = out.path(name + ".csv.state.json");
      int seen = 0;
      fs::file_time_type lastWrite{};
      QElapsedTimer timer;
      timer.start();
      if (checkpointsBeforeKill == 0) std::this_thread::sleep_for(std::chrono::milliseconds(150));
      while (seen < checkpointsBeforeKill && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
        std::error_code ec;
        const auto t = fs::last_write_time(state, ec);
        if (!ec && t != lastWrite) {
          lastWrite = t;
          ++seen;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      QVERIFY2(process.state() == QProcess::Running, "the run ended before it could be killed");
      ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
      process.waitForFinished();
      QVERIFY(!fs::exists(out.path(name + ".csv")));
      QVERIFY(checkpointsBeforeKill == 0 || fs::exists(out.path(name + ".csv.part")));
      const auto resumed = annotate(QStringList{video, "-o", QString::fromStdString(out.path()), "--resume"} + common);
      QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
      if (checkpointsBeforeKill > 0) QVERIFY2(resumed.err.contains("(resumed)"), qPrintable(resumed.err));
      QVERIFY2(test::readBytes(out.path(name + ".csv")) == expected,
               qPrintable(QString("resumed CSV differs after %1 checkpoints").arg(checkpointsBeforeKill)));
      // A further --resume skips the finished input.
      const auto again = annotate(QStringList{video, "-o", QString::fromStdString(out.path()), "--resume"} + common);
      QVERIFY(again.err.contains("already complete"));
    }
  }

  void theFeatureWindowSaysHowManyFramesItHeld() {
    test::ScratchDir out;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(out.path()), "--window", "4"}).exitCode == 0);
    const auto lines = csvLines(out.path("single_face.csv"));
    QVERIFY(lines[0].endsWith(",window_frames"));
    QStringList held;
    for (qsizetype i = 1; i <= 6; ++i) held << lines[i].split(',').last();
    QCOMPARE(held.join(' '), QString("1 2 3 4 4 4"));  // one face, one track: the window fills, then slides
    const auto sidecar = nlohmann::json::parse(test::readBytes(out.path("single_face.mien.json")));
    QCOMPARE(sidecar["options"]["window_frames"].get<int>(), 4);
    test::ScratchDir plain;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(plain.path())}).exitCode == 0);
    const auto unwindowed = csvLines(plain.path("single_face.csv"));
    const auto largestDifference = [&](qsizetype row) {  // over the probability columns
      const auto a = lines[row].split(','), b = unwindowed[row].split(',');
      double largest = 0;
      for (qsizetype c = unwindowed[0].split(',').indexOf("p_happiness"); c < b.size() - 2; ++c) largest = std::max(largest, std::abs(a[c].toDouble() - b[c].toDouble()));
      return largest;
    };
    QVERIFY(largestDifference(1) < 2e-6);  // a window of one frame is the frame itself (batches may round differently)
    QVERIFY(largestDifference(5) > 1e-5);  // later frames are averaged with their track's earlier ones
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(plain.path("x")), "--window", "0"})
                .err.contains("Option --window is 0"));
  }

  // --window-valid-only: frames that are not valid stay out of the window. With the sharpness threshold at the
  // plain run's median, the frames held follow from the plain run's own `valid` column.
  void invalidFramesCanStayOutOfTheWindow() {
    test::ScratchDir plain, windowed;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(plain.path())}).exitCode == 0);
    const auto rows = csvLines(plain.path("single_face.csv"));
    const auto header = rows[0].split(',');
    const qsizetype sharpness = header.indexOf("sharpness"), valid = header.indexOf("valid");
    std::vector<double> values;
    for (qsizetype i = 1; i < rows.size(); ++i) values.push_back(rows[i].split(',')[sharpness].toDouble());
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const QString threshold = QString::number(sorted[sorted.size() / 2], 'f', 6);
    const QStringList quality = {"--valid-min-sharpness", threshold, "--valid-max-yaw", "90", "--valid-max-pitch", "90", "--valid-max-roll", "180",
                                 "--valid-min-size", "0", "--valid-min-score", "0"};
    QVERIFY(annotate(QStringList{shared("media/single_face.mp4"), "-o", QString::fromStdString(plain.path("graded"))} + quality).exitCode == 0);
    QVERIFY(annotate(QStringList{shared("media/single_face.mp4"), "-o", QString::fromStdString(windowed.path()), "--window", "3",
                                 "--window-valid-only"} + quality).exitCode == 0);
    const auto graded = csvLines(plain.path("graded/single_face.csv")), lines = csvLines(windowed.path("single_face.csv"));
    QCOMPARE(lines.size(), graded.size());
    int held = 0, invalid = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
      if (graded[i].split(',')[header.indexOf("face_id")].isEmpty()) continue;  // a frame without a face
      const bool isValid = graded[i].split(',')[valid] == "1";
      invalid += isValid ? 0 : 1;
      if (isValid) held = std::min(held + 1, 3);
      QCOMPARE(lines[i].split(',').last().toInt(), held);  // an invalid frame reports what the window holds (0 before any valid one)
    }
    QVERIFY(invalid > 0 && invalid < lines.size() - 1);
    const auto sidecar = nlohmann::json::parse(test::readBytes(windowed.path("single_face.mien.json")));
    QCOMPARE(sidecar["options"]["window_valid_only"].get<bool>(), true);
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(windowed.path("x")), "--window-valid-only"})
                .err.contains("--window-valid-only needs --window"));
  }

  void aFullDiskLosesNothingElse() {
    test::ScratchDir out;
    const QString command = QString("ulimit -f 16; exec '%1' annotate '%2' -o '%3' %4")
                                .arg(MIEN_CLI_PATH, shared("media/WolfgangLanger_Pexels.mp4"),
                                     QString::fromStdString(out.path()), modelArgs().join(' '));
    const auto run = test::runProgram("bash", {"-c", command});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("disk is full") && run.err.contains("--resume"), qPrintable(run.err));
    QVERIFY(!fs::exists(out.path("WolfgangLanger_Pexels.csv")));
    QVERIFY(!fs::exists(out.path("WolfgangLanger_Pexels.mien.json")));
  }

  void badInputsAreReportedWhileOthersFinish() {
    test::ScratchDir out, in;
    test::writeBytes(in.path("notes.mp4"), "not a video");
    test::writeBytes(in.path("empty.mov"), "");
    const auto run = annotate({QString::fromStdString(in.path("notes.mp4")), shared("media/single_face.mp4"),
                               QString::fromStdString(in.path("empty.mov")), "/nonexistent/clip.mp4", "-o",
                               QString::fromStdString(out.path())});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("3 of 4 inputs failed"), qPrintable(run.err));
    QVERIFY(run.err.contains("notes.mp4") && run.err.contains("empty (0 bytes)") && run.err.contains("does not exist"));
    QVERIFY(fs::exists(out.path("single_face.csv")));
    QVERIFY(!fs::exists(out.path("notes.csv")));
  }

  void missingDetectorIsNamed() {
    test::ScratchDir out;
    const auto run = annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(out.path()), "--detector",
                               "/nonexistent/yunet.onnx"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Face detector model '/nonexistent/yunet.onnx' does not exist"), qPrintable(run.err));
  }

  void theSidecarReproducesTheCsv() {
    test::ScratchDir first, second;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(first.path()), "--fps", "10", "--smooth", "0.5"}).exitCode == 0);
    const auto rerun = test::runProgram(MIEN_CLI_PATH, {"annotate", "--from-sidecar", QString::fromStdString(first.path("single_face.mien.json")),
                                                        "-o", QString::fromStdString(second.path())});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    QCOMPARE(test::readBytes(second.path("single_face.csv")), test::readBytes(first.path("single_face.csv")));
  }

  void dimensionsAreColumnsAndRowsAndReplayFromTheSidecar() {
    test::ScratchDir out, replay;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(out.path()), "--dimensions", "valence-arousal"}).exitCode == 0);
    const auto wide = csvLines(out.path("single_face.csv"));
    const auto header = wide[0].split(',');
    const auto valence = header.indexOf("d_valence");
    QVERIFY2(valence > header.indexOf("p_surprise") && header.indexOf("d_arousal") == valence + 1, qPrintable(wide[0]));
    for (qsizetype i = 1; i < wide.size(); ++i) {
      const double v = wide[i].split(',')[valence].toDouble();
      QVERIFY(v > 0 && v < 1);
    }
    const auto sidecar = nlohmann::json::parse(test::readBytes(out.path("single_face.mien.json")));
    QCOMPARE(sidecar["dimensions"], nlohmann::json({"valence", "arousal"}));
    QCOMPARE(sidecar["options"]["prompts"]["dimensions"].size(), 2u);
    const auto rerun = test::runProgram(MIEN_CLI_PATH, {"annotate", "--from-sidecar", QString::fromStdString(out.path("single_face.mien.json")),
                                                        "-o", QString::fromStdString(replay.path())});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    QCOMPARE(test::readBytes(replay.path("single_face.csv")), test::readBytes(out.path("single_face.csv")));

    test::ScratchDir longOut;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(longOut.path()), "--dimensions", "valence-arousal",
                      "--long"}).exitCode == 0);
    const auto rows = csvLines(longOut.path("single_face.csv"));
    QCOMPARE(rows[0], QString("frame,timestamp_s,face_id,participant,valid,class,probability"));
    QCOMPARE(rows[4].split(',')[5], QString("d_valence"));  // after the three classes of the first face
    QCOMPARE(rows[5].split(',')[5], QString("d_arousal"));
    QCOMPARE(rows[4].split(',')[6], wide[1].split(',')[valence]);
  }

  void theSidecarRebuildsTheSameEngine() {
    test::ScratchDir first, second;
    const QString detector = QString::fromStdString(test::sharedPath("models/yunet_n_320_320.onnx"));
    const auto run = annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(first.path()), "--fps", "6",
                               "--precision", "int8", "--threads", "1", "--score-threshold", "0.55",
                               "--min-face", "20", "--detector", detector});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto ran = nlohmann::json::parse(test::readBytes(first.path("single_face.mien.json")));
    QCOMPARE(ran["format_version"].get<int>(), kSidecarFormatVersion);
    const auto& engine = ran["options"]["engine"];
    QCOMPARE(engine["precision"].get<std::string>(), std::string("int8"));
    QCOMPARE(engine["device"].get<std::string>(), std::string("cpu"));
    QCOMPARE(engine["threads"].get<std::string>(), std::string("1"));
    QCOMPARE(engine["score-threshold"].get<std::string>(), std::string("0.55"));
    QCOMPARE(engine["detector"].get<std::string>(), fs::path(detector.toStdString()).lexically_normal().string());
    QCOMPARE(ran["runtime"]["precision"].get<std::string>(), std::string("int8"));
    QCOMPARE(ran["runtime"]["threads"].get<std::string>(), std::string("1 threads in LibTorch's pool"));

    const auto rerun = test::runProgram(MIEN_CLI_PATH, {"annotate", "--from-sidecar", QString::fromStdString(first.path("single_face.mien.json")),
                                                        "-o", QString::fromStdString(second.path())});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    const auto again = nlohmann::json::parse(test::readBytes(second.path("single_face.mien.json")));
    QCOMPARE(again["options"], ran["options"]);
    QCOMPARE(again["runtime"]["threads"], ran["runtime"]["threads"]);
    QCOMPARE(test::readBytes(second.path("single_face.csv")), test::readBytes(first.path("single_face.csv")));
  }

  void sidecarsOfTheFirstFormatStillReplay() {
    test::ScratchDir first, second;
    QVERIFY(annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(first.path()), "--fps", "5"}).exitCode == 0);
    auto sidecar = nlohmann::json::parse(test::readBytes(first.path("single_face.mien.json")));
    // The layout version 1 wrote: engine members at the top of the options, the detector as an object.
    nlohmann::json& o = sidecar["options"];
    const nlohmann::json engine = o["engine"];
    o.erase("engine");
    o["model"] = engine["model"];
    o["head"] = engine["head"];
    o["preprocess"] = engine["preprocess"];
    o["device"] = "auto";
    o["precision"] = "fp32";
    o["threads"] = 0;
    o["detector"] = {{"path", test::sharedPath("models/yunet_n_320_320.onnx")}, {"input_size", 320},
                     {"score_threshold", 0.6}, {"nms_threshold", 0.3}, {"min_face_size", 16}};
    sidecar.erase("format_version");
    test::writeBytes(first.path("v1.mien.json"), sidecar.dump(2));
    const auto rerun = test::runProgram(MIEN_CLI_PATH, {"annotate", "--from-sidecar", QString::fromStdString(first.path("v1.mien.json")),
                                                        "-o", QString::fromStdString(second.path())});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    QCOMPARE(test::readBytes(second.path("single_face.csv")), test::readBytes(first.path("single_face.csv")));
  }

  void optionsOutOfRangeAreOneSentence() {
    test::ScratchDir out;
    const std::pair<QStringList, QString> cases[] = {
        {{"--every", "0"}, "Option --every is 0; it must be a whole number from 1 to 1000000."},
        {{"--threads", "-1"}, "Option --threads is -1; it must be a whole number from 0 to 1024."},
        {{"--smooth", "-1"}, "Option --smooth is -1"},
        {{"--precision", "int4"}, "Option --precision is 'int4'; it must be fp32, int8, bf16 or fp16."},
        {{"--score-threshold", "abc"}, "Option --score-threshold is 'abc'"},
        {{"--lost-track-time", "-1"}, "Option --lost-track-time is -1; it must be a number from 0 to 3600."},
        {{"--valid-max-yaw", "200"}, "Option --valid-max-yaw is 200; it must be a number from 0 to 180."},
    };
    for (const auto& [flags, message] : cases) {
      const auto run = annotate(QStringList{shared("media/single_face.mp4"), "-o", QString::fromStdString(out.path())} + flags);
      QCOMPARE(run.exitCode, 2);
      QVERIFY2(run.err.contains(message), qPrintable(run.err));
      QCOMPARE(run.err.count('\n'), 1);
    }
    QVERIFY(!fs::exists(out.path("single_face.csv")));
  }

  void annotatedVideoHasEveryFrame() {
    test::ScratchDir out;
    const auto run = annotate({shared("media/single_face.mp4"), "-o", QString::fromStdString(out.path()), "--video"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString video = QString::fromStdString(out.path("single_face.annotated.mp4"));
    const auto probe = test::runProgram("ffprobe", {"-v", "error", "-select_streams", "v:0", "-show_entries",
                                                    "stream=nb_frames,width,height", "-of", "default=nw=1", video});
    QVERIFY2(probe.out.contains("width=640") && probe.out.contains("height=360") && probe.out.contains("nb_frames=72"),
             qPrintable(probe.out));
    QVERIFY(!fs::exists(out.path("single_face.annotated.mp4.part")));
    const auto sidecar = nlohmann::json::parse(test::readBytes(out.path("single_face.mien.json")));
    QVERIFY(sidecar["annotated_video"].is_string());
  }

  void imageFoldersGetAFileColumn() {
    test::ScratchDir out, in;
    fs::copy_file(test::sharedPath("media/astronaut.png"), in.path("1.png"));
    fs::copy_file(test::sharedPath("media/multi_face.jpg"), in.path("2.jpg"));
    const auto run = annotate({QString::fromStdString(in.path()), "-o", QString::fromStdString(out.path())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto lines = csvLines(out.path(fs::path(in.path()).filename().string() + ".csv"));
    QVERIFY(lines[0].startsWith("frame,timestamp_s,file,face_id"));
    QVERIFY(lines.size() >= 1 + 1 + 5);
    QVERIFY(lines[1].startsWith("0,,") && lines[1].contains("1.png"));
  }
};

MIEN_TEST_MAIN(TestCliAnnotate)
#include "test_cli_annotate.moc"
