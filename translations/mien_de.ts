<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/error_text.cpp" line="14"/>
        <source>Choose the CPU as the device in Settings.</source>
        <translation>Wählen Sie in den Einstellungen die CPU als Gerät.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="15"/>
        <source>Add a manifest beside the weights, or choose files from the model manager.</source>
        <translation>Legen Sie ein Manifest neben die Gewichte oder wählen Sie Dateien in der Modellverwaltung.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="16"/>
        <source>Choose a model in Models &gt; Model manager.</source>
        <translation>Wählen Sie ein Modell unter Modelle &gt; Modellverwaltung.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="17"/>
        <source>Annotate the same files into the same folder again to continue where it stopped.</source>
        <translation>Annotieren Sie dieselben Dateien erneut in denselben Ordner, um an der Abbruchstelle fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="18"/>
        <source>Go back to the cache step of the training wizard and build the cache first.</source>
        <translation>Gehen Sie im Trainingsassistenten zurück zum Cache-Schritt und bauen Sie zuerst den Cache auf.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="19"/>
        <source>Enter a mirror address in the model manager, or add the files from a folder.</source>
        <translation>Geben Sie in der Modellverwaltung eine Spiegel-Adresse ein oder fügen Sie die Dateien aus einem Ordner hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="20"/>
        <source>Free some disk space, then annotate the same files again to continue.</source>
        <translation>Geben Sie Speicherplatz frei und annotieren Sie dann dieselben Dateien erneut, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="21"/>
        <source>Annotate it without the sidecar if it is meant to be this recording.</source>
        <translation>Annotieren Sie sie ohne die Begleitdatei, wenn es diese Aufnahme sein soll.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="22"/>
        <source>The library&apos;s own message is in the log.</source>
        <translation>Die Originalmeldung der Bibliothek steht im Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="29"/>
        <source>The model or head cannot be used.</source>
        <translation>Das Modell oder der Kopf lässt sich nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="30"/>
        <source>The image, video or camera cannot be read.</source>
        <translation>Das Bild, das Video oder die Kamera lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="31"/>
        <source>The download failed.</source>
        <translation>Der Download ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="32"/>
        <source>The training cache cannot be used.</source>
        <translation>Der Trainings-Cache lässt sich nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="33"/>
        <location filename="../ui/error_text.cpp" line="35"/>
        <source>A library Mien uses failed.</source>
        <translation>Eine von Mien verwendete Bibliothek ist gescheitert.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="34"/>
        <source>This cannot be done as it is.</source>
        <translation>Das lässt sich so nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="304"/>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="28"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="35"/>
        <source>recommended: accurate, and fast enough for live video on a laptop</source>
        <translation>empfohlen: genau und schnell genug für Live-Video auf einem Laptop</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="36"/>
        <source>quicker on slow computers, a little less accurate</source>
        <translation>schneller auf langsamen Rechnern, etwas weniger genau</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="37"/>
        <source>the most accurate; about three times the size and much slower</source>
        <translation>am genauesten; etwa dreimal so groß und viel langsamer</translation>
    </message>
</context>
<context>
    <name>mien::ui::CachePage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="229"/>
        <source>Building the caches</source>
        <translation>Caches werden aufgebaut</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="230"/>
        <source>CLIP features and LLM embeddings are computed once and kept; a rerun only fills what is missing.</source>
        <translation>CLIP-Merkmale und LLM-Einbettungen werden einmal berechnet und behalten; ein erneuter Lauf ergänzt nur, was fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="251"/>
        <source>CLIP features: %1 of %2 faces</source>
        <translation>CLIP-Merkmale: %1 von %2 Gesichtern</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="252"/>
        <source>LLM embeddings: %1 of %2 faces</source>
        <translation>LLM-Einbettungen: %1 von %2 Gesichtern</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="263"/>
        <source>Fewer than two faces have both a CLIP feature and an LLM embedding.</source>
        <translation>Weniger als zwei Gesichter haben sowohl ein CLIP-Merkmal als auch eine LLM-Einbettung.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="266"/>
        <source>%1 faces are ready: %2-d CLIP features, %3-d LLM embeddings; %4 incomplete.</source>
        <translation>%1 Gesichter sind bereit: %2-dim. CLIP-Merkmale, %3-dim. LLM-Einbettungen; %4 unvollständig.</translation>
    </message>
