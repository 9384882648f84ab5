<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="257" />
        <source>Camera %1</source>
        <translation>Cámara %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="32" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>mien::ui::CachePage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="210" />
        <source>Building the caches</source>
        <translation>Construyendo las cachés</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="211" />
        <source>CLIP features and LLM embeddings are computed once and kept; a rerun only fills what is missing.</source>
        <translation>Las características de CLIP y los embeddings del LLM se calculan una vez y se guardan; una nueva ejecución solo completa lo que falta.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="245" />
        <source>CLIP features: %1 of %2 faces</source>
        <translation>Características de CLIP: %1 de %2 caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="255" />
        <source>LLM embeddings: %1 of %2 faces</source>
        <translation>Embeddings del LLM: %1 de %2 caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="266" />
        <source>%1 faces are ready: %2-d CLIP features, %3-d LLM embeddings; %4 incomplete.</source>
        <translation>%1 caras listas: características CLIP de %2 dimensiones, embeddings LLM de %3; %4 incompletas.</translation>
    </message>
</context>
<context>
    <name>mien::ui::EvaluatePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="37" />
        <source>Did it help?</source>
        <translation>¿Ha servido?</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="38" />
        <source>Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and the trained head with the prompt set of the labels panel.</source>
        <translation>Opcional: una carpeta etiquetada (una subcarpeta por clase) compara CLIP simple, la cabeza inicial y la entrenada con el conjunto de prompts del panel de etiquetas.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="41" />
        <source>The images are already aligned face crops</source>
        <translation>Las imágenes ya son recortes de cara alineados</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="43" />
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="47" />
        <source>Method</source>
        <translation>Método</translation>
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
        <translation>Caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="53" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="66" />
        <source>Labelled folder</source>
        <translation>Carpeta etiquetada</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="71" />
        <source>Evaluating image %1 of %2…</source>
        <translation>Evaluando la imagen %1 de %2…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="76" />
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="92" />
        <source>Results and confusion matrices are in %1</source>
        <translation>Los resultados y las matrices de confusión están en %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::ExpClipTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="123" />
        <source>Training the Exp-CLIP head</source>
        <translation>Entrenando la cabeza Exp-CLIP</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="124" />
        <source>CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4).</source>
        <translation>CLIP queda congelado; solo aprende la cabeza de proyección (SGD, momento 0,9, decaimiento de pesos 1e-4).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="125" />
        <source>Start from the current head</source>
        <translation>Partir de la cabeza actual</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="126" />
        <source>Start from a fresh head</source>
        <translation>Partir de una cabeza nueva</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="133" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="164" />
        <source>Trained on %1 faces: loss %2 → %3.</source>
        <translation>Entrenado con %1 caras: pérdida %2 → %3.</translation>
    </message>
</context>
<context>
    <name>mien::ui::FolderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="54" />
        <source>Faces to learn from</source>
        <translation>Caras de las que aprender</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="55" />
        <source>Exp-CLIP learns from unlabelled faces of your participants (images or videos) and an LLM's descriptions; GFER learns from a labelled folder (one sub-folder of images per class).</source>
        <translation>Exp-CLIP aprende de caras sin etiquetar de sus participantes (imágenes o vídeos) y de las descripciones de un LLM; GFER aprende de una carpeta etiquetada (una subcarpeta de imágenes por clase).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="57" />
        <source>Exp-CLIP head: unlabelled faces, any expression words later</source>
        <translation>Cabeza Exp-CLIP: caras sin etiquetar, cualquier palabra de expresión después</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="58" />
        <source>GFER head: labelled faces, fixed classes, generalises to new people</source>
        <translation>Cabeza GFER: caras etiquetadas, clases fijas, generaliza a personas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="64" />
        <source>The images are already aligned face crops</source>
        <translation>Las imágenes ya son recortes de cara alineados</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="67" />
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="69" />
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="69" />
        <source>Faces folder</source>
        <translation>Carpeta de caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="70" />
        <source>Training folder</source>
        <translation>Carpeta de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="72" />
        <source>CLIP model</source>
        <translation>Modelo CLIP</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="83" />
        <source>No CLIP model is chosen: pick one in the model manager first.</source>
        <translation>No hay ningún modelo CLIP elegido: elija uno primero en el gestor de modelos.</translation>
    </message>
