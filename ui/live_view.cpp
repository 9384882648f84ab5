// Painting only: boxes, ids, top label with probability, optional per-class bars.
#include "live_view.h"

#include <QPainter>
#include <QPainterPath>
#include <opencv2/core.hpp>

#include "face_overlay_model.h"
#include "media/overlay_style.h"

namespace mien::ui {
namespace {

QColor qt(const OverlayColour& c) { return QColor(c.red, c.green, c.blue); }

}  // namespace

QImage imageFromBgr(const cv::Mat& bgr) {
  if (bgr.empty() || bgr.type() != CV_8UC3) return {};
  QImage image(bgr.cols, bgr.rows, QImage::Format_RGB888);
  for (int y = 0; y < bgr.rows; ++y) {
    const auto* src = bgr.ptr<unsigned char>(y);
    auto* dst = image.scanLine(y);
    for (int x = 0; x < bgr.cols; ++x) {
      dst[3 * x] = src[3 * x + 2];
      dst[3 * x + 1] = src[3 * x + 1];
      dst[3 * x + 2] = src[3 * x];
    }
  }
  return image;
}

LiveView::LiveView(const FaceOverlayModel& faces, QWidget* parent) : QWidget(parent), faces_(faces) {
  setMinimumSize(320, 240);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LiveView::setFrame(const QImage& frame) {
  frame_ = frame;
  update();
}

void LiveView::clearFrame() {
  frame_ = QImage();
  update();
}

void LiveView::setShowBars(bool show) {
  showBars_ = show;
  update();
}

void LiveView::setBoothMode(bool booth) {
  booth_ = booth;
  update();
}

void LiveView::setPlaceholder(const QString& text) {
  placeholder_ = text;
  update();
}

QImage LiveView::renderSnapshot() {
  QImage image(size() * devicePixelRatioF(), QImage::Format_RGB32);
  image.setDevicePixelRatio(devicePixelRatioF());
  render(&image);
  return image;
}

void LiveView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(0x16, 0x18, 0x1d));
  painter.setRenderHint(QPainter::Antialiasing);
  if (frame_.isNull()) {
    painter.setPen(QColor(0xa0, 0xa8, 0xb8));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    painter.setFont(font);
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  const QSizeF fitted = QSizeF(frame_.size()).scaled(size(), Qt::KeepAspectRatio);
  const QRectF target((width() - fitted.width()) / 2, (height() - fitted.height()) / 2, fitted.width(), fitted.height());
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  painter.drawImage(target, frame_);
  QTransform toWidget;
  toWidget.translate(target.x(), target.y());
  toWidget.scale(target.width() / frame_.width(), target.height() / frame_.height());
  for (int row = 0; row < faces_.faces().size(); ++row) paintFace(painter, toWidget, row);
}

void LiveView::paintFace(QPainter& painter, const QTransform& toWidget, int row) {
  const FaceOverlay& face = faces_.faces()[row];
  const QColor colour = qt(trackColour(face.trackId));
  const QRectF box = toWidget.mapRect(face.box);
  painter.setPen(QPen(colour, booth_ ? 4 : 2.5));
  painter.setBrush(Qt::NoBrush);
  painter.drawRoundedRect(box, 6, 6);

  QFont font = painter.font();
  font.setPointSizeF(booth_ ? 26 : 11);
  font.setBold(true);
  painter.setFont(font);
  const QString text = QString::fromStdString(faceTagText(face.trackId, face.topLabel().toStdString(), face.topProbability()));
  const QFontMetricsF metrics(font);
  const QSizeF textSize(metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
  QRectF label(box.left(), box.top() - textSize.height() - 4, textSize.width(), textSize.height());
  if (label.top() < 0) label.moveTop(box.bottom() + 4);
  QPainterPath path;
  path.addRoundedRect(label, 6, 6);
  painter.fillPath(path, QColor(colour.red(), colour.green(), colour.blue(), 220));
  painter.setPen(qt(overlayTextColour()));
  painter.drawText(label, Qt::AlignCenter, text);

  if (!showBars_ || face.probabilities.isEmpty()) return;
  QFont small = painter.font();
  small.setBold(false);
  small.setPointSizeF(booth_ ? 16 : 8.5);
  painter.setFont(small);
  const QFontMetricsF sm(small);
  const double rowHeight = sm.height() + 2;
  double nameWidth = 0;
  for (const QString& n : face.classNames) nameWidth = std::max(nameWidth, sm.horizontalAdvance(n));
  const double barWidth = booth_ ? 160 : 80;
  const QSizeF panelSize(nameWidth + barWidth + 20, rowHeight * face.probabilities.size() + 8);
  QRectF panel(box.right() + 8, box.top(), panelSize.width(), panelSize.height());
  if (panel.right() > width()) panel.moveRight(box.left() - 8);
  QPainterPath background;
  background.addRoundedRect(panel, 6, 6);
  painter.fillPath(background, QColor(0, 0, 0, 160));
  for (int c = 0; c < face.probabilities.size() && c < face.classNames.size(); ++c) {
    const double y = panel.top() + 4 + c * rowHeight;
    const QColor classColour = qt(mien::classColour(static_cast<std::size_t>(c)));
    painter.setPen(c == face.top ? classColour : QColor(0xe0, 0xe4, 0xec));
    painter.drawText(QRectF(panel.left() + 6, y, nameWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, face.classNames[c]);
    const QRectF bar(panel.left() + 12 + nameWidth, y + 3, barWidth * face.probabilities[c], rowHeight - 6);
    painter.fillRect(bar, classColour);
  }
}

}  // namespace mien::ui
