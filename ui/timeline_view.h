// The timeline: one line per class for the chosen face id, growing live; a click seeks the video there.
#pragma once
#include <QMap>
#include <QWidget>

class QChart;
class QComboBox;
class QLineSeries;
class QValueAxis;

namespace mien::ui {

class TimelineModel;

class TimelineView : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineView(TimelineModel& model, QWidget* parent = nullptr);
  qint64 currentTrack() const;
  int seriesCount() const { return series_.size(); }
  QColor curveColour(const QString& className) const;  // invalid when no curve has that name

 signals:
  void seekRequested(double seconds);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void rebuild();
  void onAppended(qint64 trackId, double seconds);
  void onTrackAdded(qint64 trackId);
  QLineSeries* seriesFor(const QString& className, int classIndex);  // in the class's colour
  void retranslate();

  TimelineModel& model_;
  QComboBox* faces_;
  QChart* chart_;
  QValueAxis* timeAxis_;
  QValueAxis* probabilityAxis_;
  QMap<QString, QLineSeries*> series_;
};

}  // namespace mien::ui
