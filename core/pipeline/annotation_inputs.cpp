// Folders, videos and globs to the list of inputs to annotate.
#include "pipeline/annotation_inputs.h"

#include <algorithm>
#include <filesystem>
#include <glob.h>
#include <sstream>

#include "common/errors.h"
#include "common/text_file.h"
#include "media/video_file_source.h"

namespace mien {
namespace fs = std::filesystem;

std::vector<std::string> expandAnnotationInputs(const std::vector<std::string>& names) {
  std::vector<std::string> inputs;
  for (const auto& arg : names) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> videos;
      for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && isVideoFileName(it->path().string())) videos.push_back(it->path().string());
      std::sort(videos.begin(), videos.end());
      if (videos.empty()) inputs.push_back(arg);
      else inputs.insert(inputs.end(), videos.begin(), videos.end());
    } else if (!fs::exists(arg, ec) && arg.find_first_of("*?[") != std::string::npos) {
      glob_t matches{};
      if (::glob(arg.c_str(), 0, nullptr, &matches) == 0)
        for (std::size_t i = 0; i < matches.gl_pathc; ++i) inputs.emplace_back(matches.gl_pathv[i]);
      else
        inputs.push_back(arg);  // reported as missing when opened
      ::globfree(&matches);
    } else {
      inputs.push_back(arg);
    }
  }
  return inputs;
}

std::vector<std::string> readInputList(const std::string& path) {
  std::istringstream lines(readWholeFile(path, "input list"));
  std::vector<std::string> names;
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // written on Windows
    if (!line.empty() && line.front() != '#') names.push_back(line);
  }
  if (names.empty())
    throw ModelError("The input list '" + path + "' names no inputs; write one video file, image folder or glob per line.");
  return names;
}

}  // namespace mien
