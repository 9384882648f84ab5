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
#include "engine_options.h"
#include "model_choice.h"
#include "prompt_choice.h"
#include "verb_runner.h"

namespace mien::cli {
namespace {

struct ClassifyOptions {
  EngineArguments engine;
  PromptOptions prompts;
  std::vector<std::string> faces;
  bool json = false;
};

void printDimensions(const std::vector<std::string>& names, const std::vector<float>& scores) {
  std::size_t width = 5;
  for (const auto& n : names) width = std::max(width, n.size() + 2);
  for (std::size_t d = 0; d < names.size(); ++d)
    std::printf("  %-*s %6.3f  (first pole over the two)\n", static_cast<int>(width), ("d_" + names[d]).c_str(), scores[d]);
  if (!names.empty()) std::printf("\n");
}

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
  auto classifier = createClassifier(engineSpecFrom(o.engine), resolvePromptSet(o.prompts));
  refusePromptsForFixedClasses(o.prompts, *classifier);
  const auto classes = classifier->classNames();
  const auto dimensions = classifier->dimensionNames();

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
    const auto rows = classifier->classifyFaces(images);
    for (std::size_t i = 0; i < images.size(); ++i) {
      const auto& p = rows[i].probabilities;
      if (!o.json) {
        printTable(names[i], classes, p);
        printDimensions(dimensions, rows[i].dimensions);
        continue;
      }
      nlohmann::json entry = {{"file", names[i]}, {"probabilities", nlohmann::json::object()}};
      std::size_t top = 0;
      for (std::size_t c = 0; c < classes.size(); ++c) {
        entry["probabilities"][classes[c]] = p[c];
        if (p[c] > p[top]) top = c;
      }
      entry["top"] = classes[top];
      if (!dimensions.empty()) {
        entry["dimensions"] = nlohmann::json::object();
        for (std::size_t d = 0; d < dimensions.size(); ++d) entry["dimensions"][dimensions[d]] = rows[i].dimensions[d];
      }
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
                          {"dimensions", dimensions},
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
  addEngineOptions(*command, options->engine, EngineFlags::Model);
  addPromptOptions(*command, options->prompts);
  command->add_flag("--json", options->json, "Print JSON instead of a table");
  command->add_option("faces", options->faces, "Aligned face images")->required();
  command->callback([options] {
    runVerb([options] {
      if (!options->engine.given.count("model")) throw ModelError(missingModelAdvice());
      return runClassify(*options);
    });
  });
}

}  // namespace mien::cli