</context>
<context>
    <name>mien::ui::EvaluatePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="57"/>
        <source>Did it help?</source>
        <translation>Hat es geholfen?</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="58"/>
        <source>Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and the trained head with the prompt set of the labels panel.</source>
        <translation>Optional: Ein beschrifteter Ordner (ein Unterordner pro Klasse) vergleicht reines CLIP, den Startkopf und den trainierten Kopf mit dem Prompt-Satz der Beschriftungsleiste.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="60"/>
        <source>The images are already aligned face crops</source>
        <translation>Die Bilder sind bereits ausgerichtete Gesichtsausschnitte</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="61"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="62"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="62"/>
        <source>UAR %</source>
        <translation>UAR %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="62"/>
        <source>WAR %</source>
        <translation>WAR %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="62"/>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="45"/>
        <source>Labelled folder</source>
        <translation>Beschrifteter Ordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="67"/>
        <source>Evaluating image %1 of %2…</source>
        <translation>Bild %1 von %2 wird ausgewertet…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="71"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="97"/>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="98"/>
        <source>Evaluated with the prompt set “%1” of the Labels panel: %2 classes (%3).</source>
        <translation>Ausgewertet mit dem Prompt-Satz „%1“ des Label-Bereichs: %2 Klassen (%3).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="99"/>
        <source>Evaluates with the prompt set “%1” of the Labels panel: %2 classes (%3).</source>
        <translation>Wertet mit dem Prompt-Satz „%1“ des Label-Bereichs aus: %2 Klassen (%3).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="132"/>
        <source>Results and confusion matrices are in %1</source>
        <translation>Ergebnisse und Konfusionsmatrizen liegen in %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::ExpClipTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="136"/>
        <source>Training the Exp-CLIP head</source>
        <translation>Training des Exp-CLIP-Kopfs</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="137"/>
        <source>CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4).</source>
        <translation>CLIP bleibt eingefroren; nur der Projektionskopf lernt (SGD, Momentum 0,9, Gewichtsabnahme 1e-4).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="138"/>
        <source>Start from the current head</source>
        <translation>Vom aktuellen Kopf ausgehen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="139"/>
        <source>Start from a fresh head</source>
        <translation>Mit einem neuen Kopf beginnen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="140"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="172"/>
        <source>Trained on %1 faces: loss %2 → %3.</source>
        <translation>Auf %1 Gesichtern trainiert: Verlust %2 → %3.</translation>
    </message>
