// The source bar: camera and resolution, open a video or an image folder; for files the transport (frame
// back, play/pause, frame forward, seek slider, clock with frame number, speed); for image folders
// previous/next image and the position in the folder.
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
  enum class Mode { None, Live, File, Folder };
  struct Actions {
    QAction *playPause, *frameBack, *frameForward, *previousImage, *nextImage;
  };
  explicit SourceBar(const Actions& actions, QWidget* parent = nullptr);

  void refreshCameras();
  int cameraCount() const;
  void setMode(Mode mode);
  void setFile(double durationSeconds, double framesPerSecond);  // a video file: the slider's range
  void setPosition(double seconds, qint64 frameIndex);           // the slider follows unless dragged
  void setImagePosition(int index, int count, const QString& name);
  double speed() const;
  QString clockText() const;
  QSlider* seekSlider() const { return seek_; }
  QComboBox* speedBox() const { return speed_; }

 signals:
  void sourceRequested(const mien::ui::SourceRequest& request);
  void seekRequested(double seconds);
  void speedChanged(double speed);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void requestCamera();
  void requestSeek(int milliseconds);
  void showClock(double seconds, qint64 frameIndex);
  void retranslate();

  QComboBox* cameras_;
  QComboBox* resolutions_;
  QPushButton *startCamera_, *openVideo_, *openFolder_;
  QWidget *transport_, *folderNavigation_;
  QToolButton *back_ = nullptr, *forward_ = nullptr;
  QSlider* seek_;
  QLabel *time_, *imagePosition_;
  QComboBox* speed_;
  double duration_ = 0, fps_ = 0, shownSeconds_ = 0;
  qint64 shownFrame_ = -1;
  int lastRequestedMs_ = -1;
};

}  // namespace mien::ui
