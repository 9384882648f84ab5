// The seek slider counts tenths of a second; it moves with playback unless the user is dragging it.
#include "source_bar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>

#include "media/camera_source.h"

namespace mien::ui {
namespace {

QString clock(double seconds) {
  const int s = static_cast<int>(seconds);
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

}  // namespace

SourceBar::SourceBar(QAction* playPause, QAction* step, QWidget* parent)
    : QWidget(parent), cameras_(new QComboBox), resolutions_(new QComboBox), startCamera_(new QPushButton),
      openVideo_(new QPushButton), openFolder_(new QPushButton), play_(new QToolButton), step_(new QToolButton),
      seek_(new QSlider(Qt::Horizontal)), time_(new QLabel) {
  cameras_->setObjectName("cameras");
  seek_->setObjectName("seek");
  for (const auto& [w, h] : {std::pair{640, 480}, {1280, 720}, {1920, 1080}})
    resolutions_->addItem(QStringLiteral("%1×%2").arg(w).arg(h), QSize(w, h));
  resolutions_->setCurrentIndex(1);
  play_->setDefaultAction(playPause);
  step_->setDefaultAction(step);
  time_->setMinimumWidth(90);
  seek_->setEnabled(false);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 8, 4);
  layout->addWidget(cameras_);
  layout->addWidget(resolutions_);
  layout->addWidget(startCamera_);
  layout->addSpacing(12);
  layout->addWidget(openVideo_);
  layout->addWidget(openFolder_);
  layout->addSpacing(12);
  layout->addWidget(play_);
  layout->addWidget(step_);
  layout->addWidget(seek_, 1);
  layout->addWidget(time_);
  refreshCameras();
  retranslate();

  connect(startCamera_, &QPushButton::clicked, this, &SourceBar::requestCamera);
  connect(openVideo_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open video"), QString(),
                                                      tr("Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)"));
    if (!path.isEmpty()) emit sourceRequested({SourceRequest::Kind::VideoFile, path});
  });
  connect(openFolder_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open image folder"));
    if (!path.isEmpty()) emit sourceRequested({SourceRequest::Kind::ImageFolder, path});
  });
  connect(seek_, &QSlider::sliderPressed, this, [this] { dragging_ = true; });
  connect(seek_, &QSlider::sliderReleased, this, [this] {
    dragging_ = false;
    emit seekRequested(seek_->value() / 10.0);
  });
}

void SourceBar::refreshCameras() {
  cameras_->clear();
  for (const auto& camera : listCameras())
    cameras_->addItem(QString::fromStdString(camera.name.empty() ? camera.device : camera.name), camera.index);
  cameras_->setEnabled(cameras_->count() > 0);
  if (cameras_->count() == 0) cameras_->addItem(tr("No camera found"), -1);
}

int SourceBar::cameraCount() const { return cameras_->itemData(0).toInt() < 0 ? 0 : cameras_->count(); }

void SourceBar::requestCamera() {
  SourceRequest request;
  request.kind = SourceRequest::Kind::Camera;
  request.cameraIndex = cameras_->currentData().toInt();  // -1: none; opening it gives the clear message
  const QSize size = resolutions_->currentData().toSize();
  request.width = size.width();
  request.height = size.height();
  emit sourceRequested(request);
}

void SourceBar::setDuration(double seconds) {
  duration_ = seconds;
  seek_->setEnabled(seconds > 0);
  seek_->setRange(0, seconds > 0 ? static_cast<int>(seconds * 10) : 0);
  setPosition(0);
}

void SourceBar::setPosition(double seconds) {
  if (!dragging_) {
    const QSignalBlocker block(seek_);
    seek_->setValue(static_cast<int>(seconds * 10));
  }
  time_->setText(duration_ > 0 ? clock(seconds) + " / " + clock(duration_) : clock(seconds));
}

void SourceBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void SourceBar::retranslate() {
  startCamera_->setText(tr("Start camera"));
  openVideo_->setText(tr("Open video…"));
  openFolder_->setText(tr("Open image folder…"));
  if (cameraCount() == 0) cameras_->setItemText(0, tr("No camera found"));
}

}  // namespace mien::ui
