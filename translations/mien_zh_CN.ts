<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/error_text.cpp" line="14"/>
        <source>Choose the CPU as the device in Settings.</source>
        <translation>请在设置中选择 CPU 作为设备。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="15"/>
        <source>Add a manifest beside the weights, or choose files from the model manager.</source>
        <translation>请在权重文件旁添加清单文件，或在模型管理器中选择文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="16"/>
        <source>Choose a model in Models &gt; Model manager.</source>
        <translation>请在“模型 &gt; 模型管理器”中选择模型。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="17"/>
        <source>Annotate the same files into the same folder again to continue where it stopped.</source>
        <translation>将相同的文件再次标注到同一文件夹，即可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="18"/>
        <source>Go back to the cache step of the training wizard and build the cache first.</source>
        <translation>请返回训练向导的缓存步骤，先构建缓存。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="19"/>
        <source>Enter a mirror address in the model manager, or add the files from a folder.</source>
        <translation>请在模型管理器中输入镜像地址，或从文件夹添加文件。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="20"/>
        <source>Free some disk space, then annotate the same files again to continue.</source>
        <translation>请释放磁盘空间，然后再次标注相同的文件以继续。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="21"/>
        <source>Annotate it without the sidecar if it is meant to be this recording.</source>
        <translation>如果确实是这段录像，请不带附属文件重新标注。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="22"/>
        <source>The library&apos;s own message is in the log.</source>
        <translation>库的原始消息见日志。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="29"/>
        <source>The model or head cannot be used.</source>
        <translation>无法使用该模型或头部。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="30"/>
        <source>The image, video or camera cannot be read.</source>
        <translation>无法读取该图像、视频或摄像头。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="31"/>
        <source>The download failed.</source>
        <translation>下载失败。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="32"/>
        <source>The training cache cannot be used.</source>
        <translation>无法使用训练缓存。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="33"/>
        <location filename="../ui/error_text.cpp" line="35"/>
        <source>A library Mien uses failed.</source>
        <translation>Mien 使用的某个库出错。</translation>
    </message>
    <message>
        <location filename="../ui/error_text.cpp" line="34"/>
        <source>This cannot be done as it is.</source>
        <translation>按当前设置无法完成此操作。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/session_controller.cpp" line="304"/>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="28"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="35"/>
        <source>recommended: accurate, and fast enough for live video on a laptop</source>
        <translation>推荐：准确，并且在笔记本电脑上足以处理实时视频</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="36"/>
        <source>quicker on slow computers, a little less accurate</source>
        <translation>在慢速电脑上更快，准确度略低</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="37"/>
        <source>the most accurate; about three times the size and much slower</source>
        <translation>最准确；体积约为三倍，速度慢得多</translation>
    </message>
</context>
<context>
    <name>mien::ui::CachePage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="229"/>
        <source>Building the caches</source>
        <translation>正在构建缓存</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="230"/>
        <source>CLIP features and LLM embeddings are computed once and kept; a rerun only fills what is missing.</source>
        <translation>CLIP 特征和 LLM 嵌入只计算一次并保存；再次运行只补全缺失部分。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="251"/>
        <source>CLIP features: %1 of %2 faces</source>
        <translation>CLIP 特征：%1/%2 张人脸</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="252"/>
        <source>LLM embeddings: %1 of %2 faces</source>
        <translation>LLM 嵌入：%1/%2 张人脸</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="263"/>
        <source>Fewer than two faces have both a CLIP feature and an LLM embedding.</source>
        <translation>同时具有 CLIP 特征和 LLM 嵌入的人脸少于两张。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="266"/>
        <source>%1 faces are ready: %2-d CLIP features, %3-d LLM embeddings; %4 incomplete.</source>
        <translation>%1 张人脸已就绪：%2 维 CLIP 特征，%3 维 LLM 嵌入；%4 张不完整。</translation>
    </message>
