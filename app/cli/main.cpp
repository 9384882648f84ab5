// mien-cli: parses the command line and hands each verb to its file.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "model/blas_runtime.h"
#include "model/inference_process.h"
#include "shared/version_info.h"

int main(int argc, char** argv) {
  std::signal(SIGXFSZ, SIG_IGN);  // a file-size limit then fails the write with EFBIG, reported like a full disk
  const char* level = std::getenv("MIEN_LOG_LEVEL");  // trace, debug, info, warn, error, off
  spdlog::set_level(level ? spdlog::level::from_str(level) : spdlog::level::warn);
  mien::prepareInferenceProcess(argc, argv);
  CLI::App app{"Mien: zero-shot facial expression recognition (CLIP + Exp-CLIP)", "mien-cli"};
  app.require_subcommand(1);
  app.set_version_flag("--version", [] { return mien::versionText("mien-cli"); });
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose, "Log what is loaded and where")->each([](std::string) {
    spdlog::set_level(spdlog::level::info);
  });
  mien::cli::addClassifyCommand(app);
  mien::cli::addAnnotateCommand(app);
  mien::cli::addBenchCommand(app);
  mien::cli::addModelsCommand(app);
  mien::cli::addCacheCommand(app);
  mien::cli::addTrainCommand(app);
  mien::cli::addTrainGferCommand(app);
  mien::cli::addEvaluateCommand(app);
  mien::cli::addExportCommand(app);
  mien::cli::addSummarizeCommand(app);
  mien::cli::addReportCommand(app);
  mien::cli::addStatusCommand(app);
  mien::cli::addSlurmScriptCommand(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
