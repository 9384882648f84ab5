// One spdlog logger per part, created on first use, all writing to stderr.
#include "common/log.h"

#include <mutex>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace mien {

std::shared_ptr<spdlog::logger> logger(const char* part) {
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto existing = spdlog::get(part)) return existing;
  auto created = spdlog::stderr_color_mt(part);
  created->set_level(spdlog::get_level());
  return created;
}

}  // namespace mien
