// First run: no encoder installed. Offers the recommended download with its size, or files already on disk.
#pragma once
#include <QWidget>

class QLabel;
class QPushButton;

namespace mien::ui {

class WelcomePage : public QWidget {
  Q_OBJECT

 public:
  explicit WelcomePage(QWidget* parent = nullptr);
  void setDownloadSize(qint64 bytes);  // 0 when unknown

 signals:
  void downloadRequested();
  void useFilesRequested();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  QLabel *title_, *text_;
  QPushButton *download_, *files_;
  qint64 bytes_ = 0;
};

}  // namespace mien::ui
