// Metrics are computed from the confusion matrix alone, so the CSV a user keeps reproduces every number.
#include "train/evaluation.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/atomic_file_writer.h"
#include "common/errors.h"

namespace mien {
namespace {

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void writeText(const std::string& path, const std::string& text) {
  AtomicFileWriter writer(path);
  writer.write(text);
  writer.commit();
}

std::string percent(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", 100.0 * v);
  return buffer;
}

}  // namespace

std::vector<Evaluation> emptyEvaluations(const std::vector<std::string>& trueClasses,
                                         const std::vector<EvaluationMethod>& methods) {
  std::vector<Evaluation> out;
  for (const auto& m : methods) {
    Evaluation e;
    e.method = m.name;
    e.device = m.classifier->deviceDescription();
    e.trueClasses = trueClasses;
    e.predictedClasses = m.classifier->classNames();
    e.correctColumn = matchClasses(trueClasses, e.predictedClasses);
    e.confusion.assign(trueClasses.size(), std::vector<std::int64_t>(e.predictedClasses.size(), 0));
    out.push_back(std::move(e));
  }
  return out;
}

void computeRates(Evaluation& e) {
  double recallSum = 0, correct = 0, total = 0;
  int rows = 0;
  for (std::size_t r = 0; r < e.confusion.size(); ++r) {
    std::int64_t rowTotal = 0;
    for (auto v : e.confusion[r]) rowTotal += v;
    const std::int64_t hits = e.confusion[r][static_cast<std::size_t>(e.correctColumn[r])];
    if (rowTotal > 0) {
      recallSum += static_cast<double>(hits) / static_cast<double>(rowTotal);
      ++rows;
    }
    correct += static_cast<double>(hits);
    total += static_cast<double>(rowTotal);
  }
  e.uar = rows ? recallSum / rows : 0;
  e.war = total > 0 ? correct / total : 0;
  e.faces = static_cast<std::int64_t>(total);
}

EvaluationReport evaluateOnFolder(const LabelledFolder& folder, const FaceScanSettings& faceSettings,
                                  const std::vector<EvaluationMethod>& methods, int batchSize,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress,
                                  const std::atomic<bool>* cancel) {
  EvaluationReport report;
  report.methods = emptyEvaluations(folder.classNames, methods);
  LabelledFaceReader reader(faceSettings);
  const auto total = static_cast<std::int64_t>(folder.images.size());
  for (std::size_t start = 0; start < folder.images.size(); start += static_cast<std::size_t>(std::max(1, batchSize))) {
    if (cancel && *cancel) {
      report.cancelled = true;
      break;
    }
    std::vector<RgbImage> crops;
    std::vector<int> labels;
    const std::size_t end = std::min(folder.images.size(), start + static_cast<std::size_t>(std::max(1, batchSize)));
    for (std::size_t i = start; i < end; ++i) {
      ++report.images;
      try {
        auto face = reader.face(folder.images[i].path);
        if (!face) {
          ++report.noFace;
          report.skipped.emplace_back(folder.images[i].path, "no face found");
          continue;
        }
        crops.push_back(std::move(*face));
        labels.push_back(folder.images[i].label);
      } catch (const MediaError& e) {
        report.skipped.emplace_back(folder.images[i].path, e.what());
      }
    }
    for (std::size_t m = 0; m < methods.size() && !crops.empty(); ++m) {
      const auto rows = methods[m].classifier->classify(crops);
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto predicted = std::max_element(rows[i].begin(), rows[i].end()) - rows[i].begin();
        ++report.methods[m].confusion[static_cast<std::size_t>(labels[i])][static_cast<std::size_t>(predicted)];
      }
    }
    if (progress) progress(static_cast<std::int64_t>(end), total);
  }
  for (auto& e : report.methods) computeRates(e);
  return report;
}

std::string EvaluationReport::table() const {
  std::size_t width = 6;
  for (const auto& e : methods) width = std::max(width, e.method.size());
  char header[64];
  std::snprintf(header, sizeof header, "    UAR %%    WAR %%  %6s\n", unit.c_str());
  std::string out = "method" + std::string(width - 6, ' ') + header;
  for (const auto& e : methods) {
    char line[256];
    std::snprintf(line, sizeof line, "%s%s  %7s  %7s  %6lld\n", e.method.c_str(), std::string(width - e.method.size(), ' ').c_str(),
                  percent(e.uar).c_str(), percent(e.war).c_str(), static_cast<long long>(e.faces));
    out += line;
  }
  return out;
}

