<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/error_text.cpp" line="14"/>
        <source>Choose the CPU as the device in Settings.</source>
        <translation>Elija la CPU como dispositivo en Ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="15"/>
        <source>Add a manifest beside the weights, or choose files from the model manager.</source>
        <translation>Añada un manifiesto junto a los pesos o elija archivos en el gestor de modelos.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="16"/>
        <source>Choose a model in Models &gt; Model manager.</source>
        <translation>Elija un modelo en Modelos &gt; Gestor de modelos.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="17"/>
        <source>Annotate the same files into the same folder again to continue where it stopped.</source>
        <translation>Vuelva a anotar los mismos archivos en la misma carpeta para continuar donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="18"/>
        <source>Go back to the cache step of the training wizard and build the cache first.</source>
        <translation>Vuelva al paso de caché del asistente de entrenamiento y construya primero la caché.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="19"/>
        <source>Enter a mirror address in the model manager, or add the files from a folder.</source>
        <translation>Introduzca la dirección de una réplica en el gestor de modelos o añada los archivos desde una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="20"/>
        <source>Free some disk space, then annotate the same files again to continue.</source>
        <translation>Libere espacio en disco y vuelva a anotar los mismos archivos para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="21"/>
        <source>Annotate it without the sidecar if it is meant to be this recording.</source>
        <translation>Anótela sin el archivo complementario si debe ser esta grabación.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="22"/>
        <source>The library&apos;s own message is in the log.</source>
        <translation>El mensaje original de la biblioteca está en el registro.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="29"/>
        <source>The model or head cannot be used.</source>
        <translation>No se puede usar el modelo o la cabeza.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="30"/>
        <source>The image, video or camera cannot be read.</source>
        <translation>No se puede leer la imagen, el vídeo o la cámara.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="31"/>
        <source>The download failed.</source>
        <translation>La descarga ha fallado.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="32"/>
        <source>The training cache cannot be used.</source>
        <translation>No se puede usar la caché de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="33"/>
        <location filename="../ui/error_text.cpp" line="35"/>
        <source>A library Mien uses failed.</source>
        <translation>Ha fallado una biblioteca que usa Mien.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="34"/>
        <source>This cannot be done as it is.</source>
        <translation>Esto no se puede hacer tal como está.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="304"/>
        <source>Camera %1</source>
        <translation>Cámara %1</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="28"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="35"/>
        <source>recommended: accurate, and fast enough for live video on a laptop</source>
        <translation>recomendado: preciso y lo bastante rápido para vídeo en directo en un portátil</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="36"/>
        <source>quicker on slow computers, a little less accurate</source>
        <translation>más rápido en ordenadores lentos, algo menos preciso</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="37"/>
        <source>the most accurate; about three times the size and much slower</source>
        <translation>el más preciso; unas tres veces más grande y mucho más lento</translation>
    </message>
</context>
<context>
    <name>mien::ui::CachePage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="229"/>
        <source>Building the caches</source>
        <translation>Construyendo las cachés</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="230"/>
        <source>CLIP features and LLM embeddings are computed once and kept; a rerun only fills what is missing.</source>
        <translation>Las características de CLIP y los embeddings del LLM se calculan una vez y se guardan; una nueva ejecución solo completa lo que falta.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="251"/>
        <source>CLIP features: %1 of %2 faces</source>
        <translation>Características de CLIP: %1 de %2 caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="252"/>
        <source>LLM embeddings: %1 of %2 faces</source>
        <translation>Embeddings del LLM: %1 de %2 caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="263"/>
        <source>Fewer than two faces have both a CLIP feature and an LLM embedding.</source>
        <translation>Menos de dos caras tienen a la vez un rasgo CLIP y una incrustación del LLM.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="266"/>
        <source>%1 faces are ready: %2-d CLIP features, %3-d LLM embeddings; %4 incomplete.</source>
        <translation>%1 caras listas: características CLIP de %2 dimensiones, embeddings LLM de %3; %4 incompletas.</translation>
    </message>
