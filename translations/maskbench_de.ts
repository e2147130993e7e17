<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DatasetJob</name>
    <message>
        <location filename="../src/workers/dataset_job.cpp" line="70"/>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/workers/dataset_job.cpp" line="72"/>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="41"/>
        <source>Workbench for classifiers on masked faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="44"/>
        <source>Open this dataset at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="46"/>
        <source>Save a picture of the window to FILE once the dataset has loaded (or after 2 s), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="48"/>
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
</context>
<context>
    <name>maskbench::cli</name>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="71"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="76"/>
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
</context>
<context>
    <name>maskbench::ui::DatasetPanel</name>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="31"/>
        <source>A folder per class, a CSV manifest, an Adience or UTKFace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="32"/>
        <source>Dataset source; press Enter to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="33"/>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="34"/>
        <source>Open a dataset folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="35"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="36"/>
        <source>Open a CSV manifest (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="41"/>
        <source>Source layout; auto guesses from the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="43"/>
        <source>label column, e.g. gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="44"/>
        <source>CSV column (or Adience/UTKFace field) that holds the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="45"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="52"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="57"/>
        <source>Open a dataset to see its classes, splits and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="70"/>
        <source>Class balance per split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="80"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="80"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="80"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="118"/>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="119"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="121"/>
        <source>Cannot open the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="122"/>
        <source>%1

Check the path, the format and the label column, then load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="126"/>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="140"/>
        <source>Open a dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="147"/>
        <source>Open a CSV manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="148"/>
        <source>CSV manifests (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="169"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="179"/>
        <source>Loaded %1 images from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="190"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, label: %3): %4 images in %5 classes, %6 groups, %7 missing, %8 unreadable, %9 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="200"/>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="202"/>
        <source>Image sizes: width %1–%2 (median %3), height %4–%5 (median %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="207"/>
        <source>Leakage audit: clean (%1 groups, %2 files hashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="209"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Leakage audit: %1 groups and %2 identical files appear in more than one split.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="215"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="217"/>
        <source>unsplit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="220"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="279"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="237"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="256"/>
        <source>%1 problems; the table shows the first %2. `maskbench-cli dataset info --problems-csv FILE` lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="259"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="297"/>
        <source>share of split (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maskbench::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/main_window.cpp" line="27"/>
        <source>MaskBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="44"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="45"/>
        <location filename="../src/ui/main_window.cpp" line="46"/>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="46"/>
        <source>Landmark preview and mask overlays need the face and mask engine, which is not in this build yet. The Dataset panel and `maskbench-cli dataset` work now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="48"/>
        <location filename="../src/ui/main_window.cpp" line="49"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="49"/>
        <source>Training needs the model and training engine, which is not in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="50"/>
        <location filename="../src/ui/main_window.cpp" line="51"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="51"/>
        <source>Confusion matrices and error galleries need trained runs, which this build cannot make yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="72"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="77"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="84"/>
        <source>Cancel the running job (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="113"/>
        <source>Open dataset &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="116"/>
        <source>Open &amp;CSV manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="120"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="124"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="132"/>
        <source>&amp;About MaskBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="134"/>
        <source>About MaskBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="135"/>
        <source>&lt;b&gt;MaskBench %1&lt;/b&gt;&lt;p&gt;Train and inspect image classifiers on masked faces: datasets, mask overlays, training and evaluation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="150"/>
        <source> — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="152"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
