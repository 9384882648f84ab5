// Series are keyed by class name, so renaming a class mid-run starts a new line instead of mislabelling old points.
#include "timeline_model.h"

namespace mien::ui {

void TimelineModel::append(const FrameResult& result) {
  const double t = result.hasTimestamp ? result.timestamp : static_cast<double>(result.frameIndex);
  lastTime_ = t;
  if (!result.classNames) return;
  QStringList names;
  for (const auto& c : *result.classNames) names << QString::fromStdString(c);
  if (result.dimensionNames)
    for (const auto& d : *result.dimensionNames) names << "d_" + QString::fromStdString(d);
  const bool labelsChanged = names != currentNames_;
  currentNames_ = names;
  for (const auto& face : result.faces) {
    const bool added = !tracks_.contains(face.trackId);
    Track& track = tracks_[face.trackId];
    const std::size_t classes = result.classNames->size();
    auto add = [&](const QString& name, std::size_t colourIndex, double value) {
      if (!track.points.contains(name)) track.order << name, track.index[name] = static_cast<int>(colourIndex);
      track.points[name].append(QPointF(t, value));
    };
    for (std::size_t c = 0; c < face.probabilities.size() && c < classes; ++c)
      add(QString::fromStdString((*result.classNames)[c]), c, face.probabilities[c]);
    // Dimensions take the palette's colours after the classes', as in the exports.
    for (std::size_t d = 0; result.dimensionNames && d < face.dimensions.size() && d < result.dimensionNames->size(); ++d)
      add("d_" + QString::fromStdString((*result.dimensionNames)[d]), classes + d, face.dimensions[d]);
    addValidity(track, t, face.quality.valid);
    if (added) emit trackAdded(face.trackId);
    if (!labelsChanged) emit appended(face.trackId, t);
  }
  if (labelsChanged) emit reset();  // the legend is built again for the new labels
}

void TimelineModel::clear() {
  tracks_.clear();
  currentNames_.clear();
  lastTime_ = 0;
  emit reset();
}

void TimelineModel::truncateFrom(double seconds) {
  for (Track& track : tracks_) {
    for (auto& points : track.points)
      while (!points.isEmpty() && points.last().x() >= seconds) points.removeLast();
    const auto kept = track.validity;
    track.validity.clear();
    track.invalid.clear();
    for (const auto& [time, valid] : kept)
      if (time < seconds) addValidity(track, time, valid);
  }
  emit reset();
}

QStringList TimelineModel::classNames(qint64 trackId) const { return tracks_.value(trackId).order; }

int TimelineModel::classIndex(qint64 trackId, const QString& className) const {
  return tracks_.value(trackId).index.value(className, 0);
}

// Spans grow as frames arrive (an afternoon's run must not be rescanned per frame): an invalid frame lasts until
// the track's next frame, the newest as long as the one before it.
void TimelineModel::addValidity(Track& track, double time, bool valid) {
  if (!track.validity.isEmpty() && !track.validity.last().second) track.invalid.last().second = time;
  const double previous = track.validity.isEmpty() ? time : track.validity.last().first;
  track.validity.append({time, valid});
  if (valid) return;
  const double end = time + (time - previous);
  if (!track.invalid.isEmpty() && track.invalid.last().second >= time) track.invalid.last().second = end;
  else track.invalid.append({time, end});
}

QVector<QPair<double, double>> TimelineModel::invalidSpans(qint64 trackId) const { return tracks_.value(trackId).invalid; }

QVector<QPointF> TimelineModel::series(qint64 trackId, const QString& className) const {
  return tracks_.value(trackId).points.value(className);
}

}  // namespace mien::ui
