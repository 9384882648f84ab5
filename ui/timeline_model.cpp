// Series are keyed by class name, so renaming a class mid-run starts a new line instead of mislabelling old points.
#include "timeline_model.h"

namespace mien::ui {

void TimelineModel::append(const FrameResult& result) {
  const double t = result.hasTimestamp ? result.timestamp : static_cast<double>(result.frameIndex);
  lastTime_ = t;
  if (!result.classNames) return;
  for (const auto& face : result.faces) {
    const bool added = !tracks_.contains(face.trackId);
    Track& track = tracks_[face.trackId];
    for (std::size_t c = 0; c < face.probabilities.size() && c < result.classNames->size(); ++c) {
      const QString name = QString::fromStdString((*result.classNames)[c]);
      if (!track.points.contains(name)) track.order << name, track.index[name] = static_cast<int>(c);
      track.points[name].append(QPointF(t, face.probabilities[c]));
    }
    if (added) emit trackAdded(face.trackId);
    emit appended(face.trackId, t);
  }
}

void TimelineModel::clear() {
  tracks_.clear();
  lastTime_ = 0;
  emit reset();
}

void TimelineModel::truncateFrom(double seconds) {
  for (Track& track : tracks_)
    for (auto& points : track.points)
      while (!points.isEmpty() && points.last().x() >= seconds) points.removeLast();
  emit reset();
}

QStringList TimelineModel::classNames(qint64 trackId) const { return tracks_.value(trackId).order; }

int TimelineModel::classIndex(qint64 trackId, const QString& className) const {
  return tracks_.value(trackId).index.value(className, 0);
}

QVector<QPointF> TimelineModel::series(qint64 trackId, const QString& className) const {
  return tracks_.value(trackId).points.value(className);
}

}  // namespace mien::ui
