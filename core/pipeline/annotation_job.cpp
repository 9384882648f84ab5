// One input -> CSV + sidecar. Checkpoints after every group of frames: CSV rows flushed first, then the
// resume state (written atomically) that records how many CSV bytes belong to finished groups.
#include "pipeline/annotation_job.h"

#include "common/write_failure.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "common/atomic_file_writer.h"
#include "common/build_info.h"
#include "common/errors.h"
#include "common/sha256.h"
#include "media/annotated_video_writer.h"
#include "media/frame_overlay.h"
#include "media/image_folder_source.h"
#include "media/video_file_source.h"
#include "model/blas_runtime.h"
#include "io/participant_map.h"
#include "pipeline/failure_record.h"
#include "model/linear_layer.h"
#include "pipeline/output_lock.h"
#include "pipeline/resume_state.h"
#include "pipeline/run_host.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

void writeJsonAtomically(const std::string& path, const nlohmann::json& json) {
  AtomicFileWriter out(path);
  out.write(json.dump(2) + "\n");
  out.commit();
}

std::optional<nlohmann::json> readJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

nlohmann::json skippedFilesJson(const std::vector<SkippedFile>& skipped) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& s : skipped) files.push_back({{"file", s.file}, {"reason", s.reason}});
  return files;
}

nlohmann::json fileRecord(const std::string& path) {
  if (path.empty()) return nullptr;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    nlohmann::json files = nlohmann::json::object();
    for (const auto& e : fs::directory_iterator(path, ec))
      if (e.is_regular_file()) files[e.path().filename().string()] = sha256OfFile(e.path().string());
    return {{"path", fs::absolute(path).string()}, {"files_sha256", files}};
  }
  return {{"path", fs::absolute(path).string()}, {"size", fs::file_size(path, ec)}, {"sha256", sha256OfFile(path)}};
}

// Cheap to compute on every resume, and enough to tell two recordings apart: size and the first MiB's SHA-256.
nlohmann::json inputIdentity(const std::string& input) {
  std::error_code ec;
  if (fs::is_directory(input, ec)) return {{"folder", fs::absolute(input).string()}};
  std::ifstream in(input, std::ios::binary);
  std::string head(1 << 20, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return {{"size", fs::file_size(input, ec)}, {"first_mib_sha256", sha256Hex(head)}};
}

std::unique_ptr<FrameSource> openInput(const std::string& input, const SamplingSettings& sampling) {
  std::error_code ec;
  if (fs::is_directory(input, ec)) return sampled(openImageFolder(input), sampling);
  return sampled(openVideoFile(input), sampling);
}

}  // namespace

AnnotationPaths AnnotationPaths::forInput(const std::string& input, const std::string& outputDir) {
  fs::path in = fs::path(input);
  if (in.filename().empty()) in = in.parent_path();
  return named(fs::is_directory(in) ? in.filename().string() : in.stem().string(), outputDir);
}

AnnotationPaths AnnotationPaths::named(const std::string& stem, const std::string& outputDir) {
  const fs::path base = fs::path(outputDir) / stem;
  return {base.string() + ".csv", base.string() + ".mien.json", base.string() + ".csv.state.json",
          base.string() + ".annotated.mp4", base.string() + ".failed.json"};
}

void requireDistinctOutputs(const std::vector<std::string>& inputs, const std::string& outputDir) {
  std::map<std::string, std::vector<std::string>> byOutput;
  for (const auto& input : inputs) byOutput[AnnotationPaths::forInput(input, outputDir).csv].push_back(input);
  std::string clashes;
  for (const auto& [csv, sources] : byOutput) {
    if (sources.size() < 2) continue;
    clashes += (clashes.empty() ? "" : "; ") + fs::path(csv).filename().string() + " from";
    for (const auto& s : sources) clashes += " " + s;
  }
  if (!clashes.empty())
    throw std::runtime_error("Inputs of the same name would overwrite each other's output (" + clashes +
                             "); annotate them into separate output folders or rename them.");
}

