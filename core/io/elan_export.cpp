// EAF 3.0 as the schema (tests/data/eaf/EAFv3.0.xsd) orders it: HEADER, TIME_ORDER, TIER*, LINGUISTIC_TYPE,
// LANGUAGE, CONSTRAINT*, CONTROLLED_VOCABULARY. Each annotation has its own two time slots.
#include "io/elan_export.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "common/build_info.h"
#include "io/export_text.h"
#include "media/overlay_style.h"

namespace mien {
namespace fs = std::filesystem;

namespace {
long long milliseconds(double seconds) { return std::llround(seconds * 1000.0); }
}  // namespace

std::string elanDocument(const ExportContext& c) {
  const auto& run = c.run;
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += "<ANNOTATION_DOCUMENT AUTHOR=\"Mien " + xmlEscape(MIEN_VERSION) + "\" DATE=\"" + isoNowUtc() +
       "\" FORMAT=\"3.0\" VERSION=\"3.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:noNamespaceSchemaLocation=\"http://www.mpi.nl/tools/elan/EAFv3.0.xsd\">\n";
  x += "  <HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\">\n";
  std::string media;
  std::error_code ec;
  if (c.sidecar && !fs::is_directory(c.sidecar->inputPath, ec)) {  // an image folder is no media ELAN plays
    media = fileUri(c.sidecar->inputPath);
    x += "    <MEDIA_DESCRIPTOR MEDIA_URL=\"" + xmlEscape(media) + "\" MIME_TYPE=\"" + mediaMimeType(c.sidecar->inputPath) +
         "\" RELATIVE_MEDIA_URL=\"" + xmlEscape(relativeUri(c.sidecar->inputPath, c.outputDir)) + "\"/>\n";
  }
  for (const auto& p : run.participants) {
    const std::string file = (fs::path(c.outputDir) / timeSeriesFileName(run, p.name)).string();
    x += "    <LINKED_FILE_DESCRIPTOR LINK_URL=\"" + xmlEscape(fileUri(file)) + "\" MIME_TYPE=\"text/plain\" RELATIVE_LINK_URL=\"" +
         xmlEscape(relativeUri(file, c.outputDir)) + "\"" + (media.empty() ? "" : " ASSOCIATED_WITH=\"" + xmlEscape(media) + "\"") + "/>\n";
  }
  if (!run.participants.empty()) {
    const std::string conf = (fs::path(c.outputDir) / elanTimeSeriesConfigurationName(run)).string();
    x += "    <LINKED_FILE_DESCRIPTOR LINK_URL=\"" + xmlEscape(fileUri(conf)) + "\" MIME_TYPE=\"text/xml\" RELATIVE_LINK_URL=\"" +
         xmlEscape(relativeUri(conf, c.outputDir)) + "\"/>\n";
  }
  x += "    <PROPERTY NAME=\"URN\">urn:mien:" + xmlEscape(safeFileName(run.name)) + "</PROPERTY>\n";
  // Class segments, then the dimensions' level segments (each dimension a tier of its own per participant).
  const std::vector<Segment> segments = c.allSegments();
  x += "    <PROPERTY NAME=\"lastUsedAnnotationId\">" + std::to_string(segments.size()) + "</PROPERTY>\n";
  x += "  </HEADER>\n  <TIME_ORDER>\n";
  // Two slots per segment, numbered in time order (as ELAN writes them): slotOf[2i] starts segment i, slotOf[2i+1] ends it.
  std::vector<std::pair<long long, std::size_t>> order;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    order.emplace_back(milliseconds(segments[i].start), 2 * i);
    order.emplace_back(milliseconds(segments[i].end), 2 * i + 1);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::size_t> slotOf(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    slotOf[order[k].second] = k + 1;
    x += "    <TIME_SLOT TIME_SLOT_ID=\"ts" + std::to_string(k + 1) + "\" TIME_VALUE=\"" + std::to_string(order[k].first) + "\"/>\n";
  }
  x += "  </TIME_ORDER>\n";
  std::size_t annotation = 0;
  // One tier per participant for the classes (TIER_ID = the participant) and one per participant and dimension
  // ("P01 d_valence", values high/low).
  auto tier = [&](const std::string& participant, std::optional<std::size_t> dimension) {
    const std::string id = dimension ? participant + " d_" + run.dimensions[*dimension] : participant;
    x += "  <TIER LINGUISTIC_TYPE_REF=\"" + std::string(dimension ? "dimension" : "expression") + "\" PARTICIPANT=\"" + xmlEscape(participant) +
         "\" TIER_ID=\"" + xmlEscape(id) + "\"";
    std::string body;
    for (std::size_t index = 0; index < segments.size(); ++index) {
      const auto& s = segments[index];
      if (s.participant != participant || s.dimension != dimension) continue;
      const std::string cve = dimension ? "level_" + dimensionLevelName(s.label) : "cve" + std::to_string(s.label);
      const std::string value = dimension ? dimensionLevelName(s.label) : run.classes[s.label];
      body += "    <ANNOTATION>\n      <ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a" + std::to_string(++annotation) + "\" TIME_SLOT_REF1=\"ts" +
              std::to_string(slotOf[2 * index]) + "\" TIME_SLOT_REF2=\"ts" + std::to_string(slotOf[2 * index + 1]) + "\" CVE_REF=\"" + cve +
              "\">\n        <ANNOTATION_VALUE>" + xmlEscape(value) + "</ANNOTATION_VALUE>\n      </ALIGNABLE_ANNOTATION>\n    </ANNOTATION>\n";
    }
    x += body.empty() ? "/>\n" : ">\n" + body + "  </TIER>\n";
  };
  for (const auto& p : run.participants) {
    tier(p.name, std::nullopt);
    for (std::size_t d = 0; d < run.dimensions.size(); ++d) tier(p.name, d);
  }
  x += "  <LINGUISTIC_TYPE CONTROLLED_VOCABULARY_REF=\"expressions\" GRAPHIC_REFERENCES=\"false\" LINGUISTIC_TYPE_ID=\"expression\" TIME_ALIGNABLE=\"true\"/>\n";
  if (!run.dimensions.empty())
    x += "  <LINGUISTIC_TYPE CONTROLLED_VOCABULARY_REF=\"dimension-levels\" GRAPHIC_REFERENCES=\"false\" LINGUISTIC_TYPE_ID=\"dimension\" TIME_ALIGNABLE=\"true\"/>\n";
  x += "  <LANGUAGE LANG_ID=\"und\"/>\n";
  x += "  <CONSTRAINT DESCRIPTION=\"Time subdivision of parent annotation's time interval, no time gaps allowed within this interval\" STEREOTYPE=\"Time_Subdivision\"/>\n";
  x += "  <CONSTRAINT DESCRIPTION=\"Symbolic subdivision of a parent annotation. Annotations refering to the same parent are ordered\" STEREOTYPE=\"Symbolic_Subdivision\"/>\n";
  x += "  <CONSTRAINT DESCRIPTION=\"1-1 association with a parent annotation\" STEREOTYPE=\"Symbolic_Association\"/>\n";
  x += "  <CONSTRAINT DESCRIPTION=\"Time alignable annotations within the parent annotation's time interval, gaps are allowed\" STEREOTYPE=\"Included_In\"/>\n";
  x += "  <CONTROLLED_VOCABULARY CV_ID=\"expressions\">\n    <DESCRIPTION LANG_REF=\"und\">Expression classes of the Mien run " +
       xmlEscape(run.name) + "</DESCRIPTION>\n";
  for (std::size_t i = 0; i < run.classes.size(); ++i)
    x += "    <CV_ENTRY_ML CVE_ID=\"cve" + std::to_string(i) + "\">\n      <CVE_VALUE LANG_REF=\"und\">" + xmlEscape(run.classes[i]) +
         "</CVE_VALUE>\n    </CV_ENTRY_ML>\n";
  x += "  </CONTROLLED_VOCABULARY>\n";
  if (!run.dimensions.empty()) {
    x += "  <CONTROLLED_VOCABULARY CV_ID=\"dimension-levels\">\n    <DESCRIPTION LANG_REF=\"und\">Zero-shot dimension levels: high = score at least 0.5 (the first pole), low = below</DESCRIPTION>\n";
    for (std::size_t level : {Segment::kHigh, Segment::kLow})
      x += "    <CV_ENTRY_ML CVE_ID=\"level_" + dimensionLevelName(level) + "\">\n      <CVE_VALUE LANG_REF=\"und\">" + dimensionLevelName(level) +
           "</CVE_VALUE>\n    </CV_ENTRY_ML>\n";
    x += "  </CONTROLLED_VOCABULARY>\n";
  }
  x += "</ANNOTATION_DOCUMENT>\n";
  return x;
}

std::string elanTimeSeriesConfigurationName(const RunTimeline& run) { return safeFileName(run.name) + "_tsconf.xml"; }

std::string elanTimeSeriesConfiguration(const ExportContext& c) {
  const auto& run = c.run;
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<timeseries date=\"" + isoNowUtc() + "\" version=\"1.0\">\n";
  for (const auto& p : run.participants) {
    const std::string file = (fs::path(c.outputDir) / timeSeriesFileName(run, p.name)).string();
    // Frames of a variable-frame-rate video, and gaps where the face is not seen: not a fixed rate.
    x += "  <tracksource sample-type=\"Discontinuous Rate\" source-url=\"" + xmlEscape(fileUri(file)) + "\" time-column=\"0\" time-origin=\"0\">\n";
    x += "    <property key=\"provider\" value=\"mpi.eudico.client.annotator.timeseries.csv.CSVServiceProvider\"/>\n";
    // Columns as timeSeriesCsv writes them: time, p_<class>..., d_<dimension>...; dimensions take the colours after the classes'.
    const std::size_t tracks = run.classes.size() + run.dimensions.size();
    for (std::size_t k = 0; k < tracks; ++k) {
      const bool isClass = k < run.classes.size();
      const std::string& label = isClass ? run.classes[k] : run.dimensions[k - run.classes.size()];
      const OverlayColour colour = classColour(k);
      x += "    <track derivative=\"0\" name=\"" + xmlEscape(p.name + (isClass ? " p_" : " d_") + label) + "\">\n";
      x += "      <property key=\"detect-range\" value=\"false\"/>\n";
      x += "      <sample-position>\n        <pos col=\"" + std::to_string(k + 1) + "\" row=\"0\"/>\n      </sample-position>\n";
      x += "      <description>" + xmlEscape((isClass ? "probability of " : "zero-shot dimension score of ") + label + " for " + p.name) + "</description>\n";
      x += "      <units/>\n      <range max=\"1.0\" min=\"0.0\"/>\n";
      x += "      <color>" + std::to_string(colour.red) + "," + std::to_string(colour.green) + "," + std::to_string(colour.blue) + "</color>\n";
      x += "    </track>\n";
    }
    x += "  </tracksource>\n";
  }
  return x + "</timeseries>\n";
}

std::vector<ExportFile> elanFiles(const ExportContext& c) {
  std::vector<ExportFile> files{{safeFileName(c.run.name) + ".eaf", elanDocument(c)}};
  for (const auto& p : c.run.participants) files.push_back({timeSeriesFileName(c.run, p.name), timeSeriesCsv(c.run, p)});
  if (!c.run.participants.empty()) files.push_back({elanTimeSeriesConfigurationName(c.run), elanTimeSeriesConfiguration(c)});
  return files;
}

}  // namespace mien
