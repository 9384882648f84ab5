// A private X display for one GUI test process: Xvfb on a display number it picks itself (-displayfd), with the
// openbox window manager, so focus, activation and full screen behave as on a desktop. CI has no X server.
#pragma once
#include <string>
#include <sys/types.h>

namespace mien::test {

class XDisplay {
 public:
  // Starts Xvfb (screen `width`×`height`) and openbox, and points DISPLAY and QT_QPA_PLATFORM at them.
  // Throws std::runtime_error naming what is missing (Xvfb, openbox) or what failed.
  XDisplay(int width = 1600, int height = 1000);
  ~XDisplay();
  XDisplay(const XDisplay&) = delete;
  XDisplay& operator=(const XDisplay&) = delete;

  const std::string& name() const { return name_; }  // ":N"

 private:
  pid_t server_ = -1, windowManager_ = -1;
  std::string name_;
};

}  // namespace mien::test
