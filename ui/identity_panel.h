// The Participants panel: the face tracks of the last run, one row each (face, track id, name, when first and
// last seen, frames), to rename, merge (give several tracks one name) and drop (a face on a poster); saved as
// NAME.participants.json beside the run's CSV, which every export then uses.
#pragma once
#include <QWidget>

#include "io/run_tracks.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mien::ui {

class IdentityPanel : public QWidget {
  Q_OBJECT

 public:
  enum Column { FaceColumn, TrackColumn, NameColumn, SeenColumn, FramesColumn };
  explicit IdentityPanel(QWidget* parent = nullptr);

  // Lists the run's tracks with the names of NAME.participants.json beside it (else the CSV's own); emits failed().
  void load(const QString& csvPath);
  QString csvPath() const { return csvPath_; }
  QString participantsPath() const;  // NAME.participants.json beside the CSV
  QTableWidget* table() const { return table_; }

  void nameSelected(const QString& name);  // one row: a rename; several: a merge
  void dropSelected();
  void restoreSelected();
  void showFaces();  // thumbnails cut from the recording, in memory only
  bool save();       // emits saved() or failed(); a merge of tracks seen on one frame is refused, naming it

 signals:
  void saved(const QString& path);
  void failed(const QString& message);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  ParticipantMap currentMap() const;  // throws ModelError as a participants file would
  void fillRows(const ParticipantMap& names);
  void setDropped(int row, bool dropped);
  void updateButtons();
  void retranslate();

  QLabel* title_;
  QTableWidget* table_;
  QLineEdit* name_;
  QPushButton *nameButton_, *drop_, *restore_, *faces_, *save_;
  QString csvPath_, recording_;
  RunTracks tracks_;
  bool filling_ = false;
};

}  // namespace mien::ui
