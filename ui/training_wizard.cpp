// The wizard itself: page order, window options, and hand-over of the saved head to the main window.
#include "training_wizard.h"

#include <QApplication>
#include <QPointer>

#include "training_wizard_pages.h"

namespace mien::ui {

TrainingWizard::TrainingWizard(QWidget* parent) : QWizard(parent) {
  setObjectName("trainingWizard");
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoCancelButton, true);  // it lives in a tab: there is nothing to close
  setOption(QWizard::NoBackButtonOnLastPage, true);
  setPage(FolderPageId, new FolderPage);
  setPage(ScanPageId, new ScanPage);
  setPage(ProviderPageId, new ProviderPage);
  setPage(CachePageId, new CachePage);
  setPage(TrainPageId, new ExpClipTrainPage);
  setPage(GferTrainPageId, new GferTrainPage);
  setPage(EvaluatePageId, new EvaluatePage);
  setPage(SavePageId, new SavePage);
  setWindowTitle(tr("Train an expression head"));
}

void WizardPage::completeChangedKeepingFocus() {
  const QPointer<QWidget> typing = QApplication::focusWidget();
  emit completeChanged();
  if (typing && typing != QApplication::focusWidget() && isAncestorOf(typing) && typing->isVisible())
    typing->setFocus(Qt::OtherFocusReason);
}

void TrainingWizard::promptsChanged() {
  if (auto* evaluation = qobject_cast<EvaluatePage*>(currentPage())) evaluation->showCurrentPrompts();
}

void TrainingWizard::setEngine(const EngineChoice& engine, const PromptSet& prompts) {
  state_.engine = engine;
  state_.prompts = prompts;
  if (currentPage()) currentPage()->initializePage();
}

}  // namespace mien::ui
