<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="257" />
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="32" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>mien::ui::CachePage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="210" />
        <source>Building the caches</source>
        <translation>Caches werden aufgebaut</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="211" />
        <source>CLIP features and LLM embeddings are computed once and kept; a rerun only fills what is missing.</source>
        <translation>CLIP-Merkmale und LLM-Einbettungen werden einmal berechnet und behalten; ein erneuter Lauf ergänzt nur, was fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="245" />
        <source>CLIP features: %1 of %2 faces</source>
        <translation>CLIP-Merkmale: %1 von %2 Gesichtern</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="255" />
        <source>LLM embeddings: %1 of %2 faces</source>
        <translation>LLM-Einbettungen: %1 von %2 Gesichtern</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="266" />
        <source>%1 faces are ready: %2-d CLIP features, %3-d LLM embeddings; %4 incomplete.</source>
        <translation>%1 Gesichter sind bereit: %2-dim. CLIP-Merkmale, %3-dim. LLM-Einbettungen; %4 unvollständig.</translation>
    </message>
</context>
<context>
    <name>mien::ui::EvaluatePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="37" />
        <source>Did it help?</source>
        <translation>Hat es geholfen?</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="38" />
        <source>Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and the trained head with the prompt set of the labels panel.</source>
        <translation>Optional: Ein beschrifteter Ordner (ein Unterordner pro Klasse) vergleicht reines CLIP, den Startkopf und den trainierten Kopf mit dem Prompt-Satz der Beschriftungsleiste.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="41" />
        <source>The images are already aligned face crops</source>
        <translation>Die Bilder sind bereits ausgerichtete Gesichtsausschnitte</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="43" />
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="47" />
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="47" />
        <source>UAR %</source>
        <translation>UAR %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="47" />
        <source>WAR %</source>
        <translation>WAR %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="47" />
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="53" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="66" />
        <source>Labelled folder</source>
        <translation>Beschrifteter Ordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="71" />
        <source>Evaluating image %1 of %2…</source>
        <translation>Bild %1 von %2 wird ausgewertet…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="76" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="92" />
        <source>Results and confusion matrices are in %1</source>
        <translation>Ergebnisse und Konfusionsmatrizen liegen in %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::ExpClipTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="123" />
        <source>Training the Exp-CLIP head</source>
        <translation>Training des Exp-CLIP-Kopfs</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="124" />
        <source>CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4).</source>
        <translation>CLIP bleibt eingefroren; nur der Projektionskopf lernt (SGD, Momentum 0,9, Gewichtsabnahme 1e-4).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="125" />
        <source>Start from the current head</source>
        <translation>Vom aktuellen Kopf ausgehen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="126" />
        <source>Start from a fresh head</source>
        <translation>Mit einem neuen Kopf beginnen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="133" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="164" />
        <source>Trained on %1 faces: loss %2 → %3.</source>
        <translation>Auf %1 Gesichtern trainiert: Verlust %2 → %3.</translation>
    </message>
</context>
<context>
    <name>mien::ui::FolderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="54" />
        <source>Faces to learn from</source>
        <translation>Gesichter zum Lernen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="55" />
        <source>Exp-CLIP learns from unlabelled faces of your participants (images or videos) and an LLM's descriptions; GFER learns from a labelled folder (one sub-folder of images per class).</source>
        <translation>Exp-CLIP lernt aus unbeschrifteten Gesichtern Ihrer Teilnehmenden (Bilder oder Videos) und den Beschreibungen eines LLM; GFER lernt aus einem beschrifteten Ordner (ein Unterordner mit Bildern pro Klasse).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="57" />
        <source>Exp-CLIP head: unlabelled faces, any expression words later</source>
        <translation>Exp-CLIP-Kopf: unbeschriftete Gesichter, später beliebige Ausdruckswörter</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="58" />
        <source>GFER head: labelled faces, fixed classes, generalises to new people</source>
        <translation>GFER-Kopf: beschriftete Gesichter, feste Klassen, verallgemeinert auf neue Personen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="64" />
        <source>The images are already aligned face crops</source>
        <translation>Die Bilder sind bereits ausgerichtete Gesichtsausschnitte</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="67" />
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="69" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="69" />
        <source>Faces folder</source>
        <translation>Gesichterordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="70" />
        <source>Training folder</source>
        <translation>Trainingsordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="72" />
        <source>CLIP model</source>
        <translation>CLIP-Modell</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="83" />
        <source>No CLIP model is chosen: pick one in the model manager first.</source>
        <translation>Kein CLIP-Modell gewählt: Wählen Sie zuerst eines in der Modellverwaltung.</translation>
    </message>
