// Marks are kept sorted so the export sees events in time order.
#include "timeline_marks.h"

#include <algorithm>

namespace mien::ui {

void TimelineMarks::setBaseline(double start, double end) {
  if (start > end) std::swap(start, end);
  if (end - start <= 0) {
    clearBaseline();
    return;
  }
  baseline_ = BaselineInterval{std::max(0.0, start), end};
  emit changed();
}

void TimelineMarks::clearBaseline() {
  baseline_.reset();
  emit changed();
}

void TimelineMarks::addMarker(double seconds, const QString& label) {
  const QString text = label.isEmpty() ? tr("event %1").arg(markers_.size() + 1) : label;
  const StudyEvent e{std::max(0.0, seconds), text.toStdString()};
  markers_.insert(std::upper_bound(markers_.begin(), markers_.end(), e, [](const StudyEvent& a, const StudyEvent& b) { return a.time < b.time; }), e);
  emit changed();
}

void TimelineMarks::clearMarkers() {
  markers_.clear();
  emit changed();
}

void TimelineMarks::clear() {
  baseline_.reset();
  markers_.clear();
  emit changed();
}

}  // namespace mien::ui
