// The source bar: camera and resolution, open a video or an image folder, play/pause/step and seek for files.
#pragma once
#include <QWidget>

#include "source_request.h"

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace mien::ui {

class SourceBar : public QWidget {
  Q_OBJECT

 public:
  SourceBar(QAction* playPause, QAction* step, QWidget* parent = nullptr);

  void refreshCameras();
  int cameraCount() const;
  void setDuration(double seconds);  // <= 0: no seeking (cameras, folders)
  void setPosition(double seconds);

 signals:
  void sourceRequested(const mien::ui::SourceRequest& request);
  void seekRequested(double seconds);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void requestCamera();
  void retranslate();

  QComboBox* cameras_;
  QComboBox* resolutions_;
  QPushButton *startCamera_, *openVideo_, *openFolder_;
  QToolButton *play_, *step_;
  QSlider* seek_;
  QLabel* time_;
  double duration_ = 0;
  bool dragging_ = false;
};

}  // namespace mien::ui
