<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="255" />
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::LabelsPanel</name>
    <message>
        <location filename="../ui/labels_panel.cpp" line="64" />
        <source>Load prompt set</source>
        <translation>Prompt-Satz laden</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="64" />
        <location filename="../ui/labels_panel.cpp" line="68" />
        <source>Prompt sets (*.json)</source>
        <translation>Prompt-Sätze (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="68" />
        <source>Save prompt set</source>
        <translation>Prompt-Satz speichern</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="139" />
        <source>Keep at least two classes with a name.</source>
        <translation>Mindestens zwei Klassen mit Namen behalten.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="142" />
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="198" />
        <source>Preset prompt sets…</source>
        <translation>Vorgefertigte Prompt-Sätze…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="201" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="202" />
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="203" />
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="204" />
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>Ausdruckskopf verwenden (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="205" />
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>Dieser Kopf wurde auf feste Klassen trainiert; seine Beschriftungen lassen sich nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="110" />
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114" />
        <source>Open image folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140" />
        <source>About Mien</source>
        <translation>Über Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141" />
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Zero-Shot-Erkennung von Gesichtsausdrücken in Echtzeit mit CLIP und dem Exp-CLIP-Kopf (Zhao et al., WACV 2025) oder dem GFER-Kopf (Zhang et al., ECCV 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248" />
        <source>File %1 of %2: %3 frames</source>
        <translation>Datei %1 von %2: %3 Bilder</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258" />
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>Annotation abgebrochen; fertige Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259" />
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>%1 Datei(en) annotiert; %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272" />
        <location filename="../ui/main_window.cpp" line="552" />
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <location filename="../ui/main_window.cpp" line="283" />
        <location filename="../ui/main_window.cpp" line="340" />
        <location filename="../ui/main_window.cpp" line="423" />
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295" />
        <source>%1 fps</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298" />
        <location filename="../ui/main_window.cpp" line="542" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298" />
        <location filename="../ui/main_window.cpp" line="542" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335" />
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine an oder öffnen Sie eine Videodatei oder einen Bildordner.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339" />
        <location filename="../ui/main_window.cpp" line="422" />
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>Noch kein Modell installiert. Laden Sie die empfohlenen Modelle herunter oder wählen Sie Dateien auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351" />
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394" />
        <source>The %1 translation is missing from this build.</source>
        <translation>Die Übersetzung %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399" />
        <location filename="../ui/main_window.cpp" line="409" />
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>Öffnen Sie zuerst eine Videodatei: Der Export annotiert die ganze Datei, wie mien-cli annotate.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402" />
        <source>Folder for the CSV timeline</source>
        <translation>Ordner für die CSV-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="431" />
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>Eine Annotation läuft bereits; warten Sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434" />
        <source>Annotating…</source>
        <translation>Annotiere…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442" />
        <source>Files to annotate</source>
        <translation>Zu annotierende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="444" />
        <source>Folder for the CSV timelines</source>
        <translation>Ordner für die CSV-Zeitleisten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467" />
        <source>The snapshot could not be saved: %1</source>
        <translation>Der Schnappschuss konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="470" />
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="495" />
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>Öffnen Sie eine Kamera, eine Videodatei oder einen Bildordner, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="496" />
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>Noch kein Modell: Öffnen Sie Modelle…, um eines herunterzuladen oder zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="526" />
        <source>Open &amp;video…</source>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="527" />
        <source>Open image &amp;folder…</source>
        <translation>Bild&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="528" />
        <source>&amp;Export CSV timeline…</source>
        <translation>CSV-Zeitleiste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="529" />
        <source>Export &amp;annotated video…</source>
        <translation>&amp;Annotiertes Video exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="530" />
        <source>Save &amp;snapshot</source>
        <translation>&amp;Schnappschuss speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="531" />
        <source>Annotate &amp;files…</source>
        <translation>&amp;Dateien annotieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="532" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="533" />
        <source>Step one frame</source>
        <translation>Ein Bild weiter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="534" />
        <source>&amp;Booth mode (full screen)</source>
        <translation>&amp;Messestand-Modus (Vollbild)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="535" />
        <source>Show class &amp;bars</source>
        <translation>Klassen&amp;balken zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536" />
        <source>&amp;Loop files</source>
        <translation>Dateien in &amp;Schleife</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537" />
        <source>&amp;Model manager…</source>
        <translation>&amp;Modellverwaltung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="538" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="539" />
        <source>&amp;About Mien</source>
        <translation>Ü&amp;ber Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="545" />
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="545" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="550" />
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="551" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>mien::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="27" />
        <source>Fetch</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="28" />
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="28" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="29" />
        <source>Add from folder…</source>
        <translation>Aus Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="29" />
        <source>Use files on disk…</source>
        <translation>Dateien von der Festplatte…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="30" />
        <source>Use selected</source>
        <translation>Auswahl verwenden</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="30" />
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="31" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="41" />
        <source>Download mirror (optional): https://mirror.example/mien</source>
        <translation>Download-Spiegel (optional): https://mirror.example/mien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="56" />
        <source>Models are stored in %1</source>
        <translation>Modelle werden in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="107" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="108" />
        <source>installed, in use</source>
        <translation>installiert, in Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="108" />
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>partly installed</source>
        <translation>teilweise installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111" />
        <source>recorded</source>
        <translation>hinterlegt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111" />
        <source>none recorded</source>
        <translation>keine hinterlegt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="151" />
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="170" />
        <source>%1: every file matches its checksum.</source>
        <translation>%1: Jede Datei stimmt mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="182" />
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="190" />
        <source>Folder with downloaded model files</source>
        <translation>Ordner mit heruntergeladenen Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="196" />
        <source>No catalogue files were found in %1.</source>
        <translation>In %1 wurden keine Katalogdateien gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="196" />
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="205" />
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>CLIP-Gewichte (.pt, .safetensors oder config.json eines Ordners)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="206" />
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>Gewichte (*.pt *.pth *.safetensors *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="208" />
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>Ausdruckskopf (Abbrechen für reines CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="209" />
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Köpfe (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="225" />
        <source>%1 is not installed yet: press Fetch, or add its files from a folder.</source>
        <translation>%1 ist noch nicht installiert: Klicken Sie auf Herunterladen oder fügen Sie die Dateien aus einem Ordner hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="237" />
        <source>Detectors are chosen automatically.</source>
        <translation>Detektoren werden automatisch gewählt.</translation>
    </message>
</context>
<context>
    <name>mien::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="18" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="19" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="30" />
        <source>Weight of the newest frame; 1 turns smoothing off.</source>
        <translation>Gewicht des neuesten Bildes; 1 schaltet die Glättung aus.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34" />
        <source>Precision (CPU)</source>
        <translation>Genauigkeit (CPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35" />
        <source>Face score threshold</source>
        <translation>Schwelle für Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="36" />
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37" />
        <source>Show class bars beside faces</source>
        <translation>Klassenbalken neben Gesichtern zeigen</translation>
    </message>
</context>
<context>
    <name>mien::ui::SourceBar</name>
    <message>
        <location filename="../ui/source_bar.cpp" line="58" />
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="59" />
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="63" />
        <source>Open image folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="78" />
        <location filename="../ui/source_bar.cpp" line="117" />
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="114" />
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="115" />
        <source>Open video…</source>
        <translation>Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="116" />
        <source>Open image folder…</source>
        <translation>Bildordner öffnen…</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="76" />
        <location filename="../ui/timeline_view.cpp" line="121" />
        <source>Face %1</source>
        <translation>Gesicht %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="118" />
        <source>Face:</source>
        <translation>Gesicht:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="119" />
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="120" />
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
</context>
<context>
    <name>mien::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="41" />
        <source>Welcome to Mien</source>
        <translation>Willkommen bei Mien</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="42" />
        <source>Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading.</source>
        <translation>Mien braucht ein CLIP-Modell, um Gesichtsausdrücke zu erkennen. Empfohlen wird OpenAI CLIP ViT-B/16 mit dem Exp-CLIP-B/16-Kopf; beide Dateien werden nach dem Herunterladen Byte für Byte geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="44" />
        <source>Download the recommended models (%1)</source>
        <translation>Empfohlene Modelle herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="45" />
        <source>Download the recommended models</source>
        <translation>Empfohlene Modelle herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="46" />
        <source>Use model files already on this computer…</source>
        <translation>Modelldateien auf diesem Computer verwenden…</translation>
    </message>
</context>
</TS>
