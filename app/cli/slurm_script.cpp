// The text of the generated sbatch file. Every value is shell-quoted; the file explains how to submit it.
#include "slurm_script.h"

#include <regex>
#include <sstream>

#include "common/errors.h"

namespace mien::cli {

std::string shellQuoted(const std::string& word) {
  std::string quoted = "'";
  for (const char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

void checkSlurmTime(const std::string& option, const std::string& text) {
  // sbatch's forms: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS, or no limit.
  static const std::regex form(R"((\d+(:\d{1,2}){0,2})|(\d+-\d+(:\d{1,2}){0,2})|UNLIMITED|INFINITE)");
  if (!std::regex_match(text, form))
    throw ModelError("Option " + option + " is '" + text +
                     "'; it must be a Slurm time limit such as 90 (minutes), 02:00:00 or 1-12:00:00.");
}

void checkSlurmMemory(const std::string& option, const std::string& text) {
  static const std::regex form(R"([1-9]\d*[KMGT]?)");
  if (!std::regex_match(text, form))
    throw ModelError("Option " + option + " is '" + text + "'; it must be a Slurm memory size such as 8G or 16000M.");
}

std::string slurmScript(const SlurmScriptSettings& s) {
  const std::string q = shellQuoted(s.outputDir), list = shellQuoted(s.inputList);
  std::ostringstream f;
  f << "#!/bin/bash\n"
    << "# Mien: annotate the inputs of " << s.inputList << " into " << s.outputDir << " on a Slurm cluster,\n"
    << "# " << s.tasks << " array tasks, each its share of the list (balanced by file size).\n"
    << "# Written by " << s.generatedBy << ".\n"
    << "#\n"
    << "# Submit:   bash THIS_FILE     the array, and a job that runs `mien-cli status` once the array has ended\n"
    << "#   or:     sbatch THIS_FILE   the array alone\n"
    << "# Progress: " << s.mienCli << " status " << q << " --input-list " << list << "\n"
    << "# A killed, preempted or requeued task continues where it stopped (--resume); a rerun skips finished inputs.\n"
    << "#SBATCH --job-name=" << s.jobName << "\n"
    << "#SBATCH --array=1-" << s.tasks << "\n"
    << "#SBATCH --time=" << s.time << "\n"
    << "#SBATCH --mem=" << s.memory << "\n"
    << "#SBATCH --cpus-per-task=" << s.cpusPerTask << "\n"
    << "#SBATCH --requeue\n"
    << "#SBATCH --open-mode=append\n"
    << "#SBATCH --chdir=" << s.workDir << "\n"
    << "#SBATCH --output=" << s.logDir << "/%x-%A_%a.out\n";
  if (s.gpu) f << "#SBATCH --gres=gpu:1\n";
  if (!s.partition.empty()) f << "#SBATCH --partition=" << s.partition << "\n";
  if (!s.account.empty()) f << "#SBATCH --account=" << s.account << "\n";
  std::string queue;
  if (!s.partition.empty()) queue += " --partition=" + shellQuoted(s.partition);
  if (!s.account.empty()) queue += " --account=" + shellQuoted(s.account);
  f << "set -euo pipefail\n"
    << "mien_cli=" << shellQuoted(s.mienCli) << "\n"
    << "if [ -z \"${SLURM_JOB_ID:-}\" ]; then  # run with bash: submit the array, then the status job after it\n"
    << "  array_job=$(sbatch --parsable \"$0\")\n"
    << "  array_job=${array_job%%;*}\n"
    << "  status_job=$(sbatch --parsable --dependency=afterany:\"$array_job\" --job-name=" << shellQuoted(s.jobName + "-status")
    << " --time=00:15:00 --mem=1G --chdir=" << shellQuoted(s.workDir) << queue << " \\\n"
    << "    --output=" << shellQuoted(s.logDir + "/%x-%j.out") << " \\\n"
    << "    --wrap=\"$(printf '%q ' \"$mien_cli\" status " << q << " --input-list " << list << ")\")\n"
    << "  echo \"Submitted job array $array_job (" << s.tasks << " tasks) and status job $status_job after it.\"\n"
    << "  exit 0\n"
    << "fi\n"
    << "exec \"$mien_cli\" annotate --input-list " << list << " -o " << q << " --shard slurm --resume";
  for (const auto& argument : s.annotateArguments) f << " " << shellQuoted(argument);
  f << "\n";
  return f.str();
}

}  // namespace mien::cli
