// A fresh temporary directory per test, removed afterwards.
#pragma once
#include <string>

namespace mien::test {

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string path(const std::string& name = "") const { return name.empty() ? root_ : root_ + "/" + name; }

 private:
  std::string root_;
};

}  // namespace mien::test