</context>
<context>
    <name>mien::ui::EvaluatePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="57"/>
        <source>Did it help?</source>
        <translation>¿Ha servido?</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="58"/>
        <source>Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and the trained head with the prompt set of the labels panel.</source>
        <translation>Opcional: una carpeta etiquetada (una subcarpeta por clase) compara CLIP simple, la cabeza inicial y la entrenada con el conjunto de prompts del panel de etiquetas.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="60"/>
        <source>The images are already aligned face crops</source>
        <translation>Las imágenes ya son recortes de cara alineados</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="61"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="62"/>
        <source>Method</source>
        <translation>Método</translation>
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
        <translation>Caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="45"/>
        <source>Labelled folder</source>
        <translation>Carpeta etiquetada</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="67"/>
        <source>Evaluating image %1 of %2…</source>
        <translation>Evaluando la imagen %1 de %2…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="71"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="97"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="98"/>
        <source>Evaluated with the prompt set “%1” of the Labels panel: %2 classes (%3).</source>
        <translation>Evaluado con el conjunto de prompts «%1» del panel de etiquetas: %2 clases (%3).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="99"/>
        <source>Evaluates with the prompt set “%1” of the Labels panel: %2 classes (%3).</source>
        <translation>Evalúa con el conjunto de prompts «%1» del panel de etiquetas: %2 clases (%3).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="132"/>
        <source>Results and confusion matrices are in %1</source>
        <translation>Los resultados y las matrices de confusión están en %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::ExpClipTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="136"/>
        <source>Training the Exp-CLIP head</source>
        <translation>Entrenando la cabeza Exp-CLIP</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="137"/>
        <source>CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4).</source>
        <translation>CLIP queda congelado; solo aprende la cabeza de proyección (SGD, momento 0,9, decaimiento de pesos 1e-4).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="138"/>
        <source>Start from the current head</source>
        <translation>Partir de la cabeza actual</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="139"/>
        <source>Start from a fresh head</source>
        <translation>Partir de una cabeza nueva</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="140"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="172"/>
        <source>Trained on %1 faces: loss %2 → %3.</source>
        <translation>Entrenado con %1 caras: pérdida %2 → %3.</translation>
    </message>
