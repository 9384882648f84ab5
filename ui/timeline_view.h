// The timeline: one line per class for the chosen face id, growing live; a click seeks the video there, and
// the user's marks (baseline, event markers) are made and shown on it.
#pragma once
#include <QMap>
#include <QPair>
#include <QVector>
#include <QWidget>

class QChart;
class QComboBox;
class QLineSeries;
class QValueAxis;

namespace mien::ui {

class ClickableChartView;
class TimelineMarks;
class TimelineModel;

class TimelineView : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineView(TimelineModel& model, QWidget* parent = nullptr);
  // Shift+drag on the chart marks the baseline, Ctrl+click drops an event marker; both are drawn over the curves.
  void setMarks(TimelineMarks* marks);
  qint64 currentTrack() const;
  int seriesCount() const { return series_.size(); }
  QColor curveColour(const QString& className) const;  // invalid when no curve has that name
  QVector<QPair<double, double>> shownInvalidSpans() const;  // greyed: the shown face's frames that were not valid

 signals:
  void seekRequested(double seconds);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void rebuild();
  void onAppended(qint64 trackId, double seconds);
  void onTrackAdded(qint64 trackId);
  QLineSeries* seriesFor(const QString& className, int classIndex);  // in the class's colour
  ClickableChartView* chartView() const;
  void retranslate();

  TimelineModel& model_;
  QComboBox* faces_;
  QChart* chart_;
  QValueAxis* timeAxis_;
  QValueAxis* probabilityAxis_;
  QMap<QString, QLineSeries*> series_;
};

}  // namespace mien::ui
