// Each verb of mien-cli registers itself on the application; the verbs only turn arguments into library calls.
#pragma once
#include <CLI/CLI.hpp>

namespace mien::cli {

void addClassifyCommand(CLI::App& app);
void addBenchCommand(CLI::App& app);
void addAnnotateCommand(CLI::App& app);
void addModelsCommand(CLI::App& app);
void addCacheCommand(CLI::App& app);
void addTrainCommand(CLI::App& app);
void addTrainGferCommand(CLI::App& app);
void addEvaluateCommand(CLI::App& app);
void addExportCommand(CLI::App& app);
void addSummarizeCommand(CLI::App& app);
void addReportCommand(CLI::App& app);
void addStatusCommand(CLI::App& app);
void addSlurmScriptCommand(CLI::App& app);

}  // namespace mien::cli
