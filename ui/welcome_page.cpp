// A centred card; the buttons open the model manager, which does the work.
#include "welcome_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mien::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), title_(new QLabel), text_(new QLabel), download_(new QPushButton), files_(new QPushButton) {
  setObjectName("welcome");
  title_->setStyleSheet("font-size:22pt; font-weight:600;");
  text_->setWordWrap(true);
  text_->setAlignment(Qt::AlignHCenter);
  download_->setObjectName("downloadRecommended");
  download_->setMinimumHeight(40);
  files_->setMinimumHeight(40);
  // A card at most 560 px wide, centred; the wrapped text fills the card's width so that its height follows
  // from it (a centred word-wrapped label would be sized by its one-line hint and clipped).
  auto* card = new QWidget;
  card->setMaximumWidth(560);
  auto* column = new QVBoxLayout(card);
  column->addWidget(title_, 0, Qt::AlignHCenter);
  column->addWidget(text_);
  column->addWidget(download_, 0, Qt::AlignHCenter);
  column->addWidget(files_, 0, Qt::AlignHCenter);
  auto* row = new QHBoxLayout;
  row->addStretch();
  row->addWidget(card, 1);
  row->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->addStretch();
  layout->addLayout(row);
  layout->addStretch();
  connect(download_, &QPushButton::clicked, this, &WelcomePage::downloadRequested);
  connect(files_, &QPushButton::clicked, this, &WelcomePage::useFilesRequested);
  retranslate();
}

void WelcomePage::setDownloadSize(qint64 bytes) {
  bytes_ = bytes;
  retranslate();
}

void WelcomePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void WelcomePage::retranslate() {
  title_->setText(tr("Welcome to Mien"));
  text_->setText(tr("Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 "
                    "with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading."));
  download_->setText(bytes_ > 0 ? tr("Download the recommended models (about %1)").arg(QLocale().formattedDataSize(bytes_))
                                : tr("Download the recommended models"));
  files_->setText(tr("Use model files already on this computer…"));
}

}  // namespace mien::ui
