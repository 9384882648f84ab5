// Host name, UTC time and Slurm job of the running process.
#include "pipeline/run_host.h"

#include <unistd.h>

#include <cstdlib>
#include <ctime>

namespace mien {

std::string runHostName() {
  char name[256] = {};
  gethostname(name, sizeof name - 1);
  return name;
}

std::string utcNowIso() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string slurmJobId() {
  const char* id = std::getenv("SLURM_JOB_ID");
  return id ? id : "";
}

}  // namespace mien
