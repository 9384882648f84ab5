// The resume state of an annotation run: how many CSV bytes belong to finished groups, and the tracker and
// smoother state to continue from. Read back from untrusted disk contents (a crash can leave anything).
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pipeline/analysis_session.h"

namespace mien {

nlohmann::json sessionStateToJson(const SessionState& state);
SessionState sessionStateFromJson(const nlohmann::json& json);  // throws nlohmann::json::exception when malformed

struct ResumePoint {
  std::uint64_t csvBytes = 0;
  SessionState session;
};

// From the text of a `.state.json`: nullopt (start over) when it is damaged, was written with other options, or
// claims more CSV bytes than the `.part` file holds.
// A state of another format version is refused: throws ModelError naming `statePath`.
std::optional<ResumePoint> parseResumePoint(const std::string& stateText, const std::string& statePath,
                                            const nlohmann::json& options, std::uint64_t partSize);

}  // namespace mien
