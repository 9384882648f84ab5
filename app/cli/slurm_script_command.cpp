// mien-cli slurm-script: writes the sbatch file that annotates an input list on a Slurm cluster as a job array.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>

#include "commands.h"
#include "common/atomic_file_writer.h"
#include "common/build_info.h"
#include "common/errors.h"
#include "common/option_range.h"
#include "engine_options.h"
#include "model_choice.h"
#include "pipeline/annotation_inputs.h"
#include "pipeline/annotation_shard.h"
#include "pipeline/run_host.h"
#include "slurm_script.h"
#include "verb_runner.h"

namespace mien::cli {
namespace fs = std::filesystem;

namespace {

inline constexpr OptionRange kCpusPerTask{1, 1024, true};

struct SlurmScriptArguments {
  std::string inputList, outputDir, scriptPath = "mien-annotate.sbatch", tasks;
  EngineArguments engine;
  SlurmScriptSettings settings;
  double cpus = 4;
};

std::string absoluteFolder(const std::string& path, const std::string& what) {
  const std::string absolute = fs::absolute(path).lexically_normal().string();
  if (absolute.find_first_of(" \t\n") != std::string::npos)
    throw ModelError("The " + what + " '" + absolute + "' holds white space, which #SBATCH lines cannot carry; choose a path without it.");
  return absolute;
}

int runSlurmScript(SlurmScriptArguments& a) {
  SlurmScriptSettings& s = a.settings;
  checkSlurmTime("--time", s.time);
  checkSlurmMemory("--mem", s.memory);
  s.cpusPerTask = static_cast<int>(checkOption("--cpus", a.cpus, kCpusPerTask));
  const auto inputs = expandAnnotationInputs(readInputList(a.inputList));
  s.tasks = a.tasks.empty() ? static_cast<int>(std::min<std::size_t>(inputs.size(), static_cast<std::size_t>(kShardCount.max)))
                            : static_cast<int>(parseOption("--tasks", a.tasks, kShardCount));
  if (static_cast<std::size_t>(s.tasks) > inputs.size())
    std::cerr << "warning: " << s.tasks << " tasks for " << inputs.size() << " inputs: " << s.tasks - inputs.size()
              << " tasks will have nothing to do\n";

  if (s.gpu && !a.engine.given.count("device")) a.engine.given["device"] = "cuda";
  if (!a.engine.given.count("threads")) a.engine.given["threads"] = std::to_string(s.cpusPerTask);
  const EngineSpec engine = engineSpecFrom(a.engine);  // refuses bad values now, not in every task; ids -> files
  for (const auto& [field, unused] : a.engine.given) {
    s.annotateArguments.insert(s.annotateArguments.begin(), engine.get(field));
    s.annotateArguments.insert(s.annotateArguments.begin(), "--" + field);
  }

  s.mienCli = fs::read_symlink("/proc/self/exe").string();
  s.inputList = fs::absolute(a.inputList).lexically_normal().string();
  s.outputDir = absoluteFolder(a.outputDir, "output folder");
  s.workDir = absoluteFolder(fs::current_path().string(), "current folder");
  s.logDir = absoluteFolder((fs::path(s.outputDir) / "slurm-logs").string(), "log folder");
  std::error_code ec;
  fs::create_directories(s.logDir, ec);  // Slurm does not create it, and a job without it fails silently
  if (!fs::is_directory(s.logDir)) throw ModelError("Cannot create the log folder '" + s.logDir + "'; check that the output folder is writable.");
  s.generatedBy = std::string("mien-cli ") + MIEN_VERSION + " (" + MIEN_GIT_COMMIT + "), " + utcNowIso();

  AtomicFileWriter out(a.scriptPath);
  out.write(slurmScript(s));
  out.commit();
  ::chmod(a.scriptPath.c_str(), 0755);
  std::cout << "Wrote " << a.scriptPath << ": " << s.tasks << " array tasks over " << inputs.size()
            << " inputs. Submit it with: bash " << a.scriptPath << "\n";
  return 0;
}

}  // namespace

void addSlurmScriptCommand(CLI::App& app) {
  auto a = std::make_shared<SlurmScriptArguments>();
  auto& s = a->settings;
  CLI::App* c = app.add_subcommand("slurm-script", "Write an sbatch file that annotates an input list as a Slurm job array");
  c->add_option("--input-list", a->inputList, "File naming the inputs, one per line")->required();
  c->add_option("-o,--output", a->outputDir, "Folder for the CSV and sidecar files (shared by all nodes)")->required();
  addEngineOptions(*c, a->engine, EngineFlags::ModelAndDetector);
  c->add_option("--tasks", a->tasks, "Array tasks (default: one per input)");
  c->add_option("--time", s.time, "Time limit of each task, as sbatch takes it")->capture_default_str()->default_val("02:00:00");
  c->add_option("--mem", s.memory, "Memory of each task, as sbatch takes it")->capture_default_str()->default_val("8G");
  c->add_option("--cpus", a->cpus, "CPUs per task (also the model's --threads unless given)")->capture_default_str();
  c->add_flag("--gpu", s.gpu, "Ask for one GPU per task (--gres=gpu:1) and run on it (--device cuda)");
  c->add_option("--partition", s.partition, "Slurm partition");
  c->add_option("--account", s.account, "Slurm account to charge");
  c->add_option("--job-name", s.jobName, "Slurm job name")->capture_default_str();
  c->add_option("-s,--script", a->scriptPath, "The sbatch file to write")->capture_default_str();
  c->add_option("annotate-options", s.annotateArguments, "After --: more annotate options (--classes, --every, ...)");
  c->callback([a] {
    runVerb([a] {
      if (!a->engine.given.count("model")) throw ModelError(missingModelAdvice());
      return runSlurmScript(*a);
    });
  });
}

}  // namespace mien::cli
