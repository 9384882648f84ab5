// mien-cli classify: per-class probabilities for aligned face images, as a table or JSON.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "common/errors.h"
#include "media/image_file.h"
#include "model/blas_runtime.h"
#include "model/classifier.h"
#include "model_choice.h"
#include "prompt_choice.h"

namespace mien::cli {
namespace {

struct ClassifyOptions {
  std::string model, head, preprocess, device = "auto", precision;
  PromptOptions prompts;
  std::vector<std::string> faces;
  bool json = false;
  int threads = 0;
};

void printTable(const std::string& file, const std::vector<std::string>& classes, const std::vector<float>& p) {
  std::size_t top = 0;
  std::size_t width = 5;
  for (std::size_t c = 0; c < p.size(); ++c) {
    if (p[c] > p[top]) top = c;
    width = std::max(width, classes[c].size());
  }
  std::printf("%s\n", file.c_str());
  for (std::size_t c = 0; c < p.size(); ++c)
    std::printf("  %-*s %6.2f%%  %s\n", static_cast<int>(width), classes[c].c_str(), 100.0 * p[c],
                std::string(static_cast<std::size_t>(p[c] * 40 + 0.5), '#').c_str());
  std::printf("  top: %s (%.1f%%)\n\n", classes[top].c_str(), 100.0 * p[top]);
}

int runClassify(const ClassifyOptions& o) {
  ClassifierOptions options;
  if (!o.precision.empty()) options.precision = precisionFromName(o.precision);
  configureThreads(o.threads, options.precision.value_or(Precision::Fp32));
  options.modelPath = resolveModelArgument(o.model);
  options.headPath = resolveModelArgument(o.head);
  options.preprocessing = o.preprocess;
  options.device = devicePreferenceFromName(o.device);
  options.prompts = resolvePromptSet(o.prompts);
  auto classifier = createClassifier(options);
  const auto classes = classifier->classNames();

  nlohmann::json results = nlohmann::json::array();
  int failures = 0;
  constexpr std::size_t kBatch = 32;
  for (std::size_t start = 0; start < o.faces.size(); start += kBatch) {
    std::vector<RgbImage> images;
    std::vector<std::string> names;
    for (std::size_t i = start; i < std::min(o.faces.size(), start + kBatch); ++i) {
      try {
        images.push_back(readRgbImage(o.faces[i]));
        names.push_back(o.faces[i]);
      } catch (const MediaError& e) {
        std::cerr << "error: " << e.what() << "\n";
        results.push_back({{"file", o.faces[i]}, {"error", e.what()}});
        ++failures;
      }
    }
    const auto probabilities = classifier->classify(images);
    for (std::size_t i = 0; i < images.size(); ++i) {
      if (!o.json) {
        printTable(names[i], classes, probabilities[i]);
        continue;
      }
      nlohmann::json entry = {{"file", names[i]}, {"probabilities", nlohmann::json::object()}};
      std::size_t top = 0;
      for (std::size_t c = 0; c < classes.size(); ++c) {
        entry["probabilities"][classes[c]] = probabilities[i][c];
        if (probabilities[i][c] > probabilities[i][top]) top = c;
      }
      entry["top"] = classes[top];
      results.push_back(entry);
    }
  }
  if (o.json) {
    nlohmann::json doc = {{"model", classifier->modelDescription()},
                          {"device", classifier->deviceDescription()},
                          {"preprocessing", classifier->preprocessingName()},
                          {"threads", configuredThreads()},
                          {"thread_layout", threadLayoutDescription()},
                          {"blas", blasKernelChoice().describe()},
                          {"head", classifier->headEnabled()},
                          {"classes", classes},
                          {"results", results}};
    std::cout << doc.dump(2) << "\n";
  }
  if (failures) std::cerr << failures << " of " << o.faces.size() << " images could not be read.\n";
  return failures ? 1 : 0;
}

}  // namespace

void addClassifyCommand(CLI::App& app) {
  auto options = std::make_shared<ClassifyOptions>();
  CLI::App* command = app.add_subcommand("classify", "Per-class probabilities for aligned face images");
  command->add_option("--model", options->model, "CLIP weights (folder, .safetensors, .pt) or a catalogue id");
  command->add_option("--head", options->head, "Exp-CLIP head (.pth or .safetensors); omit for plain CLIP");
  addPromptOptions(*command, options->prompts);
  command->add_option("--preprocess", options->preprocess, "Override the manifest: expclip or clip");
  command->add_option("--device", options->device, "auto, cpu or cuda")->capture_default_str();
  command->add_option("--precision", options->precision, "fp32 (CPU default), int8, bf16 or fp16 (CUDA default)");
  command->add_option("--threads", options->threads, "Threads for the model (default: all physical cores)");
  command->add_flag("--json", options->json, "Print JSON instead of a table");
  command->add_option("faces", options->faces, "Aligned face images")->required();
  command->callback([options] {
    int code = 0;
    try {
      if (options->model.empty()) throw ModelError(missingModelAdvice());
      code = runClassify(*options);
    } catch (const ModelError& e) {
      std::cerr << "error: " << e.what() << "\n";
      code = 2;
    }
    if (code) throw CLI::RuntimeError(code);
  });
}

}  // namespace mien::cli
