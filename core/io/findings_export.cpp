// Reads the run once, computes segments once, and hands the same context to every format.
#include "io/findings_export.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/atomic_file_writer.h"
#include "common/build_info.h"
#include "common/errors.h"
#include "common/option_range.h"
#include "common/sha256.h"
#include "io/boris_export.h"
#include "io/csv_timeline_writer.h"
#include "io/elan_export.h"
#include "io/event_windows.h"
#include "io/export_text.h"
#include "common/text_file.h"
#include "io/html_report.h"
#include "io/relabelled_run.h"
#include "io/window_summary.h"

namespace mien {
namespace fs = std::filesystem;

namespace {
const std::vector<std::pair<std::string, ExportFormat>> kFormats = {
    {"elan", ExportFormat::Elan},         {"boris", ExportFormat::Boris},       {"segments", ExportFormat::Segments},
    {"summary", ExportFormat::Summary},   {"baseline", ExportFormat::Baseline}, {"report", ExportFormat::Report},
    {"csv", ExportFormat::Csv}};

// Class segments, then each dimension's high/low segments.
std::string segmentsCsv(const RunTimeline& run, const std::vector<Segment>& segments) {
  std::string t = "participant,label,start_s,end_s,duration_s,first_frame,last_frame,frames,mean_probability\n";
  for (const auto& s : segments)
    t += csvField(s.participant) + "," + csvField(segmentLabel(run, s)) + "," + fixedNumber(s.start) + "," + fixedNumber(s.end) + "," +
         fixedNumber(s.duration()) + "," + std::to_string(s.firstFrame) + "," + std::to_string(s.lastFrame) + "," +
         std::to_string(s.frames) + "," + fixedNumber(s.meanProbability) + "\n";
  return t;
}

std::string eventsPathFor(const FindingsRequest& r) {
  if (!r.eventsFile.empty()) return r.eventsFile;
  const fs::path p(r.csv);
  const fs::path beside = p.parent_path() / (p.stem().string() + ".events.csv");
  std::error_code ec;
  return fs::exists(beside, ec) ? beside.string() : std::string();
}
}  // namespace

ExportFormat parseExportFormat(const std::string& name) {
  for (const auto& [n, f] : kFormats)
    if (n == name) return f;
  throw ModelError("--to '" + name + "' is not an export format; choose elan, boris, segments, summary, baseline, report or csv.");
}

std::string exportFormatName(ExportFormat format) {
  for (const auto& [n, f] : kFormats)
    if (f == format) return n;
  return "?";
}

namespace {

// Everything every format reads, computed once.
struct Findings {
  RunTimeline run;
  std::optional<RunSidecar> sidecar;
  std::string csvText;  // the run's CSV as this export names its participants and decides `valid`
  ParticipantMap participants;
  QualityThresholds thresholds;  // in force: the sidecar's, with the request's changes
  std::vector<Segment> segments, dimensionSegments;
  std::vector<ParticipantBaseline> baselines;
  std::string eventsPath;
  std::vector<EventWindow> windows;
  std::vector<WindowSummary> summaries;
  ExportContext context() const { return {run, sidecar ? &*sidecar : nullptr, {}, {}, segments, dimensionSegments}; }
};

// The thresholds the run was annotated with (defaults for runs from before they were recorded).
QualityThresholds recordedThresholds(const std::optional<RunSidecar>& sidecar) {
  if (!sidecar) return {};
  const auto& d = sidecar->document;
  if (!d.contains("options") || !d["options"].is_object() || !d["options"].contains("quality")) return {};
  try {
    return QualityThresholds::fromJson(d["options"]["quality"]);
  } catch (const std::exception&) {
    throw ModelError("The sidecar '" + sidecar->path + "' holds malformed quality thresholds (options.quality); restore it from the run's output.");
  }
}

// The run's CSV and sidecar as this export makes them, for `--to csv`: refused where they would overwrite the
// run's own files (which stay as annotate wrote them).
std::vector<ExportFile> rewrittenRun(const FindingsRequest& r, const Findings& f, const std::string& base) {
  std::error_code ec;
  const fs::path out = fs::path(r.outputDir) / (base + ".csv");
  if (fs::exists(out, ec) && fs::equivalent(out, r.csv, ec))
    throw ModelError("--to csv would write over the run's own CSV '" + r.csv + "'; export into another folder (-o DIR).");
  std::vector<ExportFile> files = {{base + ".csv", f.csvText}};
  if (f.sidecar) {
    nlohmann::json sidecar = f.sidecar->document;
    if (sidecar.contains("options") && sidecar["options"].is_object()) {
      sidecar["options"]["quality"] = f.thresholds.toJson();
      sidecar["options"]["participants"] = {
          {"file", f.participants.source().empty() ? nlohmann::json(nullptr) : nlohmann::json(fs::absolute(f.participants.source()).string())},
          {"mapping", f.participants.toJson()}};
    }
    sidecar["csv"] = fs::absolute(out).lexically_normal().string();
    sidecar["derived_from"] = {{"csv", fs::absolute(r.csv).lexically_normal().string()}, {"sha256", sha256OfFile(r.csv)},
                               {"exported", isoNowUtc()}};
    files.push_back({base + ".mien.json", sidecar.dump(2) + "\n"});
  }
  return files;
}

Findings analyse(const FindingsRequest& r, bool needSidecar) {
  if (r.fps) checkOption("--fps", *r.fps, {0.001, 1000, false});
  r.segments.validate();
  std::error_code ec;
  if (!fs::is_regular_file(r.csv, ec)) throw ModelError("Run timeline '" + r.csv + "' does not exist; give the CSV that mien-cli annotate wrote.");
  Findings f;
  f.sidecar = findRunSidecar(r.csv, r.sidecar);
  f.eventsPath = eventsPathFor(r);
  f.csvText = readWholeFile(r.csv, "run timeline");
  const fs::path csvPath(r.csv);
  f.participants = participantMapFor(csvPath.stem().string(), r.participants, csvPath.parent_path().string());
  f.thresholds = r.quality.appliedTo(recordedThresholds(f.sidecar));
  if (!f.participants.empty() || r.quality.any())
    f.csvText = relabelledRunCsv(parseCsv(f.csvText, r.csv), f.participants,
                                 r.quality.any() ? std::optional<QualityThresholds>(f.thresholds) : std::nullopt);
  f.run = parseRunTimeline(f.csvText, r.csv, r.fps);
  if (!f.sidecar && needSidecar)
    throw ModelError("No sidecar '" + sidecarPathFor(r.csv) + "' beside '" + r.csv + "', and ELAN, BORIS and the report need the recording it names; keep the run's sidecar beside its CSV (mien-cli: or give --sidecar FILE).");
  f.segments = computeSegments(f.run, r.segments);
  f.dimensionSegments = computeDimensionSegments(f.run, r.segments);
  if (!r.baseline.empty()) f.baselines = computeBaselines(f.run, r.baseline);
  if (!r.events.empty()) f.eventsPath.clear();
  const auto events = !r.events.empty() ? r.events : f.eventsPath.empty() ? std::vector<StudyEvent>{} : readEventsFile(f.eventsPath);
  f.windows = eventWindows(events, f.run, r.windowLength);
  f.summaries = summarizeWindows(f.run, f.segments, f.windows);
  return f;
}

}  // namespace

std::vector<WindowSummary> summarizeRun(const FindingsRequest& request, RunTimeline* run, std::string* recordingFile) {
  Findings f = analyse(request, false);
  if (recordingFile) *recordingFile = f.sidecar ? fs::path(f.sidecar->inputPath).filename().string() : std::string();
  if (run) *run = f.run;
  return f.summaries;
}

std::string reportHtml(const FindingsRequest& request) {
  const Findings f = analyse(request, true);
  ExportContext context = f.context();
  context.outputDir = request.outputDir;
  context.segmentOptions = request.segments;
  return htmlReport(context, f.summaries, f.windows);
}

void writeReportFile(const FindingsRequest& request, const std::string& path) {
  if (path.empty()) throw ModelError("No output file given; add -o FILE.html.");
  const std::string html = reportHtml(request);
  std::error_code ec;
  const auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, ec);
  AtomicFileWriter out(path);
  out.write(html);
  out.commit();
}

