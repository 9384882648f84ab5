// The "Train" tab: a wizard that fine-tunes the Exp-CLIP head on a folder of unlabelled faces (choose the
// folder -> scan -> choose the LLM provider -> build the caches -> train with live curves) or trains the GFER
// head on a labelled folder (choose the folder -> train), then evaluates and saves the head.
// Every step runs the engine's calls on a background task; the pages only collect settings and show results.
#pragma once
#include <QWizard>
#include <functional>

#include "engine_choice.h"
#include "model/prompt_set.h"
#include "train/expclip_training_run.h"
#include "train/face_collection.h"
#include "train/training_workspace.h"

namespace mien::ui {

struct TrainingWizardState {
  EngineChoice engine;  // the encoder to train against; its head is the default starting point
  PromptSet prompts;    // for the evaluation step when no prompt source is set
  QString folder, workDir;
  bool aligned = false;
  bool gfer = false;  // the supervised GFER head on a labelled folder instead of Exp-CLIP
  FaceScan scan;
  CacheRecord record;
  QString trainedHead;  // <work>/head.pth once training finished
};

class TrainingWizard : public QWizard {
  Q_OBJECT

 public:
  enum PageId { FolderPageId, ScanPageId, ProviderPageId, CachePageId, TrainPageId, GferTrainPageId, EvaluatePageId, SavePageId };

  explicit TrainingWizard(QWidget* parent = nullptr);
  void setEngine(const EngineChoice& engine, const PromptSet& prompts);  // from the main window
  // Where the evaluation takes its prompt set when it runs (the Labels panel), so that what is evaluated is
  // what is shown even after the panel changed.
  void setPromptSource(std::function<PromptSet()> source) { promptSource_ = std::move(source); }
  PromptSet currentPrompts() const { return promptSource_ ? promptSource_() : state_.prompts; }
  void promptsChanged();  // the source changed: the evaluation page shows the set it will use
  TrainingWizardState& state() { return state_; }

 signals:
  void headSaved(const QString& path, bool activate);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  TrainingWizardState state_;
  std::function<PromptSet()> promptSource_;
};

}  // namespace mien::ui
