// The record an input that failed leaves beside its outputs, "<name>.failed.json": which input, the error's
// sentence, when, on which host (and Slurm job). `mien-cli status` reports it; the next attempt removes it.
#pragma once
#include <optional>
#include <string>

namespace mien {

struct FailureRecord {
  std::string input, message, time, host, slurmJob;
};

// Atomically, and never throws: the failure may be a full disk, and the error itself must still be reported.
void writeFailureRecord(const std::string& path, const std::string& input, const std::string& message);
// nullopt when there is none or it cannot be read (a half-written record is never left: it is written atomically).
std::optional<FailureRecord> readFailureRecord(const std::string& path);

}  // namespace mien
