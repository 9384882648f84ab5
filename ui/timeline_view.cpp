// Qt Charts over the timeline model; the x axis follows the newest time so a live run scrolls.
#include "timeline_view.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <optional>
#include <QValueAxis>
#include <QVBoxLayout>

#include "media/overlay_style.h"
#include "timeline_marks.h"
#include "timeline_model.h"

namespace mien::ui {
namespace {
// Ticks at round times: the smallest step of 1, 2 or 5 x 10^k seconds that gives at most eight intervals.
double roundTickStep(double span) {
  for (double scale = 0.001; scale < 1e7; scale *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if (span / (m * scale) <= 8) return m * scale;
  return 1e7;
}
}  // namespace

// A click seeks; Shift+drag marks the baseline; Ctrl+click drops an event marker; the marks are drawn on top.
class ClickableChartView : public QChartView {
 public:
  ClickableChartView(QChart* chart, std::function<void(double)> onClick)
      : QChartView(chart), onClick_(std::move(onClick)) {}
  void setMarks(TimelineMarks* marks) { marks_ = marks; }
  void setInvalidSpans(QVector<QPair<double, double>> spans) {
    invalid_ = std::move(spans);
    viewport()->update();
  }

 protected:
  void mousePressEvent(QMouseEvent* event) override {
    const bool inPlot = chart()->plotArea().contains(event->position());
    const double seconds = chart()->mapToValue(event->position()).x();
    if (marks_ && inPlot && event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
      dragStart_ = seconds;
      return;
    }
    if (marks_ && inPlot && event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
      marks_->addMarker(seconds);
      return;
    }
    if (event->button() == Qt::LeftButton && !chart()->series().isEmpty() && inPlot) onClick_(seconds);
    QChartView::mousePressEvent(event);
  }
  void mouseMoveEvent(QMouseEvent* event) override {
    if (dragStart_) {
      dragEnd_ = chart()->mapToValue(event->position()).x();
      viewport()->update();
      return;
    }
    QChartView::mouseMoveEvent(event);
  }
  void mouseReleaseEvent(QMouseEvent* event) override {
    if (dragStart_) {
      marks_->setBaseline(*dragStart_, chart()->mapToValue(event->position()).x());
      dragStart_.reset();
      dragEnd_.reset();
      return;
    }
    QChartView::mouseReleaseEvent(event);
  }
  void drawForeground(QPainter* painter, const QRectF& rect) override {
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->plotArea();
    auto x = [&](double t) { return chart()->mapToPosition(QPointF(t, 0)).x(); };
    painter->save();
    painter->setClipRect(plot);
    // Frames whose face is not valid (too small, blurred, turned away): greyed, as the exports leave them out.
    for (const auto& [start, end] : invalid_)
      painter->fillRect(QRectF(QPointF(x(start), plot.top()), QPointF(std::max(x(end), x(start) + 1), plot.bottom())), QColor(128, 128, 128, 90));
    if (!marks_) {
      painter->restore();
      return;
    }
    std::optional<std::pair<double, double>> band;
    if (dragStart_ && dragEnd_) band = std::minmax(*dragStart_, *dragEnd_);
    else if (marks_->baseline()) band = std::make_pair(marks_->baseline()->start, marks_->baseline()->end);
    if (band) painter->fillRect(QRectF(QPointF(x(band->first), plot.top()), QPointF(x(band->second), plot.bottom())), QColor(40, 120, 220, 50));
    painter->setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
    for (const auto& m : marks_->markers()) {
      painter->drawLine(QPointF(x(m.time), plot.top()), QPointF(x(m.time), plot.bottom()));
      painter->drawText(QPointF(x(m.time) + 3, plot.top() + 12), QString::fromStdString(m.label));
    }
    painter->restore();
  }

 private:
  std::function<void(double)> onClick_;
  TimelineMarks* marks_ = nullptr;
  std::optional<double> dragStart_, dragEnd_;
  QVector<QPair<double, double>> invalid_;
};

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
  timeAxis_->setTickType(QValueAxis::TicksDynamic);
  timeAxis_->setTickAnchor(0);
  connect(timeAxis_, &QValueAxis::rangeChanged, this, [this](double low, double high) {
    const double step = roundTickStep(high - low);
    timeAxis_->setTickInterval(step);
    timeAxis_->setLabelFormat(step >= 1 ? "%.0f" : step >= 0.1 ? "%.1f" : "%.2f");
  });
  timeAxis_->setRange(0, 10);
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

void TimelineView::setMarks(TimelineMarks* marks) {
  auto* view = chartView();
  view->setMarks(marks);
  connect(marks, &TimelineMarks::changed, view->viewport(), [view] { view->viewport()->update(); });
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
  QPen pen(QColor(c.red, c.green, c.blue), 2);
  if (TimelineModel::isDimension(className)) pen.setStyle(Qt::DashLine);  // a dimension's score, not a class
  s->setPen(pen);
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
  for (const QString& name : model_.classNames(track)) {
    if (!model_.currentNames().contains(name)) continue;
    const auto points = model_.series(track, name);
    seriesFor(name, model_.classIndex(track, name))->replace(points);
    if (!points.isEmpty()) last = std::max(last, points.last().x());
  }
  timeAxis_->setRange(std::max(0.0, last - 30), std::max(10.0, last));
  chartView()->setInvalidSpans(model_.invalidSpans(track));
}

ClickableChartView* TimelineView::chartView() const {
  return static_cast<ClickableChartView*>(findChild<QChartView*>("timelineChart"));
}

QVector<QPair<double, double>> TimelineView::shownInvalidSpans() const { return model_.invalidSpans(currentTrack()); }

void TimelineView::onAppended(qint64 trackId, double seconds) {
  if (faces_->count() > 0 && trackId != currentTrack()) return;
  for (const QString& name : model_.classNames(trackId)) {
    if (!model_.currentNames().contains(name)) continue;
    const auto points = model_.series(trackId, name);
    if (!points.isEmpty() && points.last().x() == seconds) seriesFor(name, model_.classIndex(trackId, name))->append(points.last());
  }
  if (seconds > timeAxis_->max()) timeAxis_->setRange(std::max(0.0, seconds - 30), seconds);
  chartView()->setInvalidSpans(model_.invalidSpans(trackId));
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
