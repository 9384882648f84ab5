// One run per output: "<csv>.lock" names the host and process that write that CSV. Labs write to shared network
// folders, where flock() is unreliable, so the lock is a file created exclusively; a lock left by a process that
// is gone from this host is stale and taken over, and so is one of the same Slurm job (a requeued array element may
// land on another node); one from another host is refused, naming it.
#pragma once
#include <string>

namespace mien {

class OutputLock {
 public:
  // Throws std::runtime_error in one sentence naming the other run (host, pid, since when) and the lock file.
  explicit OutputLock(std::string csvPath);
  ~OutputLock();  // removes the lock file
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  const std::string& path() const { return path_; }

  // Who holds the lock of `csvPath` ("pid 12 on node7 since 2026-12-02T17:55:32Z, Slurm job 41"), or "" when no
  // one does (no lock, or one left by a process that is gone from this host).
  static std::string holder(const std::string& csvPath);

 private:
  std::string path_;
};

}  // namespace mien
