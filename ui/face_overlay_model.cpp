// Converts a frame's results into rows once, so painting and tests read plain Qt values.
#include "face_overlay_model.h"

namespace mien::ui {

int FaceOverlayModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : faces_.size(); }

QVariant FaceOverlayModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= faces_.size()) return {};
  const FaceOverlay& f = faces_[index.row()];
  switch (role) {
    case Qt::DisplayRole:
      return QStringLiteral("#%1 %2 %3%").arg(f.trackId).arg(f.topLabel()).arg(qRound(100 * f.topProbability()));
    case TrackIdRole: return f.trackId;
    case BoxRole: return f.box;
    case TopLabelRole: return f.topLabel();
    case TopProbabilityRole: return f.topProbability();
    case ProbabilitiesRole: {
      QVariantList list;
      for (float p : f.probabilities) list << p;
      return list;
    }
    case ClassNamesRole: return f.classNames;
    default: return {};
  }
}

QHash<int, QByteArray> FaceOverlayModel::roleNames() const {
  return {{TrackIdRole, "trackId"}, {BoxRole, "box"}, {TopLabelRole, "topLabel"},
          {TopProbabilityRole, "topProbability"}, {ProbabilitiesRole, "probabilities"}, {ClassNamesRole, "classNames"}};
}

void FaceOverlayModel::show(const FrameResult& result) {
  QStringList names;
  if (result.classNames)
    for (const auto& n : *result.classNames) names << QString::fromStdString(n);
  beginResetModel();
  faces_.clear();
  for (const auto& face : result.faces) {
    FaceOverlay o;
    o.trackId = face.trackId;
    const auto& d = face.detection;
    o.box = QRectF(d.x, d.y, d.width, d.height);
    for (const auto& p : d.landmarks) o.landmarks << QPointF(p.x, p.y);
    o.classNames = names;
    o.probabilities = QVector<float>(face.probabilities.begin(), face.probabilities.end());
    o.top = static_cast<int>(face.top);
    faces_ << o;
  }
  frameIndex_ = result.frameIndex;
  timestamp_ = result.timestamp;
  endResetModel();
}

void FaceOverlayModel::clear() {
  beginResetModel();
  faces_.clear();
  frameIndex_ = -1;
  endResetModel();
}

}  // namespace mien::ui
