// Progress bar rendering.
#include "progress_bar.h"

#include <cstdio>
#include <unistd.h>

namespace mien::cli {

ProgressBar::ProgressBar(std::string label) : label_(std::move(label)), terminal_(::isatty(STDERR_FILENO)) {}

void ProgressBar::update(const SessionProgress& p) {
  const double fraction = p.framesTotal > 0 ? std::min(1.0, static_cast<double>(p.framesDone) / p.framesTotal) : 0;
  char eta[32] = "";
  if (p.etaSeconds >= 0) std::snprintf(eta, sizeof eta, " ETA %.0fs", p.etaSeconds);
  char total[32] = "?";
  if (p.framesTotal > 0) std::snprintf(total, sizeof total, "%lld", static_cast<long long>(p.framesTotal));
  if (terminal_) {
    const int filled = static_cast<int>(fraction * 30);
    std::fprintf(stderr, "\r%s [%s%s] %3.0f%% %lld/%s frames %.1f fps%s   ", label_.c_str(), std::string(filled, '#').c_str(),
                 std::string(30 - filled, '-').c_str(), 100 * fraction, static_cast<long long>(p.framesDone), total, p.fps, eta);
    std::fflush(stderr);
    return;
  }
  const int tenth = static_cast<int>(fraction * 10);
  if (tenth == lastTenth_) return;
  lastTenth_ = tenth;
  std::fprintf(stderr, "%s %3.0f%% %lld/%s frames %.1f fps%s\n", label_.c_str(), 100 * fraction,
               static_cast<long long>(p.framesDone), total, p.fps, eta);
}

void ProgressBar::finish(const std::string& summary) {
  if (terminal_) std::fprintf(stderr, "\r\033[K");
  std::fprintf(stderr, "%s %s\n", label_.c_str(), summary.c_str());
}

}  // namespace mien::cli