</context>
<context>
    <name>mien::ui::EvaluatePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="57"/>
        <source>Did it help?</source>
        <translation>效果如何？</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="58"/>
        <source>Optional: a labelled folder (one sub-folder per class) compares plain CLIP, the starting head and the trained head with the prompt set of the labels panel.</source>
        <translation>可选：用带标签的文件夹（每个类别一个子文件夹）比较原始 CLIP、初始投影头和训练后的投影头，使用标签面板中的提示词集。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="60"/>
        <source>The images are already aligned face crops</source>
        <translation>这些图像已经是对齐的人脸裁剪</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="61"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="62"/>
        <source>Method</source>
        <translation>方法</translation>
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
        <translation>人脸数</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="45"/>
        <source>Labelled folder</source>
        <translation>带标签的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="67"/>
        <source>Evaluating image %1 of %2…</source>
        <translation>正在评估第 %1/%2 张图像…</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="71"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="97"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="98"/>
        <source>Evaluated with the prompt set “%1” of the Labels panel: %2 classes (%3).</source>
        <translation>已使用标签面板中的提示集“%1”评估：%2 个类别（%3）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="99"/>
        <source>Evaluates with the prompt set “%1” of the Labels panel: %2 classes (%3).</source>
        <translation>将使用标签面板中的提示集“%1”评估：%2 个类别（%3）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="132"/>
        <source>Results and confusion matrices are in %1</source>
        <translation>结果和混淆矩阵位于 %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::ExpClipTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="136"/>
        <source>Training the Exp-CLIP head</source>
        <translation>训练 Exp-CLIP 投影头</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="137"/>
        <source>CLIP stays frozen; only the projection head learns (SGD, momentum 0.9, weight decay 1e-4).</source>
        <translation>CLIP 保持冻结；只训练投影头（SGD，动量 0.9，权重衰减 1e-4）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="138"/>
        <source>Start from the current head</source>
        <translation>从当前投影头开始</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="139"/>
        <source>Start from a fresh head</source>
        <translation>从全新投影头开始</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="140"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="172"/>
        <source>Trained on %1 faces: loss %2 → %3.</source>
        <translation>已在 %1 张人脸上训练：损失 %2 → %3。</translation>
    </message>
</context>
<context>
    <name>mien::ui::FindingsDialog</name>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="45"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="45"/>
        <source>Export findings</source>
        <translation>导出分析结果</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="52"/>
        <source>Run (CSV timeline):</source>
        <translation>运行（CSV 时间线）：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="53"/>
        <source>Run CSV</source>
        <translation>运行的 CSV</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="53"/>
        <source>CSV timelines (*.csv)</source>
        <translation>CSV 时间线 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="62"/>
        <source>ELAN (.eaf + time series)</source>
        <translation>ELAN（.eaf + 时间序列）</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="63"/>
        <source>BORIS project and events</source>
        <translation>BORIS 项目和事件</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="64"/>
        <source>Segments (CSV)</source>
        <translation>片段（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="65"/>
        <source>Summary per participant and window (CSV)</source>
        <translation>按参与者和窗口的摘要（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="66"/>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="67"/>
        <source>The run&apos;s CSV again, with the participant names (Participants panel)</source>
        <translation>再次输出运行的 CSV，附带参与者名称（“参与者”面板）</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="71"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="82"/>
        <source>break segments</source>
        <translation>中断片段</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="83"/>
        <source>are left out</source>
        <translation>被排除</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="84"/>
        <source>Probability threshold:</source>
        <translation>概率阈值：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="85"/>
        <source>Minimum duration (s):</source>
        <translation>最短时长（秒）：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="86"/>
        <source>Merge gaps under (s):</source>
        <translation>合并短于此值的间隙（秒）：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="87"/>
        <source>Frames not valid:</source>
        <translation>无效帧：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="89"/>
        <source>from the CSV&apos;s times</source>
        <translation>按 CSV 中的时间</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="90"/>
        <source>Frame rate (image folders only):</source>
        <translation>帧率（仅限图片文件夹）：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="93"/>
        <source>Baseline %1–%2 s (from the timeline)</source>
        <translation>基线 %1–%2 秒（来自时间线）</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="94"/>
        <source>No baseline (Shift+drag on the timeline to mark one)</source>
        <translation>无基线（在时间线上按住 Shift 拖动即可标记）</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="97"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="99"/>
        <source>No markers (Ctrl+click on the timeline to drop one)</source>
        <translation>无标记（在时间线上按住 Ctrl 单击即可添加）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findings_dialog.cpp" line="100"/>
        <source>%n marker(s) from the timeline</source>
        <translation>
            <numerusform>来自时间线的 %n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="103"/>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="104"/>
        <source>Report file:</source>
        <translation>报告文件：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="104"/>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="105"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="105"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="106"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="134"/>
        <source>Choose the run&apos;s CSV timeline first (Export CSV timeline writes one).</source>
        <translation>请先选择运行的 CSV 时间线（可用“导出 CSV 时间线”生成）。</translation>
    </message>
    <message>
        <location filename="../ui/findings_dialog.cpp" line="137"/>
        <source>Choose an output folder for the findings.</source>
        <translation>请为分析结果选择输出文件夹。</translation>
    </message>
