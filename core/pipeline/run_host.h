// Where and when a run happens, as the files beside its outputs record it: host name, UTC time, Slurm job.
#pragma once
#include <string>

namespace mien {

std::string runHostName();  // gethostname(), as the lock file and the failure record name the host
std::string utcNowIso();    // "2026-12-02T17:55:32Z"
// SLURM_JOB_ID when the run is a Slurm job (an array element has its own id, kept when it is requeued); "" otherwise.
std::string slurmJobId();

}  // namespace mien
