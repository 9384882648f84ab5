// Labelled video clips for clip-level evaluation, in the two layouts video FER datasets come in: a folder per
// class holding video files or frame folders, and the authors' annotation lists (`<frame folder> <frames> <label>`
// per line, as their annotation/*.txt for DFEW, MAFW, FERV39k and AFEW).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace mien {

struct LabelledClip {
  std::string path;          // a frame folder (face crops, in file-name order) or a video file
  std::int64_t frames = -1;  // the list's frame count; -1 where it is counted (folders of the folder layout, videos)
  int label = 0;             // index into LabelledClips::classNames
};

struct LabelledClips {
  std::string source;                   // the folder or list it was read from
  std::vector<std::string> classNames;  // the class folders (sorted), or the classes a list's labels index
  std::vector<LabelledClip> clips;
};

// True when the class folders of `folder` hold videos or frame folders rather than images.
bool holdsClips(const std::string& folder);

// One sub-folder per class, each holding video files and/or frame folders. Throws MediaError with one sentence.
LabelledClips scanLabelledClipFolder(const std::string& folder);

struct ClipListSettings {
  std::string root;   // replaces the list's common folder prefix (or `strip`); empty: paths as they are
  std::string strip;  // the prefix to replace; empty: the longest folder prefix all lines share
  int labelBase = 0;  // the label of the first class (0 in the authors' lists)
};

// The authors' list: labels index `classNames` (the prompt set's classes, in order). Throws MediaError naming
// the line for a malformed one, a label out of range, or a clip folder that is not there.
LabelledClips readClipList(const std::string& listPath, const ClipListSettings& settings,
                           const std::vector<std::string>& classNames);

}  // namespace mien
