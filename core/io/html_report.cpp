// Plots are drawn here as SVG paths in the page's own coordinates, so the file opens offline in any browser.
#include "io/html_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/build_info.h"
#include "io/export_text.h"
#include "media/overlay_style.h"

namespace mien {

namespace {

// The class colours of the live view, the annotated video and the timeline (media/overlay_style).
std::string colour(std::size_t classIndex) {
  const OverlayColour c = classColour(classIndex);
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", c.red, c.green, c.blue);
  return text;
}
std::string h(const std::string& s) { return xmlEscape(s); }
std::string cell(double v, int decimals = 3) { return std::isnan(v) ? "–" : fixedNumber(v, decimals); }

std::string timelineSvg(const ExportContext& c, const ParticipantTrack& track, const std::vector<EventWindow>& windows) {
  const auto& run = c.run;
  const double t0 = run.startTime(), t1 = std::max(run.endTime(), t0 + 1e-6);
  const double width = 1000, plotTop = 10, plotHeight = 140, barTop = 160, barHeight = 16, left = 40;
  auto x = [&](double t) { return left + (t - t0) / (t1 - t0) * (width - left - 10); };
  auto y = [&](double p) { return plotTop + (1 - p) * plotHeight; };
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 200\" width=\"100%\" role=\"img\" aria-label=\"timeline of " + h(track.name) + "\">\n";
  s += "<rect x=\"" + fixedNumber(left, 1) + "\" y=\"" + fixedNumber(plotTop, 1) + "\" width=\"" + fixedNumber(width - left - 10, 1) + "\" height=\"" +
       fixedNumber(plotHeight, 1) + "\" fill=\"#fafafa\" stroke=\"#ccc\"/>\n";
  for (double p : {0.0, 0.5, 1.0})
    s += "<text x=\"" + fixedNumber(left - 4, 1) + "\" y=\"" + fixedNumber(y(p) + 4, 1) + "\" font-size=\"11\" text-anchor=\"end\">" + fixedNumber(p, 1) + "</text>\n";
  for (const auto& w : windows)
    if (w.label != "run")
      s += "<line x1=\"" + fixedNumber(x(w.start), 1) + "\" x2=\"" + fixedNumber(x(w.start), 1) + "\" y1=\"" + fixedNumber(plotTop, 1) + "\" y2=\"" +
           fixedNumber(barTop + barHeight, 1) + "\" stroke=\"#444\" stroke-dasharray=\"4 3\"/><text x=\"" + fixedNumber(x(w.start) + 3, 1) +
           "\" y=\"22\" font-size=\"11\">" + h(w.label) + "</text>\n";
  for (std::size_t k = 0; k < run.classes.size(); ++k) {
    std::string d;
    bool penDown = false;
    const ParticipantFrame* previous = nullptr;
    for (const auto& f : track.frames) {
      // A gap (the face not seen, or not valid) lifts the pen.
      const bool continues = previous && run.nextFrameTime(previous->frame) >= f.time - 1e-9 && f.valid && previous->valid;
      if (!f.valid) {
        penDown = false;
        previous = &f;
        continue;
      }
      d += (penDown && continues ? "L" : "M") + fixedNumber(x(f.time), 1) + " " + fixedNumber(y(f.probabilities[k]), 1);
      penDown = true;
      previous = &f;
    }
    s += "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour(k) + "\" stroke-width=\"1.4\"/>\n";
  }
  s += "<rect x=\"" + fixedNumber(left, 1) + "\" y=\"" + fixedNumber(barTop, 1) + "\" width=\"" + fixedNumber(width - left - 10, 1) + "\" height=\"" +
       fixedNumber(barHeight, 1) + "\" fill=\"#eee\"/>\n";
  for (const auto& seg : c.segments)
    if (seg.participant == track.name)
      s += "<rect x=\"" + fixedNumber(x(seg.start), 2) + "\" y=\"" + fixedNumber(barTop, 1) + "\" width=\"" + fixedNumber(std::max(0.5, x(seg.end) - x(seg.start)), 2) +
           "\" height=\"" + fixedNumber(barHeight, 1) + "\" fill=\"" + colour(seg.label) + "\"><title>" + h(run.classes[seg.label]) + " " +
           fixedNumber(seg.start, 3) + "–" + fixedNumber(seg.end, 3) + " s</title></rect>\n";
  s += "<text x=\"" + fixedNumber(left, 1) + "\" y=\"194\" font-size=\"11\">" + fixedNumber(t0, 2) + " s</text><text x=\"990\" y=\"194\" font-size=\"11\" text-anchor=\"end\">" +
       fixedNumber(t1, 2) + " s</text><text x=\"500\" y=\"194\" font-size=\"11\" text-anchor=\"middle\">segments (top label over the threshold)</text>\n";
  return s + "</svg>\n";
}

}  // namespace

std::string htmlReport(const ExportContext& c, const std::vector<WindowSummary>& summaries, const std::vector<EventWindow>& windows) {
  const auto& run = c.run;
  std::string o = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Mien report: " + h(run.name) + "</title>\n";
  o += "<style>body{font-family:'DejaVu Sans',sans-serif;margin:24px;color:#222;max-width:1100px}h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}"
       "table{border-collapse:collapse;font-size:12px;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}th{background:#f0f0f0}"
       "td.l,th.l{text-align:left}.legend span{display:inline-block;margin-right:14px;font-size:12px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}"
       ".prov td{text-align:left;font-family:'DejaVu Sans Mono',monospace;word-break:break-all}</style>\n</head>\n<body>\n";
  o += "<h1>Mien report: " + h(run.name) + "</h1>\n<p>" + std::to_string(run.frames.size()) + " frames, " + fixedNumber(run.startTime(), 3) + "–" +
       fixedNumber(run.endTime(), 3) + " s (" + (run.timesFromFps ? "times from the given frame rate" : "presentation times from the CSV") + "), " +
       std::to_string(run.participants.size()) + " participant(s), " + std::to_string(c.segments.size()) + " segment(s). Written by Mien " + h(MIEN_VERSION) +
       " on " + isoNowUtc() + ".</p>\n";
  o += "<p>Segments: threshold " + fixedNumber(c.segmentOptions.threshold, 2) + ", minimum duration " + fixedNumber(c.segmentOptions.minDuration, 3) +
       " s, gaps under " + fixedNumber(c.segmentOptions.mergeGap, 3) + " s merged, frames not valid " +
       (c.segmentOptions.invalid == InvalidFrames::Break ? "break segments" : "left out") + ".</p>\n";

  o += "<h2>Timelines</h2>\n<div class=\"legend\">";
  for (std::size_t k = 0; k < run.classes.size(); ++k) o += "<span><i style=\"background:" + colour(k) + "\"></i>" + h(run.classes[k]) + "</span>";
  o += "</div>\n";
  for (const auto& p : run.participants) o += "<h3>" + h(p.name) + "</h3>\n" + timelineSvg(c, p, windows);

  o += "<h2>Quality</h2>\n<table><tr><th class=\"l\">participant</th><th>frames seen</th><th>of the run's frames</th><th>valid frames</th><th>share valid</th></tr>\n";
  for (const auto& p : run.participants) {
    const auto valid = static_cast<std::size_t>(std::count_if(p.frames.begin(), p.frames.end(), [](const ParticipantFrame& f) { return f.valid; }));
    o += "<tr><td class=\"l\">" + h(p.name) + "</td><td>" + std::to_string(p.frames.size()) + "</td><td>" +
         cell(static_cast<double>(p.frames.size()) / static_cast<double>(run.frames.size())) + "</td><td>" + std::to_string(valid) + "</td><td>" +
         cell(p.frames.empty() ? std::nan("") : static_cast<double>(valid) / static_cast<double>(p.frames.size())) + "</td></tr>\n";
  }
  o += "</table>\n<h2>Segment counts</h2>\n<table><tr><th class=\"l\">participant</th>";
  for (const auto& cl : run.classes) o += "<th>" + h(cl) + "</th>";
  o += "<th>total</th></tr>\n";
  for (const auto& p : run.participants) {
    o += "<tr><td class=\"l\">" + h(p.name) + "</td>";
    std::size_t total = 0;
    for (std::size_t k = 0; k < run.classes.size(); ++k) {
      const auto n = static_cast<std::size_t>(std::count_if(c.segments.begin(), c.segments.end(), [&](const Segment& s) { return s.participant == p.name && s.label == k; }));
      total += n;
      o += "<td>" + std::to_string(n) + "</td>";
    }
    o += "<td>" + std::to_string(total) + "</td></tr>\n";
  }
  o += "</table>\n<h2>Summary per participant and window</h2>\n<p>Mean probability over valid frames; share = share of the valid frames' time with that top label; d_ = a zero-shot dimension's mean score (an estimate from words, not a rating).</p>\n";
  o += "<table><tr><th class=\"l\">participant</th><th class=\"l\">window</th><th>start s</th><th>end s</th><th>valid frames</th>";
  for (const auto& cl : run.classes) o += "<th>mean " + h(cl) + "</th>";
  for (const auto& cl : run.classes) o += "<th>share " + h(cl) + "</th>";
  for (const auto& d : run.dimensions) o += "<th>mean d_" + h(d) + "</th>";
  o += "</tr>\n";
  for (const auto& s : summaries) {
    o += "<tr><td class=\"l\">" + h(s.participant) + "</td><td class=\"l\">" + std::to_string(s.window.index) + " " + h(s.window.label) + "</td><td>" +
         fixedNumber(s.window.start, 3) + "</td><td>" + fixedNumber(s.window.end, 3) + "</td><td>" + std::to_string(s.validFrames) + "</td>";
    for (double v : s.meanProbability) o += "<td>" + cell(v) + "</td>";
    for (double v : s.topShare) o += "<td>" + cell(v) + "</td>";
    for (double v : s.meanDimension) o += "<td>" + cell(v) + "</td>";
    o += "</tr>\n";
  }
  o += "</table>\n<h2>Provenance</h2>\n<table class=\"prov\">\n";
  o += "<tr><th class=\"l\">Timeline CSV</th><td>" + h(run.csvPath) + "</td></tr>\n";
  if (c.sidecar) {
    o += "<tr><th class=\"l\">Sidecar</th><td>" + h(c.sidecar->path) + "</td></tr>\n";
    for (const auto& [label, value] : c.sidecar->provenance()) o += "<tr><th class=\"l\">" + h(label) + "</th><td>" + h(value) + "</td></tr>\n";
  }
  o += "</table>\n</body>\n</html>\n";
  return o;
}

}  // namespace mien
