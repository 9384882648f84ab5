// Frame-to-label latency, then each video twice: stage by stage in sequence on one thread (each stage's own
// time), and through the real session (stages overlapped), which says which stage bounds it.
#include "pipeline_benchmark.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <ostream>

#include "common/resource_paths.h"
#include "io/csv_timeline_writer.h"
#include "media/annotated_video_writer.h"
#include "media/video_file_source.h"
#include "model/blas_runtime.h"
#include "model/classifier.h"
#include "model/inference_process.h"
#include "pipeline/analysis_session.h"
#include "vision/face_alignment.h"
#include "vision/yunet_face_detector.h"

namespace mien {
namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

std::unique_ptr<Classifier> benchmarkClassifier(const PipelineBenchmarkOptions& o, Precision precision) {
  EngineSpec engine;
  engine.randomArchitecture = o.model;
  engine.device = DevicePreference::Cpu;
  engine.precision = precision;
  engine.threads = o.threads;
  return createClassifier(engine, PromptSet::load(resourcesDirectory() + "/prompts/basic-7.an-expression-of.json"));
}

// The shared one-face video scaled to 1920x1080, made once beside it in /tmp (a 1080p one-face recording).
std::string fullHdCopyOf(const std::string& video) {
  const std::string path = "/tmp/mien-bench-" + std::filesystem::path(video).stem().string() + "-1080p.mp4";
  if (std::filesystem::exists(path)) return path;
  auto source = openVideoFile(video);
  AnnotatedVideoWriter writer(path, 1920, 1080);
  Frame frame;
  cv::Mat big;
  while (source->next(frame)) {
    cv::resize(frame.bgr, big, cv::Size(1920, 1080), 0, 0, cv::INTER_CUBIC);
    writer.write(big, frame.timestamp);
  }
  writer.finish();
  return path;
}

struct StageTimes {
  std::map<std::string, double> ms = {{"decode", 0}, {"detect", 0}, {"align", 0}, {"encode_label", 0}, {"write", 0}};
  std::int64_t frames = 0;
  double totalMs = 0;
};

// Every stage in sequence on this thread, so each one's time is its own.
StageTimes sequentialStages(const std::string& video, Classifier& classifier, YuNetFaceDetector& detector) {
  const AlignmentSettings alignment;
  auto source = openVideoFile(video);
  CsvTimelineWriter writer("/tmp/mien-bench-pipeline.csv", classifier.classNames(), {});
  StageTimes st;
  Frame frame;
  const auto start = Clock::now();
  while (true) {
    auto t = Clock::now();
    if (!source->next(frame)) break;
    st.ms["decode"] += msSince(t);
    t = Clock::now();
    const auto detections = detector.detect(frame.bgr);
    st.ms["detect"] += msSince(t);
    t = Clock::now();
    std::vector<RgbImage> crops;
    for (const auto& d : detections) crops.push_back(alignFace(frame.bgr, d, alignment).crop);
    st.ms["align"] += msSince(t);
    t = Clock::now();
    const auto labels = classifier.classifyFaces(crops);
    st.ms["encode_label"] += msSince(t);
    t = Clock::now();
    FrameResult result;
    result.frameIndex = frame.index;
    result.timestamp = frame.timestamp;
    for (std::size_t i = 0; i < detections.size(); ++i)
      result.faces.push_back({static_cast<std::int64_t>(i + 1), detections[i], labels[i].probabilities, 0});
    writer.add(result);
    st.ms["write"] += msSince(t);
    ++st.frames;
  }
  writer.flush();
  st.totalMs = msSince(start);
  return st;
}

// The real session (offline: every frame; face stage and model overlap) with the model on `modelThreads`.
std::pair<double, SessionTimings> sessionRun(const std::string& video, Classifier& classifier, int modelThreads) {
  SessionSettings s;
  s.modelThreads = modelThreads;
  AnalysisSession session(openVideoFile(video), classifier, s);
  std::int64_t n = 0;
  session.onResult([&](const FrameResult&) { ++n; });
  session.run();
  const SessionTimings t = session.timings();
  return {1000.0 * static_cast<double>(n) / t.wallMs, t};
}

void runVideo(const PipelineBenchmarkOptions& o, const std::string& video, Classifier& classifier,
              YuNetFaceDetector& detector, const std::string& precision, std::ostream& out) {
  const cv::Size size = [&] {
    Frame f;
    auto source = openVideoFile(video);
    return source->next(f) ? f.bgr.size() : cv::Size();
  }();
  const StageTimes st = sequentialStages(video, classifier, detector);
  const int threads = configuredThreads();
  // The session's layout (face stage 1 thread, model the rest) beside the model on every thread.
  const auto [fps, timings] = sessionRun(video, classifier, 0);
  const auto [fpsAll, timingsAll] = sessionRun(video, classifier, threads);
  useThreadLayoutOf(classifier);
  const double frames = std::max<double>(1, static_cast<double>(st.frames));
  nlohmann::json perFrame = nlohmann::json::object();
  std::string stageText;
  for (const auto& [name, ms] : st.ms) {
    perFrame[name] = ms / frames;
    char part[64];
    std::snprintf(part, sizeof part, " %s %.1f", name.c_str(), ms / frames);
    stageText += part;
  }
  auto busy = [](const SessionTimings& t) {
    return nlohmann::json{{"face_stage", (t.decodeMs + t.detectMs + t.alignMs) / t.wallMs},
                          {"model", (t.encodeMs + t.deliverMs) / t.wallMs}};
  };
  const std::string resolution = std::to_string(size.width) + "x" + std::to_string(size.height);
  nlohmann::json j = {{"bench", "video_end_to_end"}, {"video", video}, {"resolution", resolution}, {"model", o.model},
                      {"precision", precision}, {"frames", st.frames}, {"threads", threads},
                      {"openmp", openMpWaitPolicy()}, {"fps_sequential", 1000.0 * frames / st.totalMs},
                      {"fps_session", fps}, {"session_model_threads", timings.modelThreads},
                      {"bound_by", timings.boundBy()}, {"busy_share", busy(timings)},
                      {"fps_session_model_on_all_threads", fpsAll}, {"bound_by_model_on_all_threads", timingsAll.boundBy()},
                      {"ms_per_frame_in_sequence", perFrame}};
  char line[512];
  std::snprintf(line, sizeof line,
                "video %-9s %s %-5s %lld frames: %.1f fps in the session (model %d thread(s), bound by %s; "
                "model on all %d: %.1f fps), %.1f in sequence; ms/frame:",
                o.model.c_str(), resolution.c_str(), precision.c_str(), static_cast<long long>(st.frames), fps,
                timings.modelThreads, timings.boundBy().c_str(), threads, fpsAll, 1000.0 * frames / st.totalMs);
  out << line << stageText << "\n" << j.dump() << "\n" << std::flush;
}

}  // namespace

