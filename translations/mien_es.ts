<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="255" />
        <source>Camera %1</source>
        <translation>Cámara %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::LabelsPanel</name>
    <message>
        <location filename="../ui/labels_panel.cpp" line="64" />
        <source>Load prompt set</source>
        <translation>Cargar conjunto de prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="64" />
        <location filename="../ui/labels_panel.cpp" line="68" />
        <source>Prompt sets (*.json)</source>
        <translation>Conjuntos de prompts (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="68" />
        <source>Save prompt set</source>
        <translation>Guardar conjunto de prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="139" />
        <source>Keep at least two classes with a name.</source>
        <translation>Mantenga al menos dos clases con nombre.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="142" />
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="198" />
        <source>Preset prompt sets…</source>
        <translation>Conjuntos de prompts predefinidos…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Add class</source>
        <translation>Añadir clase</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="201" />
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="202" />
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="203" />
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="204" />
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>Usar la cabeza de expresiones (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="205" />
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>Esta cabeza se entrenó con clases fijas; sus etiquetas no se pueden editar.</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="110" />
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114" />
        <source>Open image folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140" />
        <source>About Mien</source>
        <translation>Acerca de Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141" />
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Reconocimiento de expresiones faciales zero-shot en tiempo real con CLIP y la cabeza Exp-CLIP (Zhao et al., WACV 2025) o la cabeza GFER (Zhang et al., ECCV 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248" />
        <source>File %1 of %2: %3 frames</source>
        <translation>Archivo %1 de %2: %3 fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258" />
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>Anotación cancelada; los archivos terminados se conservan.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259" />
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>%1 archivo(s) anotado(s); %2 con errores.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>Loading model…</source>
        <translation>Cargando modelo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272" />
        <location filename="../ui/main_window.cpp" line="552" />
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <location filename="../ui/main_window.cpp" line="283" />
        <location filename="../ui/main_window.cpp" line="340" />
        <location filename="../ui/main_window.cpp" line="423" />
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295" />
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298" />
        <location filename="../ui/main_window.cpp" line="542" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298" />
        <location filename="../ui/main_window.cpp" line="542" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335" />
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>No se encontró ninguna cámara. Conecte una o abra un archivo de vídeo o una carpeta de imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339" />
        <location filename="../ui/main_window.cpp" line="422" />
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>Aún no hay ningún modelo instalado. Descargue los modelos recomendados o indique archivos del disco.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351" />
        <source>latency %1 ms</source>
        <translation>latencia %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394" />
        <source>The %1 translation is missing from this build.</source>
        <translation>La traducción %1 falta en esta compilación.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399" />
        <location filename="../ui/main_window.cpp" line="409" />
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>Abra primero un archivo de vídeo: la exportación anota el archivo completo, como mien-cli annotate.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402" />
        <source>Folder for the CSV timeline</source>
        <translation>Carpeta para la línea de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="431" />
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>Ya hay una anotación en curso; espere o cancélela.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434" />
        <source>Annotating…</source>
        <translation>Anotando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442" />
        <source>Files to annotate</source>
        <translation>Archivos para anotar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="444" />
        <source>Folder for the CSV timelines</source>
        <translation>Carpeta para las líneas de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467" />
        <source>The snapshot could not be saved: %1</source>
        <translation>No se pudo guardar la captura: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="470" />
        <source>Snapshot saved to %1</source>
        <translation>Captura guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="495" />
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>Abra una cámara, un archivo de vídeo o una carpeta de imágenes para empezar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="496" />
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>Aún no hay modelo: abra Modelos… para descargar o elegir uno.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="526" />
        <source>Open &amp;video…</source>
        <translation>Abrir &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="527" />
        <source>Open image &amp;folder…</source>
        <translation>Abrir &amp;carpeta de imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="528" />
        <source>&amp;Export CSV timeline…</source>
        <translation>&amp;Exportar línea de tiempo CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="529" />
        <source>Export &amp;annotated video…</source>
        <translation>Exportar vídeo &amp;anotado…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="530" />
        <source>Save &amp;snapshot</source>
        <translation>Guardar &amp;captura</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="531" />
        <source>Annotate &amp;files…</source>
        <translation>Anotar &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="532" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="533" />
        <source>Step one frame</source>
        <translation>Avanzar un fotograma</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="534" />
        <source>&amp;Booth mode (full screen)</source>
        <translation>Modo &amp;stand (pantalla completa)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="535" />
        <source>Show class &amp;bars</source>
        <translation>Mostrar &amp;barras de clases</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536" />
        <source>&amp;Loop files</source>
        <translation>&amp;Repetir archivos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537" />
        <source>&amp;Model manager…</source>
        <translation>&amp;Gestor de modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="538" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="539" />
        <source>&amp;About Mien</source>
        <translation>&amp;Acerca de Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="545" />
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="545" />
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="550" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="551" />
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>mien::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="27" />
        <source>Fetch</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="28" />
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="28" />
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="29" />
        <source>Add from folder…</source>
        <translation>Añadir desde carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="29" />
        <source>Use files on disk…</source>
        <translation>Usar archivos del disco…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="30" />
        <source>Use selected</source>
        <translation>Usar seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="30" />
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="31" />
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Checksum</source>
        <translation>Suma de comprobación</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="41" />
        <source>Download mirror (optional): https://mirror.example/mien</source>
        <translation>Réplica de descarga (opcional): https://mirror.example/mien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="56" />
        <source>Models are stored in %1</source>
        <translation>Los modelos se guardan en %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="107" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="108" />
        <source>installed, in use</source>
        <translation>instalado, en uso</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="108" />
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>partly installed</source>
        <translation>instalado en parte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111" />
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111" />
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="151" />
        <source>Downloaded and verified: %1</source>
        <translation>Descargado y verificado: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="170" />
        <source>%1: every file matches its checksum.</source>
        <translation>%1: todos los archivos coinciden con su suma de comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="182" />
        <source>Removed %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="190" />
        <source>Folder with downloaded model files</source>
        <translation>Carpeta con archivos de modelo descargados</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="196" />
        <source>No catalogue files were found in %1.</source>
        <translation>No se encontraron archivos del catálogo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="196" />
        <source>Added: %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="205" />
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>Pesos de CLIP (.pt, .safetensors o config.json de una carpeta)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="206" />
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>Pesos (*.pt *.pth *.safetensors *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="208" />
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>Cabeza de expresiones (cancele para CLIP simple)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="209" />
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Cabezas (*.pth *.pt *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="225" />
        <source>%1 is not installed yet: press Fetch, or add its files from a folder.</source>
        <translation>%1 aún no está instalado: pulse Descargar o añada sus archivos desde una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="237" />
        <source>Detectors are chosen automatically.</source>
        <translation>Los detectores se eligen automáticamente.</translation>
    </message>
</context>
<context>
    <name>mien::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="18" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="19" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="30" />
        <source>Weight of the newest frame; 1 turns smoothing off.</source>
        <translation>Peso del fotograma más reciente; 1 desactiva el suavizado.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34" />
        <source>Precision (CPU)</source>
        <translation>Precisión (CPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35" />
        <source>Face score threshold</source>
        <translation>Umbral de detección de caras</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="36" />
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37" />
        <source>Show class bars beside faces</source>
        <translation>Mostrar barras de clases junto a las caras</translation>
    </message>
</context>
<context>
    <name>mien::ui::SourceBar</name>
    <message>
        <location filename="../ui/source_bar.cpp" line="58" />
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="59" />
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="63" />
        <source>Open image folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="78" />
        <location filename="../ui/source_bar.cpp" line="117" />
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="114" />
        <source>Start camera</source>
        <translation>Iniciar cámara</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="115" />
        <source>Open video…</source>
        <translation>Abrir vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="116" />
        <source>Open image folder…</source>
        <translation>Abrir carpeta de imágenes…</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="76" />
        <location filename="../ui/timeline_view.cpp" line="121" />
        <source>Face %1</source>
        <translation>Cara %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="118" />
        <source>Face:</source>
        <translation>Cara:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="119" />
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="120" />
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
</context>
<context>
    <name>mien::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="41" />
        <source>Welcome to Mien</source>
        <translation>Bienvenido a Mien</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="42" />
        <source>Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading.</source>
        <translation>Mien necesita un modelo CLIP para reconocer expresiones. El conjunto recomendado es OpenAI CLIP ViT-B/16 con la cabeza Exp-CLIP B/16; ambos archivos se verifican byte a byte tras la descarga.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="44" />
        <source>Download the recommended models (%1)</source>
        <translation>Descargar los modelos recomendados (%1)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="45" />
        <source>Download the recommended models</source>
        <translation>Descargar los modelos recomendados</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="46" />
        <source>Use model files already on this computer…</source>
        <translation>Usar archivos de modelo ya presentes en este equipo…</translation>
    </message>
</context>
</TS>
