// The model manager: catalogue entries with size, checksum and status; fetch, verify, remove, add from a
// folder, or point at files on disk; choose the active encoder and head.
#pragma once
#include <QDialog>
#include <atomic>
#include <memory>
#include <thread>

#include "engine_choice.h"
#include "store/model_store.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace mien::ui {

class ModelManagerDialog : public QDialog {
  Q_OBJECT

 public:
  ModelManagerDialog(ModelStore store, EngineChoice active, QWidget* parent = nullptr);
  ~ModelManagerDialog() override;

  void refresh();
  void fetch(const QStringList& ids);  // in the background, with progress
  QString baseUrl() const;
  void setBaseUrl(const QString& url);
  QTableWidget* table() const { return table_; }
  QString statusText() const;

  // The recommended first set (ViT-B/16 + the authors' B/16 head).
  static QStringList recommendedIds() { return {"openai-clip-vit-b-16", "expclip-b16-head"}; }

 signals:
  void engineChosen(const mien::ui::EngineChoice& choice);
  void fetchFinished(bool ok, const QString& message);

 private:
  QString selectedId() const;
  void verifySelected();
  void removeSelected();
  void addFromFolder();
  void useFiles();
  void activateSelected();
  void setBusy(bool busy);
  void showStatus(const QString& text, bool error = false);

  ModelStore store_;
  EngineChoice active_;
  QTableWidget* table_;
  QLineEdit* baseUrl_;
  QProgressBar* progress_;
  QLabel* status_;
  QPushButton *fetch_, *verify_, *remove_, *add_, *files_, *activate_, *cancelButton_;
  std::unique_ptr<std::thread> worker_;
  std::atomic<bool> cancel_{false};
};

}  // namespace mien::ui
