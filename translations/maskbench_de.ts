<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DatasetJob</name>
    <message>
        <location filename="../src/workers/dataset_job.cpp" line="93"/>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workers/dataset_job.cpp" line="95"/>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationJob</name>
    <message>
        <location filename="../src/workers/evaluation_job.cpp" line="93"/>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workers/evaluation_job.cpp" line="95"/>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="25"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="187"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="198"/>
        <source>%1 is not a MaskBench metrics file (no epoch, loss, accuracy, val_loss, val_accuracy columns)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="33"/>
        <source>&quot;%1&quot; is not a colour; use #rrggbb, for example #9fcdea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Workbench for classifiers on masked faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="48"/>
        <source>Open this dataset at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="49"/>
        <source>Open this predictions.csv in the Evaluation panel at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="52"/>
        <source>Show this tab of the Evaluation panel: 0 images, 1 curves, 2 slices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="55"/>
        <source>Save a picture of the window to FILE once the dataset or predictions have loaded (1 s after opening a training run, otherwise after 2 s), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="58"/>
        <source>Open the Training panel on this run folder at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="60"/>
        <source>Quit after MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench</name>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="28"/>
        <source>corrupt JPEG: expected a marker at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="36"/>
        <source>corrupt JPEG: segment length %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="51"/>
        <source>truncated JPEG: the file ends before the frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="52"/>
        <source>corrupt JPEG: no frame header (SOF) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="56"/>
        <source>corrupt JPEG: frame header declares %1x%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="61"/>
        <source>truncated JPEG: no end-of-image marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="72"/>
        <source>corrupt PNG: no IHDR header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="78"/>
        <source>corrupt PNG: header declares %1x%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="82"/>
        <source>truncated PNG: no IEND chunk at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="93"/>
        <source>truncated BMP: header incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="100"/>
        <source>corrupt BMP: header declares %1x%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="104"/>
        <source>truncated BMP: %1 of %2 bytes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="115"/>
        <source>truncated WebP: header incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="131"/>
        <source>corrupt WebP: unknown chunk &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="135"/>
        <source>corrupt WebP: header declares %1x%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="139"/>
        <source>truncated WebP: %1 of %2 bytes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="153"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="165"/>
        <source>not a JPEG, PNG, BMP or WebP image (starts with bytes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="176"/>
        <location filename="../src/core/face/image_input.cpp" line="79"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="45"/>
        <source>%1: file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="47"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="61"/>
        <source>%1: cannot initialise the CSV parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="69"/>
        <source>%1: malformed CSV near record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="71"/>
        <source>%1: the file is empty (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="27"/>
        <source>no runs to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="31"/>
        <source>runs &apos;%1&apos; and &apos;%2&apos; have different classes (%3 vs %4); compare runs of one class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="36"/>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <location filename="../src/core/eval/report_text.cpp" line="134"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="38"/>
        <location filename="../src/core/eval/report_text.cpp" line="127"/>
        <location filename="../src/core/eval/report_text.cpp" line="128"/>
        <source>precision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="40"/>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <location filename="../src/core/eval/report_text.cpp" line="127"/>
        <location filename="../src/core/eval/report_text.cpp" line="136"/>
        <source>recall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="41"/>
        <location filename="../src/core/eval/report_text.cpp" line="128"/>
        <source>min recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="42"/>
        <source>balanced accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="43"/>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <location filename="../src/core/eval/report_text.cpp" line="134"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="52"/>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="90"/>
        <location filename="../src/core/eval/evaluation.cpp" line="256"/>
        <location filename="../src/core/eval/predictions.cpp" line="146"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="93"/>
        <location filename="../src/core/eval/evaluation.cpp" line="259"/>
        <location filename="../src/core/eval/predictions.cpp" line="164"/>
        <source>%1: writing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="143"/>
        <source>%1 of %2 rows have probabilities that do not sum to 1 (first: %3:%4, sum %5); curves and calibration assume the prob_ columns are a softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="35"/>
        <source>internal: %1 labels for %2 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="56"/>
        <source>%1: no predictions to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="60"/>
        <location filename="../src/core/eval/predictions.cpp" line="155"/>
        <source>%1: row for %2 does not match the %3 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="67"/>
        <source>%1: thresholds apply to binary models; this one has %2 classes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="127"/>
        <source>internal: %1 labels for %2 predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="134"/>
        <source>internal: class index out of range (%1 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="307"/>
        <source>calibration needs at least one bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="382"/>
        <source>threshold &apos;%1&apos;: give a number in [0, 1], best-acc, youden or max-min-recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="439"/>
        <source>%1: choosing a threshold needs samples of both classes (%2: %3, %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="62"/>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="67"/>
        <source>%1: missing column &apos;%2&apos; (the header has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="78"/>
        <source>%1: column &apos;%2&apos; names no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="83"/>
        <source>%1: column %2 has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="89"/>
        <source>%1: needs one prob_&lt;class&gt; column per class, at least two; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="94"/>
        <source>%1: row has %2 fields, the header has %3 (%4 such rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="98"/>
        <source>%1: no prediction rows after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="109"/>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; is not one of the classes named by the prob_ columns (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="120"/>
        <source>%1: column &apos;path&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="130"/>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="132"/>
        <source>%1: column &apos;%2&apos;: %3 is not a probability in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="49"/>
        <source>actual \ predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="51"/>
        <location filename="../src/core/eval/report_text.cpp" line="61"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>f1-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="78"/>
        <source>macro avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="79"/>
        <source>weighted avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="81"/>
        <source>accuracy %1, balanced accuracy %2, smallest recall %3 (%4 of %5 correct)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="91"/>
        <source>ROC AUC %1, average precision %2 (positive class: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="98"/>
        <source>macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="99"/>
        <source>weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>One-vs-rest:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>avg precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <source>bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <source>mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="114"/>
        <source>expected calibration error %1, maximum %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="122"/>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="128"/>
        <source>Youden J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="134"/>
        <source>bal. acc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="138"/>
        <source>prec. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="148"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="152"/>
        <source>largest accuracy gap between groups of 30 or more items: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="163"/>
        <source>Misclassified: %1, most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="165"/>
        <source> (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>p(actual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>actual -&gt; predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="176"/>
        <source>Predictions: %1 (%2 items, classes in index order: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="179"/>
        <source>Threshold: %1 = %2 (%3 where prob_%3 &gt;= threshold)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="182"/>
        <source>Warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="186"/>
        <source>Calibration (top-label confidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="188"/>
        <source>Thresholds (%1 predicted where prob_%1 &gt;= threshold):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="19"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="66"/>
        <source>age bands, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="69"/>
        <source>|yaw| bins, degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="101"/>
        <source>%1: no attribute &apos;%2&apos; to group by (attributes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="103"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="31"/>
        <source>Install the Debian package libdlib-data (it provides /usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file in Settings (setting &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="49"/>
        <source>Landmark model %1 not found. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="51"/>
        <source>Landmark model %1 cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="57"/>
        <source>Landmark model %1 is corrupt or not a dlib shape predictor (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="61"/>
        <source>Landmark model %1 predicts %2 points, not 68. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="28"/>
        <source>%1x%2 pixels is over the limit of %3 pixels; not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="45"/>
        <source>cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="50"/>
        <source>cannot decode the image (corrupt or unsupported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="136"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="140"/>
        <location filename="../src/core/mask/augment.cpp" line="146"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="151"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="179"/>
        <source>No output folder given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="181"/>
        <source>Cannot create the output folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="187"/>
        <source>Cannot write to the output folder %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="196"/>
        <source>The output folder %1 holds an augment run with other settings (seed, masks, ratio or detector). Use another --out folder, or delete this one to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="201"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="236"/>
        <source>Reading dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="289"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="336"/>
        <source>no face found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="347"/>
        <source>coverage check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="361"/>
        <source>cannot encode the result as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="404"/>
        <source>Masking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="407"/>
        <source>Augmentation stopped: %1. Images written so far are complete; free space or fix the folder and run the same command again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="452"/>
        <source>Cannot write %1: %2. The images are complete; run the same command again to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="118"/>
        <source>face too small or landmarks unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="133"/>
        <source>the %1 half of the face is too foreshortened for a mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="133"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="133"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="149"/>
        <source>landmarks unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="164"/>
        <source>landmarks lie far outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="43"/>
        <source>mask description %1.json is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="390"/>
        <source>Unknown mask type &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="412"/>
        <source>mask description %1.json is missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/masker.cpp" line="59"/>
        <source>no cached landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/mask/masker.cpp" line="63"/>
        <source>no face</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::FaceDetector</name>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="111"/>
        <source>Landmark model %1 not found. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="113"/>
        <source>Landmark model %1 cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::LandmarkCache</name>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="75"/>
        <source>Cannot create the folder %1 for the landmark cache. Choose another cache folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="81"/>
        <source>Cannot use %1 as a landmark cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::LandmarkCache::Impl</name>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="58"/>
        <source>Cannot open the landmark cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::TrainWorker</name>
    <message>
        <location filename="../src/workers/train_worker.cpp" line="43"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workers/train_worker.cpp" line="45"/>
        <source>Training failed with an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::cli</name>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="71"/>
        <location filename="../src/cli/metrics_command.cpp" line="38"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="76"/>
        <location filename="../src/cli/metrics_command.cpp" line="48"/>
        <source>%1: writing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="84"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="91"/>
        <source>Source:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="92"/>
        <source>Format:        %1 (label: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="93"/>
        <source>Rows read:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="96"/>
        <source>Label values:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="98"/>
        <source>Items:         %1 labelled in %2 classes (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="103"/>
        <source>Groups:        none (each image is its own group)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="104"/>
        <source>Groups:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="106"/>
        <source>Images:        %1 present, %2 missing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="114"/>
        <source>Image headers: %1 read, %2 unreadable
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="117"/>
        <source>Image sizes:   width %1..%2 (median %3), height %4..%5 (median %6); %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="125"/>
        <source>Problems:      none
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="127"/>
        <source>Problems:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="135"/>
        <source>    ... %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="136"/>
        <source> (list them all with --problems-csv FILE)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="146"/>
        <source>Problems written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="152"/>
        <source>Leakage audit: %1 items, %2 groups checked, %3 files hashed (%4 not readable)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="155"/>
        <source>  groups in more than one split: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="162"/>
        <source>  identical files in more than one split: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="169"/>
        <source>  result: clean
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="169"/>
        <source>  result: LEAKAGE FOUND
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="213"/>
        <source>Split of %1 (seed %2, ratios %3/%4/%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="215"/>
        <source>Kept %1 of %2 items; excluded %3 missing and %4 unreadable images; %5 groups placed (%6 of identical files)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="220"/>
        <source>
Largest difference of a class&apos;s share between splits: %1 percentage points
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="225"/>
        <source>Manifest written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="235"/>
        <source>%1: not every item has a split (train, val, test) in column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="60"/>
        <source>, %1 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="62"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="97"/>
        <source>--keep-original-ratio must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="113"/>
        <source>Augmented %1 images in %2 s (%3 images/s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="115"/>
        <source>  masked:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="120"/>
        <source>  original: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="121"/>
        <source>  already done by an earlier run: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="122"/>
        <source>  skipped:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="130"/>
        <source>    ... %1 more in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="135"/>
        <source>  landmark cache: %1 hits, %2 detections
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="136"/>
        <source>Manifest: %1
Skipped:  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="61"/>
        <source>--bins %1: give a number of calibration bins between 1 and 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="68"/>
        <source>%1: cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="73"/>
        <source>
Wrote %1 and %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="118"/>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="66"/>
        <source>epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 | %8 s, %9 img/s, waited %10 s for data, ETA %11
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="74"/>
        <source>stage %1 from epoch %2: %3 trainable, %4 frozen parameters
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="165"/>
        <source>train needs --data MANIFEST and --out RUN_FOLDER (or --resume RUN_FOLDER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="193"/>
        <source>%1 after %2 epoch(s): best val_accuracy %3 (epoch %4), last %5; %6 s, %7 s waiting for data; %8 unreadable image(s) skipped
run folder: %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="195"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="195"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::DatasetPanel</name>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="38"/>
        <source>A folder per class, a CSV manifest, an Adience or UTKFace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="39"/>
        <source>Dataset source; press Enter to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="40"/>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="41"/>
        <source>Open a dataset folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="42"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="43"/>
        <source>Open a CSV manifest (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="48"/>
        <source>Source layout; auto guesses from the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="50"/>
        <source>label column, e.g. gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="51"/>
        <source>CSV column (or Adience/UTKFace field) that holds the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="52"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="59"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="64"/>
        <source>Open a dataset to see its classes, splits and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="77"/>
        <source>Class balance per split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="87"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="87"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="335"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="87"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="87"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="113"/>
        <source>Show one class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="115"/>
        <source>Show one split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="117"/>
        <source>Filter by an attribute of the items (age, race, fold, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="119"/>
        <source>value contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="121"/>
        <source>Search file names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="149"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="327"/>
        <source>Select an image to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="159"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="160"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="161"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="170"/>
        <source>Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="171"/>
        <source>Make a stratified, identity-disjoint train/val/test split and save it as a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="189"/>
        <source>%1: cannot decode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="209"/>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="209"/>
        <source>Splitting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="210"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="213"/>
        <source>Cannot split the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="214"/>
        <source>%1

Check the shares and the manifest path, then split again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="216"/>
        <source>Cannot open the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="217"/>
        <source>%1

Check the path, the format and the label column, then load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="223"/>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="237"/>
        <source>Open a dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="244"/>
        <source>Open a CSV manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="245"/>
        <source>CSV manifests (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="265"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="287"/>
        <source>Splitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="288"/>
        <source>Splitting %1 into %2 (seed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="296"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="300"/>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="302"/>
        <source>no split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="304"/>
        <source>Any attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="319"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="336"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="338"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="340"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="342"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="344"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="342"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="344"/>
        <source>%1 × %2 %3, %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="379"/>
        <source>Loaded %1 images from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="390"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, label: %3): %4 images in %5 classes, %6 groups, %7 missing, %8 unreadable, %9 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="400"/>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="402"/>
        <source>Image sizes: width %1–%2 (median %3), height %4–%5 (median %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="407"/>
        <source>Leakage audit: clean (%1 groups, %2 files hashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="409"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Leakage audit: %1 groups and %2 identical files appear in more than one split.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="415"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="417"/>
        <source>unsplit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="420"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="479"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="437"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="456"/>
        <source>%1 problems; the table shows the first %2. `maskbench-cli dataset info --problems-csv FILE` lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="459"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="497"/>
        <source>share of split (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::EvaluationPanel</name>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="98"/>
        <source>A predictions.csv written by evaluation (path, label, predicted, prob_&lt;class&gt;..., attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="99"/>
        <source>Predictions file; press Enter to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="100"/>
        <source>Open predictions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="101"/>
        <source>Open a predictions.csv (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="107"/>
        <source>Binary models: predict the positive class when its probability is at least this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="115"/>
        <source>Threshold presets computed on this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="124"/>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="137"/>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="138"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="825"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="139"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="824"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="143"/>
        <source>Click a cell to see its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="144"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="145"/>
        <source>Row %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="146"/>
        <source>Colour by share of each actual class (recall on the diagonal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="155"/>
        <source>Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="160"/>
        <source>Open a predictions.csv to see its confusion matrix, metrics, curves and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="233"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="233"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="199"/>
        <source>All errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="200"/>
        <source>Show every misclassified image instead of one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="208"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="813"/>
        <source>Select an image to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="230"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="230"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="231"/>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="234"/>
        <source>Precision–recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="236"/>
        <source>Confidence (probability of the predicted class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="236"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="721"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="237"/>
        <source>Reliability diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="251"/>
        <source>Group the predictions by this attribute (numbers such as age and yaw go into bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="261"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="271"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="272"/>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="273"/>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="294"/>
        <source>Cannot show the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="297"/>
        <source>%1: cannot decode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="337"/>
        <source>Evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="346"/>
        <source>The misclassified images appear here, most confident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="360"/>
        <source>Open predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="361"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="373"/>
        <source>Evaluating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="388"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="390"/>
        <source>Evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="391"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="404"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="394"/>
        <source>Cannot open the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="395"/>
        <source>%1

Choose a predictions.csv written by evaluation: path, label, predicted and one prob_&lt;class&gt; column per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="421"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="448"/>
        <source>Evaluated %1 predictions from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="456"/>
        <source>File&apos;s predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="457"/>
        <source>The predicted column as written in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="458"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="463"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="464"/>
        <source>Best accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="465"/>
        <source>Youden&apos;s J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="466"/>
        <source>Max-min recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="468"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="470"/>
        <source>accuracy %1, recall %2 %3, recall %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="658"/>
        <source>Confusion matrix at threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="659"/>
        <source>Confusion matrix (%1 predictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="667"/>
        <source>&lt;b&gt;Accuracy&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="667"/>
        <source>&lt;b&gt;balanced&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="668"/>
        <source>&lt;b&gt;min recall&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="668"/>
        <source>&lt;b&gt;macro F1&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="669"/>
        <source>&lt;b&gt;weighted F1&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="672"/>
        <source>ROC AUC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="673"/>
        <source>AP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="674"/>
        <source>ECE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="675"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="703"/>
        <source>macro avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="704"/>
        <source>weighted avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="718"/>
        <source>This predictions file has no attribute columns to group by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="721"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="721"/>
        <source>Balanced acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="723"/>
        <source>Recall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="724"/>
        <source>Min recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="739"/>
        <source>Grouped by the values of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="740"/>
        <source>Grouped by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="742"/>
        <source>Largest accuracy gap between groups of at least 10 images: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="774"/>
        <source>&lt;b&gt;%1&lt;/b&gt; predicted correctly: %2 images, most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="775"/>
        <source>Actual &lt;b&gt;%1&lt;/b&gt;, predicted &lt;b&gt;%2&lt;/b&gt;: %3 images, most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="778"/>
        <source>All &lt;b&gt;%1&lt;/b&gt; misclassified images, most confident first. Click a matrix cell to see only its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="822"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="823"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="826"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="828"/>
        <source>p(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="832"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="851"/>
        <source>chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="868"/>
        <source>%1 (AUC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="872"/>
        <source>%1 (AP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="880"/>
        <source>operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="898"/>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="898"/>
        <source>file&apos;s predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="923"/>
        <source>accuracy per bin (ECE %1, MCE %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="935"/>
        <source>at mean confidence of the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="939"/>
        <source>perfectly calibrated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::GalleryModel</name>
    <message>
        <location filename="../src/ui/evaluation/gallery_model.cpp" line="15"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/gallery_model.cpp" line="58"/>
        <source>%1
actual: %2
predicted: %3 (probability %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/main_window.cpp" line="33"/>
        <source>MaskBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="55"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="56"/>
        <location filename="../src/ui/main_window.cpp" line="57"/>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="60"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="61"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="57"/>
        <source>The mask preview with landmarks is not built yet. The engine behind it works from the command line: `maskbench-cli augment SOURCE --out DIR` finds the landmarks, masks every face and checks the coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="94"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="99"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="106"/>
        <source>Cancel the running job (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="180"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="185"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="186"/>
        <source>Open dataset &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="189"/>
        <source>Open &amp;CSV manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="192"/>
        <source>Open &amp;predictions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="194"/>
        <source>Open a predictions.csv in the Evaluation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="197"/>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="199"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="204"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="208"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="215"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="216"/>
        <source>&amp;About MaskBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="218"/>
        <source>About MaskBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="219"/>
        <source>&lt;b&gt;MaskBench %1&lt;/b&gt;&lt;p&gt;Train and inspect image classifiers on masked faces: datasets, mask overlays, training and evaluation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="234"/>
        <source> — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="236"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="259"/>
        <source>Stop training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="260"/>
        <source>A run is being trained. Stop it and quit? Its last checkpoint stays, and Resume run in the Training panel continues it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::SettingsDialog</name>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="39"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="41"/>
        <source>dlib&apos;s 68-point shape predictor (.dat); Debian&apos;s libdlib-data installs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="48"/>
        <source>auto uses the first CUDA device when LibTorch has one, else the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="51"/>
        <source>one per core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="56"/>
        <location filename="../src/ui/common/settings_dialog.cpp" line="61"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="62"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="63"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="67"/>
        <source>Landmark model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="68"/>
        <source>dlib 68-point landmark model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="68"/>
        <source>dlib models (*.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="71"/>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="72"/>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="73"/>
        <source>Cache folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="74"/>
        <source>Cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="76"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="77"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="78"/>
        <source>A new language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="106"/>
        <source>Found (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="108"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Not found. Install Debian&apos;s libdlib-data (/usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::SplitDialog</name>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="20"/>
        <source>Split the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="37"/>
        <source>The same seed gives the same split on every machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="38"/>
        <source>Keep images that are missing or unreadable (label-only planning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="39"/>
        <source>Keep byte-identical files together (reads every file once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="42"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="44"/>
        <source>Save the split manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="44"/>
        <source>CSV manifests (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="55"/>
        <source>Train share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="56"/>
        <source>Validation share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="57"/>
        <source>Test share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="58"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="61"/>
        <source>Manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="64"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="70"/>
        <source>Stratified by class; one identity, user or file never lands in two splits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="82"/>
        <source>The shares add up to %1; they must add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="84"/>
        <source>The training share must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="86"/>
        <source>Choose where to write the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::ThumbnailModel</name>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="14"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="15"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="90"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="92"/>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="94"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::TrainingPanel</name>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="234"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="239"/>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="280"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="281"/>
        <source>Levi-Hassner from scratch (quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="282"/>
        <source>InceptionV3, frozen (study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="283"/>
        <source>InceptionV3, fine-tuned (study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="284"/>
        <source>ResNet50V2, frozen (study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="285"/>
        <source>ResNet50V2, fine-tuned (study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="286"/>
        <source>Fill the form with one of the study&apos;s configurations (RMSprop, learning rate 1e-4, batch 256; slow on a CPU: lower the batch or the input size for a trial) or a quick Levi-Hassner run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="290"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="293"/>
        <source>Run configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="298"/>
        <source>split manifest (path,label,split CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="299"/>
        <source>The CSV that the Dataset panel&apos;s Split or `maskbench-cli dataset split` wrote; training uses its train and val rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="300"/>
        <location filename="../src/ui/training/training_panel.cpp" line="402"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="301"/>
        <source>Choose the split manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="304"/>
        <source>Split manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="305"/>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="312"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="317"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="318"/>
        <source>Column of the manifest with the class (default: label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="319"/>
        <source>&amp;Label column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="322"/>
        <source>Levi-Hassner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="323"/>
        <source>ResNet50V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="324"/>
        <source>InceptionV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="325"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="329"/>
        <source>model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="330"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="331"/>
        <source>Square input size; default 227 (Levi-Hassner), 224 (ResNet50V2), 299 (InceptionV3). Minimum 35, 32 and 75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="333"/>
        <source>&amp;Input size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="338"/>
        <source>flatten: the study&apos;s Flatten, Dense 1024, Dropout 0.5; gap: global average pooling first; levi: Levi &amp; Hassner&apos;s two 512-unit layers; default: levi for Levi-Hassner, flatten otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="340"/>
        <source>&amp;Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="344"/>
        <source>head default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="345"/>
        <source>Units of the head&apos;s dense layer(s); default 1024 (study) or 512 (Levi-Hassner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="346"/>
        <source>Hidden &amp;units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="349"/>
        <source>Schedule POLICY:EPOCHS,… with policies frozen, finetune, full, from:STAGE; e.g. frozen:10,finetune:10. Each stage starts a fresh optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="352"/>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="356"/>
        <source>Total epochs; changing it changes the last stage of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="358"/>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="362"/>
        <source>rmsprop with Keras&apos; defaults (the study), adam, or sgd with momentum 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="363"/>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="366"/>
        <source>Learning rate, e.g. 1e-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="367"/>
        <source>Learning &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="371"/>
        <source>Images per batch (the study: 256; on a CPU a smaller batch shows progress sooner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="372"/>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="378"/>
        <source>Random width and height shift, as a fraction of the size (Keras&apos; width/height_shift_range; the study: 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="379"/>
        <source>S&amp;hifts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="380"/>
        <source>Random horizontal &amp;flips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="386"/>
        <source>auto, cpu, cuda or cuda:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="387"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="391"/>
        <source>Seed for weights, data order, augmentation and dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="392"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="396"/>
        <source>one per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="397"/>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="400"/>
        <source>automatic, in the runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="401"/>
        <source>Folder the run writes (config.json, metrics.csv, events.jsonl, checkpoints); it must not hold a run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="404"/>
        <source>Choose the run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="406"/>
        <source>Run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="413"/>
        <source>Run &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="425"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="427"/>
        <source>Start a new run with this configuration (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="428"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="430"/>
        <source>Pause after the current batch (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="431"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="433"/>
        <source>Continue the paused run (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="434"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="436"/>
        <source>Stop after the current batch; the checkpoint of the last finished epoch stays, and Resume run in the run list continues from it (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="457"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="468"/>
        <source>train, per batch (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="469"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="470"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="471"/>
        <source>overlay train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="472"/>
        <source>overlay validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="499"/>
        <source>No run yet: fill the form and press Start, or open a run below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="508"/>
        <source>epoch %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="509"/>
        <source>Epochs finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="511"/>
        <source>batch %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="512"/>
        <source>Batches of the current epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="515"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="517"/>
        <source>Batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="526"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="526"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="527"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="527"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="561"/>
        <source>Folder whose subfolders are runs (each with config.json and metrics.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="563"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="564"/>
        <source>Choose the folder that holds the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="566"/>
        <source>Runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="570"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="571"/>
        <source>List the runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="574"/>
        <source>Runs folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Best val. accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="589"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="590"/>
        <source>Show the selected run&apos;s configuration and curves (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="592"/>
        <source>Resume run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="593"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="595"/>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="596"/>
        <source>Draw the selected run&apos;s epoch curves, dashed, over the current ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="598"/>
        <source>Clear overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="600"/>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="602"/>
        <source>Follow the selected run while another process (maskbench-cli train) writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="694"/>
        <source>Choose the split manifest to train on (the CSV that the Dataset panel&apos;s Split wrote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="696"/>
        <source>The manifest %1 does not exist or is not a file. Choose the CSV that the Dataset panel&apos;s Split or `maskbench-cli dataset split` wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="709"/>
        <source>The learning rate &quot;%1&quot; is not a positive number (write e.g. 1e-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="721"/>
        <source>%1 already holds a run: choose another run folder, or select the run in the run list and press Resume run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="766"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="769"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="793"/>
        <source>Training %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="795"/>
        <source>starting %1 on %2 into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="797"/>
        <source>Training: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="810"/>
        <source>%1 has finished all %2 epochs; there is nothing to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="814"/>
        <source>Resuming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="815"/>
        <source>resuming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="817"/>
        <source>Training: resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="826"/>
        <source>pausing after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="835"/>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="844"/>
        <source>stopping after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="845"/>
        <source>Training: stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="868"/>
        <location filename="../src/ui/training/training_panel.cpp" line="881"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1289"/>
        <source>%1 images/s
ETA %2 · stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="870"/>
        <source>Training paused: epoch %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="871"/>
        <source>Training epoch %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="882"/>
        <source>epoch %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="886"/>
        <source>  (best so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="892"/>
        <source>stage %1 from epoch %2: %3 trainable, %4 frozen parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="906"/>
        <source>Training stopped after %1 epoch(s); best val. accuracy %2 (epoch %3). Resume run continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="908"/>
        <source>Training finished: %1 epoch(s), best val. accuracy %2 (epoch %3), %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="911"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="911"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1085"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="911"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1081"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="920"/>
        <source>%1 — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="923"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="943"/>
        <source>Training paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1002"/>
        <source>train, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1003"/>
        <source>validation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1026"/>
        <source>best: epoch %1
val. acc. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1079"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1083"/>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1087"/>
        <source>being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1089"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1095"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1096"/>
        <source>%1 (epoch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1122"/>
        <source>A run is going: stop it before opening another (Overlay draws another run beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1140"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1203"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1152"/>
        <source>%1 — %2 of %3 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1154"/>
        <source>Opened run %1: %2 of %3 epochs, best val. accuracy %4 (epoch %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1157"/>
        <source>Opened run %1: no finished epoch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1186"/>
        <source>%1 holds no run yet (no config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1208"/>
        <source>Following %1 (written by another process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1209"/>
        <source>Following run %1 as another process writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1290"/>
        <source>%1 images/s
stage %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::WelcomePage</name>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="18"/>
        <source>&lt;h1&gt;Welcome to MaskBench&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="20"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Dataset&lt;/b&gt;: open a folder per class, a CSV manifest, Adience or UTKFace; check the classes and problems; make a split where no identity crosses sides.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Masks&lt;/b&gt;: find 68 landmarks with dlib and draw surgical, cloth, N95, KN95 or patterned masks, half by half, so turned heads still fit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training and evaluation&lt;/b&gt;: fine-tune ResNet50V2 or InceptionV3 with live plots, then read the confusion matrix and the misclassified images per class.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="29"/>
        <source>Open a dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="30"/>
        <source>Open a CSV manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="32"/>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="47"/>
        <source>&lt;b&gt;Recent datasets&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="71"/>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="76"/>
        <source>None yet: open a dataset to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