void requireParticipantFiles(const std::vector<std::string>& inputs, const std::string& participants) {
  if (participants.empty()) return;
  std::error_code ec;
  if (inputs.size() > 1 && !fs::is_directory(participants, ec))
    throw ModelError("--participants '" + participants + "' names the track ids of one input, but " + std::to_string(inputs.size()) +
                     " inputs are given and each has its own ids; give a folder of NAME.participants.json files, one per input.");
  for (const auto& input : inputs)
    participantMapFor(fs::path(AnnotationPaths::forInput(input, ".").csv).stem().string(), participants);
}

namespace {

// annotateInput once its output is locked.
AnnotationOutcome annotateLocked(const std::string& input, const AnnotationOptions& options, Classifier& classifier,
                                 const AnnotationPaths& pathsOfInput, bool resume, const AnnotationCallbacks& callbacks) {
  const auto started = std::chrono::steady_clock::now();
  const std::string startedAt = utcNowIso();
  AnnotationOutcome outcome;
  outcome.paths = pathsOfInput;
  const auto& paths = outcome.paths;
  std::error_code ec;
  AnnotationOptions ran = options;  // records the engine as the classifier runs it (device and precision resolved)
  ran.engine = classifier.spec();
  // Ids are per input, so is the participants file: the options record the one this input used, and its mapping.
  const std::string runName = fs::path(paths.csv).stem().string();
  const ParticipantMap participants = participantMapFor(runName, options.participants);
  nlohmann::json optionsJson = ran.toJson();
  optionsJson["participants"] = {
      {"file", participants.source().empty() ? nlohmann::json(nullptr) : nlohmann::json(fs::absolute(participants.source()).string())},
      {"mapping", participants.toJson()}};

  const nlohmann::json identity = inputIdentity(input);
  if (resume) {
    auto sidecar = readJson(paths.sidecar);
    if (sidecar && sidecar->value("status", "") == "complete" && (*sidecar)["options"] == optionsJson &&
        fs::exists(paths.csv)) {
      const auto& recorded = (*sidecar)["input"];
      if (recorded.is_object() && recorded.contains("sha256") && recorded["sha256"].is_string() &&
          recorded["sha256"].get<std::string>() != sha256OfFile(input))
        throw std::runtime_error("'" + paths.csv + "' holds the results of another recording of the same name (" +
                                 recorded.value("path", std::string("unknown")) + "), not of '" + input +
                                 "'; annotate it into another output folder.");
      outcome.skippedAsComplete = true;
      outcome.frames = sidecar->value("frames", 0);
      return outcome;
    }
  }
  auto source = openInput(input, options.sampling);
  const FrameSource* health = source.get();  // owned by the session below, which outlives every use
  classifier.setPromptSet(options.prompts);

  SessionState restored;
  std::uint64_t resumeBytes = 0;
  if (resume && !options.annotatedVideo) {  // a half-written MP4 cannot be continued: such runs start over
    std::ifstream in(paths.state, std::ios::binary);
    const std::string stateText((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto partSize = fs::file_size(paths.csv + ".part", ec);
    const auto state = nlohmann::json::parse(stateText, nullptr, false);
    const bool sameInput = state.is_object() && state.contains("input") && state["input"] == identity;
    if (auto point = ec || !sameInput ? std::nullopt : parseResumePoint(stateText, paths.state, optionsJson, partSize)) {
      resumeBytes = point->csvBytes;
      restored = point->session;
      outcome.resumed = true;
    }
  }
  std::error_code exists;
  const bool isFolder = fs::is_directory(input, exists);
  CsvTimelineWriter writer(paths.csv, classifier.classNames(),
                           {options.layout, isFolder, classifier.dimensionNames(), options.session.windowFrames > 1, participants},
                           resumeBytes);

  SessionSettings sessionSettings = options.session;
  sessionSettings.keepFrames = options.annotatedVideo;
  std::unique_ptr<AnnotatedVideoWriter> video;
  const auto classNames = classifier.classNames();
  AnalysisSession session(std::move(source), classifier, sessionSettings);
  if (outcome.resumed) session.restore(restored);
  session.onResult([&](const FrameResult& result) {
    writer.add(result);
    if (options.annotatedVideo && !result.bgr.empty()) {
      if (!video)  // a recording's audio goes along, trimmed to the same --start/--end
        video = std::make_unique<AnnotatedVideoWriter>(paths.video, result.bgr.cols, result.bgr.rows,
                                                       AnnotatedVideoAudio{isFolder ? std::string() : input, options.sampling.startSeconds});
      cv::Mat canvas = result.bgr.clone();
      drawFaceOverlays(canvas, result, classNames);
      video->write(canvas, result.hasTimestamp ? result.timestamp : static_cast<double>(outcome.frames) / 5.0);
    }
    ++outcome.frames;
    outcome.faces += static_cast<std::int64_t>(result.faces.size());
    if (callbacks.cancel && *callbacks.cancel) session.cancel();
  });
  session.onGroupDone([&](const SessionState& state) {
    const std::uint64_t bytes = writer.flush();
    writeJsonAtomically(paths.state, {{"format_version", kSidecarFormatVersion},
                                      {"options", optionsJson},
                                      {"input", identity},
                                      {"csv_bytes", bytes},
                                      {"session", sessionStateToJson(state)}});
    if (callbacks.checkpoint) callbacks.checkpoint();
  });
  if (callbacks.progress) session.onProgress(callbacks.progress);
  session.run();
  if (session.wasCancelled())
    throw ModelError("Annotation of '" + input + "' was cancelled; the rows so far are kept in '" + writer.partPath() +
                         "' so the run can be continued.",
                     Remedy::Resume);
  writer.finish();
  if (video) video->finish();
  outcome.damagedPackets = health->damagedPackets();
  outcome.stoppedEarly = health->stoppedEarly();
  outcome.skippedFiles = health->skippedFiles();

  nlohmann::json sidecar = {
      {"format_version", kSidecarFormatVersion},
      {"mien_version", MIEN_VERSION},
      {"mien_commit", MIEN_GIT_COMMIT},
      {"status", "complete"},
      {"input", fileRecord(input)},
      {"model", fileRecord(ran.engine.model)},
      {"head", fileRecord(ran.engine.head)},
      {"detector", fileRecord(ran.engine.detector.resolvedPath())},
      {"classifier",
       {{"model", classifier.modelDescription()},
        {"preprocessing", classifier.preprocessingName()},
        {"head_enabled", classifier.headEnabled()},
        {"device", classifier.deviceDescription()}}},
      {"classes", classifier.classNames()},
      {"dimensions", classifier.dimensionNames()},
      {"runtime",
       {{"blas", blasKernelChoice().describe()},
        {"precision", precisionName(ran.engine.precision.value_or(Precision::Fp32))},
        {"kernels", linearKernelName(ran.engine.precision.value_or(Precision::Fp32))},
        {"threads", threadLayoutDescription()}}},
      {"csv", fs::absolute(paths.csv).string()},
      {"annotated_video", video ? nlohmann::json(fs::absolute(paths.video).string()) : nlohmann::json(nullptr)},
      {"frames", restored.framesDone + outcome.frames},
      {"damaged_packets_skipped", outcome.damagedPackets},
      {"skipped_files", skippedFilesJson(outcome.skippedFiles)},
      {"stopped_early", outcome.stoppedEarly.empty() ? nlohmann::json(nullptr) : nlohmann::json(outcome.stoppedEarly)},
      {"started", startedAt},
      {"finished", utcNowIso()},
      {"resumed", outcome.resumed},
      {"options", optionsJson}};
  writeJsonAtomically(paths.sidecar, sidecar);
  fs::remove(paths.state, ec);
  outcome.frames += restored.framesDone;
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return outcome;
}

}  // namespace

AnnotationOutcome annotateInput(const std::string& input, const AnnotationOptions& options, Classifier& classifier,
                                const std::string& outputDir, bool resume, const AnnotationCallbacks& callbacks) {
  const AnnotationPaths paths = AnnotationPaths::forInput(input, outputDir);
  std::error_code ec;
  createOutputFolder(outputDir);
  const OutputLock lock(paths.csv);  // a refusal is another run's business: it leaves no failure record
  fs::remove(paths.failure, ec);     // this attempt's outcome replaces the last one's
  try {
    try {
      return annotateLocked(input, options, classifier, paths, resume, callbacks);
    } catch (...) {
      rethrowForUser(input);  // a library's own exception, in Mien's words
    }
  } catch (const std::exception& e) {
    if (!(callbacks.cancel && *callbacks.cancel)) writeFailureRecord(paths.failure, input, e.what());
    throw;
  }
}

}  // namespace mien
