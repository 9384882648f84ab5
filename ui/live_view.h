// The live view: the analysed frame scaled to the widget, each face drawn from the overlay model on the
// very frame its results came from.
#pragma once
#include <QImage>
#include <QWidget>

namespace cv {
class Mat;
}

namespace mien::ui {

class FaceOverlayModel;

class LiveView : public QWidget {
  Q_OBJECT

 public:
  explicit LiveView(const FaceOverlayModel& faces, QWidget* parent = nullptr);

  void setFrame(const QImage& frame);  // call after the model shows the same frame's results
  void clearFrame();
  void setShowBars(bool show);
  void setBoothMode(bool booth);  // large labels for a screen seen from a distance
  void setPlaceholder(const QString& text);
  const QImage& frame() const { return frame_; }
  QImage renderSnapshot();  // the view as shown, for PNG export

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void paintFace(QPainter& painter, const QTransform& toWidget, int row);

  const FaceOverlayModel& faces_;
  QImage frame_;
  QString placeholder_;
  bool showBars_ = true, booth_ = false;
};

QImage imageFromBgr(const cv::Mat& bgr);  // deep copy

}  // namespace mien::ui