</context>
<context>
    <name>mien::ui::FolderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="58"/>
        <source>Faces to learn from</source>
        <translation>用于学习的人脸</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="59"/>
        <source>Exp-CLIP learns from unlabelled faces of your participants (images or videos) and an LLM&apos;s descriptions; GFER learns from a labelled folder (one sub-folder of images per class).</source>
        <translation>Exp-CLIP 从参与者的无标签人脸（图像或视频）和 LLM 的描述中学习；GFER 从带标签的文件夹（每个类别一个图像子文件夹）中学习。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="61"/>
        <source>Exp-CLIP head: unlabelled faces, any expression words later</source>
        <translation>Exp-CLIP 投影头：无标签人脸，之后可用任意表情词</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="62"/>
        <source>GFER head: labelled faces, fixed classes, generalises to new people</source>
        <translation>GFER 头：带标签人脸，固定类别，可泛化到新的人</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="63"/>
        <source>The images are already aligned face crops</source>
        <translation>这些图像已经是对齐的人脸裁剪</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="64"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="65"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="49"/>
        <source>Faces folder</source>
        <translation>人脸文件夹</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="50"/>
        <location filename="../ui/wizard_data_pages.cpp" line="66"/>
        <source>Training folder</source>
        <translation>训练文件夹</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="67"/>
        <source>CLIP model</source>
        <translation>CLIP 模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="82"/>
        <source>No CLIP model is chosen: pick one in the model manager first.</source>
        <translation>尚未选择 CLIP 模型：请先在模型管理器中选择。</translation>
    </message>
</context>
<context>
    <name>mien::ui::GferTrainPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="193"/>
        <source>Training the GFER head</source>
        <translation>训练 GFER 头</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="194"/>
        <source>CLIP stays frozen; a ResNet learns which CLIP channels matter (Adam, exponential decay, the authors&apos; augmentation). Defaults are the authors&apos; settings.</source>
        <translation>CLIP 保持冻结；ResNet 学习哪些 CLIP 通道重要（Adam、指数衰减、作者的数据增强）。默认值即作者的设置。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="196"/>
        <source>optional: resnet18_msceleb.pth (from scratch when empty)</source>
        <translation>可选：resnet18_msceleb.pth（留空则从头训练）</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="197"/>
        <source>Augment (noise, flips, erasing)</source>
        <translation>数据增强（噪声、翻转、擦除）</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="198"/>
        <source>ResNet start</source>
        <translation>ResNet 初始化</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="199"/>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187"/>
        <source>ResNet weights</source>
        <translation>ResNet 权重</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="187"/>
        <source>Weights (*.pth *.pt)</source>
        <translation>权重 (*.pth *.pt)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="231"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2/%3</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="233"/>
        <source>Trained on %1 faces (%2 held out): validation accuracy %3%, UAR %4%.</source>
        <translation>已在 %1 张人脸上训练（留出 %2 张）：验证准确率 %3%，UAR %4%。</translation>
    </message>
</context>
<context>
    <name>mien::ui::IdentityPanel</name>
    <message>
        <location filename="../ui/identity_panel.cpp" line="143"/>
        <location filename="../ui/identity_panel.cpp" line="144"/>
        <source>(dropped)</source>
        <translation>（已剔除）</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="210"/>
        <source>Merge as this name</source>
        <translation>以此名称合并</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="210"/>
        <source>Name selected</source>
        <translation>命名所选</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="219"/>
        <source>Export a CSV timeline (or annotate files) to list who was seen.</source>
        <translation>导出 CSV 时间线（或标注文件）即可列出出现过的人。</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="220"/>
        <source>Faces of %1. Double-click a name to rename; select several rows to merge them into one participant.</source>
        <translation>%1 中的人脸。双击名称可重命名；选择多行可合并为同一参与者。</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Track</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="222"/>
        <source>Seen</source>
        <translation>出现时间</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="224"/>
        <source>First and last time seen (minutes:seconds.milliseconds), or image numbers for an image folder</source>
        <translation>首次和最后出现的时间（分:秒.毫秒），图片文件夹则为图像编号</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="225"/>
        <source>Participant name, e.g. P01</source>
        <translation>参与者名称，如 P01</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="226"/>
        <source>Drop</source>
        <translation>剔除</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="227"/>
        <source>Leave the selected tracks out of every export (a face on a poster, a passer-by)</source>
        <translation>在所有导出中排除所选轨迹（如海报上的人脸、路人）</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="228"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="229"/>
        <source>Show faces</source>
        <translation>显示人脸</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="230"/>
        <source>Cut each track&apos;s face from the recording; shown here only, never saved</source>
        <translation>从录像中裁出每条轨迹的人脸；仅在此显示，从不保存</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="231"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/identity_panel.cpp" line="232"/>
        <source>Write the names beside the run&apos;s CSV; every export uses them</source>
        <translation>将名称写在运行的 CSV 旁；所有导出都会使用</translation>
    </message>
