// One spdlog logger per part of Mien ("model", "vision", "media", "pipeline", "io", "train", "ui").
#pragma once
#include <memory>
#include <spdlog/spdlog.h>

namespace mien {

std::shared_ptr<spdlog::logger> logger(const char* part);

}  // namespace mien
