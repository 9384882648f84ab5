// The sbatch file of a cluster annotation: a job array whose every element runs `mien-cli annotate --shard slurm
// --resume` over the same input list, and, when the file is run with bash, a dependent job running `mien-cli status`.
#pragma once
#include <string>
#include <vector>

namespace mien::cli {

struct SlurmScriptSettings {
  std::string mienCli;                      // absolute path of the mien-cli the tasks run
  std::string inputList, outputDir, workDir;  // absolute; the tasks start in workDir (relative inputs resolve there)
  std::string logDir;                       // absolute, exists: the jobs' stdout and stderr
  int tasks = 1, cpusPerTask = 4;
  std::string time, memory;                 // as sbatch takes them: "02:00:00", "8G"
  bool gpu = false;                         // --gres=gpu:1
  std::string partition, account, jobName = "mien-annotate";
  std::vector<std::string> annotateArguments;  // after `annotate --input-list L -o OUT --shard slurm --resume`
  std::string generatedBy;                  // "mien-cli 0.1.0 (commit), 2026-12-02T17:55:32Z"
};

std::string slurmScript(const SlurmScriptSettings& settings);

// Throw ModelError in one sentence naming the option unless `text` is a time limit / memory size sbatch accepts.
void checkSlurmTime(const std::string& option, const std::string& text);
void checkSlurmMemory(const std::string& option, const std::string& text);

std::string shellQuoted(const std::string& word);  // 'it'\''s'

}  // namespace mien::cli