</context>
<context>
    <name>mien::ui::LabelsPanel</name>
    <message>
        <location filename="../ui/labels_panel.cpp" line="129"/>
        <source>Load prompt set</source>
        <translation>加载提示词集</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="129"/>
        <source>Prompt sets (*.json)</source>
        <translation>提示词集 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="331"/>
        <source>Keep at least two classes with a name.</source>
        <translation>请至少保留两个有名称的类别。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="219"/>
        <location filename="../ui/labels_panel.cpp" line="346"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="184"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="195"/>
        <source>Added the dimensions of %1: %2 new.</source>
        <translation>已添加 %1 中的维度：新增 %2 个。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="217"/>
        <source>Save as a preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="218"/>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="219"/>
        <source>my prompt set</source>
        <translation>我的提示集</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="224"/>
        <source>Replace the preset?</source>
        <translation>替换预设？</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="225"/>
        <source>A preset named “%1” exists already. Replace it with the labels shown now?</source>
        <translation>已存在名为“%1”的预设。要用当前显示的标签替换它吗？</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="250"/>
        <source>Saved as the preset “%1” (%2).</source>
        <translation>已保存为预设“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="315"/>
        <source>Renamed “%1” to “%2”: %3 of its prompts now say “%2”.</source>
        <translation>已将“%1”重命名为“%2”：其中 %3 个提示现在使用“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="318"/>
        <source>Renamed “%1” to “%2”: its prompts did not name the class, so its prompt is now “%2”.</source>
        <translation>已将“%1”重命名为“%2”：其提示未提及该类别，因此提示现在为“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="338"/>
        <source>Two classes are named “%1”; give each its own name.</source>
        <translation>有两个类别都叫“%1”；请给每个类别起不同的名字。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="345"/>
        <source>The dimension “%1” counts once both of its poles have prompts.</source>
        <translation>维度“%1”在两个极点都有提示后才会生效。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="414"/>
        <source>Preset prompt sets…</source>
        <translation>预设提示词集…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="415"/>
        <source>Add a set of dimensions…</source>
        <translation>添加一组维度…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="416"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="417"/>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="418"/>
        <source>Zero-shot scores between two descriptions (CSV columns d_&lt;name&gt;): estimates from words, not FACS coding.</source>
        <translation>两种描述之间的零样本分数（CSV 列 d_&lt;name&gt;）：基于文字的估计，并非 FACS 编码。</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="420"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="420"/>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>First pole</source>
        <translation>第一极</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="421"/>
        <source>Second pole</source>
        <translation>第二极</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="422"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="423"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="424"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="425"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="426"/>
        <source>Use the expression head (Exp-CLIP)</source>
        <translation>使用表情投影头 (Exp-CLIP)</translation>
    </message>
    <message>
        <location filename="../ui/labels_panel.cpp" line="427"/>
        <source>This head was trained on fixed classes; its labels cannot be edited.</source>
        <translation>此投影头基于固定类别训练，其标签无法编辑。</translation>
    </message>