</context>
<context>
    <name>mien::ui::FindingsDialog</name>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="45"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="45"/>
        <source>Export findings</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="52"/>
        <source>Run (CSV timeline):</source>
        <translation>Sesión (línea de tiempo CSV):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="53"/>
        <source>Run CSV</source>
        <translation>CSV de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="53"/>
        <source>CSV timelines (*.csv)</source>
        <translation>Líneas de tiempo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="62"/>
        <source>ELAN (.eaf + time series)</source>
        <translation>ELAN (.eaf + series temporales)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="63"/>
        <source>BORIS project and events</source>
        <translation>Proyecto y eventos de BORIS</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="64"/>
        <source>Segments (CSV)</source>
        <translation>Segmentos (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="65"/>
        <source>Summary per participant and window (CSV)</source>
        <translation>Resumen por participante y ventana (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="66"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="67"/>
        <source>The run&apos;s CSV again, with the participant names (Participants panel)</source>
        <translation>El CSV de la sesión otra vez, con los nombres de los participantes (panel Participantes)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="71"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="82"/>
        <source>break segments</source>
        <translation>cortan los segmentos</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="83"/>
        <source>are left out</source>
        <translation>se omiten</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="84"/>
        <source>Probability threshold:</source>
        <translation>Umbral de probabilidad:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="85"/>
        <source>Minimum duration (s):</source>
        <translation>Duración mínima (s):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="86"/>
        <source>Merge gaps under (s):</source>
        <translation>Unir huecos menores de (s):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="87"/>
        <source>Frames not valid:</source>
        <translation>Fotogramas no válidos:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="89"/>
        <source>from the CSV&apos;s times</source>
        <translation>según los tiempos del CSV</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="90"/>
        <source>Frame rate (image folders only):</source>
        <translation>Frecuencia de fotogramas (solo carpetas de imágenes):</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="93"/>
        <source>Baseline %1–%2 s (from the timeline)</source>
        <translation>Línea base %1–%2 s (de la línea de tiempo)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="94"/>
        <source>No baseline (Shift+drag on the timeline to mark one)</source>
        <translation>Sin línea base (Mayús+arrastrar en la línea de tiempo para marcar una)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="97"/>
        <source>Baseline:</source>
        <translation>Línea base:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="99"/>
        <source>No markers (Ctrl+click on the timeline to drop one)</source>
        <translation>Sin marcadores (Ctrl+clic en la línea de tiempo para poner uno)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findings_dialog.cpp" line="100"/>
        <source>%n marker(s) from the timeline</source>
        <translation>
            <numerusform>%n marcador de la línea de tiempo</numerusform>
            <numerusform>%n marcadores de la línea de tiempo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="103"/>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="104"/>
        <source>Report file:</source>
        <translation>Archivo del informe:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="104"/>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="105"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="105"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="106"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="134"/>
        <source>Choose the run&apos;s CSV timeline first (Export CSV timeline writes one).</source>
        <translation>Elija primero la línea de tiempo CSV de la sesión («Exportar línea de tiempo CSV» crea una).</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="137"/>
        <source>Choose an output folder for the findings.</source>
        <translation>Elija una carpeta de salida para los resultados.</translation>
    </message>
</context>
<context>
    <name>mien::ui::FolderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="58"/>
        <source>Faces to learn from</source>
        <translation>Caras de las que aprender</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="59"/>
        <source>Exp-CLIP learns from unlabelled faces of your participants (images or videos) and an LLM&apos;s descriptions; GFER learns from a labelled folder (one sub-folder of images per class).</source>
        <translation>Exp-CLIP aprende de caras sin etiquetar de sus participantes (imágenes o vídeos) y de las descripciones de un LLM; GFER aprende de una carpeta etiquetada (una subcarpeta de imágenes por clase).</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="61"/>
        <source>Exp-CLIP head: unlabelled faces, any expression words later</source>
        <translation>Cabeza Exp-CLIP: caras sin etiquetar, cualquier palabra de expresión después</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="62"/>
        <source>GFER head: labelled faces, fixed classes, generalises to new people</source>
        <translation>Cabeza GFER: caras etiquetadas, clases fijas, generaliza a personas nuevas</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="63"/>
        <source>The images are already aligned face crops</source>
        <translation>Las imágenes ya son recortes de cara alineados</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="64"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="65"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="49"/>
        <source>Faces folder</source>
        <translation>Carpeta de caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="50"/>
        <location filename="../ui/wizard_data_pages.cpp" line="66"/>
        <source>Training folder</source>
        <translation>Carpeta de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="67"/>
        <source>CLIP model</source>
        <translation>Modelo CLIP</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="82"/>
        <source>No CLIP model is chosen: pick one in the model manager first.</source>
        <translation>No hay ningún modelo CLIP elegido: elija uno primero en el gestor de modelos.</translation>
    </message>
</context>
<context>
    <name>mien::ui::GferTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="193"/>
        <source>Training the GFER head</source>
        <translation>Entrenando la cabeza GFER</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="194"/>
        <source>CLIP stays frozen; a ResNet learns which CLIP channels matter (Adam, exponential decay, the authors&apos; augmentation). Defaults are the authors&apos; settings.</source>
        <translation>CLIP queda congelado; una ResNet aprende qué canales de CLIP importan (Adam, decaimiento exponencial, el aumento de datos de los autores). Los valores por defecto son los de los autores.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="196"/>
        <source>optional: resnet18_msceleb.pth (from scratch when empty)</source>
        <translation>opcional: resnet18_msceleb.pth (desde cero si está vacío)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="197"/>
        <source>Augment (noise, flips, erasing)</source>
        <translation>Aumentar datos (ruido, volteos, borrado)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="198"/>
        <source>ResNet start</source>
        <translation>Inicio de la ResNet</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="199"/>
        <source>Validation share</source>
        <translation>Proporción de validación</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187"/>
        <source>ResNet weights</source>
        <translation>Pesos de la ResNet</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187"/>
        <source>Weights (*.pth *.pt)</source>
        <translation>Pesos (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="231"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="233"/>
        <source>Trained on %1 faces (%2 held out): validation accuracy %3%, UAR %4%.</source>
        <translation>Entrenado con %1 caras (%2 reservadas): exactitud de validación %3 %, UAR %4 %.</translation>
    </message>
</context>
<context>
    <name>mien::ui::IdentityPanel</name>
    <message>
        <location filename="../ui/identity_panel.cpp" line="143"/>
        <location filename="../ui/identity_panel.cpp" line="144"/>
        <source>(dropped)</source>
        <translation>(descartado)</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="210"/>
        <source>Merge as this name</source>
        <translation>Fusionar con este nombre</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="210"/>
        <source>Name selected</source>
        <translation>Nombrar selección</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="219"/>
        <source>Export a CSV timeline (or annotate files) to list who was seen.</source>
        <translation>Exporte una línea de tiempo CSV (o anote archivos) para ver quién aparece.</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="220"/>
        <source>Faces of %1. Double-click a name to rename; select several rows to merge them into one participant.</source>
        <translation>Caras de %1. Haga doble clic en un nombre para cambiarlo; seleccione varias filas para unirlas en un participante.</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="224"/>
        <source>First and last time seen (minutes:seconds.milliseconds), or image numbers for an image folder</source>
        <translation>Primera y última aparición (minutos:segundos.milisegundos) o números de imagen en una carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="225"/>
        <source>Participant name, e.g. P01</source>
        <translation>Nombre del participante, p. ej. P01</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="226"/>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="227"/>
        <source>Leave the selected tracks out of every export (a face on a poster, a passer-by)</source>
        <translation>Excluir las pistas seleccionadas de todas las exportaciones (una cara en un póster, un transeúnte)</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="228"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="229"/>
        <source>Show faces</source>
        <translation>Mostrar caras</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="230"/>
        <source>Cut each track&apos;s face from the recording; shown here only, never saved</source>
        <translation>Recorta la cara de cada pista de la grabación; solo se muestra aquí, nunca se guarda</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="231"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="232"/>
        <source>Write the names beside the run&apos;s CSV; every export uses them</source>
        <translation>Escribe los nombres junto al CSV de la sesión; todas las exportaciones los usan</translation>
    </message>
</context>
<context>
    <name>mien::ui::LabelsPanel</name>
    <message>
        <location filename="../ui/labels_panel.cpp" line="129"/>
        <source>Load prompt set</source>
        <translation>Cargar conjunto de prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="129"/>
        <source>Prompt sets (*.json)</source>
        <translation>Conjuntos de prompts (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="331"/>
        <source>Keep at least two classes with a name.</source>
        <translation>Mantenga al menos dos clases con nombre.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="219"/>
        <location filename="../ui/labels_panel.cpp" line="346"/>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="184"/>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="195"/>
        <source>Added the dimensions of %1: %2 new.</source>
        <translation>Dimensiones de %1 añadidas: %2 nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="217"/>
        <source>Save as a preset</source>
        <translation>Guardar como ajuste</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="218"/>
        <source>Name of the preset:</source>
        <translation>Nombre del ajuste:</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="219"/>
        <source>my prompt set</source>
        <translation>mi conjunto de prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="224"/>
        <source>Replace the preset?</source>
        <translation>¿Sustituir el ajuste?</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="225"/>
        <source>A preset named “%1” exists already. Replace it with the labels shown now?</source>
        <translation>Ya existe un ajuste llamado «%1». ¿Sustituirlo por las etiquetas que se muestran ahora?</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="250"/>
        <source>Saved as the preset “%1” (%2).</source>
        <translation>Guardado como el ajuste «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="315"/>
        <source>Renamed “%1” to “%2”: %3 of its prompts now say “%2”.</source>
        <translation>«%1» renombrada a «%2»: %3 de sus prompts dicen ahora «%2».</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="318"/>
        <source>Renamed “%1” to “%2”: its prompts did not name the class, so its prompt is now “%2”.</source>
        <translation>«%1» renombrada a «%2»: sus prompts no nombraban la clase, así que su prompt es ahora «%2».</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="338"/>
        <source>Two classes are named “%1”; give each its own name.</source>
        <translation>Dos clases se llaman «%1»; dé a cada una su propio nombre.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="345"/>
        <source>The dimension “%1” counts once both of its poles have prompts.</source>
        <translation>La dimensión «%1» cuenta en cuanto sus dos polos tengan prompts.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="414"/>
        <source>Preset prompt sets…</source>
        <translation>Conjuntos de prompts predefinidos…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="415"/>
        <source>Add a set of dimensions…</source>
        <translation>Añadir un conjunto de dimensiones…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="416"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="417"/>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="418"/>
        <source>Zero-shot scores between two descriptions (CSV columns d_&lt;name&gt;): estimates from words, not FACS coding.</source>
        <translation>Puntuaciones zero-shot entre dos descripciones (columnas CSV d_&lt;name&gt;): estimaciones a partir de palabras, no codificación FACS.</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="420"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="420"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>First pole</source>
        <translation>Primer polo</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>Second pole</source>
        <translation>Segundo polo</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="422"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="423"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="424"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="425"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="426"/>
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>Usar la cabeza de expresiones (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="427"/>
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>Esta cabeza se entrenó con clases fijas; sus etiquetas no se pueden editar.</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Open image folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>About Mien</source>
        <translation>Acerca de Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Reconocimiento de expresiones faciales zero-shot en tiempo real con CLIP y la cabeza Exp-CLIP (Zhao et al., WACV 2025) o la cabeza GFER (Zhang et al., ECCV 2024).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>Head saved to %1</source>
        <translation>Cabeza guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="376"/>
        <source>File %1 of %2: %3 frames</source>
        <translation>Archivo %1 de %2: %3 fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>Anotación cancelada; los archivos terminados se conservan.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>%1 archivo(s) anotado(s); %2 con errores.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>Loading model…</source>
        <translation>Cargando modelo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <location filename="../ui/main_window.cpp" line="843"/>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <location filename="../ui/main_window.cpp" line="429"/>
        <location filename="../ui/main_window.cpp" line="495"/>
        <location filename="../ui/main_window.cpp" line="599"/>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="441"/>
        <location filename="../ui/main_window.cpp" line="448"/>
        <location filename="../ui/main_window.cpp" line="829"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>Wrong PIN; try again (Esc: stay in booth mode)</source>
        <translation>PIN incorrecto; inténtelo de nuevo (Esc: seguir en modo stand)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>Participants saved to %1; every export of this run uses them.</source>
        <translation>Participantes guardados en %1; todas las exportaciones de esta sesión los usan.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <source>Head on: labels come from the Exp-CLIP projection head.</source>
        <translation>Cabeza activada: las etiquetas vienen de la cabeza de proyección Exp-CLIP.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="366"/>
        <source>Head off: plain CLIP zero-shot labels, as without a head.</source>
        <translation>Cabeza desactivada: etiquetas zero-shot de CLIP simple, como sin cabeza.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="389"/>
        <source>Written to</source>
        <translation>Escrito en</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434"/>
        <source>The camera stopped sending frames.</source>
        <translation>La cámara dejó de enviar fotogramas.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448"/>
        <location filename="../ui/main_window.cpp" line="829"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="490"/>
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>No se encontró ninguna cámara. Conecte una o abra un archivo de vídeo o una carpeta de imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="494"/>
        <location filename="../ui/main_window.cpp" line="598"/>
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>Aún no hay ningún modelo instalado. Descargue los modelos recomendados o indique archivos del disco.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>latency %1 ms</source>
        <translation>latencia %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="568"/>
        <source>The %1 translation is missing from this build.</source>
        <translation>La traducción %1 falta en esta compilación.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <location filename="../ui/main_window.cpp" line="584"/>
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>Abra primero un archivo de vídeo: la exportación anota el archivo completo, como mien-cli annotate.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="577"/>
        <source>Folder for the CSV timeline</source>
        <translation>Carpeta para la línea de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="577"/>
        <source>Folder for the annotated video (MP4 with sound) and its CSV timeline</source>
        <translation>Carpeta para el vídeo anotado (MP4 con sonido) y su línea de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="607"/>
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>Ya hay una anotación en curso; espere o cancélela.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>Annotating…</source>
        <translation>Anotando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n archivo escrito en %1</numerusform>
            <numerusform>%n archivos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="668"/>
        <source>%n run(s) summarized in %1</source>
        <translation>
            <numerusform>%n sesión resumida en %1</numerusform>
            <numerusform>%n sesiones resumidas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="673"/>
        <source>Files to annotate</source>
        <translation>Archivos para anotar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="675"/>
        <source>Folder for the CSV timelines</source>
        <translation>Carpeta para las líneas de tiempo CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="698"/>
        <source>The snapshot could not be saved: %1</source>
        <translation>No se pudo guardar la captura: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701"/>
        <source>Snapshot saved to %1</source>
        <translation>Captura guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="746"/>
        <source>%1 Trying again every 2 seconds…</source>
        <translation>%1 Reintentando cada 2 segundos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="767"/>
        <source>PIN to leave booth mode, then Enter (Esc: stay)</source>
        <translation>PIN para salir del modo stand y luego Intro (Esc: seguir)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>Abra una cámara, un archivo de vídeo o una carpeta de imágenes para empezar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>Aún no hay modelo: abra Modelos… para descargar o elegir uno.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="807"/>
        <source>Open &amp;video…</source>
        <translation>Abrir &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="808"/>
        <source>Open image &amp;folder…</source>
        <translation>Abrir &amp;carpeta de imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>&amp;Export CSV timeline…</source>
        <translation>&amp;Exportar línea de tiempo CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>Export &amp;annotated video…</source>
        <translation>Exportar vídeo &amp;anotado…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="811"/>
        <source>Export fin&amp;dings (ELAN, BORIS, segments, summary)…</source>
        <translation>Exportar resulta&amp;dos (ELAN, BORIS, segmentos, resumen)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="812"/>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="813"/>
        <source>Summari&amp;ze runs…</source>
        <translation>Resu&amp;mir sesiones…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="814"/>
        <source>Save &amp;snapshot</source>
        <translation>Guardar &amp;captura</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="815"/>
        <source>Annotate &amp;files…</source>
        <translation>Anotar &amp;archivos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="816"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>Next frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="818"/>
        <source>Previous frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="819"/>
        <source>Previous image</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="820"/>
        <source>Next image</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="841"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="842"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="821"/>
        <source>&amp;Booth mode (full screen)</source>
        <translation>Modo &amp;stand (pantalla completa)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="822"/>
        <source>Show class &amp;bars</source>
        <translation>Mostrar &amp;barras de clases</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="823"/>
        <source>&amp;Loop files</source>
        <translation>&amp;Repetir archivos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="824"/>
        <source>&amp;Model manager…</source>
        <translation>&amp;Gestor de modelos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="825"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="826"/>
        <source>&amp;About Mien</source>
        <translation>&amp;Acerca de Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="831"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="831"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="832"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="832"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="833"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="833"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="838"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="839"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="840"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>mien::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="73"/>
        <source>Fetch</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="74"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="75"/>
        <source>Add from folder…</source>
        <translation>Añadir desde carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="75"/>
        <source>Use files on disk…</source>
        <translation>Usar archivos del disco…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="76"/>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="77"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="92"/>
        <source>Download mirror (optional): https://mirror.example/mien</source>
        <translation>Réplica de descarga (opcional): https://mirror.example/mien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111"/>
        <source>Models are stored in %1</source>
        <translation>Los modelos se guardan en %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="189"/>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="190"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="192"/>
        <source>installed, in use</source>
        <translation>instalado, en uso</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="192"/>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="193"/>
        <source>partly installed</source>
        <translation>instalado en parte</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="193"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="232"/>
        <source>Downloaded and verified: %1</source>
        <translation>Descargado y verificado: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="240"/>
        <source>%1: every file matches its checksum.</source>
        <translation>%1: todos los archivos coinciden con su suma de comprobación.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="258"/>
        <source>Removed %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="266"/>
        <source>Folder with downloaded model files</source>
        <translation>Carpeta con archivos de modelo descargados</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="248"/>
        <source>No catalogue files were found in %1.</source>
        <translation>No se encontraron archivos del catálogo en %1.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="51"/>
        <source>CLIP model</source>
        <translation>Modelo CLIP</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="51"/>
        <source>CLIP %1</source>
        <translation>CLIP %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="52"/>
        <source>Expression head (Exp-CLIP)</source>
        <translation>Cabezal de expresiones (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="52"/>
        <source>Expression head for CLIP %1 (Exp-CLIP)</source>
        <translation>Cabezal de expresiones para CLIP %1 (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="53"/>
        <source>Expression head with fixed classes (GFER)</source>
        <translation>Cabezal de expresiones con clases fijas (GFER)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="54"/>
        <source>Face finder (YuNet, %1 px)</source>
        <translation>Detector de caras (YuNet, %1 px)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="54"/>
        <source>Face finder (YuNet)</source>
        <translation>Detector de caras (YuNet)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="61"/>
        <source>Reads the face and your label words; needed for everything</source>
        <translation>Lee la cara y las palabras de sus etiquetas; necesario para todo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="62"/>
        <source>Add-on that makes CLIP better at expressions; works with CLIP %1 only</source>
        <translation>Complemento que mejora a CLIP con las expresiones; solo funciona con CLIP %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="62"/>
        <source>of its size</source>
        <translation>de su tamaño</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="63"/>
        <source>Add-on with its own classes; your label words are not used</source>
        <translation>Complemento con sus propias clases; no se usan las palabras de sus etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="64"/>
        <source>Finds faces in the picture; chosen automatically</source>
        <translation>Encuentra las caras en la imagen; se elige automáticamente</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="74"/>
        <source>Check files</source>
        <translation>Comprobar archivos</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="76"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="79"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Download size</source>
        <translation>Tamaño de descarga</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Files can be checked</source>
        <translation>Archivos comprobables</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="152"/>
        <source>a few hundred MB</source>
        <translation>unos cientos de MB</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="153"/>
        <source>Mien needs a &lt;b&gt;CLIP model&lt;/b&gt;, which reads the face and the words of your labels, and can add an &lt;b&gt;expression head&lt;/b&gt;: a small add-on trained on faces that makes CLIP better at telling expressions apart. A head works only with the CLIP size it was made for. &lt;b&gt;Recommended:&lt;/b&gt; CLIP ViT-B/16 with its Exp-CLIP head (%1 in all), accurate and fast enough for live video on a laptop.</source>
        <translation>Mien necesita un &lt;b&gt;modelo CLIP&lt;/b&gt;, que lee la cara y las palabras de sus etiquetas, y puede añadir un &lt;b&gt;cabezal de expresiones&lt;/b&gt;: un pequeño complemento entrenado con caras que ayuda a CLIP a distinguir mejor las expresiones. Un cabezal solo funciona con el tamaño de CLIP para el que se hizo. &lt;b&gt;Recomendado:&lt;/b&gt; CLIP ViT-B/16 con su cabezal Exp-CLIP (%1 en total), preciso y lo bastante rápido para vídeo en directo en un portátil.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195"/>
        <source>no (no checksum is known)</source>
        <translation>no (no se conoce ninguna suma de comprobación)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="249"/>
        <source>Added: %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="271"/>
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>Pesos de CLIP (.pt, .safetensors o config.json de una carpeta)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="272"/>
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>Pesos (*.pt *.pth *.safetensors *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="274"/>
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>Cabeza de expresiones (cancele para CLIP simple)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="275"/>
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Cabezas (*.pth *.pt *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="291"/>
        <source>%1 is not installed yet: press Download, or add its files from a folder.</source>
        <translation>%1 aún no está instalado: pulse Descargar o añada sus archivos desde una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="303"/>
        <source>The face finder is chosen automatically.</source>
        <translation>El detector de caras se elige automáticamente.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="196"/>
        <source>Where the LLM&apos;s descriptions come from</source>
        <translation>De dónde vienen las descripciones del LLM</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="197"/>
        <source>Exp-CLIP learns from what a large language model says about each face.</source>
        <translation>Exp-CLIP aprende de lo que un gran modelo de lenguaje dice de cada cara.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="198"/>
        <source>Import embeddings made with the authors&apos; BLIP-2 script (tools/lavis)</source>
        <translation>Importar embeddings hechos con el script BLIP-2 de los autores (tools/lavis)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="199"/>
        <source>Ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama)</source>
        <translation>Preguntar a un servidor compatible con OpenAI (llama.cpp, vLLM, Ollama)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="200"/>
        <source>Embeddings (.npy, .safetensors)</source>
        <translation>Embeddings (.npy, .safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="180"/>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="180"/>
        <source>Embeddings (*.npy *.safetensors)</source>
        <translation>Embeddings (*.npy *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="201"/>
        <source>Mapping (.csv, .json)</source>
        <translation>Correspondencia (.csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="183"/>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="183"/>
        <source>Mappings (*.csv *.json)</source>
        <translation>Correspondencias (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="202"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="203"/>
        <source>Vision-language model</source>
        <translation>Modelo de visión y lenguaje</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="204"/>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="205"/>
        <source>API key (optional)</source>
        <translation>Clave de API (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="206"/>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
</context>
<context>
    <name>mien::ui::SavePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="145"/>
        <source>Save the head</source>
        <translation>Guardar la cabeza</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="146"/>
        <source>Saved in the authors&apos; format (.pth) with a .safetensors copy and a .json record of the training.</source>
        <translation>Se guarda en el formato de los autores (.pth) con una copia .safetensors y un registro .json del entrenamiento.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="147"/>
        <source>Use this head now</source>
        <translation>Usar esta cabeza ahora</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="148"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="162"/>
        <source>Cannot save the head: %1 Choose another place.</source>
        <translation>No se puede guardar la cabeza: %1 Elija otro lugar.</translation>
    </message>
</context>
<context>
    <name>mien::ui::ScanPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="145"/>
        <source>Finding faces</source>
        <translation>Buscando caras</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="146"/>
        <source>Faces are detected, aligned and deduplicated; files that give no face are listed below.</source>
        <translation>Las caras se detectan, alinean y deduplican; los archivos sin cara se listan abajo.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="155"/>
        <source>Scanning file %1 of %2</source>
        <translation>Examinando el archivo %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="162"/>
        <source>No faces were found in this folder.</source>
        <translation>No se encontraron caras en esta carpeta.</translation>
    </message>
</context>
<context>
    <name>mien::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="22"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="23"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>Default (fp32)</source>
        <translation>Predeterminada (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="32"/>
        <source>The input size of the face detector file: 320 for the shipped detector, 640 for the yunet-n-640 download.</source>
        <translation>Tamaño de entrada del archivo del detector de caras: 320 para el detector incluido, 640 para la descarga yunet-n-640.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="39"/>
        <source>Weight of the newest frame; 1 turns smoothing off.</source>
        <translation>Peso del fotograma más reciente; 1 desactiva el suavizado.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="43"/>
        <source>off (each frame alone)</source>
        <translation>desactivado (cada fotograma por separado)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="44"/>
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="45"/>
        <source>The paper&apos;s video mode: each face is labelled from the mean of its last N frames (as mien-cli annotate --window N).</source>
        <translation>El modo vídeo del artículo: cada cara se etiqueta con la media de sus últimos N fotogramas (como mien-cli annotate --window N).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="52"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="53"/>
        <source>Precision (CPU)</source>
        <translation>Precisión (CPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="54"/>
        <source>Face detector size</source>
        <translation>Tamaño del detector de caras</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="55"/>
        <source>Face score threshold</source>
        <translation>Umbral de detección de caras</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="56"/>
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="57"/>
        <source>Video mode: average over</source>
        <translation>Modo vídeo: promedio de</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="58"/>
        <source>Leave frames that are not valid out of the average</source>
        <translation>Excluir del promedio los fotogramas no válidos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="59"/>
        <source>Show class bars beside faces</source>
        <translation>Mostrar barras de clases junto a las caras</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="63"/>
        <source>none: Esc leaves booth mode</source>
        <translation>ninguno: Esc sale del modo stand</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="67"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="68"/>
        <source>In a crowd, only the largest (nearest) faces are labelled.</source>
        <translation>En una multitud solo se etiquetan las caras más grandes (más cercanas).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="69"/>
        <source>Booth mode: PIN to leave</source>
        <translation>Modo stand: PIN para salir</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="70"/>
        <source>Booth mode: faces at most</source>
        <translation>Modo stand: máximo de caras</translation>
    </message>
</context>
<context>
    <name>mien::ui::SourceBar</name>
    <message>
        <location filename="../ui/source_bar.cpp" line="103"/>
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="104"/>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="108"/>
        <source>Open image folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="124"/>
        <location filename="../ui/source_bar.cpp" line="198"/>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="175"/>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="182"/>
        <source>Image %1 of %2: %3</source>
        <translation>Imagen %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="193"/>
        <source>Start camera</source>
        <translation>Iniciar cámara</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="194"/>
        <source>Open video…</source>
        <translation>Abrir vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="195"/>
        <source>Open image folder…</source>
        <translation>Abrir carpeta de imágenes…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="196"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="197"/>
        <source>Click or drag to go to a time</source>
        <translation>Haga clic o arrastre para ir a un momento</translation>
    </message>
</context>
<context>
    <name>mien::ui::SummarizeDialog</name>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="21"/>
        <source>Tidy (long) table: one row per class</source>
        <translation>Tabla ordenada (larga): una fila por clase</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="22"/>
        <source>Summarize runs</source>
        <translation>Resumir sesiones</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="26"/>
        <source>Add runs…</source>
        <translation>Añadir sesiones…</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="28"/>
        <source>Run CSV timelines</source>
        <translation>Líneas de tiempo CSV de las sesiones</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="28"/>
        <source>CSV timelines (*.csv)</source>
        <translation>Líneas de tiempo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="31"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="43"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="45"/>
        <source>Study table</source>
        <translation>Tabla del estudio</translation>
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
        <translation>Archivo de condiciones</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="58"/>
        <source>to the next event</source>
        <translation>hasta el siguiente evento</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="60"/>
        <source>Runs:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="61"/>
        <source>Conditions file (optional):</source>
        <translation>Archivo de condiciones (opcional):</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="62"/>
        <source>Probability threshold:</source>
        <translation>Umbral de probabilidad:</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="63"/>
        <source>Window length (s):</source>
        <translation>Longitud de ventana (s):</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="65"/>
        <source>Table to write:</source>
        <translation>Tabla de salida:</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="85"/>
        <source>Add the runs&apos; CSV timelines to summarize.</source>
        <translation>Añada las líneas de tiempo CSV de las sesiones que quiera resumir.</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="86"/>
        <source>Choose the table to write.</source>
        <translation>Elija la tabla de salida.</translation>
    </message>
</context>
<context>
    <name>mien::ui::TaskPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="121"/>
        <source>Cancelled. Go back and forward again to continue; finished work is kept.</source>
        <translation>Cancelado. Retroceda y avance de nuevo para continuar; el trabajo hecho se conserva.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="137"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineMarks</name>
    <message>
        <location filename="../ui/timeline_marks.cpp" line="24"/>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="158"/>
        <location filename="../ui/timeline_view.cpp" line="222"/>
        <source>Face %1</source>
        <translation>Cara %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="219"/>
        <source>Face:</source>
        <translation>Cara:</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="220"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="221"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="66"/>
        <source>Continue the last run from its newest checkpoint</source>
        <translation>Continuar la última ejecución desde su punto de control más reciente</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="67"/>
        <source>Start training</source>
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="68"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="69"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="70"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="71"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="72"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="73"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="95"/>
        <source>Epoch %1 of %2: loss %3, accuracy %4%</source>
        <translation>Época %1 de %2: pérdida %3, exactitud %4 %</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="104"/>
        <source>Stopped; the checkpoints are kept. Start again to continue.</source>
        <translation>Detenido; los puntos de control se conservan. Inicie de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="105"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="41"/>
        <source>Train an expression head</source>
        <translation>Entrenar una cabeza de expresiones</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="42"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="43"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="44"/>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="45"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="46"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>mien::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="55"/>
        <source>Welcome to Mien</source>
        <translation>Bienvenido a Mien</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="56"/>
        <source>Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading.</source>
        <translation>Mien necesita un modelo CLIP para reconocer expresiones. El conjunto recomendado es OpenAI CLIP ViT-B/16 con la cabeza Exp-CLIP B/16; ambos archivos se verifican byte a byte tras la descarga.</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="58"/>
        <source>Download the recommended models (about %1)</source>
        <translation>Descargar los modelos recomendados (unos %1)</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="59"/>
        <source>Download the recommended models</source>
        <translation>Descargar los modelos recomendados</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="60"/>
        <source>Use model files already on this computer…</source>
        <translation>Usar archivos de modelo ya presentes en este equipo…</translation>
    </message>
</context>
<context>
    <name>mien::ui::WizardPage</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="67"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
</TS>
