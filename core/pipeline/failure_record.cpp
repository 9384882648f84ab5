// Failure records as small JSON files, written through the atomic file writer.
#include "pipeline/failure_record.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "common/atomic_file_writer.h"
#include "pipeline/run_host.h"

namespace mien {

void writeFailureRecord(const std::string& path, const std::string& input, const std::string& message) {
  nlohmann::json record = {{"status", "failed"}, {"input", input}, {"message", message}, {"time", utcNowIso()},
                           {"host", runHostName()}};
  if (const std::string job = slurmJobId(); !job.empty()) record["slurm_job"] = job;
  try {
    AtomicFileWriter out(path);
    out.write(record.dump(2) + "\n");
    out.commit();
  } catch (const std::exception&) {  // the run's own error is the one to report
  }
}

std::optional<FailureRecord> readFailureRecord(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  const auto field = [&](const char* name) {
    return json.contains(name) && json[name].is_string() ? json[name].get<std::string>() : std::string();
  };
  return FailureRecord{field("input"), field("message"), field("time"), field("host"), field("slurm_job")};
}

}  // namespace mien