void writeConfusionCsv(const Evaluation& e, const std::string& path) {
  std::string text = "true\\predicted";
  for (const auto& c : e.predictedClasses) text += "," + csvField(c);
  text += "\n";
  for (std::size_t r = 0; r < e.confusion.size(); ++r) {
    text += csvField(e.trueClasses[r]);
    for (auto v : e.confusion[r]) text += "," + std::to_string(v);
    text += "\n";
  }
  writeText(path, text);
}

void writeEvaluationSummaryCsv(const EvaluationReport& report, const std::string& path) {
  std::string text = "method,uar,war,faces,device\n";
  for (const auto& e : report.methods)
    text += csvField(e.method) + "," + std::to_string(e.uar) + "," + std::to_string(e.war) + "," + std::to_string(e.faces) +
            "," + csvField(e.device) + "\n";
  writeText(path, text);
}

void writeConfusionPng(const Evaluation& e, const std::string& path) {
  const int cell = 64, left = 150, top = 150, rows = static_cast<int>(e.confusion.size()),
            cols = static_cast<int>(e.predictedClasses.size());
  cv::Mat image(top + rows * cell + 60, std::max(left + cols * cell + 20, 560), CV_8UC3, cv::Scalar(255, 255, 255));
  const auto font = cv::FONT_HERSHEY_SIMPLEX;
  cv::putText(image, e.method + "  UAR " + percent(e.uar) + "%  WAR " + percent(e.war) + "%", {10, 28}, font, 0.6,
              cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
  for (int r = 0; r < rows; ++r) {
    std::int64_t rowTotal = 0;
    for (auto v : e.confusion[static_cast<std::size_t>(r)]) rowTotal += v;
    cv::putText(image, e.trueClasses[static_cast<std::size_t>(r)].substr(0, 16), {8, top + r * cell + cell / 2 + 5}, font, 0.45,
                cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
    for (int c = 0; c < cols; ++c) {
      const double share = rowTotal ? static_cast<double>(e.confusion[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]) / rowTotal : 0;
      const cv::Rect box(left + c * cell, top + r * cell, cell - 2, cell - 2);
      const int shade = static_cast<int>(255 - 200 * share);
      cv::rectangle(image, box, cv::Scalar(255, shade, static_cast<int>(shade * 0.6 + 40)), cv::FILLED);  // BGR: blue ramp
      cv::putText(image, std::to_string(static_cast<int>(100 * share + 0.5)), {box.x + 18, box.y + cell / 2 + 5}, font, 0.5,
                  share > 0.5 ? cv::Scalar(255, 255, 255) : cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
    }
  }
  for (int c = 0; c < cols; ++c) {  // column names, written sideways above the columns
    cv::Mat label(24, top - 50, CV_8UC3, cv::Scalar(255, 255, 255));
    cv::putText(label, e.predictedClasses[static_cast<std::size_t>(c)].substr(0, 12), {2, 17}, font, 0.45,
                cv::Scalar(30, 30, 30), 1, cv::LINE_AA);
    cv::Mat rotated;
    cv::rotate(label, rotated, cv::ROTATE_90_COUNTERCLOCKWISE);
    rotated.copyTo(image(cv::Rect(left + c * cell + (cell - 24) / 2, 45, rotated.cols, rotated.rows)));
  }
  cv::putText(image, "predicted", {left, top + rows * cell + 30}, font, 0.5, cv::Scalar(90, 90, 90), 1, cv::LINE_AA);
  std::vector<unsigned char> png;
  if (!cv::imencode(".png", image, png)) throw std::runtime_error("Cannot encode the confusion matrix of " + e.method + ".");
  AtomicFileWriter writer(path);
  writer.write(png.data(), png.size());
  writer.commit();
}

std::string confusionFileStem(const std::string& method) {
  std::string slug;
  for (char c : method) slug += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-';
  return "confusion-" + slug;
}

EvaluationFiles writeEvaluationFiles(const EvaluationReport& report, const std::string& dir) {
  std::filesystem::create_directories(dir);
  EvaluationFiles files;
  files.summaryCsv = dir + "/summary.csv";
  writeEvaluationSummaryCsv(report, files.summaryCsv);
  for (const auto& e : report.methods) {
    files.confusionCsv.push_back(dir + "/" + confusionFileStem(e.method) + ".csv");
    files.confusionPng.push_back(dir + "/" + confusionFileStem(e.method) + ".png");
    writeConfusionCsv(e, files.confusionCsv.back());
    writeConfusionPng(e, files.confusionPng.back());
  }
  return files;
}

}  // namespace mien
