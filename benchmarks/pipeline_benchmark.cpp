// The stages run in sequence on one thread here, so each one's time is its own (the real session overlaps the
// face stage with the model; its fps is printed beside for comparison).
#include "pipeline_benchmark.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <ostream>

#include "common/resource_paths.h"
#include "io/csv_timeline_writer.h"
#include "media/video_file_source.h"
#include "model/blas_runtime.h"
#include "model/classifier.h"
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

    // 2. A whole video, stage by stage.
    auto source = openVideoFile(o.video);
    std::map<std::string, double> stage = {{"decode", 0}, {"detect", 0}, {"align", 0}, {"encode_label", 0}, {"write", 0}};
    CsvTimelineWriter writer("/tmp/mien-bench-pipeline.csv", classifier->classNames(), {});
    Frame frame;
    std::int64_t frames = 0;
    const auto start = Clock::now();
    while (true) {
      auto t = Clock::now();
      if (!source->next(frame)) break;
      stage["decode"] += msSince(t);
      t = Clock::now();
      const auto detections = detector.detect(frame.bgr);
      stage["detect"] += msSince(t);
      t = Clock::now();
      std::vector<RgbImage> crops;
      for (const auto& d : detections) crops.push_back(alignFace(frame.bgr, d, alignment).crop);
      stage["align"] += msSince(t);
      t = Clock::now();
      const auto labels = classifier->classifyFaces(crops);
      stage["encode_label"] += msSince(t);
      t = Clock::now();
      FrameResult result;
      result.frameIndex = frame.index;
      result.timestamp = frame.timestamp;
      for (std::size_t i = 0; i < detections.size(); ++i)
        result.faces.push_back({static_cast<std::int64_t>(i + 1), detections[i], labels[i].probabilities, 0});
      writer.add(result);
      stage["write"] += msSince(t);
      ++frames;
    }
    writer.flush();
    const double totalMs = msSince(start);
    // The session overlaps the face stage with the model.
    double sessionFps = 0;
    {
      SessionSettings s;
      AnalysisSession session(openVideoFile(o.video), *classifier, s);
      std::int64_t n = 0;
      session.onResult([&](const FrameResult&) { ++n; });
      const auto t = Clock::now();
      session.run();
      sessionFps = 1000.0 * static_cast<double>(n) / msSince(t);
    }
    nlohmann::json shares = nlohmann::json::object();
    std::string shareText;
    for (const auto& [name, ms] : stage) {
      shares[name] = ms / totalMs;
      char part[64];
      std::snprintf(part, sizeof part, " %s %.0f%%", name.c_str(), 100 * ms / totalMs);
      shareText += part;
    }
    const double fps = 1000.0 * static_cast<double>(frames) / totalMs;
    nlohmann::json j = {{"bench", "video_end_to_end"}, {"video", o.video}, {"model", o.model}, {"precision", precisionName_},
                        {"frames", frames}, {"threads", configuredThreads()}, {"fps_sequential", fps},
                        {"fps_session", sessionFps}, {"share", shares}};
    std::snprintf(line, sizeof line, "video %-9s %-5s %lld frames: %.1f fps in sequence, %.1f fps in the session;",
                  o.model.c_str(), precisionName_.c_str(), static_cast<long long>(frames), fps, sessionFps);
    out << line << shareText << "\n" << j.dump() << "\n" << std::flush;
  }
}

}  // namespace mien