FindingsOutcome exportFindings(const FindingsRequest& r) {
  if (r.formats.empty()) throw ModelError("No export format given; add --to elan, boris, segments, summary, baseline or report.");
  if (r.outputDir.empty()) throw ModelError("No output folder given; add -o DIR.");
  auto wants = [&](ExportFormat f) { return std::find(r.formats.begin(), r.formats.end(), f) != r.formats.end(); };
  if (wants(ExportFormat::Baseline) && r.baseline.empty())
    throw ModelError("--to baseline needs the resting interval: add --baseline START-END (seconds), or P=START-END per participant.");
  const Findings f = analyse(r, wants(ExportFormat::Elan) || wants(ExportFormat::Boris) || wants(ExportFormat::Report));
  const RunTimeline& run = f.run;
  const auto& sidecar = f.sidecar;
  const auto& baselines = f.baselines;
  const auto& summaries = f.summaries;
  const auto& windows = f.windows;
  const auto& eventsPath = f.eventsPath;
  ExportContext context = f.context();
  context.outputDir = r.outputDir;
  context.segmentOptions = r.segments;

  std::vector<ExportFile> files;
  auto add = [&](std::vector<ExportFile> more) {
    for (auto& file : more) {
      const bool known = std::any_of(files.begin(), files.end(), [&](const ExportFile& e) { return e.name == file.name; });
      if (!known) files.push_back(std::move(file));  // ELAN and BORIS share the time-series files
    }
  };
  const std::string base = safeFileName(run.name);
  if (wants(ExportFormat::Elan)) add(elanFiles(context));
  if (wants(ExportFormat::Boris)) add(borisFiles(context));
  if (wants(ExportFormat::Segments)) add({{base + ".segments.csv", segmentsCsv(run, context.allSegments())}});
  if (wants(ExportFormat::Summary))
    add({{base + ".summary.csv", summaryCsv(run.classes, run.dimensions, {}, {{run.name, {}, summaries}}, r.longLayout)}});
  if (!baselines.empty()) add({{base + ".baseline.csv", baselineCsv(run, baselines, r.longLayout)}});
  if (wants(ExportFormat::Report)) add({{base + ".report.html", htmlReport(context, summaries, windows)}});
  if (wants(ExportFormat::Csv)) add(rewrittenRun(r, f, base));

  if (!r.events.empty()) add({{base + ".events.csv", eventsCsv(r.events)}});
  nlohmann::ordered_json record = {{"mien_version", MIEN_VERSION},
                                   {"created", isoNowUtc()},
                                   {"csv", {{"path", fs::absolute(r.csv).lexically_normal().string()}, {"sha256", sha256OfFile(r.csv)}}},
                                   {"sidecar", sidecar ? nlohmann::ordered_json(fs::absolute(sidecar->path).lexically_normal().string()) : nlohmann::ordered_json()},
                                   {"times", run.timesFromFps ? "frame / fps" : "presentation timestamps"},
                                   {"fps", r.fps ? nlohmann::ordered_json(*r.fps) : nlohmann::ordered_json()},
                                   {"segments",
                                    {{"threshold", r.segments.threshold},
                                     {"min_duration_s", r.segments.minDuration},
                                     {"merge_gap_s", r.segments.mergeGap},
                                     {"invalid_frames", r.segments.invalid == InvalidFrames::Break ? "break" : "exclude"},
                                     {"count", context.segments.size()},
                                     {"dimension_count", context.dimensionSegments.size()}}},
                                   {"events", !r.events.empty() ? nlohmann::ordered_json(base + ".events.csv (from the timeline's markers)")
                                              : eventsPath.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(eventsPath)},
                                   {"window_s", r.windowLength ? nlohmann::ordered_json(*r.windowLength) : nlohmann::ordered_json()},
                                   {"participants", f.participants.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json::parse(f.participants.toJson().dump())},
                                   {"quality", r.quality.any() ? nlohmann::ordered_json::parse(f.thresholds.toJson().dump()) : nlohmann::ordered_json()}};
  nlohmann::ordered_json baselineRecord = nlohmann::ordered_json::array();
  for (const auto& b : baselines) {
    nlohmann::ordered_json means = nlohmann::ordered_json::object();
    const auto measureNames = run.measureNames();
    for (std::size_t m = 0; m < measureNames.size(); ++m) means[measureNames[m]] = b.means[m];
    baselineRecord.push_back({{"participant", b.participant}, {"start_s", b.interval.start}, {"end_s", b.interval.end}, {"frames", b.frames}, {"means", means}});
  }
  record["baseline"] = baselineRecord;
  nlohmann::ordered_json names = nlohmann::ordered_json::array();
  for (const auto& file : files) names.push_back(file.name);
  record["files"] = names;
  files.push_back({base + ".findings.json", record.dump(2) + "\n"});

  writeExportFiles(r.outputDir, files);
  FindingsOutcome outcome;
  for (const auto& file : files) outcome.files.push_back((fs::path(r.outputDir) / file.name).string());
  outcome.participants = run.participants.size();
  outcome.segments = context.segments.size();
  return outcome;
}

}  // namespace mien
