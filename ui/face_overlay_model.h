// The faces of the frame on screen, as a list model: what the live view draws and what tests assert on.
#pragma once
#include <QAbstractListModel>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include "vision/frame_result.h"

namespace mien::ui {

struct FaceOverlay {
  qint64 trackId = 0;
  QRectF box;  // in frame pixels
  QVector<QPointF> landmarks;
  QStringList classNames;
  QVector<float> probabilities;
  int top = 0;
  QString topLabel() const { return top < classNames.size() ? classNames[top] : QString(); }
  float topProbability() const { return top < probabilities.size() ? probabilities[top] : 0.f; }
};

class FaceOverlayModel : public QAbstractListModel {
  Q_OBJECT

 public:
  enum Role { TrackIdRole = Qt::UserRole + 1, BoxRole, TopLabelRole, TopProbabilityRole, ProbabilitiesRole, ClassNamesRole };

  using QAbstractListModel::QAbstractListModel;
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  void show(const FrameResult& result);
  void clear();
  const QVector<FaceOverlay>& faces() const { return faces_; }
  qint64 frameIndex() const { return frameIndex_; }
  double timestamp() const { return timestamp_; }

 private:
  QVector<FaceOverlay> faces_;
  qint64 frameIndex_ = -1;
  double timestamp_ = 0;
};

}  // namespace mien::ui
