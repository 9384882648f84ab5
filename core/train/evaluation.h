// Evaluation on a labelled folder: UAR (mean per-class recall), WAR (accuracy) and the confusion matrix, for
// several classifiers side by side (plain CLIP, Exp-CLIP heads, GFER) over the same faces.
#pragma once
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "model/classifier.h"
#include "train/labelled_folder.h"

namespace mien {

struct Evaluation {
  std::string method;
  std::string device;  // where and how precisely it ran: "CPU (int8)"
  std::vector<std::string> trueClasses;       // the folder's classes (rows)
  std::vector<std::string> predictedClasses;  // the classifier's classes (columns)
  std::vector<int> correctColumn;             // per row: the column that counts as right
  std::vector<std::vector<std::int64_t>> confusion;
  double uar = 0, war = 0;
  std::int64_t faces = 0;  // what was counted: faces (images), or clips
};

struct EvaluationReport {
  std::vector<Evaluation> methods;
  std::int64_t images = 0, noFace = 0;  // images (or clips) read, and those without any face
  std::int64_t framesWithoutFace = 0;   // clips from video files: sampled frames left out for want of a face
  std::string unit = "faces";           // what a method's count counts: "faces" or "clips"
  std::vector<std::pair<std::string, std::string>> skipped;  // image or clip, reason
  bool cancelled = false;

  std::string table() const;  // aligned text: method, UAR, WAR, and the count of faces or clips
};

struct EvaluationMethod {
  std::string name;
  Classifier* classifier = nullptr;
};

// Each batch of faces goes through every method, so memory stays flat and all see the same faces.
EvaluationReport evaluateOnFolder(const LabelledFolder& folder, const FaceScanSettings& faces,
                                  const std::vector<EvaluationMethod>& methods, int batchSize = 32,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress = {},
                                  const std::atomic<bool>* cancel = nullptr);

// One zeroed confusion matrix per method, rows `trueClasses`, columns matched by name (throws ModelError).
std::vector<Evaluation> emptyEvaluations(const std::vector<std::string>& trueClasses,
                                         const std::vector<EvaluationMethod>& methods);
void computeRates(Evaluation& evaluation);  // UAR and WAR from the confusion matrix

// Atomic writers: the matrix as CSV (rows true, columns predicted), as a PNG heat map, and the summary table.
void writeConfusionCsv(const Evaluation& evaluation, const std::string& path);
void writeConfusionPng(const Evaluation& evaluation, const std::string& path);
void writeEvaluationSummaryCsv(const EvaluationReport& report, const std::string& path);
// All of it into `dir`: summary.csv and, per method, confusion-<slug>.csv and .png; returns what it wrote.
struct EvaluationFiles {
  std::string summaryCsv;
  std::vector<std::string> confusionCsv, confusionPng;  // one per method, in the report's order
};
EvaluationFiles writeEvaluationFiles(const EvaluationReport& report, const std::string& dir);
std::string confusionFileStem(const std::string& method);  // "Exp-CLIP head.pth" -> "confusion-exp-clip-head-pth"

}  // namespace mien
