// Class probabilities and zero-shot dimension scores (as d_<name>) over time per face id, and the stretches
// where the face was not `valid`, growing as results arrive; what the timeline chart shows.
#pragma once
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointF>
#include <QStringList>
#include <QVector>

#include "vision/frame_result.h"

namespace mien::ui {

class TimelineModel : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  void append(const FrameResult& result);
  void clear();
  void truncateFrom(double seconds);  // a seek: what follows will be analysed again

  QList<qint64> trackIds() const { return tracks_.keys(); }
  QStringList classNames(qint64 trackId) const;  // in first-seen order; dimensions as d_<name>, after the classes
  // What the classifier labels now (its classes, then d_<dimension>s): the curves and the legend show these only,
  // so a class removed from the labels leaves the legend.
  QStringList currentNames() const { return currentNames_; }
  int classIndex(qint64 trackId, const QString& className) const;  // in the classifier's order when first seen
  QVector<QPointF> series(qint64 trackId, const QString& className) const;  // (seconds, probability)
  static bool isDimension(const QString& name) { return name.startsWith("d_"); }
  // Time spans (start, end) of the track's frames that were not valid; each lasts until the track's next frame.
  QVector<QPair<double, double>> invalidSpans(qint64 trackId) const;
  double lastTime() const { return lastTime_; }

 signals:
  void trackAdded(qint64 trackId);
  void appended(qint64 trackId, double seconds);
  void reset();

 private:
  struct Track {
    QStringList order;
    QMap<QString, int> index;  // the class's place in the classifier's list, which picks its colour
    QMap<QString, QVector<QPointF>> points;
    QVector<QPair<double, bool>> validity;  // (time, valid) per frame
    QVector<QPair<double, double>> invalid;  // invalidSpans, kept up to date by addValidity
  };
  static void addValidity(Track& track, double time, bool valid);
  QMap<qint64, Track> tracks_;
  QStringList currentNames_;
  double lastTime_ = 0;
};

}  // namespace mien::ui