</context>
<context>
    <name>mien::ui::GferTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="169" />
        <source>Training the GFER head</source>
        <translation>Training des GFER-Kopfs</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="170" />
        <source>CLIP stays frozen; a ResNet learns which CLIP channels matter (Adam, exponential decay, the authors' augmentation). Defaults are the authors' settings.</source>
        <translation>CLIP bleibt eingefroren; ein ResNet lernt, welche CLIP-Kanäle zählen (Adam, exponentieller Abfall, die Augmentierung der Autoren). Die Vorgaben sind die Einstellungen der Autoren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="176" />
        <source>optional: resnet18_msceleb.pth (from scratch when empty)</source>
        <translation>optional: resnet18_msceleb.pth (leer: von Grund auf)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="181" />
        <source>Augment (noise, flips, erasing)</source>
        <translation>Augmentieren (Rauschen, Spiegeln, Löschen)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="184" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187" />
        <source>ResNet start</source>
        <translation>ResNet-Start</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="188" />
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="191" />
        <source>ResNet weights</source>
        <translation>ResNet-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="191" />
        <source>Weights (*.pth *.pt)</source>
        <translation>Gewichte (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="225" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="227" />
        <source>Trained on %1 faces (%2 held out): validation accuracy %3%, UAR %4%.</source>
        <translation>Auf %1 Gesichtern trainiert (%2 zurückgehalten): Validierungsgenauigkeit %3 %, UAR %4 %.</translation>
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
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Preset prompt sets…</source>
        <translation>Vorgefertigte Prompt-Sätze…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="201" />
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="202" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="203" />
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="204" />
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="205" />
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>Ausdruckskopf verwenden (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="206" />
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>Dieser Kopf wurde auf feste Klassen trainiert; seine Beschriftungen lassen sich nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="116" />
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120" />
        <source>Open image folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146" />
        <source>About Mien</source>
        <translation>Über Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147" />
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Zero-Shot-Erkennung von Gesichtsausdrücken in Echtzeit mit CLIP und dem Exp-CLIP-Kopf (Zhao et al., WACV 2025) oder dem GFER-Kopf (Zhang et al., ECCV 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216" />
        <source>Head saved to %1</source>
        <translation>Kopf gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277" />
        <source>File %1 of %2: %3 frames</source>
        <translation>Datei %1 von %2: %3 Bilder</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287" />
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>Annotation abgebrochen; fertige Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288" />
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>%1 Datei(en) annotiert; %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296" />
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301" />
        <location filename="../ui/main_window.cpp" line="584" />
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303" />
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303" />
        <location filename="../ui/main_window.cpp" line="312" />
        <location filename="../ui/main_window.cpp" line="370" />
        <location filename="../ui/main_window.cpp" line="453" />
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="324" />
        <source>%1 fps</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327" />
        <location filename="../ui/main_window.cpp" line="572" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327" />
        <location filename="../ui/main_window.cpp" line="572" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365" />
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine an oder öffnen Sie eine Videodatei oder einen Bildordner.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369" />
        <location filename="../ui/main_window.cpp" line="452" />
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>Noch kein Modell installiert. Laden Sie die empfohlenen Modelle herunter oder wählen Sie Dateien auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381" />
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="424" />
        <source>The %1 translation is missing from this build.</source>
        <translation>Die Übersetzung %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="429" />
        <location filename="../ui/main_window.cpp" line="439" />
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>Öffnen Sie zuerst eine Videodatei: Der Export annotiert die ganze Datei, wie mien-cli annotate.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="432" />
        <source>Folder for the CSV timeline</source>
        <translation>Ordner für die CSV-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461" />
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>Eine Annotation läuft bereits; warten Sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="464" />
        <source>Annotating…</source>
        <translation>Annotiere…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="464" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="472" />
        <source>Files to annotate</source>
        <translation>Zu annotierende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="474" />
        <source>Folder for the CSV timelines</source>
        <translation>Ordner für die CSV-Zeitleisten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="497" />
        <source>The snapshot could not be saved: %1</source>
        <translation>Der Schnappschuss konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="500" />
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="525" />
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>Öffnen Sie eine Kamera, eine Videodatei oder einen Bildordner, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="526" />
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>Noch kein Modell: Öffnen Sie Modelle…, um eines herunterzuladen oder zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="556" />
        <source>Open &amp;video…</source>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="557" />
        <source>Open image &amp;folder…</source>
        <translation>Bild&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="558" />
        <source>&amp;Export CSV timeline…</source>
        <translation>CSV-Zeitleiste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="559" />
        <source>Export &amp;annotated video…</source>
        <translation>&amp;Annotiertes Video exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Export fin&amp;dings (ELAN, BORIS, segments, summary)…</source>
        <translation>Befun&amp;de exportieren (ELAN, BORIS, Segmente, Zusammenfassung)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Summari&amp;ze runs…</source>
        <translation>Läufe &amp;zusammenfassen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Save &amp;snapshot</source>
        <translation>&amp;Schnappschuss speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="561" />
        <source>Annotate &amp;files…</source>
        <translation>&amp;Dateien annotieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="562" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="563" />
        <source>Step one frame</source>
        <translation>Ein Bild weiter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="564" />
        <source>&amp;Booth mode (full screen)</source>
        <translation>&amp;Messestand-Modus (Vollbild)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565" />
        <source>Show class &amp;bars</source>
        <translation>Klassen&amp;balken zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566" />
        <source>&amp;Loop files</source>
        <translation>Dateien in &amp;Schleife</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567" />
        <source>&amp;Model manager…</source>
        <translation>&amp;Modellverwaltung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="568" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="569" />
        <source>&amp;About Mien</source>
        <translation>Ü&amp;ber Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="575" />
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="575" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="576" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="576" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="580" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="581" />
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="582" />
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="583" />
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
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="110" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="112" />
        <source>installed, in use</source>
        <translation>installiert, in Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="112" />
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="113" />
        <source>partly installed</source>
        <translation>teilweise installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="113" />
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="115" />
        <source>recorded</source>
        <translation>hinterlegt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="115" />
        <source>none recorded</source>
        <translation>keine hinterlegt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="156" />
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="175" />
        <source>%1: every file matches its checksum.</source>
        <translation>%1: Jede Datei stimmt mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="187" />
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195" />
        <source>Folder with downloaded model files</source>
        <translation>Ordner mit heruntergeladenen Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="201" />
        <source>No catalogue files were found in %1.</source>
        <translation>In %1 wurden keine Katalogdateien gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="201" />
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="210" />
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>CLIP-Gewichte (.pt, .safetensors oder config.json eines Ordners)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="211" />
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>Gewichte (*.pt *.pth *.safetensors *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="213" />
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>Ausdruckskopf (Abbrechen für reines CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="214" />
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Köpfe (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="230" />
        <source>%1 is not installed yet: press Fetch, or add its files from a folder.</source>
        <translation>%1 ist noch nicht installiert: Klicken Sie auf Herunterladen oder fügen Sie die Dateien aus einem Ordner hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="242" />
        <source>Detectors are chosen automatically.</source>
        <translation>Detektoren werden automatisch gewählt.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="167" />
        <source>Where the LLM's descriptions come from</source>
        <translation>Woher die Beschreibungen des LLM kommen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="168" />
        <source>Exp-CLIP learns from what a large language model says about each face.</source>
        <translation>Exp-CLIP lernt aus dem, was ein großes Sprachmodell über jedes Gesicht sagt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="169" />
        <source>Import embeddings made with the authors' BLIP-2 script (tools/lavis)</source>
        <translation>Mit dem BLIP-2-Skript der Autoren erzeugte Einbettungen importieren (tools/lavis)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="170" />
        <source>Ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama)</source>
        <translation>Einen OpenAI-kompatiblen Server fragen (llama.cpp, vLLM, Ollama)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="178" />
        <source>Embeddings (.npy, .safetensors)</source>
        <translation>Einbettungen (.npy, .safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="179" />
        <source>Embeddings</source>
        <translation>Einbettungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="179" />
        <source>Embeddings (*.npy *.safetensors)</source>
        <translation>Einbettungen (*.npy *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="181" />
        <source>Mapping (.csv, .json)</source>
        <translation>Zuordnung (.csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="182" />
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="182" />
        <source>Mappings (*.csv *.json)</source>
        <translation>Zuordnungen (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="185" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="186" />
        <source>Vision-language model</source>
        <translation>Bild-Sprach-Modell</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="187" />
        <source>Embedding model</source>
        <translation>Einbettungsmodell</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="188" />
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="189" />
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>mien::ui::SavePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="139" />
        <source>Save the head</source>
        <translation>Kopf speichern</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="140" />
        <source>Saved in the authors' format (.pth) with a .safetensors copy and a .json record of the training.</source>
        <translation>Gespeichert im Format der Autoren (.pth) mit einer .safetensors-Kopie und einem .json-Protokoll des Trainings.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="142" />
        <source>Use this head now</source>
        <translation>Diesen Kopf jetzt verwenden</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="146" />
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="168" />
        <source>Cannot write %1; choose another place.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ScanPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="142" />
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="143" />
        <source>Faces are detected, aligned and deduplicated; files that give no face are listed below.</source>
        <translation>Gesichter werden erkannt, ausgerichtet und entdoppelt; Dateien ohne Gesicht stehen unten.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="151" />
        <source>Scanning file %1 of %2</source>
        <translation>Datei %1 von %2 wird durchsucht</translation>
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
    <name>mien::ui::TaskPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="105" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="119" />
        <source>Cancelled. Go back and forward again to continue; finished work is kept.</source>
        <translation>Abgebrochen. Gehen Sie zurück und wieder vor, um fortzufahren; Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="135" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="79" />
        <location filename="../ui/timeline_view.cpp" line="124" />
        <source>Face %1</source>
        <translation>Gesicht %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="121" />
        <source>Face:</source>
        <translation>Gesicht:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="122" />
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="123" />
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="39" />
        <source>Continue the last run from its newest checkpoint</source>
        <translation>Den letzten Lauf ab seinem neuesten Prüfpunkt fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="41" />
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="43" />
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="47" />
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="48" />
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="66" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="67" />
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="68" />
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="90" />
        <source>Epoch %1 of %2: loss %3, accuracy %4%</source>
        <translation>Epoche %1 von %2: Verlust %3, Genauigkeit %4 %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="99" />
        <source>Stopped; the checkpoints are kept. Start again to continue.</source>
        <translation>Angehalten; die Prüfpunkte bleiben erhalten. Erneut starten, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="100" />
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="21" />
        <source>Train an expression head</source>
        <translation>Einen Ausdruckskopf trainieren</translation>
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
        <source>Download the recommended models (about %1)</source>
        <translation>Empfohlene Modelle herunterladen (etwa %1)</translation>
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
