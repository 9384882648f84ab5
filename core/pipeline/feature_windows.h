// The paper's video mode per face track, causal: a face's label comes from the mean feature of its track's last
// N frames, its own frame included (Exp-CLIP averages head features over a clip's frames; the head is linear,
// so averaging the CLIP features it is fed is the same). A track id not seen before starts an empty window.
// With validOnly, frames whose face is not `valid` stay out of the window: such a face is labelled from its
// track's valid frames before it, or from its own feature while the track has none yet (0 frames reported).
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
  explicit FeatureWindows(int length, bool validOnly = false) : length_(length), validOnly_(validOnly) {}
  bool enabled() const { return length_ > 1; }

  // Adds `feature` to track `id`'s window (unless validOnly and the face is not valid) and returns the window's
  // mean; `frames` says how many frames it holds.
  std::vector<float> add(std::int64_t id, const std::vector<float>& feature, bool valid, int& frames);
  void keepOnly(const std::vector<std::int64_t>& liveIds);  // tracks the tracker dropped leave with their windows

  const FeatureWindowState& state() const { return windows_; }
  void restore(FeatureWindowState state) { windows_ = std::move(state); }

 private:
  int length_;
  bool validOnly_;
  FeatureWindowState windows_;
};

}  // namespace mien
