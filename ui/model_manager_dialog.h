// The model manager: catalogue entries in plain words (what each part does, which set is recommended and why,
// download sizes) with their status; download, check, remove, add from a folder, or point at files on disk;
// choose the active CLIP model and expression head.
#pragma once
#include <QDialog>

#include "engine_choice.h"
#include "job_runner.h"
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

  void refresh();
  // In the background, with progress; each ends in jobFinished. The buttons call these.
  void fetch(const QStringList& ids);
  void verify(const QString& id);
  void addFrom(const QString& folder);
  bool isBusy() const { return job_.isRunning(); }
  QString baseUrl() const;
  void setBaseUrl(const QString& url);
  QTableWidget* table() const { return table_; }
  QString statusText() const;

  // The recommended first set (ViT-B/16 + the authors' B/16 head).
  static QStringList recommendedIds() { return {"openai-clip-vit-b-16", "expclip-b16-head"}; }
  static QString displayName(const ModelManifest& manifest);  // "CLIP ViT-B/16", not the catalogue id
  static QString whatItIs(const ModelManifest& manifest);     // what it does, and for CLIP sizes when to take it

 signals:
  void engineChosen(const mien::ui::EngineChoice& choice);
  void jobFinished(bool ok, const QString& message);

 private:
  QString selectedId() const;  // the catalogue id
  QString introText() const;
  void removeSelected();
  void chooseFolderToAdd();
  void runJob(JobRunner::Job job, bool measured = false);  // measured: reports done of total
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
  JobRunner job_;
};

}  // namespace mien::ui
