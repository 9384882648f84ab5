// The seek slider counts milliseconds. A click on its track jumps there (not a page step), a drag seeks where
// it is released, and playback moves it only while the user is not holding it.
#include "source_bar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProxyStyle>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include "clock_text.h"
#include "media/camera_source.h"

namespace mien::ui {
namespace {

// A left click on the groove moves the handle there at once, as media players do.
class ClickToJumpStyle : public QProxyStyle {
 public:
  int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget, QStyleHintReturn* ret) const override {
    if (hint == SH_Slider_AbsoluteSetButtons) return Qt::LeftButton;
    return QProxyStyle::styleHint(hint, option, widget, ret);
  }
};

QToolButton* toolButton(QAction* action) {
  auto* b = new QToolButton;
  b->setDefaultAction(action);
  b->setToolButtonStyle(Qt::ToolButtonIconOnly);  // the action's text is the tooltip
  return b;
}

}  // namespace

SourceBar::SourceBar(const Actions& actions, QWidget* parent)
    : QWidget(parent), cameras_(new QComboBox), resolutions_(new QComboBox), startCamera_(new QPushButton),
      openVideo_(new QPushButton), openFolder_(new QPushButton), transport_(new QWidget), folderNavigation_(new QWidget),
      seek_(new QSlider(Qt::Horizontal)), time_(new QLabel), imagePosition_(new QLabel), speed_(new QComboBox) {
  cameras_->setObjectName("cameras");
  seek_->setObjectName("seek");
  time_->setObjectName("clock");
  speed_->setObjectName("speed");
  imagePosition_->setObjectName("imagePosition");
  for (const auto& [w, h] : {std::pair{640, 480}, {1280, 720}, {1920, 1080}})
    resolutions_->addItem(QStringLiteral("%1×%2").arg(w).arg(h), QSize(w, h));
  resolutions_->setCurrentIndex(1);
  for (double s : {0.25, 0.5, 1.0, 1.5, 2.0}) speed_->addItem(QStringLiteral("%1×").arg(s), s);
  speed_->setCurrentIndex(2);
  auto* style = new ClickToJumpStyle;
  style->setParent(seek_);
  seek_->setStyle(style);
  seek_->setMinimumWidth(120);
  seek_->setFocusPolicy(Qt::ClickFocus);  // ← and → step frames; they must not be eaten by the slider
  QFont mono = time_->font();
  mono.setFamily("DejaVu Sans Mono");
  mono.setStyleHint(QFont::Monospace);
  time_->setFont(mono);

  auto* transport = new QHBoxLayout(transport_);
  transport->setContentsMargins(0, 0, 0, 0);
  back_ = toolButton(actions.frameBack);
  forward_ = toolButton(actions.frameForward);
  transport->addWidget(back_);
  transport->addWidget(toolButton(actions.playPause));
  transport->addWidget(forward_);
  transport->addWidget(seek_, 1);
  transport->addWidget(time_);
  transport->addWidget(speed_);
  auto* folder = new QHBoxLayout(folderNavigation_);
  folder->setContentsMargins(0, 0, 0, 0);
  folder->addWidget(toolButton(actions.previousImage));
  folder->addWidget(toolButton(actions.nextImage));
  folder->addWidget(imagePosition_, 1);

  // Two rows, so the slider gets the whole width even in a narrow window.
  auto* sources = new QHBoxLayout;
  sources->addWidget(cameras_, 1);
  sources->addWidget(resolutions_);
  sources->addWidget(startCamera_);
  sources->addSpacing(8);
  sources->addWidget(openVideo_);
  sources->addWidget(openFolder_);
  cameras_->setMinimumContentsLength(8);
  cameras_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 4, 8, 4);
  layout->setSpacing(4);
  layout->addLayout(sources);
  layout->addWidget(transport_);
  layout->addWidget(folderNavigation_);
  refreshCameras();
  retranslate();
  setMode(Mode::None);

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
  connect(seek_, &QSlider::sliderMoved, this, [this](int ms) { showClock(ms / 1000.0, -1); });
  connect(seek_, &QSlider::sliderReleased, this, [this] { requestSeek(seek_->value()); });
  connect(seek_, &QSlider::valueChanged, this, [this](int ms) {
    if (!seek_->isSliderDown()) requestSeek(ms);  // keyboard or wheel on the slider
  });
  connect(speed_, &QComboBox::activated, this, [this] { emit speedChanged(speed()); });
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

void SourceBar::setMode(Mode mode) {
  const bool file = mode == Mode::File;
  transport_->setVisible(file || mode == Mode::Live);  // a camera can only be paused
  for (QWidget* w : std::initializer_list<QWidget*>{back_, forward_, seek_, time_, speed_}) w->setVisible(file);
  folderNavigation_->setVisible(mode == Mode::Folder);
  seek_->setEnabled(mode == Mode::File);
}

void SourceBar::setFile(double durationSeconds, double framesPerSecond) {
  duration_ = std::max(0.0, durationSeconds);
  fps_ = framesPerSecond;
  const QSignalBlocker block(seek_);
  seek_->setRange(0, static_cast<int>(std::llround(duration_ * 1000)));
  seek_->setSingleStep(fps_ > 0 ? static_cast<int>(std::lround(1000 / fps_)) : 40);
  seek_->setPageStep(5000);
  lastRequestedMs_ = -1;
}

void SourceBar::setPosition(double seconds, qint64 frameIndex) {
  if (!seek_->isSliderDown()) {
    const QSignalBlocker block(seek_);
    seek_->setValue(static_cast<int>(std::llround(seconds * 1000)));
  }
  showClock(seconds, frameIndex);
}

void SourceBar::requestSeek(int milliseconds) {
  if (milliseconds == lastRequestedMs_) return;  // a click on the groove reports the value, then the release
  lastRequestedMs_ = milliseconds;
  emit seekRequested(milliseconds / 1000.0);
}

void SourceBar::showClock(double seconds, qint64 frameIndex) {
  shownSeconds_ = seconds;
  shownFrame_ = frameIndex;
  QString text = duration_ > 0 ? formatClock(seconds) + " / " + formatClock(duration_) : formatClock(seconds);
  if (frameIndex >= 0) text += "  " + tr("frame %1").arg(frameIndex);
  time_->setText(text);
}

QString SourceBar::clockText() const { return time_->text(); }

void SourceBar::setImagePosition(int index, int count, const QString& name) {
  imagePosition_->setText(count > 0 ? tr("Image %1 of %2: %3").arg(index + 1).arg(count).arg(name) : QString());
}

double SourceBar::speed() const { return speed_->currentData().toDouble(); }

void SourceBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void SourceBar::retranslate() {
  startCamera_->setText(tr("Start camera"));
  openVideo_->setText(tr("Open video…"));
  openFolder_->setText(tr("Open image folder…"));
  speed_->setToolTip(tr("Playback speed"));
  seek_->setToolTip(tr("Click or drag to go to a time"));
  if (cameraCount() == 0) cameras_->setItemText(0, tr("No camera found"));
  showClock(shownSeconds_, shownFrame_);
}

}  // namespace mien::ui
