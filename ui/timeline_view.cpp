// Qt Charts over the timeline model; the x axis follows the newest time so a live run scrolls.
#include "timeline_view.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include "media/overlay_style.h"
#include "timeline_model.h"

namespace mien::ui {
namespace {

class ClickableChartView : public QChartView {
 public:
  ClickableChartView(QChart* chart, std::function<void(double)> onClick)
      : QChartView(chart), onClick_(std::move(onClick)) {}

 protected:
  void mousePressEvent(QMouseEvent* event) override {
    if (event->button() == Qt::LeftButton && !chart()->series().isEmpty() &&
        chart()->plotArea().contains(event->position()))
      onClick_(chart()->mapToValue(event->position()).x());
    QChartView::mousePressEvent(event);
  }

 private:
  std::function<void(double)> onClick_;
};

}  // namespace

TimelineView::TimelineView(TimelineModel& model, QWidget* parent)
    : QWidget(parent), model_(model), faces_(new QComboBox), chart_(new QChart), timeAxis_(new QValueAxis),
      probabilityAxis_(new QValueAxis) {
  chart_->legend()->setAlignment(Qt::AlignRight);
  chart_->legend()->setShowToolTips(true);
  chart_->setMargins(QMargins(4, 4, 4, 4));
  chart_->addAxis(timeAxis_, Qt::AlignBottom);
  chart_->addAxis(probabilityAxis_, Qt::AlignLeft);
  probabilityAxis_->setRange(0, 1);
  probabilityAxis_->setTickCount(3);
  timeAxis_->setRange(0, 10);
  timeAxis_->setTickCount(6);
  timeAxis_->setLabelFormat("%.1f");
  auto* view = new ClickableChartView(chart_, [this](double seconds) { emit seekRequested(seconds); });
  view->setRenderHint(QPainter::Antialiasing);
  view->setObjectName("timelineChart");
  faces_->setObjectName("timelineFace");
  auto* top = new QHBoxLayout;
  auto* label = new QLabel;
  label->setObjectName("timelineFaceLabel");
  top->addWidget(label);
  top->addWidget(faces_);
  top->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(view, 1);
  retranslate();

  connect(&model_, &TimelineModel::trackAdded, this, &TimelineView::onTrackAdded);
  connect(&model_, &TimelineModel::appended, this, &TimelineView::onAppended);
  connect(&model_, &TimelineModel::reset, this, [this] {
    if (model_.trackIds().isEmpty()) faces_->clear();
    rebuild();
  });
  connect(faces_, &QComboBox::currentIndexChanged, this, &TimelineView::rebuild);
}

qint64 TimelineView::currentTrack() const { return faces_->currentData().toLongLong(); }

void TimelineView::onTrackAdded(qint64 trackId) {
  faces_->addItem(tr("Face %1").arg(trackId), trackId);
}

QLineSeries* TimelineView::seriesFor(const QString& className, int classIndex) {
  if (auto* s = series_.value(className)) return s;
  auto* s = new QLineSeries;
  s->setName(className);
  const OverlayColour c = classColour(static_cast<std::size_t>(classIndex));
  s->setColor(QColor(c.red, c.green, c.blue));
  chart_->addSeries(s);
  s->attachAxis(timeAxis_);
  s->attachAxis(probabilityAxis_);
  series_.insert(className, s);
  return s;
}

QColor TimelineView::curveColour(const QString& className) const {
  const QLineSeries* s = series_.value(className);
  return s ? s->color() : QColor();
}

void TimelineView::rebuild() {
  chart_->removeAllSeries();
  series_.clear();
  const qint64 track = currentTrack();
  double last = 0;
  const QStringList names = model_.classNames(track);
  for (int c = 0; c < names.size(); ++c) {
    const auto points = model_.series(track, names[c]);
    seriesFor(names[c], c)->replace(points);
    if (!points.isEmpty()) last = std::max(last, points.last().x());
  }
  timeAxis_->setRange(std::max(0.0, last - 30), std::max(10.0, last));
}

void TimelineView::onAppended(qint64 trackId, double seconds) {
  if (faces_->count() > 0 && trackId != currentTrack()) return;
  const QStringList names = model_.classNames(trackId);
  for (int c = 0; c < names.size(); ++c) {
    const auto points = model_.series(trackId, names[c]);
    if (!points.isEmpty() && points.last().x() == seconds) seriesFor(names[c], c)->append(points.last());
  }
  if (seconds > timeAxis_->max()) timeAxis_->setRange(std::max(0.0, seconds - 30), seconds);
}

void TimelineView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void TimelineView::retranslate() {
  findChild<QLabel*>("timelineFaceLabel")->setText(tr("Face:"));
  timeAxis_->setTitleText(tr("Time (s)"));
  probabilityAxis_->setTitleText(tr("Probability"));
  for (int i = 0; i < faces_->count(); ++i) faces_->setItemText(i, tr("Face %1").arg(faces_->itemData(i).toLongLong()));
}

}  // namespace mien::ui
