// The paper's video mode per face track, causal: a face's label comes from the mean feature of its track's last
// N frames, its own frame included (Exp-CLIP averages head features over a clip's frames; the head is linear,
// so averaging the CLIP features it is fed is the same). A track id not seen before starts an empty window.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <vector>

#include "common/option_range.h"

namespace mien {

inline constexpr OptionRange kWindowFrames{1, 1024, true};  // --window; 1 = off

using FeatureWindowState = std::map<std::int64_t, std::deque<std::vector<float>>>;  // track id -> oldest first

class FeatureWindows {
 public:
  explicit FeatureWindows(int length) : length_(length) {}
  bool enabled() const { return length_ > 1; }

  // Adds `feature` to track `id`'s window and returns the window's mean; `frames` says how many it holds.
  std::vector<float> add(std::int64_t id, const std::vector<float>& feature, int& frames);
  void keepOnly(const std::vector<std::int64_t>& liveIds);  // tracks the tracker dropped leave with their windows

  const FeatureWindowState& state() const { return windows_; }
  void restore(FeatureWindowState state) { windows_ = std::move(state); }

 private:
  int length_;
  FeatureWindowState windows_;
};

}  // namespace mien