void runPipelineBenchmark(const PipelineBenchmarkOptions& o, std::ostream& out) {
  cv::setNumThreads(1);
  char line[256];
  for (const auto& precisionName_ : o.precisions) {
    const Precision precision = precisionFromName(precisionName_);
    auto classifier = benchmarkClassifier(o, precision);
    YuNetFaceDetector detector(classifier->spec().detector);
    const AlignmentSettings alignment;

    // 1. Frame to labels, one frame at a time (what a webcam sees).
    for (const auto& [file, faces] : std::vector<std::pair<std::string, int>>{{"astronaut.png", 1}, {"multi_face.jpg", 5}}) {
      const cv::Mat frame = cv::imread(o.mediaDirectory + "/" + file);
      if (frame.empty()) continue;
      std::vector<double> total, detect, align, encode;
      std::size_t found = 0;
      for (int run = 0; run < o.latencyRuns + 2; ++run) {
        const auto t0 = Clock::now();
        const auto detections = detector.detect(frame);
        const double d = msSince(t0);
        const auto t1 = Clock::now();
        std::vector<RgbImage> crops;
        for (const auto& det : detections) crops.push_back(alignFace(frame, det, alignment).crop);
        const double a = msSince(t1);
        const auto t2 = Clock::now();
        classifier->classifyFaces(crops);
        const double e = msSince(t2);
        found = detections.size();
        if (run < 2) continue;  // warm-up
        detect.push_back(d);
        align.push_back(a);
        encode.push_back(e);
        total.push_back(msSince(t0));
      }
      auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
      };
      nlohmann::json j = {{"bench", "frame_to_labels"}, {"model", o.model}, {"precision", precisionName_},
                          {"faces_expected", faces}, {"faces_found", found}, {"threads", configuredThreads()},
                          {"blas", blasKernelChoice().kernels}, {"ms_total", median(total)}, {"ms_detect", median(detect)},
                          {"ms_align", median(align)}, {"ms_encode_label", median(encode)}};
      std::snprintf(line, sizeof line, "frame->labels %-9s %-5s %zu face(s): %7.1f ms  (detect %.1f, align %.1f, encode+label %.1f)\n",
                    o.model.c_str(), precisionName_.c_str(), found, median(total), median(detect), median(align),
                    median(encode));
      out << line << j.dump() << "\n" << std::flush;
    }

    // 2. Whole videos: the shared one (640x360) and the same scenes at 1080p.
    for (const std::string& video : {o.video, fullHdCopyOf(o.video)}) runVideo(o, video, *classifier, detector, precisionName_, out);
  }
}

}  // namespace mien
