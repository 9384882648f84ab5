// O_CREAT|O_EXCL is atomic on local file systems and on NFSv3+ and SMB; the owner check needs the same host.
#include "pipeline/output_lock.h"

#include "common/write_failure.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "pipeline/run_host.h"

namespace mien {
namespace {

struct Owner {
  std::string host, started, slurmJob;
  long long pid = 0;
  bool readable = false;
};

Owner readOwner(const std::string& path) {
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto json = nlohmann::json::parse(text, nullptr, false);
  Owner o;
  if (!json.is_object() || !json.contains("host") || !json["host"].is_string() || !json.contains("pid") ||
      !json["pid"].is_number_integer())
    return o;
  o.host = json["host"].get<std::string>();
  o.pid = json["pid"].get<long long>();
  o.started = json.value("started", std::string("an unknown time"));
  o.slurmJob = json.value("slurm_job", std::string());
  o.readable = true;
  return o;
}

bool aliveHere(const Owner& o) {
  return o.pid > 0 && o.pid <= 0x7fffffff && (kill(static_cast<pid_t>(o.pid), 0) == 0 || errno == EPERM);
}

}  // namespace

OutputLock::OutputLock(std::string csvPath) : path_(std::move(csvPath) + ".lock") {
  nlohmann::json me = {{"host", runHostName()}, {"pid", static_cast<long long>(getpid())}, {"started", utcNowIso()}};
  const std::string job = slurmJobId();
  if (!job.empty()) me["slurm_job"] = job;
  const std::string text = me.dump() + "\n";
  for (int attempt = 0; attempt < 3; ++attempt) {
    const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd >= 0) {
      const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
      const int err = written ? 0 : errno ? errno : EIO;
      ::close(fd);
      if (!written) {
        ::unlink(path_.c_str());
        throw std::runtime_error("Cannot write the lock file '" + path_ + "': " + writeFailureReason(err) + "; " +
                                 writeFailureAdvice(err) + " (-o), then run again.");
      }
      return;
    }
    const int err = errno;
    if (err != EEXIST)
      throw std::runtime_error("Cannot create the lock file '" + path_ + "': " + writeFailureReason(err) + "; " +
                               writeFailureAdvice(err) + " (-o), then run again.");
    const Owner owner = readOwner(path_);
    // Slurm runs one instance of a job at a time, so a lock of this same job is from an earlier, killed instance
    // of it (requeued, perhaps onto another node).
    const bool sameSlurmJob = owner.readable && !job.empty() && owner.slurmJob == job;
    const bool stale = sameSlurmJob || (owner.readable && owner.host == runHostName() && !aliveHere(owner));
    if (!stale) {
      const std::string who = owner.readable ? "pid " + std::to_string(owner.pid) + " on " + owner.host + ", since " + owner.started
                                             : "an unreadable lock";
      throw std::runtime_error("The output '" + path_.substr(0, path_.size() - 5) + "' is being written by another run (" +
                               who + "); wait for it, or choose another output folder. If that run is gone, delete '" +
                               path_ + "'.");
    }
    ::unlink(path_.c_str());  // its owner ended without removing it: take it over
  }
  throw std::runtime_error("Cannot take the lock file '" + path_ + "'; another run keeps creating it.");
}

OutputLock::~OutputLock() { ::unlink(path_.c_str()); }

std::string OutputLock::holder(const std::string& csvPath) {
  const std::string path = csvPath + ".lock";
  if (::access(path.c_str(), F_OK) != 0) return {};
  const Owner owner = readOwner(path);
  if (!owner.readable) return "an unreadable lock '" + path + "'";
  if (owner.host == runHostName() && !aliveHere(owner)) return {};
  return "pid " + std::to_string(owner.pid) + " on " + owner.host + " since " + owner.started +
         (owner.slurmJob.empty() ? "" : ", Slurm job " + owner.slurmJob);
}

}  // namespace mien
