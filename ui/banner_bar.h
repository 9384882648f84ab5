// A message strip above the live view: never a blocking dialog, so an unattended booth keeps running.
#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

namespace mien::ui {

class BannerBar : public QFrame {
  Q_OBJECT

 public:
  enum class Level { Info, Warning, Error };
  explicit BannerBar(QWidget* parent = nullptr);

  // `actionText` adds a button that emits actionTriggered(actionId).
  void showMessage(Level level, const QString& text, const QString& actionText = {}, const QString& actionId = {});
  // `text`, then `folder` as a link that opens it in the file manager (where an export went).
  void showFolder(Level level, const QString& text, const QString& folder);
  void dismiss();
  QString text() const;  // as plain text, a folder link as its path
  Level level() const { return level_; }

 signals:
  void actionTriggered(const QString& actionId);

 private:
  QLabel* icon_;
  QLabel* text_;
  QPushButton* action_;
  QPushButton* close_;
  QString actionId_, plain_;
  Level level_ = Level::Info;
};

}  // namespace mien::ui
