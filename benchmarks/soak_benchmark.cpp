// mien-soak: the live pipeline (real-time playback, newest frame wins) on a video looped for a set time; every
// interval it prints resident memory, fps and counts, and at the end the memory slope after warm-up (a least-
// squares line over the samples after the first two intervals). Memory must stay flat for an all-day booth.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <unistd.h>

#include "common/resource_paths.h"
#include "media/realtime_playback.h"
#include "media/video_file_source.h"
#include "model/blas_runtime.h"
#include "model/classifier.h"
#include "model/inference_process.h"
#include "pipeline/analysis_session.h"

namespace {

using Clock = std::chrono::steady_clock;

double residentMiB() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// A video file played again from the start whenever it ends; timestamps keep growing.
class LoopingVideo : public mien::FrameSource {
 public:
  explicit LoopingVideo(std::string path) : path_(std::move(path)), current_(mien::openVideoFile(path_)) {}
  bool next(mien::Frame& frame) override {
    while (!current_->next(frame)) {
      offset_ = lastTimestamp_ + 1.0 / 30;
      indexOffset_ = lastIndex_ + 1;
      current_ = mien::openVideoFile(path_);
      ++loops_;
    }
    frame.timestamp += offset_;
    frame.index += indexOffset_;
    lastTimestamp_ = frame.timestamp;
    lastIndex_ = frame.index;
    return true;
  }
  std::string description() const override { return path_ + " (looped)"; }
  int loops() const { return loops_; }

 private:
  std::string path_;
  std::unique_ptr<mien::FrameSource> current_;
  double offset_ = 0, lastTimestamp_ = 0;
  std::int64_t indexOffset_ = 0, lastIndex_ = 0;
  int loops_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  mien::prepareInferenceProcess(argc, argv);
  CLI::App app{"Soak test: the live pipeline on a looped video; memory and fps over time", "mien-soak"};
  double minutes = 60, interval = 60;
  std::string video = std::string(MIEN_DEFAULT_MEDIA_DIR) + "/WolfgangLanger_Pexels.mp4";
  std::string model = std::string(MIEN_DEFAULT_MEDIA_DIR) + "/../fixtures/clip-tiny/openai-tiny.pt";
  std::string head = std::string(MIEN_DEFAULT_MEDIA_DIR) + "/../fixtures/clip-tiny/head-tiny.pth";
  std::string architecture;
  app.add_option("--minutes", minutes, "How long to run")->capture_default_str();
  app.add_option("--interval", interval, "Seconds between reports")->capture_default_str();
  app.add_option("--video", video, "Video to loop")->capture_default_str();
  app.add_option("--model", model, "CLIP weights")->capture_default_str();
  app.add_option("--head", head, "Exp-CLIP head")->capture_default_str();
  app.add_option("--random", architecture, "Use a random CLIP of this published size instead (ViT-B/32, ...)");
  CLI11_PARSE(app, argc, argv);

  mien::EngineSpec engine;
  engine.model = architecture.empty() ? model : "";
  engine.randomArchitecture = architecture;
  engine.head = architecture.empty() ? head : "";
  auto classifier =
      mien::createClassifier(engine, mien::PromptSet::load(mien::resourcesDirectory() + "/prompts/basic-7.ensemble-5.json"));
  mien::SessionSettings settings;
  settings.policy = mien::FlowPolicy::Live;
  settings.keepFrames = true;  // as the GUI does: every result carries its frame
  auto looping = std::make_unique<LoopingVideo>(video);
  LoopingVideo* loops = looping.get();
  mien::AnalysisSession session(mien::playInRealTime(std::move(looping)), *classifier, settings);

  std::mutex mutex;
  std::int64_t frames = 0, faces = 0, dropped = 0;
  double latencySum = 0;
  session.onResult([&](const mien::FrameResult& r) {
    std::lock_guard<std::mutex> lock(mutex);
    ++frames;
    faces += static_cast<std::int64_t>(r.faces.size());
    latencySum += r.latencyMs;
  });
  session.onProgress([&](const mien::SessionProgress& p) {
    std::lock_guard<std::mutex> lock(mutex);
    dropped = p.framesDropped;
  });
  std::thread runner([&] { session.run(); });

  std::printf("minute  RSS MiB   fps   frames   faces  dropped  latency ms  loops\n");
  const auto start = Clock::now();
  std::vector<std::pair<double, double>> samples;  // (minutes, MiB)
  std::int64_t lastFrames = 0;
  for (int i = 1; i * interval <= minutes * 60 + 1e-9; ++i) {
    std::this_thread::sleep_until(start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(i * interval)));
    const double at = std::chrono::duration<double>(Clock::now() - start).count() / 60.0, rss = residentMiB();
    std::lock_guard<std::mutex> lock(mutex);
    const double fps = static_cast<double>(frames - lastFrames) / interval;
    std::printf("%6.1f  %7.1f  %5.1f  %7lld  %6lld  %7lld  %10.1f  %5d\n", at, rss, fps, static_cast<long long>(frames),
                static_cast<long long>(faces), static_cast<long long>(dropped), frames ? latencySum / static_cast<double>(frames) : 0.0,
                loops->loops());
    std::fflush(stdout);
    lastFrames = frames;
    samples.emplace_back(at, rss);
  }
  session.cancel();
  runner.join();

  double slope = 0;
  std::vector<std::pair<double, double>> steady(samples.begin() + std::min<std::size_t>(2, samples.size()), samples.end());
  if (steady.size() >= 2) {
    double mx = 0, my = 0;
    for (auto& [x, y] : steady) mx += x, my += y;
    mx /= static_cast<double>(steady.size()), my /= static_cast<double>(steady.size());
    double sxy = 0, sxx = 0;
    for (auto& [x, y] : steady) sxy += (x - mx) * (y - my), sxx += (x - mx) * (x - mx);
    slope = sxx > 0 ? sxy / sxx : 0;
  }
  std::printf("memory slope after warm-up: %.3f MiB per hour (%.1f KiB per minute)\n", slope * 60, slope * 1024);
  const nlohmann::json j = {{"bench", "soak"}, {"minutes", minutes}, {"frames", frames}, {"faces", faces},
                            {"dropped", dropped}, {"rss_mib_first", samples.empty() ? 0 : samples.front().second},
                            {"rss_mib_last", samples.empty() ? 0 : samples.back().second},
                            {"slope_mib_per_hour", slope * 60}, {"loops", loops->loops()}};
  std::cout << j.dump() << "\n";
  return 0;
}
