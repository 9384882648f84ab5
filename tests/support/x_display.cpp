// Xvfb writes the display number it chose to a pipe (-displayfd), so parallel tests never race for a number;
// openbox is ready once it has set the root window's _NET_SUPPORTING_WM_CHECK property (read with xprop).
#include "support/x_display.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace mien::test {
namespace {

pid_t spawn(const std::vector<std::string>& argv, int keepFd = -1) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);  // a test killed on timeout takes its display with it
    const int devnull = open("/dev/null", O_RDWR);
    dup2(devnull, 0), dup2(devnull, 1), dup2(devnull, 2);
    for (int fd = 3; fd < 256; ++fd)
      if (fd != keepFd) close(fd);
    execvp(args[0], args.data());
    _exit(127);
  }
  return pid;
}

bool onPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string rest = path ? path : "/usr/bin:/bin";
  while (!rest.empty()) {
    const auto colon = rest.find(':');
    const std::string dir = rest.substr(0, colon);
    if (access((dir + "/" + program).c_str(), X_OK) == 0) return true;
    if (colon == std::string::npos) break;
    rest = rest.substr(colon + 1);
  }
  return false;
}

void stop(pid_t pid) {
  if (pid <= 0) return;
  kill(pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid, nullptr, WNOHANG) == pid) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

}  // namespace

XDisplay::XDisplay(int width, int height) {
  for (const char* program : {"Xvfb", "openbox", "xdotool"})
    if (!onPath(program))
      throw std::runtime_error(std::string(program) + " is not installed: run scripts/setup (GUI tests need a private X display).");
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("Could not create a pipe for Xvfb.");
  server_ = spawn({"Xvfb", "-displayfd", std::to_string(fds[1]), "-screen", "0",
                   std::to_string(width) + "x" + std::to_string(height) + "x24", "-nolisten", "tcp", "-noreset"},
                  fds[1]);
  close(fds[1]);
  std::string number;
  pollfd p{fds[0], POLLIN, 0};
  while (poll(&p, 1, 10000) > 0) {
    char c;
    if (read(fds[0], &c, 1) != 1 || c == '\n') break;
    number += c;
  }
  close(fds[0]);
  if (number.empty()) {
    stop(server_);
    throw std::runtime_error("Xvfb did not start within 10 s (it printed no display number).");
  }
  name_ = ":" + number;
  setenv("DISPLAY", name_.c_str(), 1);
  setenv("QT_QPA_PLATFORM", "xcb", 1);
  unsetenv("WAYLAND_DISPLAY");
  windowManager_ = spawn({"openbox", "--sm-disable"});
  for (int i = 0; i < 100; ++i) {
    // Activation needs _NET_ACTIVE_WINDOW among the supported hints, which openbox may set after its check window.
    const std::string root = "xprop -display " + name_ + " -root ";
    const int rc = std::system((root + "_NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && " + root +
                                "_NET_SUPPORTED 2>/dev/null | grep -q _NET_ACTIVE_WINDOW").c_str());
    if (rc == 0) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  stop(windowManager_);
  stop(server_);
  throw std::runtime_error("openbox did not take over the display " + name_ + " within 5 s.");
}

XDisplay::~XDisplay() {
  stop(windowManager_);
  stop(server_);
}

}  // namespace mien::test
