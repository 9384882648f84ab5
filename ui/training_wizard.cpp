// The wizard itself: page order, window options, and hand-over of the saved head to the main window.
#include "training_wizard.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

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
  retranslate();
}

void TrainingWizard::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWizard::changeEvent(event);
}

// QWizard's own button words come from Qt's translations, which Mien does not ship: the wizard words them.
void TrainingWizard::retranslate() {
  setWindowTitle(tr("Train an expression head"));
  setButtonText(BackButton, tr("< &Back"));
  setButtonText(NextButton, tr("&Next >"));
  setButtonText(CommitButton, tr("Commit"));
  setButtonText(FinishButton, tr("&Finish"));
  setButtonText(HelpButton, tr("&Help"));
}

void WizardPage::setTexts(std::function<void()> apply) {
  apply();
  texts_.push_back(std::move(apply));
}

void WizardPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange)
    for (const auto& apply : texts_) apply();
  QWizardPage::changeEvent(event);
}

QWidget* WizardPage::withBrowse(QLineEdit* edit, std::function<QString()> choose) {
  auto* row = new QWidget;
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* browse = new QPushButton;
  layout->addWidget(edit, 1);
  layout->addWidget(browse);
  setTexts([browse] { browse->setText(tr("Browse…")); });
  connect(browse, &QPushButton::clicked, edit, [edit, choose] {
    const QString chosen = choose();
    if (!chosen.isEmpty()) edit->setText(chosen);
  });
  return row;
}

void WizardPage::setRowLabel(QFormLayout* form, QWidget* field, const QString& text) {
  if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) label->setText(text);
}

void WizardPage::setRowLabel(QFormLayout* form, QLayout* field, const QString& text) {
  if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) label->setText(text);
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
