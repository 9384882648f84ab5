// mien-cli bench: encoder speed at the published CLIP sizes, as a table and JSON lines.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "encoder_benchmark.h"
#include "pipeline_benchmark.h"
#include "gfer_benchmark.h"
#include "train_benchmark.h"

namespace mien::cli {

void addBenchCommand(CLI::App& app) {
  auto options = std::make_shared<EncoderBenchmarkOptions>();
  CLI::App* command = app.add_subcommand("bench", "Time the image encoder (random weights at real sizes)");
  command->add_option("--models", options->models, "ViT-B/32, ViT-B/16, ViT-L/14")->delimiter(',')->capture_default_str();
  command->add_option("--batches", options->batches, "Batch sizes")->delimiter(',')->capture_default_str();
  command->add_option("--precisions", options->precisions, "fp32, int8, bf16, fp16 (default: all supported)")
      ->delimiter(',');
  command->add_option("--threads", options->threads, "Threads (default: all physical cores)");
  command->add_option("--seconds", options->secondsPerCase, "Time budget per case")->capture_default_str();
  auto pipeline = std::make_shared<PipelineBenchmarkOptions>();
  pipeline->mediaDirectory = MIEN_DEFAULT_MEDIA_DIR;
  pipeline->video = pipeline->mediaDirectory + "/single_face.mp4";
  auto what = std::make_shared<std::string>("all");
  command->add_option("--what", *what, "encoder, pipeline, train, gfer or all")->capture_default_str();
  command->add_option("--video", pipeline->video, "Video for the end-to-end run")->capture_default_str();
  command->add_option("--media", pipeline->mediaDirectory, "Folder with astronaut.png and multi_face.jpg")->capture_default_str();
  command->callback([options, pipeline, what] {
    if (*what == "encoder" || *what == "all")
      for (const auto& r : runEncoderBenchmark(*options, std::cout)) std::cout << r.json() << "\n";
    if (*what == "train" || *what == "all") runTrainBenchmark(10000, 512, 4096, 2, std::cout);
    if (*what == "gfer" || *what == "all") runGferBenchmark("ViT-B/32", 32, 4, std::cout);
    if (*what == "pipeline" || *what == "all") {
      pipeline->threads = options->threads;
      if (!options->precisions.empty()) pipeline->precisions = options->precisions;
      for (const auto& model : options->models) {
        pipeline->model = model;
        runPipelineBenchmark(*pipeline, std::cout);
      }
    }
  });
}

}  // namespace mien::cli
