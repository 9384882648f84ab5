<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="255" />
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::LabelsPanel</name>
    <message>
        <location filename="../ui/labels_panel.cpp" line="64" />
        <source>Load prompt set</source>
        <translation>加载提示词集</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="64" />
        <location filename="../ui/labels_panel.cpp" line="68" />
        <source>Prompt sets (*.json)</source>
        <translation>提示词集 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="68" />
        <source>Save prompt set</source>
        <translation>保存提示词集</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="139" />
        <source>Keep at least two classes with a name.</source>
        <translation>请至少保留两个有名称的类别。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="142" />
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="198" />
        <source>Preset prompt sets…</source>
        <translation>预设提示词集…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="199" />
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="200" />
        <source>Add class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="201" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="202" />
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="203" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="204" />
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>使用表情投影头 (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="205" />
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>此投影头基于固定类别训练，其标签无法编辑。</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="110" />
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114" />
        <source>Open image folder</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="140" />
        <source>About Mien</source>
        <translation>关于 Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141" />
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;基于 CLIP 与 Exp-CLIP 投影头（Zhao 等，WACV 2025）或 GFER 头（Zhang 等，ECCV 2024）的实时零样本面部表情识别。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="248" />
        <source>File %1 of %2: %3 frames</source>
        <translation>第 %1/%2 个文件：%3 帧</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="253" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258" />
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>标注已取消；已完成的文件会保留。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259" />
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>已标注 %1 个文件；%2 个失败。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267" />
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="272" />
        <location filename="../ui/main_window.cpp" line="552" />
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <source>The model could not be loaded: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <location filename="../ui/main_window.cpp" line="283" />
        <location filename="../ui/main_window.cpp" line="340" />
        <location filename="../ui/main_window.cpp" line="423" />
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295" />
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298" />
        <location filename="../ui/main_window.cpp" line="542" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298" />
        <location filename="../ui/main_window.cpp" line="542" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335" />
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>未找到摄像头。请连接摄像头，或打开视频文件或图片文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="339" />
        <location filename="../ui/main_window.cpp" line="422" />
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>尚未安装模型。请下载推荐模型，或指定磁盘上的文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351" />
        <source>latency %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="394" />
        <source>The %1 translation is missing from this build.</source>
        <translation>此版本缺少 %1 翻译。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="399" />
        <location filename="../ui/main_window.cpp" line="409" />
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>请先打开视频文件：导出会像 mien-cli annotate 一样标注整个文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="402" />
        <source>Folder for the CSV timeline</source>
        <translation>CSV 时间线的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="431" />
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>已有标注任务在运行；请等待或取消。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434" />
        <source>Annotating…</source>
        <translation>正在标注…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="442" />
        <source>Files to annotate</source>
        <translation>要标注的文件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="444" />
        <source>Folder for the CSV timelines</source>
        <translation>CSV 时间线的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="467" />
        <source>The snapshot could not be saved: %1</source>
        <translation>无法保存快照：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="470" />
        <source>Snapshot saved to %1</source>
        <translation>快照已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="495" />
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>打开摄像头、视频文件或图片文件夹以开始。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="496" />
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>尚无模型：打开“模型…”下载或选择一个。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="526" />
        <source>Open &amp;video…</source>
        <translation>打开视频(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="527" />
        <source>Open image &amp;folder…</source>
        <translation>打开图片文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="528" />
        <source>&amp;Export CSV timeline…</source>
        <translation>导出 CSV 时间线(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="529" />
        <source>Export &amp;annotated video…</source>
        <translation>导出标注视频(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="530" />
        <source>Save &amp;snapshot</source>
        <translation>保存快照(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="531" />
        <source>Annotate &amp;files…</source>
        <translation>标注文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="532" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="533" />
        <source>Step one frame</source>
        <translation>前进一帧</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="534" />
        <source>&amp;Booth mode (full screen)</source>
        <translation>展台模式(全屏)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="535" />
        <source>Show class &amp;bars</source>
        <translation>显示类别条形图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536" />
        <source>&amp;Loop files</source>
        <translation>循环播放文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="537" />
        <source>&amp;Model manager…</source>
        <translation>模型管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="538" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="539" />
        <source>&amp;About Mien</source>
        <translation>关于 Mien(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="544" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="545" />
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="545" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="546" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="550" />
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="551" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>mien::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="27" />
        <source>Fetch</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="28" />
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="28" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="29" />
        <source>Add from folder…</source>
        <translation>从文件夹添加…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="29" />
        <source>Use files on disk…</source>
        <translation>使用磁盘上的文件…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="30" />
        <source>Use selected</source>
        <translation>使用所选</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="30" />
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="31" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="34" />
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="41" />
        <source>Download mirror (optional): https://mirror.example/mien</source>
        <translation>下载镜像（可选）：https://mirror.example/mien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="56" />
        <source>Models are stored in %1</source>
        <translation>模型保存在 %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="107" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="108" />
        <source>installed, in use</source>
        <translation>已安装，使用中</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="108" />
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>partly installed</source>
        <translation>部分安装</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="109" />
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111" />
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111" />
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="151" />
        <source>Downloaded and verified: %1</source>
        <translation>已下载并校验：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="170" />
        <source>%1: every file matches its checksum.</source>
        <translation>%1：所有文件均与校验和一致。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="182" />
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="190" />
        <source>Folder with downloaded model files</source>
        <translation>包含已下载模型文件的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="196" />
        <source>No catalogue files were found in %1.</source>
        <translation>在 %1 中未找到目录中的文件。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="196" />
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="205" />
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>CLIP 权重（.pt、.safetensors 或文件夹中的 config.json）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="206" />
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>权重 (*.pt *.pth *.safetensors *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="208" />
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>表情投影头（取消则使用原始 CLIP）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="209" />
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>投影头 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="225" />
        <source>%1 is not installed yet: press Fetch, or add its files from a folder.</source>
        <translation>%1 尚未安装：请点击“下载”，或从文件夹添加其文件。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="237" />
        <source>Detectors are chosen automatically.</source>
        <translation>检测器会自动选择。</translation>
    </message>
</context>
<context>
    <name>mien::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="18" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="19" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="30" />
        <source>Weight of the newest frame; 1 turns smoothing off.</source>
        <translation>最新一帧的权重；1 表示关闭平滑。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="33" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="34" />
        <source>Precision (CPU)</source>
        <translation>精度（CPU）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="35" />
        <source>Face score threshold</source>
        <translation>人脸置信度阈值</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="36" />
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="37" />
        <source>Show class bars beside faces</source>
        <translation>在人脸旁显示类别条形图</translation>
    </message>
</context>
<context>
    <name>mien::ui::SourceBar</name>
    <message>
        <location filename="../ui/source_bar.cpp" line="58" />
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="59" />
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)</source>
        <translation>视频 (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="63" />
        <source>Open image folder</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="78" />
        <location filename="../ui/source_bar.cpp" line="117" />
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="114" />
        <source>Start camera</source>
        <translation>启动摄像头</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="115" />
        <source>Open video…</source>
        <translation>打开视频…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="116" />
        <source>Open image folder…</source>
        <translation>打开图片文件夹…</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="76" />
        <location filename="../ui/timeline_view.cpp" line="121" />
        <source>Face %1</source>
        <translation>人脸 %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="118" />
        <source>Face:</source>
        <translation>人脸：</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="119" />
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="120" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
</context>
<context>
    <name>mien::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="41" />
        <source>Welcome to Mien</source>
        <translation>欢迎使用 Mien</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="42" />
        <source>Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading.</source>
        <translation>Mien 需要 CLIP 模型来识别表情。推荐组合为 OpenAI CLIP ViT-B/16 加 Exp-CLIP B/16 投影头；下载后会逐字节校验两个文件。</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="44" />
        <source>Download the recommended models (%1)</source>
        <translation>下载推荐模型（%1）</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="45" />
        <source>Download the recommended models</source>
        <translation>下载推荐模型</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="46" />
        <source>Use model files already on this computer…</source>
        <translation>使用本机已有的模型文件…</translation>
    </message>
</context>
</TS>