</context>
<context>
    <name>mien::ui::FindingsDialog</name>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="45"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="45"/>
        <source>Export findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="52"/>
        <source>Run (CSV timeline):</source>
        <translation>Lauf (CSV-Zeitleiste):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="53"/>
        <source>Run CSV</source>
        <translation>CSV des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="53"/>
        <source>CSV timelines (*.csv)</source>
        <translation>CSV-Zeitleisten (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="62"/>
        <source>ELAN (.eaf + time series)</source>
        <translation>ELAN (.eaf + Zeitreihen)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="63"/>
        <source>BORIS project and events</source>
        <translation>BORIS-Projekt und Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="64"/>
        <source>Segments (CSV)</source>
        <translation>Segmente (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="65"/>
        <source>Summary per participant and window (CSV)</source>
        <translation>Zusammenfassung nach Teilnehmenden und Fenstern (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="66"/>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="67"/>
        <source>The run&apos;s CSV again, with the participant names (Participants panel)</source>
        <translation>CSV des Laufs erneut, mit Namen der Teilnehmenden (Leiste „Teilnehmende“)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="71"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="82"/>
        <source>break segments</source>
        <translation>unterbrechen Segmente</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="83"/>
        <source>are left out</source>
        <translation>werden ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="84"/>
        <source>Probability threshold:</source>
        <translation>Wahrscheinlichkeitsschwelle:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="85"/>
        <source>Minimum duration (s):</source>
        <translation>Mindestdauer (s):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="86"/>
        <source>Merge gaps under (s):</source>
        <translation>Lücken schließen unter (s):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="87"/>
        <source>Frames not valid:</source>
        <translation>Ungültige Bilder:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="89"/>
        <source>from the CSV&apos;s times</source>
        <translation>aus den Zeiten der CSV</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="90"/>
        <source>Frame rate (image folders only):</source>
        <translation>Bildrate (nur Bildordner):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="93"/>
        <source>Baseline %1–%2 s (from the timeline)</source>
        <translation>Baseline %1–%2 s (aus der Zeitleiste)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="94"/>
        <source>No baseline (Shift+drag on the timeline to mark one)</source>
        <translation>Keine Baseline (Umschalt+Ziehen in der Zeitleiste markiert eine)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="97"/>
        <source>Baseline:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="99"/>
        <source>No markers (Ctrl+click on the timeline to drop one)</source>
        <translation>Keine Marker (Strg+Klick in die Zeitleiste setzt einen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findings_dialog.cpp" line="100"/>
        <source>%n marker(s) from the timeline</source>
        <translation>
            <numerusform>%n Marker aus der Zeitleiste</numerusform>
            <numerusform>%n Marker aus der Zeitleiste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="103"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="104"/>
        <source>Report file:</source>
        <translation>Berichtsdatei:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="104"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="105"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="105"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="106"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="134"/>
        <source>Choose the run&apos;s CSV timeline first (Export CSV timeline writes one).</source>
        <translation>Wählen Sie zuerst die CSV-Zeitleiste des Laufs („CSV-Zeitleiste exportieren“ erzeugt eine).</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="137"/>
        <source>Choose an output folder for the findings.</source>
        <translation>Wählen Sie einen Ausgabeordner für die Befunde.</translation>
    </message>
</context>
<context>
    <name>mien::ui::FolderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="58"/>
        <source>Faces to learn from</source>
        <translation>Gesichter zum Lernen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="59"/>
        <source>Exp-CLIP learns from unlabelled faces of your participants (images or videos) and an LLM&apos;s descriptions; GFER learns from a labelled folder (one sub-folder of images per class).</source>
        <translation>Exp-CLIP lernt aus unbeschrifteten Gesichtern Ihrer Teilnehmenden (Bilder oder Videos) und den Beschreibungen eines LLM; GFER lernt aus einem beschrifteten Ordner (ein Unterordner mit Bildern pro Klasse).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="61"/>
        <source>Exp-CLIP head: unlabelled faces, any expression words later</source>
        <translation>Exp-CLIP-Kopf: unbeschriftete Gesichter, später beliebige Ausdruckswörter</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="62"/>
        <source>GFER head: labelled faces, fixed classes, generalises to new people</source>
        <translation>GFER-Kopf: beschriftete Gesichter, feste Klassen, verallgemeinert auf neue Personen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="63"/>
        <source>The images are already aligned face crops</source>
        <translation>Die Bilder sind bereits ausgerichtete Gesichtsausschnitte</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="64"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="65"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="49"/>
        <source>Faces folder</source>
        <translation>Gesichterordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="50"/>
        <location filename="../ui/wizard_data_pages.cpp" line="66"/>
        <source>Training folder</source>
        <translation>Trainingsordner</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="67"/>
        <source>CLIP model</source>
        <translation>CLIP-Modell</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="82"/>
        <source>No CLIP model is chosen: pick one in the model manager first.</source>
        <translation>Kein CLIP-Modell gewählt: Wählen Sie zuerst eines in der Modellverwaltung.</translation>
    </message>
</context>
<context>
    <name>mien::ui::GferTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="193"/>
        <source>Training the GFER head</source>
        <translation>Training des GFER-Kopfs</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="194"/>
        <source>CLIP stays frozen; a ResNet learns which CLIP channels matter (Adam, exponential decay, the authors&apos; augmentation). Defaults are the authors&apos; settings.</source>
        <translation>CLIP bleibt eingefroren; ein ResNet lernt, welche CLIP-Kanäle zählen (Adam, exponentieller Abfall, die Augmentierung der Autoren). Die Vorgaben sind die Einstellungen der Autoren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="196"/>
        <source>optional: resnet18_msceleb.pth (from scratch when empty)</source>
        <translation>optional: resnet18_msceleb.pth (leer: von Grund auf)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="197"/>
        <source>Augment (noise, flips, erasing)</source>
        <translation>Augmentieren (Rauschen, Spiegeln, Löschen)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="198"/>
        <source>ResNet start</source>
        <translation>ResNet-Start</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="199"/>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187"/>
        <source>ResNet weights</source>
        <translation>ResNet-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187"/>
        <source>Weights (*.pth *.pt)</source>
        <translation>Gewichte (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="231"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="233"/>
        <source>Trained on %1 faces (%2 held out): validation accuracy %3%, UAR %4%.</source>
        <translation>Auf %1 Gesichtern trainiert (%2 zurückgehalten): Validierungsgenauigkeit %3 %, UAR %4 %.</translation>
    </message>
</context>
<context>
    <name>mien::ui::IdentityPanel</name>
    <message>
        <location filename="../ui/identity_panel.cpp" line="143"/>
        <location filename="../ui/identity_panel.cpp" line="144"/>
        <source>(dropped)</source>
        <translation>(verworfen)</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="210"/>
        <source>Merge as this name</source>
        <translation>Unter Namen zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="210"/>
        <source>Name selected</source>
        <translation>Auswahl benennen</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="219"/>
        <source>Export a CSV timeline (or annotate files) to list who was seen.</source>
        <translation>Exportieren Sie eine CSV-Zeitleiste (oder annotieren Sie Dateien), um aufzulisten, wer zu sehen war.</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="220"/>
        <source>Faces of %1. Double-click a name to rename; select several rows to merge them into one participant.</source>
        <translation>Gesichter in %1. Doppelklick auf einen Namen benennt um; mehrere Zeilen wählen, um sie zu einer Person zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Participant</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="224"/>
        <source>First and last time seen (minutes:seconds.milliseconds), or image numbers for an image folder</source>
        <translation>Erstes und letztes Auftreten (Minuten:Sekunden.Millisekunden), bei Bildordnern Bildnummern</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="225"/>
        <source>Participant name, e.g. P01</source>
        <translation>Name, z. B. P01</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="226"/>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="227"/>
        <source>Leave the selected tracks out of every export (a face on a poster, a passer-by)</source>
        <translation>Gewählte Spuren aus allen Exporten weglassen (ein Gesicht auf einem Plakat, Passanten)</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="228"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="229"/>
        <source>Show faces</source>
        <translation>Gesichter zeigen</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="230"/>
        <source>Cut each track&apos;s face from the recording; shown here only, never saved</source>
        <translation>Schneidet das Gesicht jeder Spur aus der Aufnahme aus; nur hier gezeigt, nie gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="231"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="232"/>
        <source>Write the names beside the run&apos;s CSV; every export uses them</source>
        <translation>Schreibt die Namen neben die CSV des Laufs; alle Exporte verwenden sie</translation>
    </message>
</context>
<context>
    <name>mien::ui::LabelsPanel</name>
    <message>
        <location filename="../ui/labels_panel.cpp" line="129"/>
        <source>Load prompt set</source>
        <translation>Prompt-Satz laden</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="129"/>
        <source>Prompt sets (*.json)</source>
        <translation>Prompt-Sätze (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="331"/>
        <source>Keep at least two classes with a name.</source>
        <translation>Mindestens zwei Klassen mit Namen behalten.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="219"/>
        <location filename="../ui/labels_panel.cpp" line="346"/>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="184"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="195"/>
        <source>Added the dimensions of %1: %2 new.</source>
        <translation>Dimensionen aus %1 hinzugefügt: %2 neu.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="217"/>
        <source>Save as a preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="218"/>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="219"/>
        <source>my prompt set</source>
        <translation>mein Prompt-Satz</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="224"/>
        <source>Replace the preset?</source>
        <translation>Vorlage ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="225"/>
        <source>A preset named “%1” exists already. Replace it with the labels shown now?</source>
        <translation>Eine Vorlage namens „%1“ gibt es schon. Durch die jetzt gezeigten Labels ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="250"/>
        <source>Saved as the preset “%1” (%2).</source>
        <translation>Als Vorlage „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="315"/>
        <source>Renamed “%1” to “%2”: %3 of its prompts now say “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt: %3 seiner Prompts sagen jetzt „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="318"/>
        <source>Renamed “%1” to “%2”: its prompts did not name the class, so its prompt is now “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt: seine Prompts nannten die Klasse nicht, daher ist sein Prompt jetzt „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="338"/>
        <source>Two classes are named “%1”; give each its own name.</source>
        <translation>Zwei Klassen heißen „%1“; geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="345"/>
        <source>The dimension “%1” counts once both of its poles have prompts.</source>
        <translation>Die Dimension „%1“ zählt, sobald beide Pole Prompts haben.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="414"/>
        <source>Preset prompt sets…</source>
        <translation>Vorgefertigte Prompt-Sätze…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="415"/>
        <source>Add a set of dimensions…</source>
        <translation>Dimensionen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="416"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="417"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="418"/>
        <source>Zero-shot scores between two descriptions (CSV columns d_&lt;name&gt;): estimates from words, not FACS coding.</source>
        <translation>Zero-Shot-Werte zwischen zwei Beschreibungen (CSV-Spalten d_&lt;name&gt;): Schätzungen aus Worten, keine FACS-Kodierung.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="420"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="420"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>First pole</source>
        <translation>Erster Pol</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>Second pole</source>
        <translation>Zweiter Pol</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="422"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="423"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="424"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="425"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="426"/>
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>Ausdruckskopf verwenden (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="427"/>
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>Dieser Kopf wurde auf feste Klassen trainiert; seine Beschriftungen lassen sich nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Open image folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>About Mien</source>
        <translation>Über Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Zero-Shot-Erkennung von Gesichtsausdrücken in Echtzeit mit CLIP und dem Exp-CLIP-Kopf (Zhao et al., WACV 2025) oder dem GFER-Kopf (Zhang et al., ECCV 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>Head saved to %1</source>
        <translation>Kopf gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="376"/>
        <source>File %1 of %2: %3 frames</source>
        <translation>Datei %1 von %2: %3 Bilder</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>Annotation abgebrochen; fertige Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>%1 Datei(en) annotiert; %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <location filename="../ui/main_window.cpp" line="843"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <location filename="../ui/main_window.cpp" line="429"/>
        <location filename="../ui/main_window.cpp" line="495"/>
        <location filename="../ui/main_window.cpp" line="599"/>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source>%1 fps</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="441"/>
        <location filename="../ui/main_window.cpp" line="448"/>
        <location filename="../ui/main_window.cpp" line="829"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>Wrong PIN; try again (Esc: stay in booth mode)</source>
        <translation>Falsche PIN; erneut versuchen (Esc: im Messestand-Modus bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>Participants saved to %1; every export of this run uses them.</source>
        <translation>Teilnehmende gespeichert unter %1; alle Exporte dieses Laufs verwenden sie.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <source>Head on: labels come from the Exp-CLIP projection head.</source>
        <translation>Kopf an: Beschriftungen kommen vom Exp-CLIP-Projektionskopf.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="366"/>
        <source>Head off: plain CLIP zero-shot labels, as without a head.</source>
        <translation>Kopf aus: reine CLIP-Zero-Shot-Beschriftungen, wie ohne Kopf.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="389"/>
        <source>Written to</source>
        <translation>Geschrieben nach</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434"/>
        <source>The camera stopped sending frames.</source>
        <translation>Die Kamera sendet keine Bilder mehr.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448"/>
        <location filename="../ui/main_window.cpp" line="829"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="490"/>
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine an oder öffnen Sie eine Videodatei oder einen Bildordner.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="494"/>
        <location filename="../ui/main_window.cpp" line="598"/>
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>Noch kein Modell installiert. Laden Sie die empfohlenen Modelle herunter oder wählen Sie Dateien auf der Festplatte.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>latency %1 ms</source>
        <translation>Latenz %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="568"/>
        <source>The %1 translation is missing from this build.</source>
        <translation>Die Übersetzung %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <location filename="../ui/main_window.cpp" line="584"/>
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>Öffnen Sie zuerst eine Videodatei: Der Export annotiert die ganze Datei, wie mien-cli annotate.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="577"/>
        <source>Folder for the CSV timeline</source>
        <translation>Ordner für die CSV-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="577"/>
        <source>Folder for the annotated video (MP4 with sound) and its CSV timeline</source>
        <translation>Ordner für das annotierte Video (MP4 mit Ton) und seine CSV-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="607"/>
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>Eine Annotation läuft bereits; warten Sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>Annotating…</source>
        <translation>Annotiere…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="668"/>
        <source>%n run(s) summarized in %1</source>
        <translation>
            <numerusform>%n Lauf in %1 zusammengefasst</numerusform>
            <numerusform>%n Läufe in %1 zusammengefasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="673"/>
        <source>Files to annotate</source>
        <translation>Zu annotierende Dateien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="675"/>
        <source>Folder for the CSV timelines</source>
        <translation>Ordner für die CSV-Zeitleisten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="698"/>
        <source>The snapshot could not be saved: %1</source>
        <translation>Der Schnappschuss konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701"/>
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="746"/>
        <source>%1 Trying again every 2 seconds…</source>
        <translation>%1 Neuer Versuch alle 2 Sekunden…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="767"/>
        <source>PIN to leave booth mode, then Enter (Esc: stay)</source>
        <translation>PIN zum Verlassen des Messestand-Modus, dann Enter (Esc: bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>Öffnen Sie eine Kamera, eine Videodatei oder einen Bildordner, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>Noch kein Modell: Öffnen Sie Modelle…, um eines herunterzuladen oder zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="807"/>
        <source>Open &amp;video…</source>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="808"/>
        <source>Open image &amp;folder…</source>
        <translation>Bild&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>&amp;Export CSV timeline…</source>
        <translation>CSV-Zeitleiste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>Export &amp;annotated video…</source>
        <translation>&amp;Annotiertes Video exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="811"/>
        <source>Export fin&amp;dings (ELAN, BORIS, segments, summary)…</source>
        <translation>Befun&amp;de exportieren (ELAN, BORIS, Segmente, Zusammenfassung)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="812"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="813"/>
        <source>Summari&amp;ze runs…</source>
        <translation>Läufe &amp;zusammenfassen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="814"/>
        <source>Save &amp;snapshot</source>
        <translation>&amp;Schnappschuss speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="815"/>
        <source>Annotate &amp;files…</source>
        <translation>&amp;Dateien annotieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="816"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>Next frame</source>
        <translation>Nächstes Einzelbild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="818"/>
        <source>Previous frame</source>
        <translation>Vorheriges Einzelbild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="819"/>
        <source>Previous image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="820"/>
        <source>Next image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="841"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="842"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="821"/>
        <source>&amp;Booth mode (full screen)</source>
        <translation>&amp;Messestand-Modus (Vollbild)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="822"/>
        <source>Show class &amp;bars</source>
        <translation>Klassen&amp;balken zeigen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="823"/>
        <source>&amp;Loop files</source>
        <translation>Dateien in &amp;Schleife</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="824"/>
        <source>&amp;Model manager…</source>
        <translation>&amp;Modellverwaltung…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="825"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="826"/>
        <source>&amp;About Mien</source>
        <translation>Ü&amp;ber Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="831"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="831"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="832"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="832"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="833"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="833"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="838"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="839"/>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="840"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>mien::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="73"/>
        <source>Fetch</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="74"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="75"/>
        <source>Add from folder…</source>
        <translation>Aus Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="75"/>
        <source>Use files on disk…</source>
        <translation>Dateien von der Festplatte…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="76"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="77"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="92"/>
        <source>Download mirror (optional): https://mirror.example/mien</source>
        <translation>Download-Spiegel (optional): https://mirror.example/mien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111"/>
        <source>Models are stored in %1</source>
        <translation>Modelle werden in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="189"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="190"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="192"/>
        <source>installed, in use</source>
        <translation>installiert, in Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="192"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="193"/>
        <source>partly installed</source>
        <translation>teilweise installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="193"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="232"/>
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="240"/>
        <source>%1: every file matches its checksum.</source>
        <translation>%1: Jede Datei stimmt mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="258"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="266"/>
        <source>Folder with downloaded model files</source>
        <translation>Ordner mit heruntergeladenen Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="248"/>
        <source>No catalogue files were found in %1.</source>
        <translation>In %1 wurden keine Katalogdateien gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="51"/>
        <source>CLIP model</source>
        <translation>CLIP-Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="51"/>
        <source>CLIP %1</source>
        <translation>CLIP %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="52"/>
        <source>Expression head (Exp-CLIP)</source>
        <translation>Ausdruckskopf (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="52"/>
        <source>Expression head for CLIP %1 (Exp-CLIP)</source>
        <translation>Ausdruckskopf für CLIP %1 (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="53"/>
        <source>Expression head with fixed classes (GFER)</source>
        <translation>Ausdruckskopf mit festen Klassen (GFER)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="54"/>
        <source>Face finder (YuNet, %1 px)</source>
        <translation>Gesichtsfinder (YuNet, %1 px)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="54"/>
        <source>Face finder (YuNet)</source>
        <translation>Gesichtsfinder (YuNet)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="61"/>
        <source>Reads the face and your label words; needed for everything</source>
        <translation>Liest das Gesicht und die Worte Ihrer Labels; wird für alles gebraucht</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="62"/>
        <source>Add-on that makes CLIP better at expressions; works with CLIP %1 only</source>
        <translation>Zusatz, der CLIP besser bei Ausdrücken macht; funktioniert nur mit CLIP %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="62"/>
        <source>of its size</source>
        <translation>seiner Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="63"/>
        <source>Add-on with its own classes; your label words are not used</source>
        <translation>Zusatz mit eigenen Klassen; Ihre Label-Worte werden nicht verwendet</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="64"/>
        <source>Finds faces in the picture; chosen automatically</source>
        <translation>Findet Gesichter im Bild; wird automatisch gewählt</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="74"/>
        <source>Check files</source>
        <translation>Dateien prüfen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="76"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="79"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Download size</source>
        <translation>Download-Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Files can be checked</source>
        <translation>Dateien prüfbar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="152"/>
        <source>a few hundred MB</source>
        <translation>einige hundert MB</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="153"/>
        <source>Mien needs a &lt;b&gt;CLIP model&lt;/b&gt;, which reads the face and the words of your labels, and can add an &lt;b&gt;expression head&lt;/b&gt;: a small add-on trained on faces that makes CLIP better at telling expressions apart. A head works only with the CLIP size it was made for. &lt;b&gt;Recommended:&lt;/b&gt; CLIP ViT-B/16 with its Exp-CLIP head (%1 in all), accurate and fast enough for live video on a laptop.</source>
        <translation>Mien braucht ein &lt;b&gt;CLIP-Modell&lt;/b&gt;, das das Gesicht und die Worte Ihrer Labels liest, und kann einen &lt;b&gt;Ausdruckskopf&lt;/b&gt; hinzunehmen: einen kleinen, an Gesichtern trainierten Zusatz, mit dem CLIP Ausdrücke besser unterscheidet. Ein Kopf funktioniert nur mit der CLIP-Größe, für die er gemacht wurde. &lt;b&gt;Empfohlen:&lt;/b&gt; CLIP ViT-B/16 mit seinem Exp-CLIP-Kopf (zusammen %1), genau und schnell genug für Live-Video auf einem Laptop.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195"/>
        <source>no (no checksum is known)</source>
        <translation>nein (keine Prüfsumme bekannt)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="249"/>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="271"/>
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>CLIP-Gewichte (.pt, .safetensors oder config.json eines Ordners)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="272"/>
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>Gewichte (*.pt *.pth *.safetensors *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="274"/>
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>Ausdruckskopf (Abbrechen für reines CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="275"/>
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Köpfe (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="291"/>
        <source>%1 is not installed yet: press Download, or add its files from a folder.</source>
        <translation>%1 ist noch nicht installiert: Drücken Sie Herunterladen oder fügen Sie die Dateien aus einem Ordner hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="303"/>
        <source>The face finder is chosen automatically.</source>
        <translation>Der Gesichtsfinder wird automatisch gewählt.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="196"/>
        <source>Where the LLM&apos;s descriptions come from</source>
        <translation>Woher die Beschreibungen des LLM kommen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="197"/>
        <source>Exp-CLIP learns from what a large language model says about each face.</source>
        <translation>Exp-CLIP lernt aus dem, was ein großes Sprachmodell über jedes Gesicht sagt.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="198"/>
        <source>Import embeddings made with the authors&apos; BLIP-2 script (tools/lavis)</source>
        <translation>Mit dem BLIP-2-Skript der Autoren erzeugte Einbettungen importieren (tools/lavis)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="199"/>
        <source>Ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama)</source>
        <translation>Einen OpenAI-kompatiblen Server fragen (llama.cpp, vLLM, Ollama)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="200"/>
        <source>Embeddings (.npy, .safetensors)</source>
        <translation>Einbettungen (.npy, .safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="180"/>
        <source>Embeddings</source>
        <translation>Einbettungen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="180"/>
        <source>Embeddings (*.npy *.safetensors)</source>
        <translation>Einbettungen (*.npy *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="201"/>
        <source>Mapping (.csv, .json)</source>
        <translation>Zuordnung (.csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="183"/>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="183"/>
        <source>Mappings (*.csv *.json)</source>
        <translation>Zuordnungen (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="202"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="203"/>
        <source>Vision-language model</source>
        <translation>Bild-Sprach-Modell</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="204"/>
        <source>Embedding model</source>
        <translation>Einbettungsmodell</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="205"/>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="206"/>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>mien::ui::SavePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="145"/>
        <source>Save the head</source>
        <translation>Kopf speichern</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="146"/>
        <source>Saved in the authors&apos; format (.pth) with a .safetensors copy and a .json record of the training.</source>
        <translation>Gespeichert im Format der Autoren (.pth) mit einer .safetensors-Kopie und einem .json-Protokoll des Trainings.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="147"/>
        <source>Use this head now</source>
        <translation>Diesen Kopf jetzt verwenden</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="148"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="162"/>
        <source>Cannot save the head: %1 Choose another place.</source>
        <translation>Kopf kann nicht gespeichert werden: %1 Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ScanPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="145"/>
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="146"/>
        <source>Faces are detected, aligned and deduplicated; files that give no face are listed below.</source>
        <translation>Gesichter werden erkannt, ausgerichtet und entdoppelt; Dateien ohne Gesicht stehen unten.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="155"/>
        <source>Scanning file %1 of %2</source>
        <translation>Datei %1 von %2 wird durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="162"/>
        <source>No faces were found in this folder.</source>
        <translation>In diesem Ordner wurden keine Gesichter gefunden.</translation>
    </message>
</context>
<context>
    <name>mien::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="22"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="23"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>Default (fp32)</source>
        <translation>Standard (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="32"/>
        <source>The input size of the face detector file: 320 for the shipped detector, 640 for the yunet-n-640 download.</source>
        <translation>Eingabegröße der Gesichtsdetektor-Datei: 320 für den mitgelieferten Detektor, 640 für den Download yunet-n-640.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="39"/>
        <source>Weight of the newest frame; 1 turns smoothing off.</source>
        <translation>Gewicht des neuesten Bildes; 1 schaltet die Glättung aus.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="43"/>
        <source>off (each frame alone)</source>
        <translation>aus (jedes Bild einzeln)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="44"/>
        <source> frames</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="45"/>
        <source>The paper&apos;s video mode: each face is labelled from the mean of its last N frames (as mien-cli annotate --window N).</source>
        <translation>Videomodus der Veröffentlichung: Jedes Gesicht wird nach dem Mittel seiner letzten N Bilder beschriftet (wie mien-cli annotate --window N).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="52"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="53"/>
        <source>Precision (CPU)</source>
        <translation>Genauigkeit (CPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="54"/>
        <source>Face detector size</source>
        <translation>Gesichtsdetektor-Größe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="55"/>
        <source>Face score threshold</source>
        <translation>Schwelle für Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="56"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="57"/>
        <source>Video mode: average over</source>
        <translation>Videomodus: Mittel über</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="58"/>
        <source>Leave frames that are not valid out of the average</source>
        <translation>Ungültige Bilder nicht mitteln</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="59"/>
        <source>Show class bars beside faces</source>
        <translation>Klassenbalken neben Gesichtern zeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="63"/>
        <source>none: Esc leaves booth mode</source>
        <translation>keine: Esc beendet den Messestand-Modus</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="67"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="68"/>
        <source>In a crowd, only the largest (nearest) faces are labelled.</source>
        <translation>In einer Menge werden nur die größten (nächsten) Gesichter beschriftet.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="69"/>
        <source>Booth mode: PIN to leave</source>
        <translation>Messestand-Modus: PIN zum Beenden</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="70"/>
        <source>Booth mode: faces at most</source>
        <translation>Messestand-Modus: max. Gesichter</translation>
    </message>
</context>
<context>
    <name>mien::ui::SourceBar</name>
    <message>
        <location filename="../ui/source_bar.cpp" line="103"/>
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="104"/>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="108"/>
        <source>Open image folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="124"/>
        <location filename="../ui/source_bar.cpp" line="198"/>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="175"/>
        <source>frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="182"/>
        <source>Image %1 of %2: %3</source>
        <translation>Bild %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="193"/>
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="194"/>
        <source>Open video…</source>
        <translation>Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="195"/>
        <source>Open image folder…</source>
        <translation>Bildordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="196"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="197"/>
        <source>Click or drag to go to a time</source>
        <translation>Klicken oder ziehen, um zu einer Zeit zu springen</translation>
    </message>
</context>
<context>
    <name>mien::ui::SummarizeDialog</name>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="21"/>
        <source>Tidy (long) table: one row per class</source>
        <translation>Tidy-Tabelle (lang): eine Zeile pro Klasse</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="22"/>
        <source>Summarize runs</source>
        <translation>Läufe zusammenfassen</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="26"/>
        <source>Add runs…</source>
        <translation>Läufe hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="28"/>
        <source>Run CSV timelines</source>
        <translation>CSV-Zeitleisten der Läufe</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="28"/>
        <source>CSV timelines (*.csv)</source>
        <translation>CSV-Zeitleisten (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="31"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="43"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="45"/>
        <source>Study table</source>
        <translation>Studientabelle</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="45"/>
        <location filename="../ui/summarize_dialog.cpp" line="46"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="46"/>
        <source>Conditions file</source>
        <translation>Bedingungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="58"/>
        <source>to the next event</source>
        <translation>bis zum nächsten Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="60"/>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="61"/>
        <source>Conditions file (optional):</source>
        <translation>Bedingungsdatei (optional):</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="62"/>
        <source>Probability threshold:</source>
        <translation>Wahrscheinlichkeitsschwelle:</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="63"/>
        <source>Window length (s):</source>
        <translation>Fensterlänge (s):</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="65"/>
        <source>Table to write:</source>
        <translation>Zieltabelle:</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="85"/>
        <source>Add the runs&apos; CSV timelines to summarize.</source>
        <translation>Fügen Sie die CSV-Zeitleisten der Läufe hinzu, die zusammengefasst werden sollen.</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="86"/>
        <source>Choose the table to write.</source>
        <translation>Wählen Sie die Zieltabelle.</translation>
    </message>
</context>
<context>
    <name>mien::ui::TaskPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="121"/>
        <source>Cancelled. Go back and forward again to continue; finished work is kept.</source>
        <translation>Abgebrochen. Gehen Sie zurück und wieder vor, um fortzufahren; Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="137"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineMarks</name>
    <message>
        <location filename="../ui/timeline_marks.cpp" line="24"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="158"/>
        <location filename="../ui/timeline_view.cpp" line="222"/>
        <source>Face %1</source>
        <translation>Gesicht %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="219"/>
        <source>Face:</source>
        <translation>Gesicht:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="220"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="221"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="66"/>
        <source>Continue the last run from its newest checkpoint</source>
        <translation>Den letzten Lauf ab seinem neuesten Prüfpunkt fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="67"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="68"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="69"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="70"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="71"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="72"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="73"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="95"/>
        <source>Epoch %1 of %2: loss %3, accuracy %4%</source>
        <translation>Epoche %1 von %2: Verlust %3, Genauigkeit %4 %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="104"/>
        <source>Stopped; the checkpoints are kept. Start again to continue.</source>
        <translation>Angehalten; die Prüfpunkte bleiben erhalten. Erneut starten, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="105"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="41"/>
        <source>Train an expression head</source>
        <translation>Einen Ausdruckskopf trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="42"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="43"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="44"/>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="45"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>mien::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="55"/>
        <source>Welcome to Mien</source>
        <translation>Willkommen bei Mien</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="56"/>
        <source>Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading.</source>
        <translation>Mien braucht ein CLIP-Modell, um Gesichtsausdrücke zu erkennen. Empfohlen wird OpenAI CLIP ViT-B/16 mit dem Exp-CLIP-B/16-Kopf; beide Dateien werden nach dem Herunterladen Byte für Byte geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="58"/>
        <source>Download the recommended models (about %1)</source>
        <translation>Empfohlene Modelle herunterladen (etwa %1)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="59"/>
        <source>Download the recommended models</source>
        <translation>Empfohlene Modelle herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="60"/>
        <source>Use model files already on this computer…</source>
        <translation>Modelldateien auf diesem Computer verwenden…</translation>
    </message>
</context>
<context>
    <name>mien::ui::WizardPage</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="67"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
</TS>
