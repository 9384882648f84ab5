// Progress bar rendering.
#include "progress_bar.h"

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace mien::cli {

ProgressBar::ProgressBar(std::string label) : label_(std::move(label)), terminal_(::isatty(STDERR_FILENO)) {}

void ProgressBar::update(const SessionProgress& p) {
  char extra[64] = "";
  std::snprintf(extra, sizeof extra, " %.1f fps", p.fps);
  if (p.etaSeconds >= 0) std::snprintf(extra + std::strlen(extra), sizeof extra - std::strlen(extra), " ETA %.0fs", p.etaSeconds);
  update(p.framesDone, p.framesTotal, "frames", extra);
}

void ProgressBar::update(std::int64_t done, std::int64_t total, const std::string& unit, const std::string& extra) {
  const double fraction = total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total)) : 0;
  const std::string totalText = total > 0 ? std::to_string(total) : "?";
  draw(fraction, std::to_string(done) + "/" + totalText + " " + unit + extra);
}

void ProgressBar::draw(double fraction, const std::string& text) {
  if (terminal_) {
    const int filled = static_cast<int>(fraction * 30);
    std::fprintf(stderr, "\r%s [%s%s] %3.0f%% %s   ", label_.c_str(), std::string(filled, '#').c_str(),
                 std::string(30 - filled, '-').c_str(), 100 * fraction, text.c_str());
    std::fflush(stderr);
    return;
  }
  const int tenth = static_cast<int>(fraction * 10);
  if (tenth == lastTenth_) return;
  lastTenth_ = tenth;
  std::fprintf(stderr, "%s %3.0f%% %s\n", label_.c_str(), 100 * fraction, text.c_str());
}

void ProgressBar::finish(const std::string& summary) {
  if (terminal_) std::fprintf(stderr, "\r\033[K");
  std::fprintf(stderr, "%s %s\n", label_.c_str(), summary.c_str());
}

}  // namespace mien::cli
