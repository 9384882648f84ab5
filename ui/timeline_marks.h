// What the user marks on the timeline: a baseline interval (Shift+drag) and event markers (Ctrl+click), kept for
// the findings export (baseline correction, event windows). It holds the marks; core computes with them.
#pragma once
#include <QObject>
#include <QString>
#include <optional>
#include <vector>

#include "io/baseline.h"
#include "io/event_windows.h"

namespace mien::ui {

class TimelineMarks : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  void setBaseline(double start, double end);  // in either order; an empty interval clears it
  void clearBaseline();
  const std::optional<BaselineInterval>& baseline() const { return baseline_; }

  void addMarker(double seconds, const QString& label = {});  // unlabelled: "event N"
  void clearMarkers();
  const std::vector<StudyEvent>& markers() const { return markers_; }  // in time order

  void clear();

 signals:
  void changed();

 private:
  std::optional<BaselineInterval> baseline_;
  std::vector<StudyEvent> markers_;
};

}  // namespace mien::ui
