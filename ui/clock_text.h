// Times as the GUI shows them: mm:ss.mmm (the playback clock, the Participants panel).
#pragma once
#include <QString>
#include <algorithm>
#include <cmath>

namespace mien::ui {

inline QString formatClock(double seconds) {
  const qint64 ms = std::llround(std::max(0.0, seconds) * 1000);
  return QStringLiteral("%1:%2.%3")
      .arg(ms / 60000, 2, 10, QChar('0'))
      .arg(ms / 1000 % 60, 2, 10, QChar('0'))
      .arg(ms % 1000, 3, 10, QChar('0'));
}

}  // namespace mien::ui
