// Colours follow the level; the close button hides the strip until the next message.
#include "banner_bar.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace mien::ui {

BannerBar::BannerBar(QWidget* parent)
    : QFrame(parent), icon_(new QLabel), text_(new QLabel), action_(new QPushButton), close_(new QPushButton) {
  setObjectName("banner");
  text_->setObjectName("bannerText");
  text_->setWordWrap(true);
  text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  close_->setFlat(true);
  close_->setText(QStringLiteral("✕"));
  close_->setFixedWidth(32);
  action_->hide();
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(12, 6, 6, 6);
  layout->addWidget(icon_);
  layout->addWidget(text_, 1);
  layout->addWidget(action_);
  layout->addWidget(close_);
  connect(text_, &QLabel::linkActivated, this, [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
  connect(close_, &QPushButton::clicked, this, &BannerBar::dismiss);
  connect(action_, &QPushButton::clicked, this, [this] { emit actionTriggered(actionId_); });
  hide();
}

void BannerBar::showMessage(Level level, const QString& text, const QString& actionText, const QString& actionId) {
  level_ = level;
  static const char* styles[] = {"background:#1f3b57; color:#e8f1fb; border-radius:6px;",
                                 "background:#5a4512; color:#fff4d6; border-radius:6px;",
                                 "background:#5c1f24; color:#ffe3e5; border-radius:6px;"};
  static const QStyle::StandardPixmap icons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_MessageBoxWarning,
                                                 QStyle::SP_MessageBoxCritical};
  setStyleSheet(QStringLiteral("#banner{%1} QLabel{color:inherit;}").arg(styles[static_cast<int>(level)]));
  icon_->setPixmap(style()->standardIcon(icons[static_cast<int>(level)]).pixmap(20, 20));
  text_->setTextFormat(Qt::PlainText);
  text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  text_->setText(text);
  plain_ = text;
  actionId_ = actionId;
  action_->setText(actionText);
  action_->setVisible(!actionText.isEmpty());
  show();
}

void BannerBar::showFolder(Level level, const QString& text, const QString& folder) {
  showMessage(level, text);
  const QString shown = QDir::toNativeSeparators(QDir(folder).absolutePath());
  text_->setTextFormat(Qt::RichText);
  text_->setTextInteractionFlags(Qt::TextBrowserInteraction);
  text_->setText(QStringLiteral("%1 <a href=\"%2\" style=\"color:#9fd0ff;\">%3</a>")
                     .arg(text.toHtmlEscaped(), QUrl::fromLocalFile(QDir(folder).absolutePath()).toString(QUrl::FullyEncoded),
                          shown.toHtmlEscaped()));
  plain_ = text + " " + shown;
}

void BannerBar::dismiss() { hide(); }

QString BannerBar::text() const { return plain_; }

}  // namespace mien::ui