</context>
<context>
    <name>mien::ui::GferTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="169" />
        <source>Training the GFER head</source>
        <translation>Entrenando la cabeza GFER</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="170" />
        <source>CLIP stays frozen; a ResNet learns which CLIP channels matter (Adam, exponential decay, the authors' augmentation). Defaults are the authors' settings.</source>
        <translation>CLIP queda congelado; una ResNet aprende qué canales de CLIP importan (Adam, decaimiento exponencial, el aumento de datos de los autores). Los valores por defecto son los de los autores.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="176" />
        <source>optional: resnet18_msceleb.pth (from scratch when empty)</source>
        <translation>opcional: resnet18_msceleb.pth (desde cero si está vacío)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="181" />
        <source>Augment (noise, flips, erasing)</source>
        <translation>Aumentar datos (ruido, volteos, borrado)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="184" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187" />
        <source>ResNet start</source>
        <translation>Inicio de la ResNet</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="188" />
        <source>Validation share</source>
        <translation>Proporción de validación</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="191" />
        <source>ResNet weights</source>
        <translation>Pesos de la ResNet</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="191" />
        <source>Weights (*.pth *.pt)</source>
        <translation>Pesos (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="225" />
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="227" />
        <source>Trained on %1 faces (%2 held out): validation accuracy %3%, UAR %4%.</source>
        <translation>Entrenado con %1 caras (%2 reservadas): exactitud de validación %3 %, UAR %4 %.</translation>
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
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Preset prompt sets…</source>
        <translation>Conjuntos de prompts predefinidos…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="201" />
        <source>Add class</source>
        <translation>Añadir clase</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="202" />
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="203" />
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="204" />
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="205" />
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>Usar la cabeza de expresiones (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="206" />
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>Esta cabeza se entrenó con clases fijas; sus etiquetas no se pueden editar.</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="116" />
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="120" />
        <source>Open image folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146" />
        <source>About Mien</source>
        <translation>Acerca de Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147" />
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Reconocimiento de expresiones faciales zero-shot en tiempo real con CLIP y la cabeza Exp-CLIP (Zhao et al., WACV 2025) o la cabeza GFER (Zhang et al., ECCV 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="216" />
        <source>Head saved to %1</source>
        <translation>Cabeza guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="277" />
        <source>File %1 of %2: %3 frames</source>
        <translation>Archivo %1 de %2: %3 fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287" />
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>Anotación cancelada; los archivos terminados se conservan.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="288" />
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>%1 archivo(s) anotado(s); %2 con errores.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="296" />
        <source>Loading model…</source>
        <translation>Cargando modelo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="301" />
        <location filename="../ui/main_window.cpp" line="584" />
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303" />
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="303" />
        <location filename="../ui/main_window.cpp" line="312" />
        <location filename="../ui/main_window.cpp" line="370" />
        <location filename="../ui/main_window.cpp" line="453" />
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="324" />
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327" />
        <location filename="../ui/main_window.cpp" line="572" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="327" />
        <location filename="../ui/main_window.cpp" line="572" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365" />
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>No se encontró ninguna cámara. Conecte una o abra un archivo de vídeo o una carpeta de imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369" />
        <location filename="../ui/main_window.cpp" line="452" />
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>Aún no hay ningún modelo instalado. Descargue los modelos recomendados o indique archivos del disco.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381" />
        <source>latency %1 ms</source>
        <translation>latencia %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="424" />
        <source>The %1 translation is missing from this build.</source>
        <translation>La traducción %1 falta en esta compilación.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="429" />
        <location filename="../ui/main_window.cpp" line="439" />
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>Abra primero un archivo de vídeo: la exportación anota el archivo completo, como mien-cli annotate.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="432" />
        <source>Folder for the CSV timeline</source>
        <translation>Carpeta para la línea de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="461" />
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>Ya hay una anotación en curso; espere o cancélela.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="464" />
        <source>Annotating…</source>
        <translation>Anotando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="464" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="472" />
        <source>Files to annotate</source>
        <translation>Archivos para anotar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="474" />
        <source>Folder for the CSV timelines</source>
        <translation>Carpeta para las líneas de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="497" />
        <source>The snapshot could not be saved: %1</source>
        <translation>No se pudo guardar la captura: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="500" />
        <source>Snapshot saved to %1</source>
        <translation>Captura guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="525" />
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>Abra una cámara, un archivo de vídeo o una carpeta de imágenes para empezar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="526" />
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>Aún no hay modelo: abra Modelos… para descargar o elegir uno.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="556" />
        <source>Open &amp;video…</source>
        <translation>Abrir &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="557" />
        <source>Open image &amp;folder…</source>
        <translation>Abrir &amp;carpeta de imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="558" />
        <source>&amp;Export CSV timeline…</source>
        <translation>&amp;Exportar línea de tiempo CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="559" />
        <source>Export &amp;annotated video…</source>
        <translation>Exportar vídeo &amp;anotado…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Export fin&amp;dings (ELAN, BORIS, segments, summary)…</source>
        <translation>Exportar resulta&amp;dos (ELAN, BORIS, segmentos, resumen)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Summari&amp;ze runs…</source>
        <translation>Resu&amp;mir sesiones…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="560" />
        <source>Save &amp;snapshot</source>
        <translation>Guardar &amp;captura</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="561" />
        <source>Annotate &amp;files…</source>
        <translation>Anotar &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="562" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="563" />
        <source>Step one frame</source>
        <translation>Avanzar un fotograma</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="564" />
        <source>&amp;Booth mode (full screen)</source>
        <translation>Modo &amp;stand (pantalla completa)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="565" />
        <source>Show class &amp;bars</source>
        <translation>Mostrar &amp;barras de clases</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="566" />
        <source>&amp;Loop files</source>
        <translation>&amp;Repetir archivos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="567" />
        <source>&amp;Model manager…</source>
        <translation>&amp;Gestor de modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="568" />
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="569" />
        <source>&amp;About Mien</source>
        <translation>&amp;Acerca de Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="574" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="575" />
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="575" />
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="576" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="576" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="580" />
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="581" />
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="582" />
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="583" />
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
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="110" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="112" />
        <source>installed, in use</source>
        <translation>instalado, en uso</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="112" />
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="113" />
        <source>partly installed</source>
        <translation>instalado en parte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="113" />
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="115" />
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="115" />
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="156" />
        <source>Downloaded and verified: %1</source>
        <translation>Descargado y verificado: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="175" />
        <source>%1: every file matches its checksum.</source>
        <translation>%1: todos los archivos coinciden con su suma de comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="187" />
        <source>Removed %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195" />
        <source>Folder with downloaded model files</source>
        <translation>Carpeta con archivos de modelo descargados</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="201" />
        <source>No catalogue files were found in %1.</source>
        <translation>No se encontraron archivos del catálogo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="201" />
        <source>Added: %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="210" />
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>Pesos de CLIP (.pt, .safetensors o config.json de una carpeta)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="211" />
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>Pesos (*.pt *.pth *.safetensors *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="213" />
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>Cabeza de expresiones (cancele para CLIP simple)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="214" />
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Cabezas (*.pth *.pt *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="230" />
        <source>%1 is not installed yet: press Fetch, or add its files from a folder.</source>
        <translation>%1 aún no está instalado: pulse Descargar o añada sus archivos desde una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="242" />
        <source>Detectors are chosen automatically.</source>
        <translation>Los detectores se eligen automáticamente.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="167" />
        <source>Where the LLM's descriptions come from</source>
        <translation>De dónde vienen las descripciones del LLM</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="168" />
        <source>Exp-CLIP learns from what a large language model says about each face.</source>
        <translation>Exp-CLIP aprende de lo que un gran modelo de lenguaje dice de cada cara.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="169" />
        <source>Import embeddings made with the authors' BLIP-2 script (tools/lavis)</source>
        <translation>Importar embeddings hechos con el script BLIP-2 de los autores (tools/lavis)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="170" />
        <source>Ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama)</source>
        <translation>Preguntar a un servidor compatible con OpenAI (llama.cpp, vLLM, Ollama)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="178" />
        <source>Embeddings (.npy, .safetensors)</source>
        <translation>Embeddings (.npy, .safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="179" />
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="179" />
        <source>Embeddings (*.npy *.safetensors)</source>
        <translation>Embeddings (*.npy *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="181" />
        <source>Mapping (.csv, .json)</source>
        <translation>Correspondencia (.csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="182" />
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="182" />
        <source>Mappings (*.csv *.json)</source>
        <translation>Correspondencias (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="185" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="186" />
        <source>Vision-language model</source>
        <translation>Modelo de visión y lenguaje</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="187" />
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="188" />
        <source>API key (optional)</source>
        <translation>Clave de API (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="189" />
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
</context>
<context>
    <name>mien::ui::SavePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="139" />
        <source>Save the head</source>
        <translation>Guardar la cabeza</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="140" />
        <source>Saved in the authors' format (.pth) with a .safetensors copy and a .json record of the training.</source>
        <translation>Se guarda en el formato de los autores (.pth) con una copia .safetensors y un registro .json del entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="142" />
        <source>Use this head now</source>
        <translation>Usar esta cabeza ahora</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="146" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="168" />
        <source>Cannot write %1; choose another place.</source>
        <translation>No se puede escribir %1; elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ScanPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="142" />
        <source>Finding faces</source>
        <translation>Buscando caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="143" />
        <source>Faces are detected, aligned and deduplicated; files that give no face are listed below.</source>
        <translation>Las caras se detectan, alinean y deduplican; los archivos sin cara se listan abajo.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="151" />
        <source>Scanning file %1 of %2</source>
        <translation>Examinando el archivo %1 de %2</translation>
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
    <name>mien::ui::TaskPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="105" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="119" />
        <source>Cancelled. Go back and forward again to continue; finished work is kept.</source>
        <translation>Cancelado. Retroceda y avance de nuevo para continuar; el trabajo hecho se conserva.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="135" />
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="79" />
        <location filename="../ui/timeline_view.cpp" line="124" />
        <source>Face %1</source>
        <translation>Cara %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="121" />
        <source>Face:</source>
        <translation>Cara:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="122" />
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="123" />
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="39" />
        <source>Continue the last run from its newest checkpoint</source>
        <translation>Continuar la última ejecución desde su punto de control más reciente</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="41" />
        <source>Start training</source>
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="43" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="47" />
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="48" />
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="66" />
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="67" />
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="68" />
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="90" />
        <source>Epoch %1 of %2: loss %3, accuracy %4%</source>
        <translation>Época %1 de %2: pérdida %3, exactitud %4 %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="99" />
        <source>Stopped; the checkpoints are kept. Start again to continue.</source>
        <translation>Detenido; los puntos de control se conservan. Inicie de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="100" />
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="21" />
        <source>Train an expression head</source>
        <translation>Entrenar una cabeza de expresiones</translation>
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
        <source>Download the recommended models (about %1)</source>
        <translation>Descargar los modelos recomendados (unos %1)</translation>
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