</context>
<context>
    <name>mien::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Open image folder</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>About Mien</source>
        <translation>关于 Mien</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;Real-time zero-shot facial expression recognition with CLIP and the Exp-CLIP head (Zhao et al., WACV 2025) or the GFER head (Zhang et al., ECCV 2024).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Mien %1&lt;/b&gt;&lt;p&gt;基于 CLIP 与 Exp-CLIP 投影头（Zhao 等，WACV 2025）或 GFER 头（Zhang 等，ECCV 2024）的实时零样本面部表情识别。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>Head saved to %1</source>
        <translation>投影头已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="376"/>
        <source>File %1 of %2: %3 frames</source>
        <translation>第 %1/%2 个文件：%3 帧</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="382"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="387"/>
        <source>Annotation cancelled; finished files are kept.</source>
        <translation>标注已取消；已完成的文件会保留。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>Annotated %1 file(s); %2 failed.</source>
        <translation>已标注 %1 个文件；%2 个失败。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="401"/>
        <location filename="../ui/main_window.cpp" line="843"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <source>The model could not be loaded: %1</source>
        <translation>无法加载模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="403"/>
        <location filename="../ui/main_window.cpp" line="429"/>
        <location filename="../ui/main_window.cpp" line="495"/>
        <location filename="../ui/main_window.cpp" line="599"/>
        <source>Models…</source>
        <translation>模型…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="445"/>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="441"/>
        <location filename="../ui/main_window.cpp" line="448"/>
        <location filename="../ui/main_window.cpp" line="829"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="267"/>
        <source>Wrong PIN; try again (Esc: stay in booth mode)</source>
        <translation>PIN 错误，请重试（Esc：留在展台模式）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="329"/>
        <source>Participants saved to %1; every export of this run uses them.</source>
        <translation>参与者已保存到 %1；此运行的所有导出都会使用。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <source>Head on: labels come from the Exp-CLIP projection head.</source>
        <translation>投影头已开启：标签来自 Exp-CLIP 投影头。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="366"/>
        <source>Head off: plain CLIP zero-shot labels, as without a head.</source>
        <translation>投影头已关闭：使用原始 CLIP 零样本标签，与无投影头时相同。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="389"/>
        <source>Written to</source>
        <translation>已写入</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="434"/>
        <source>The camera stopped sending frames.</source>
        <translation>摄像头已停止发送画面。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="448"/>
        <location filename="../ui/main_window.cpp" line="829"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="490"/>
        <source>No camera was found. Connect one, or open a video file or an image folder.</source>
        <translation>未找到摄像头。请连接摄像头，或打开视频文件或图片文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="494"/>
        <location filename="../ui/main_window.cpp" line="598"/>
        <source>No model is installed yet. Download the recommended models or point Mien at files on disk.</source>
        <translation>尚未安装模型。请下载推荐模型，或指定磁盘上的文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="522"/>
        <source>latency %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="568"/>
        <source>The %1 translation is missing from this build.</source>
        <translation>此版本缺少 %1 翻译。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="573"/>
        <location filename="../ui/main_window.cpp" line="584"/>
        <source>Open a video file first: export annotates the whole file, as mien-cli annotate does.</source>
        <translation>请先打开视频文件：导出会像 mien-cli annotate 一样标注整个文件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="577"/>
        <source>Folder for the CSV timeline</source>
        <translation>CSV 时间线的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="577"/>
        <source>Folder for the annotated video (MP4 with sound) and its CSV timeline</source>
        <translation>标注视频（带声音的 MP4）及其 CSV 时间线的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="607"/>
        <source>An annotation is already running; wait for it or cancel it.</source>
        <translation>已有标注任务在运行；请等待或取消。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>Annotating…</source>
        <translation>正在标注…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="610"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="653"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="661"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="668"/>
        <source>%n run(s) summarized in %1</source>
        <translation>
            <numerusform>已将 %n 次运行汇总到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="673"/>
        <source>Files to annotate</source>
        <translation>要标注的文件</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="675"/>
        <source>Folder for the CSV timelines</source>
        <translation>CSV 时间线的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="698"/>
        <source>The snapshot could not be saved: %1</source>
        <translation>无法保存快照：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="701"/>
        <source>Snapshot saved to %1</source>
        <translation>快照已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="746"/>
        <source>%1 Trying again every 2 seconds…</source>
        <translation>%1 每 2 秒重试一次…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="767"/>
        <source>PIN to leave booth mode, then Enter (Esc: stay)</source>
        <translation>输入退出展台模式的 PIN，然后按 Enter（Esc：留下）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="780"/>
        <source>Open a camera, a video file or an image folder to start.</source>
        <translation>打开摄像头、视频文件或图片文件夹以开始。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="781"/>
        <source>No model yet: open Models… to download or choose one.</source>
        <translation>尚无模型：打开“模型…”下载或选择一个。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="807"/>
        <source>Open &amp;video…</source>
        <translation>打开视频(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="808"/>
        <source>Open image &amp;folder…</source>
        <translation>打开图片文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="809"/>
        <source>&amp;Export CSV timeline…</source>
        <translation>导出 CSV 时间线(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="810"/>
        <source>Export &amp;annotated video…</source>
        <translation>导出标注视频(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="811"/>
        <source>Export fin&amp;dings (ELAN, BORIS, segments, summary)…</source>
        <translation>导出分析结果（ELAN、BORIS、片段、摘要）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="812"/>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="813"/>
        <source>Summari&amp;ze runs…</source>
        <translation>汇总多次运行(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="814"/>
        <source>Save &amp;snapshot</source>
        <translation>保存快照(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="815"/>
        <source>Annotate &amp;files…</source>
        <translation>标注文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="816"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="817"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="818"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="819"/>
        <source>Previous image</source>
        <translation>上一张图像</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="820"/>
        <source>Next image</source>
        <translation>下一张图像</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="841"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="842"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="821"/>
        <source>&amp;Booth mode (full screen)</source>
        <translation>展台模式(全屏)(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="822"/>
        <source>Show class &amp;bars</source>
        <translation>显示类别条形图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="823"/>
        <source>&amp;Loop files</source>
        <translation>循环播放文件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="824"/>
        <source>&amp;Model manager…</source>
        <translation>模型管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="825"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="826"/>
        <source>&amp;About Mien</source>
        <translation>关于 Mien(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="831"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="831"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="832"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="832"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="833"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="833"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="837"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="838"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="839"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="840"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>mien::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="73"/>
        <source>Fetch</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="75"/>
        <source>Add from folder…</source>
        <translation>从文件夹添加…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="75"/>
        <source>Use files on disk…</source>
        <translation>使用磁盘上的文件…</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="76"/>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="77"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="92"/>
        <source>Download mirror (optional): https://mirror.example/mien</source>
        <translation>下载镜像（可选）：https://mirror.example/mien</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="111"/>
        <source>Models are stored in %1</source>
        <translation>模型保存在 %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="189"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="190"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="192"/>
        <source>installed, in use</source>
        <translation>已安装，使用中</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="192"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="193"/>
        <source>partly installed</source>
        <translation>部分安装</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="193"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="232"/>
        <source>Downloaded and verified: %1</source>
        <translation>已下载并校验：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="240"/>
        <source>%1: every file matches its checksum.</source>
        <translation>%1：所有文件均与校验和一致。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="258"/>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="266"/>
        <source>Folder with downloaded model files</source>
        <translation>包含已下载模型文件的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="248"/>
        <source>No catalogue files were found in %1.</source>
        <translation>在 %1 中未找到目录中的文件。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="51"/>
        <source>CLIP model</source>
        <translation>CLIP 模型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="51"/>
        <source>CLIP %1</source>
        <translation>CLIP %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="52"/>
        <source>Expression head (Exp-CLIP)</source>
        <translation>表情头（Exp-CLIP）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="52"/>
        <source>Expression head for CLIP %1 (Exp-CLIP)</source>
        <translation>适用于 CLIP %1 的表情头（Exp-CLIP）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="53"/>
        <source>Expression head with fixed classes (GFER)</source>
        <translation>固定类别的表情头（GFER）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="54"/>
        <source>Face finder (YuNet, %1 px)</source>
        <translation>人脸查找器（YuNet，%1 像素）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="54"/>
        <source>Face finder (YuNet)</source>
        <translation>人脸查找器（YuNet）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="61"/>
        <source>Reads the face and your label words; needed for everything</source>
        <translation>读取人脸和您的标签文字；所有功能都需要</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="62"/>
        <source>Add-on that makes CLIP better at expressions; works with CLIP %1 only</source>
        <translation>让 CLIP 更擅长识别表情的附加组件；仅适用于 CLIP %1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="62"/>
        <source>of its size</source>
        <translation>对应尺寸的</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="63"/>
        <source>Add-on with its own classes; your label words are not used</source>
        <translation>带有自身类别的附加组件；不使用您的标签文字</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="64"/>
        <source>Finds faces in the picture; chosen automatically</source>
        <translation>在画面中查找人脸；自动选择</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="74"/>
        <source>Check files</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="76"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="79"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>What it is</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Download size</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="84"/>
        <source>Files can be checked</source>
        <translation>可检查文件</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="152"/>
        <source>a few hundred MB</source>
        <translation>几百 MB</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="153"/>
        <source>Mien needs a &lt;b&gt;CLIP model&lt;/b&gt;, which reads the face and the words of your labels, and can add an &lt;b&gt;expression head&lt;/b&gt;: a small add-on trained on faces that makes CLIP better at telling expressions apart. A head works only with the CLIP size it was made for. &lt;b&gt;Recommended:&lt;/b&gt; CLIP ViT-B/16 with its Exp-CLIP head (%1 in all), accurate and fast enough for live video on a laptop.</source>
        <translation>Mien 需要一个 &lt;b&gt;CLIP 模型&lt;/b&gt;，用于读取人脸和您的标签文字，并可添加一个&lt;b&gt;表情头&lt;/b&gt;：一个在人脸上训练的小型附加组件，让 CLIP 更善于区分表情。表情头只适用于为其制作的 CLIP 尺寸。&lt;b&gt;推荐：&lt;/b&gt;CLIP ViT-B/16 及其 Exp-CLIP 表情头（共 %1），准确，并且在笔记本电脑上足以处理实时视频。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="195"/>
        <source>no (no checksum is known)</source>
        <translation>否（没有已知的校验和）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="249"/>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="271"/>
        <source>CLIP weights (.pt, .safetensors, or config.json of a folder)</source>
        <translation>CLIP 权重（.pt、.safetensors 或文件夹中的 config.json）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="272"/>
        <source>Weights (*.pt *.pth *.safetensors *.json);;All files (*)</source>
        <translation>权重 (*.pt *.pth *.safetensors *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="274"/>
        <source>Expression head (cancel for plain CLIP)</source>
        <translation>表情投影头（取消则使用原始 CLIP）</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="275"/>
        <source>Heads (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>投影头 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="291"/>
        <source>%1 is not installed yet: press Download, or add its files from a folder.</source>
        <translation>%1 尚未安装：请点击“下载”，或从文件夹添加其文件。</translation>
    </message>
    <message>
        <location filename="../ui/model_manager_dialog.cpp" line="303"/>
        <source>The face finder is chosen automatically.</source>
        <translation>人脸查找器会自动选择。</translation>
    </message>
</context>
<context>
    <name>mien::ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="196"/>
        <source>Where the LLM&apos;s descriptions come from</source>
        <translation>LLM 描述的来源</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="197"/>
        <source>Exp-CLIP learns from what a large language model says about each face.</source>
        <translation>Exp-CLIP 从大语言模型对每张人脸的描述中学习。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="198"/>
        <source>Import embeddings made with the authors&apos; BLIP-2 script (tools/lavis)</source>
        <translation>导入用作者的 BLIP-2 脚本生成的嵌入（tools/lavis）</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="199"/>
        <source>Ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama)</source>
        <translation>询问兼容 OpenAI 的服务器（llama.cpp、vLLM、Ollama）</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="200"/>
        <source>Embeddings (.npy, .safetensors)</source>
        <translation>嵌入 (.npy, .safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="180"/>
        <source>Embeddings</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="180"/>
        <source>Embeddings (*.npy *.safetensors)</source>
        <translation>嵌入 (*.npy *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="201"/>
        <source>Mapping (.csv, .json)</source>
        <translation>映射 (.csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="183"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="183"/>
        <source>Mappings (*.csv *.json)</source>
        <translation>映射 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="202"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="203"/>
        <source>Vision-language model</source>
        <translation>视觉语言模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="204"/>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="205"/>
        <source>API key (optional)</source>
        <translation>API 密钥（可选）</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="206"/>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
</context>
<context>
    <name>mien::ui::SavePage</name>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="145"/>
        <source>Save the head</source>
        <translation>保存投影头</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="146"/>
        <source>Saved in the authors&apos; format (.pth) with a .safetensors copy and a .json record of the training.</source>
        <translation>以作者的格式 (.pth) 保存，并附带 .safetensors 副本和训练的 .json 记录。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="147"/>
        <source>Use this head now</source>
        <translation>立即使用此投影头</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="148"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../ui/wizard_result_pages.cpp" line="162"/>
        <source>Cannot save the head: %1 Choose another place.</source>
        <translation>无法保存投影头：%1 请选择其他位置。</translation>
    </message>
</context>
<context>
    <name>mien::ui::ScanPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="145"/>
        <source>Finding faces</source>
        <translation>正在查找人脸</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="146"/>
        <source>Faces are detected, aligned and deduplicated; files that give no face are listed below.</source>
        <translation>人脸会被检测、对齐并去重；没有人脸的文件列在下方。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="155"/>
        <source>Scanning file %1 of %2</source>
        <translation>正在扫描第 %1/%2 个文件</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="162"/>
        <source>No faces were found in this folder.</source>
        <translation>此文件夹中未找到人脸。</translation>
    </message>
</context>
<context>
    <name>mien::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="23"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="26"/>
        <source>Default (fp32)</source>
        <translation>默认（fp32）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="32"/>
        <source>The input size of the face detector file: 320 for the shipped detector, 640 for the yunet-n-640 download.</source>
        <translation>人脸检测器文件的输入尺寸：自带检测器为 320，下载的 yunet-n-640 为 640。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="39"/>
        <source>Weight of the newest frame; 1 turns smoothing off.</source>
        <translation>最新一帧的权重；1 表示关闭平滑。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="43"/>
        <source>off (each frame alone)</source>
        <translation>关闭（逐帧独立）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="44"/>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="45"/>
        <source>The paper&apos;s video mode: each face is labelled from the mean of its last N frames (as mien-cli annotate --window N).</source>
        <translation>论文中的视频模式：每张人脸按其最近 N 帧的平均值标注（同 mien-cli annotate --window N）。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="52"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="53"/>
        <source>Precision (CPU)</source>
        <translation>精度（CPU）</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="54"/>
        <source>Face detector size</source>
        <translation>人脸检测器尺寸</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="55"/>
        <source>Face score threshold</source>
        <translation>人脸置信度阈值</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="56"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="57"/>
        <source>Video mode: average over</source>
        <translation>视频模式：平均最近</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="58"/>
        <source>Leave frames that are not valid out of the average</source>
        <translation>平均时排除无效帧</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="59"/>
        <source>Show class bars beside faces</source>
        <translation>在人脸旁显示类别条形图</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="63"/>
        <source>none: Esc leaves booth mode</source>
        <translation>无：按 Esc 即退出展台模式</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="67"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="68"/>
        <source>In a crowd, only the largest (nearest) faces are labelled.</source>
        <translation>人多时只标注最大（最近）的人脸。</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="69"/>
        <source>Booth mode: PIN to leave</source>
        <translation>展台模式：退出 PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.cpp" line="70"/>
        <source>Booth mode: faces at most</source>
        <translation>展台模式：最多人脸数</translation>
    </message>
</context>
<context>
    <name>mien::ui::SourceBar</name>
    <message>
        <location filename="../ui/source_bar.cpp" line="103"/>
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="104"/>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;All files (*)</source>
        <translation>视频 (*.mp4 *.mov *.avi *.mkv *.webm *.m4v *.mpg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="108"/>
        <source>Open image folder</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="124"/>
        <location filename="../ui/source_bar.cpp" line="198"/>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="175"/>
        <source>frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="182"/>
        <source>Image %1 of %2: %3</source>
        <translation>第 %1/%2 张图像：%3</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="193"/>
        <source>Start camera</source>
        <translation>启动摄像头</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="194"/>
        <source>Open video…</source>
        <translation>打开视频…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="195"/>
        <source>Open image folder…</source>
        <translation>打开图片文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="196"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../ui/source_bar.cpp" line="197"/>
        <source>Click or drag to go to a time</source>
        <translation>单击或拖动以跳转到某一时间</translation>
    </message>
</context>
<context>
    <name>mien::ui::SummarizeDialog</name>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="21"/>
        <source>Tidy (long) table: one row per class</source>
        <translation>整洁（长）表：每个类别一行</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="22"/>
        <source>Summarize runs</source>
        <translation>汇总多次运行</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="26"/>
        <source>Add runs…</source>
        <translation>添加运行…</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="28"/>
        <source>Run CSV timelines</source>
        <translation>运行的 CSV 时间线</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="28"/>
        <source>CSV timelines (*.csv)</source>
        <translation>CSV 时间线 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="31"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="43"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="45"/>
        <source>Study table</source>
        <translation>研究汇总表</translation>
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
        <translation>条件文件</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="58"/>
        <source>to the next event</source>
        <translation>到下一个事件</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="60"/>
        <source>Runs:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="61"/>
        <source>Conditions file (optional):</source>
        <translation>条件文件（可选）：</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="62"/>
        <source>Probability threshold:</source>
        <translation>概率阈值：</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="63"/>
        <source>Window length (s):</source>
        <translation>窗口长度（秒）：</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="65"/>
        <source>Table to write:</source>
        <translation>输出表格：</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="85"/>
        <source>Add the runs&apos; CSV timelines to summarize.</source>
        <translation>请添加要汇总的运行 CSV 时间线。</translation>
    </message>
    <message>
        <location filename="../ui/summarize_dialog.cpp" line="86"/>
        <source>Choose the table to write.</source>
        <translation>请选择要写入的表格。</translation>
    </message>
</context>
<context>
    <name>mien::ui::TaskPage</name>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="121"/>
        <source>Cancelled. Go back and forward again to continue; finished work is kept.</source>
        <translation>已取消。返回再前进即可继续；已完成的工作会保留。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_data_pages.cpp" line="137"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineMarks</name>
    <message>
        <location filename="../ui/timeline_marks.cpp" line="24"/>
        <source>event %1</source>
        <translation>事件 %1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline_view.cpp" line="158"/>
        <location filename="../ui/timeline_view.cpp" line="222"/>
        <source>Face %1</source>
        <translation>人脸 %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="219"/>
        <source>Face:</source>
        <translation>人脸：</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="220"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/timeline_view.cpp" line="221"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="66"/>
        <source>Continue the last run from its newest checkpoint</source>
        <translation>从最新检查点继续上次运行</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="67"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="68"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="69"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="70"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="71"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="72"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="73"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="95"/>
        <source>Epoch %1 of %2: loss %3, accuracy %4%</source>
        <translation>第 %1/%2 轮：损失 %3，准确率 %4%</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="104"/>
        <source>Stopped; the checkpoints are kept. Start again to continue.</source>
        <translation>已停止；检查点已保留。再次开始即可继续。</translation>
    </message>
    <message>
        <location filename="../ui/wizard_training_pages.cpp" line="105"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>mien::ui::TrainingWizard</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="41"/>
        <source>Train an expression head</source>
        <translation>训练表情投影头</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="42"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="43"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="44"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="45"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/training_wizard.cpp" line="46"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>mien::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome_page.cpp" line="55"/>
        <source>Welcome to Mien</source>
        <translation>欢迎使用 Mien</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="56"/>
        <source>Mien needs a CLIP model to recognise expressions. The recommended set is OpenAI CLIP ViT-B/16 with the Exp-CLIP B/16 head; both files are checked byte for byte after downloading.</source>
        <translation>Mien 需要 CLIP 模型来识别表情。推荐组合为 OpenAI CLIP ViT-B/16 加 Exp-CLIP B/16 投影头；下载后会逐字节校验两个文件。</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="58"/>
        <source>Download the recommended models (about %1)</source>
        <translation>下载推荐模型（约 %1）</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="59"/>
        <source>Download the recommended models</source>
        <translation>下载推荐模型</translation>
    </message>
    <message>
        <location filename="../ui/welcome_page.cpp" line="60"/>
        <source>Use model files already on this computer…</source>
        <translation>使用本机已有的模型文件…</translation>
    </message>
</context>
<context>
    <name>mien::ui::WizardPage</name>
    <message>
        <location filename="../ui/training_wizard.cpp" line="67"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
</TS>
