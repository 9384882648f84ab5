// A real one-node Slurm cluster for tests: munged, slurmctld and slurmd from Debian's slurm-wlm and munge, started
// as this process's children with a generated munge key, a temporary config and state folder and free loopback
// ports, and stopped by pid when it goes out of scope. No systemd, no cgroups, no accounting.
#pragma once
#include <QProcess>
#include <QProcessEnvironment>
#include <memory>
#include <string>
#include <vector>

#include "support/process_runner.h"

namespace mien::test {

class SlurmCluster {
 public:
  // What this machine lacks to run one ("the program slurmctld (Debian package slurm-wlm)"); "" when nothing.
  static std::string missingCapability();

  // Starts the daemons in `folder` (created; every folder above it must be searchable by all, as munged demands)
  // and waits until the node is idle; throws std::runtime_error with the daemons' logs when they do not come up.
  explicit SlurmCluster(const std::string& folder);
  ~SlurmCluster();
  SlurmCluster(const SlurmCluster&) = delete;
  SlurmCluster& operator=(const SlurmCluster&) = delete;

  QProcessEnvironment environment() const;  // the system's, with SLURM_CONF naming this cluster's config
  ProcessResult run(const QString& program, const QStringList& args, int timeoutMs = 30000,
                    const QProcessEnvironment& extra = {}) const;
  // A field of `scontrol show job JOB` ("JobState", "ExitCode", "Restarts"); "" once the job is unknown.
  std::string jobField(const std::string& job, const std::string& field) const;
  // Waits until squeue lists none of `jobs` (pending or running); false on timeout.
  bool waitUntilEnded(const std::vector<std::string>& jobs, int timeoutMs) const;
  std::string logs() const;  // the daemons' output, for a failure's message

 private:
  void bringUp();
  void start(const QString& program, const QStringList& args, const std::string& logName);
  void stopAll();

  std::string folder_, config_;
  std::vector<std::unique_ptr<QProcess>> daemons_;  // in start order; stopped in reverse
};

}  // namespace mien::test
