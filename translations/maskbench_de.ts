<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="26"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="187"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="198"/>
        <source>%1 is not a MaskBench metrics file (no epoch, loss, accuracy, val_loss, val_accuracy columns)</source>
        <translation>%1 ist keine MaskBench-Metrikdatei (keine Spalten epoch, loss, accuracy, val_loss, val_accuracy)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../src/workers/worker_errors.cpp" line="18"/>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/workers/worker_errors.cpp" line="20"/>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>cv</name>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="33"/>
        <source>&quot;%1&quot; is not a colour; use #rrggbb, for example #9fcdea</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie #rrggbb, zum Beispiel #9fcdea</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="30"/>
        <source>Workbench for classifiers on masked faces</source>
        <translation>Werkbank für Klassifikatoren auf maskierten Gesichtern</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="33"/>
        <source>Open this dataset at start.</source>
        <translation>Diesen Datensatz beim Start öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>Open this predictions.csv in the Evaluation panel at start.</source>
        <translation>Diese predictions.csv beim Start im Auswertungsbereich öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="37"/>
        <source>Show this tab of the Evaluation panel: 0 images, 1 curves, 2 slices.</source>
        <translation>Diesen Reiter des Auswertungsbereichs zeigen: 0 Bilder, 1 Kurven, 2 Teilmengen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="40"/>
        <source>Save a picture of the window to FILE once the dataset or predictions have loaded (1 s after opening a training run, otherwise after 2 s), then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, sobald der Datensatz oder die Vorhersagen geladen sind (1 s nach dem Öffnen eines Trainingslaufs, sonst nach 2 s), dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="43"/>
        <source>Open the Training panel on this run folder at start.</source>
        <translation>Den Trainingsbereich beim Start mit diesem Laufordner öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Quit after MS milliseconds.</source>
        <translation>Nach MS Millisekunden beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="46"/>
        <source>Open this project folder at start.</source>
        <translation>Diesen Projektordner beim Start öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="48"/>
        <source>Do not reopen the last project.</source>
        <translation>Das letzte Projekt nicht wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>maskbench</name>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="28"/>
        <source>corrupt JPEG: expected a marker at byte %1</source>
        <translation>beschädigtes JPEG: Marker an Byte %1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="36"/>
        <source>corrupt JPEG: segment length %1 at byte %2</source>
        <translation>beschädigtes JPEG: Segmentlänge %1 an Byte %2</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="51"/>
        <source>truncated JPEG: the file ends before the frame header</source>
        <translation>abgeschnittenes JPEG: die Datei endet vor dem Frame-Header</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="52"/>
        <source>corrupt JPEG: no frame header (SOF) found</source>
        <translation>beschädigtes JPEG: kein Frame-Header (SOF) gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="56"/>
        <source>corrupt JPEG: frame header declares %1x%2 pixels</source>
        <translation>beschädigtes JPEG: der Frame-Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="61"/>
        <source>truncated JPEG: no end-of-image marker</source>
        <translation>abgeschnittenes JPEG: kein End-of-Image-Marker</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="72"/>
        <source>corrupt PNG: no IHDR header</source>
        <translation>beschädigtes PNG: kein IHDR-Header</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="78"/>
        <source>corrupt PNG: header declares %1x%2 pixels</source>
        <translation>beschädigtes PNG: der Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="82"/>
        <source>truncated PNG: no IEND chunk at the end</source>
        <translation>abgeschnittenes PNG: kein IEND-Chunk am Ende</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="93"/>
        <source>truncated BMP: header incomplete</source>
        <translation>abgeschnittenes BMP: Header unvollständig</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="100"/>
        <source>corrupt BMP: header declares %1x%2 pixels</source>
        <translation>beschädigtes BMP: der Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="104"/>
        <source>truncated BMP: %1 of %2 bytes present</source>
        <translation>abgeschnittenes BMP: %1 von %2 Bytes vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="115"/>
        <source>truncated WebP: header incomplete</source>
        <translation>abgeschnittenes WebP: Header unvollständig</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="131"/>
        <source>corrupt WebP: unknown chunk &apos;%1&apos;</source>
        <translation>beschädigtes WebP: unbekannter Chunk &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="135"/>
        <source>corrupt WebP: header declares %1x%2 pixels</source>
        <translation>beschädigtes WebP: der Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="139"/>
        <source>truncated WebP: %1 of %2 bytes present</source>
        <translation>abgeschnittenes WebP: %1 von %2 Bytes vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="153"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="165"/>
        <source>not a JPEG, PNG, BMP or WebP image (starts with bytes %1)</source>
        <translation>kein JPEG-, PNG-, BMP- oder WebP-Bild (beginnt mit den Bytes %1)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="176"/>
        <location filename="../src/core/face/image_input.cpp" line="79"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="45"/>
        <source>%1: file does not exist</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="47"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="61"/>
        <source>%1: cannot initialise the CSV parser</source>
        <translation>%1: der CSV-Parser kann nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="69"/>
        <source>%1: malformed CSV near record %2: %3</source>
        <translation>%1: fehlerhaftes CSV bei Datensatz %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="71"/>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="27"/>
        <source>no runs to compare</source>
        <translation>keine Läufe zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="31"/>
        <source>runs &apos;%1&apos; and &apos;%2&apos; have different classes (%3 vs %4); compare runs of one class list</source>
        <translation>die Läufe &apos;%1&apos; und &apos;%2&apos; haben verschiedene Klassen (%3 gegenüber %4); vergleichen Sie Läufe mit derselben Klassenliste</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="36"/>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <location filename="../src/core/eval/report_text.cpp" line="134"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="38"/>
        <location filename="../src/core/eval/report_text.cpp" line="127"/>
        <location filename="../src/core/eval/report_text.cpp" line="128"/>
        <source>precision %1</source>
        <translation>Präzision %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="40"/>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <location filename="../src/core/eval/report_text.cpp" line="127"/>
        <location filename="../src/core/eval/report_text.cpp" line="136"/>
        <source>recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="41"/>
        <location filename="../src/core/eval/report_text.cpp" line="128"/>
        <source>min recall</source>
        <translation>min. Recall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="42"/>
        <source>balanced accuracy</source>
        <translation>balancierte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="43"/>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <location filename="../src/core/eval/report_text.cpp" line="134"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="52"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="90"/>
        <location filename="../src/core/eval/evaluation.cpp" line="256"/>
        <location filename="../src/core/eval/predictions.cpp" line="146"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="93"/>
        <location filename="../src/core/eval/evaluation.cpp" line="259"/>
        <location filename="../src/core/eval/predictions.cpp" line="164"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="143"/>
        <source>%1 of %2 rows have probabilities that do not sum to 1 (first: %3:%4, sum %5); curves and calibration assume the prob_ columns are a softmax</source>
        <translation>%1 von %2 Zeilen haben Wahrscheinlichkeiten, deren Summe nicht 1 ist (erste: %3:%4, Summe %5); Kurven und Kalibrierung setzen voraus, dass die prob_-Spalten ein Softmax sind</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="35"/>
        <source>internal: %1 labels for %2 scores</source>
        <translation>intern: %1 Labels für %2 Scores</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="56"/>
        <source>%1: no predictions to evaluate</source>
        <translation>%1: keine Vorhersagen zum Auswerten</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="60"/>
        <location filename="../src/core/eval/predictions.cpp" line="155"/>
        <source>%1: row for %2 does not match the %3 classes</source>
        <translation>%1: die Zeile für %2 passt nicht zu den %3 Klassen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="67"/>
        <source>%1: thresholds apply to binary models; this one has %2 classes (%3)</source>
        <translation>%1: Schwellenwerte gelten für binäre Modelle; dieses hat %2 Klassen (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="127"/>
        <source>internal: %1 labels for %2 predictions</source>
        <translation>intern: %1 Labels für %2 Vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="134"/>
        <source>internal: class index out of range (%1 classes)</source>
        <translation>intern: Klassenindex außerhalb des Bereichs (%1 Klassen)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="307"/>
        <source>calibration needs at least one bin</source>
        <translation>die Kalibrierung braucht mindestens ein Intervall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="382"/>
        <source>threshold &apos;%1&apos;: give a number in [0, 1], best-acc, youden or max-min-recall</source>
        <translation>Schwellenwert &apos;%1&apos;: geben Sie eine Zahl in [0, 1], best-acc, youden oder max-min-recall an</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="439"/>
        <source>%1: choosing a threshold needs samples of both classes (%2: %3, %4: %5)</source>
        <translation>%1: die Wahl eines Schwellenwerts braucht Beispiele beider Klassen (%2: %3, %4: %5)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="62"/>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation>%1: die Spalte &apos;%2&apos; kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="67"/>
        <source>%1: missing column &apos;%2&apos; (the header has: %3)</source>
        <translation>%1: die Spalte &apos;%2&apos; fehlt (die Kopfzeile hat: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="78"/>
        <source>%1: column &apos;%2&apos; names no class</source>
        <translation>%1: die Spalte &apos;%2&apos; nennt keine Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="83"/>
        <source>%1: column %2 has an empty name</source>
        <translation>%1: die Spalte %2 hat einen leeren Namen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="89"/>
        <source>%1: needs one prob_&lt;class&gt; column per class, at least two; found %2</source>
        <translation>%1: braucht eine prob_&lt;Klasse&gt;-Spalte pro Klasse, mindestens zwei; gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="94"/>
        <source>%1: row has %2 fields, the header has %3 (%4 such rows)</source>
        <translation>%1: die Zeile hat %2 Felder, die Kopfzeile %3 (%4 solche Zeilen)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="98"/>
        <source>%1: no prediction rows after the header</source>
        <translation>%1: keine Vorhersagezeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="109"/>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; is not one of the classes named by the prob_ columns (%4)</source>
        <translation>%1: Spalte &apos;%2&apos;: &apos;%3&apos; ist keine der Klassen, die die prob_-Spalten nennen (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="120"/>
        <source>%1: column &apos;path&apos; is empty</source>
        <translation>%1: die Spalte &apos;path&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="130"/>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; is not a number</source>
        <translation>%1: Spalte &apos;%2&apos;: &apos;%3&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="132"/>
        <source>%1: column &apos;%2&apos;: %3 is not a probability in [0, 1]</source>
        <translation>%1: Spalte &apos;%2&apos;: %3 ist keine Wahrscheinlichkeit in [0, 1]</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="49"/>
        <source>actual \ predicted</source>
        <translation>tatsächlich \ vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="51"/>
        <location filename="../src/core/eval/report_text.cpp" line="61"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>f1-score</source>
        <translation>F1-Score</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="71"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="78"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="79"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="81"/>
        <source>accuracy %1, balanced accuracy %2, smallest recall %3 (%4 of %5 correct)
</source>
        <translation>Genauigkeit %1, balancierte Genauigkeit %2, kleinster Recall %3 (%4 von %5 richtig)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="91"/>
        <source>ROC AUC %1, average precision %2 (positive class: %3)
</source>
        <translation>ROC-AUC %1, durchschnittliche Präzision %2 (positive Klasse: %3)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="98"/>
        <source>macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="99"/>
        <source>weighted</source>
        <translation>gewichtet</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>One-vs-rest:
</source>
        <translation>Eine gegen alle:
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="100"/>
        <source>avg precision</source>
        <translation>Ø Präzision</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <source>bin</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <source>mean score</source>
        <translation>mittlerer Score</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="113"/>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="114"/>
        <source>expected calibration error %1, maximum %2
</source>
        <translation>erwarteter Kalibrierungsfehler %1, maximal %2
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="122"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="128"/>
        <source>Youden J</source>
        <translation>Youden-J</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="134"/>
        <source>bal. acc</source>
        <translation>bal. Gen.</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="138"/>
        <source>prec. %1</source>
        <translation>Präz. %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="148"/>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="152"/>
        <source>largest accuracy gap between groups of 30 or more items: %1
</source>
        <translation>größter Genauigkeitsunterschied zwischen Gruppen mit 30 oder mehr Elementen: %1
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="163"/>
        <source>Misclassified: %1, most confident first</source>
        <translation>Falsch klassifiziert: %1, die sichersten zuerst</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="165"/>
        <source> (top %1)</source>
        <translation> (die ersten %1)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>p(actual)</source>
        <translation>p(tatsächlich)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>actual -&gt; predicted</source>
        <translation>tatsächlich -&gt; vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="168"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="176"/>
        <source>Predictions: %1 (%2 items, classes in index order: %3)
</source>
        <translation>Vorhersagen: %1 (%2 Elemente, Klassen in Indexreihenfolge: %3)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="179"/>
        <source>Threshold: %1 = %2 (%3 where prob_%3 &gt;= threshold)
</source>
        <translation>Schwellenwert: %1 = %2 (%3, wo prob_%3 &gt;= Schwellenwert)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="182"/>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="186"/>
        <source>Calibration (top-label confidence):</source>
        <translation>Kalibrierung (Konfidenz der vorhergesagten Klasse):</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="188"/>
        <source>Thresholds (%1 predicted where prob_%1 &gt;= threshold):
</source>
        <translation>Schwellenwerte (%1 vorhergesagt, wo prob_%1 &gt;= Schwellenwert):
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="19"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="66"/>
        <source>age bands, years</source>
        <translation>Altersgruppen, Jahre</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="69"/>
        <source>|yaw| bins, degrees</source>
        <translation>|Gier|-Intervalle, Grad</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="101"/>
        <source>%1: no attribute &apos;%2&apos; to group by (attributes: %3)</source>
        <translation>%1: kein Attribut &apos;%2&apos; zum Gruppieren (Attribute: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="103"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="31"/>
        <source>Install the Debian package libdlib-data (it provides /usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file in Settings (setting &quot;%1&quot;).</source>
        <translation>Installieren Sie das Debian-Paket libdlib-data (es liefert /usr/share/dlib/shape_predictor_68_face_landmarks.dat) oder wählen Sie die .dat-Datei in den Einstellungen (Einstellung „%1“).</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="49"/>
        <source>Landmark model %1 not found. %2</source>
        <translation>Landmarkenmodell %1 nicht gefunden. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="51"/>
        <source>Landmark model %1 cannot be read. %2</source>
        <translation>Landmarkenmodell %1 kann nicht gelesen werden. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="57"/>
        <source>Landmark model %1 is corrupt or not a dlib shape predictor (%2). %3</source>
        <translation>Landmarkenmodell %1 ist beschädigt oder kein dlib-Shape-Predictor (%2). %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="61"/>
        <source>Landmark model %1 predicts %2 points, not 68. %3</source>
        <translation>Landmarkenmodell %1 sagt %2 Punkte voraus, nicht 68. %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="28"/>
        <source>%1x%2 pixels is over the limit of %3 pixels; not decoded</source>
        <translation>%1x%2 Pixel überschreiten die Grenze von %3 Pixeln; nicht dekodiert</translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="45"/>
        <source>cannot decode: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="50"/>
        <source>cannot decode the image (corrupt or unsupported)</source>
        <translation>das Bild kann nicht dekodiert werden (beschädigt oder nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="136"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="140"/>
        <location filename="../src/core/mask/augment.cpp" line="146"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="151"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="179"/>
        <source>No output folder given.</source>
        <translation>Kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="181"/>
        <source>Cannot create the output folder %1. Choose a folder you can write to.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="187"/>
        <source>Cannot write to the output folder %1: %2. Choose a folder you can write to.</source>
        <translation>In den Ausgabeordner %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="196"/>
        <source>The output folder %1 holds an augment run with other settings (seed, masks, ratio or detector). Use another --out folder, or delete this one to start over.</source>
        <translation>Der Ausgabeordner %1 enthält einen Augmentierungslauf mit anderen Einstellungen (Seed, Masken, Anteil oder Detektor). Verwenden Sie einen anderen --out-Ordner oder löschen Sie diesen, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="201"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="236"/>
        <source>Reading dataset</source>
        <translation>Datensatz wird gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="289"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="336"/>
        <source>no face found</source>
        <translation>kein Gesicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="347"/>
        <source>coverage check failed: %1</source>
        <translation>Abdeckungsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="361"/>
        <source>cannot encode the result as %1</source>
        <translation>das Ergebnis kann nicht als %1 kodiert werden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="404"/>
        <source>Masking</source>
        <translation>Maskieren</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="407"/>
        <source>Augmentation stopped: %1. Images written so far are complete; free space or fix the folder and run the same command again to finish.</source>
        <translation>Augmentierung angehalten: %1. Die bisher geschriebenen Bilder sind vollständig; schaffen Sie Platz oder reparieren Sie den Ordner und führen Sie denselben Befehl erneut aus, um fertig zu werden.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="452"/>
        <source>Cannot write %1: %2. The images are complete; run the same command again to write it.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Bilder sind vollständig; führen Sie denselben Befehl erneut aus, um die Datei zu schreiben.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="118"/>
        <source>face too small or landmarks unusable</source>
        <translation>Gesicht zu klein oder Landmarken unbrauchbar</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="133"/>
        <source>the %1 half of the face is too foreshortened for a mask</source>
        <translation>die %1 Gesichtshälfte ist für eine Maske zu stark verkürzt</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="133"/>
        <source>left</source>
        <translation>linke</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="133"/>
        <source>right</source>
        <translation>rechte</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="149"/>
        <source>landmarks unusable</source>
        <translation>Landmarken unbrauchbar</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="164"/>
        <source>landmarks lie far outside the image</source>
        <translation>Landmarken liegen weit außerhalb des Bildes</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="43"/>
        <source>mask description %1.json is invalid: %2</source>
        <translation>Maskenbeschreibung %1.json ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="390"/>
        <source>Unknown mask type &quot;%1&quot;; known: %2</source>
        <translation>Unbekannter Maskentyp „%1“; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="412"/>
        <source>mask description %1.json is missing from the build</source>
        <translation>Maskenbeschreibung %1.json fehlt im Build</translation>
    </message>
    <message>
        <location filename="../src/core/mask/masker.cpp" line="59"/>
        <source>no cached landmarks</source>
        <translation>keine zwischengespeicherten Landmarken</translation>
    </message>
    <message>
        <location filename="../src/core/mask/masker.cpp" line="63"/>
        <source>no face</source>
        <translation>kein Gesicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="41"/>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>maskbench::FaceDetector</name>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="111"/>
        <source>Landmark model %1 not found. %2</source>
        <translation>Landmarkenmodell %1 nicht gefunden. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="113"/>
        <source>Landmark model %1 cannot be read. %2</source>
        <translation>Landmarkenmodell %1 kann nicht gelesen werden. %2</translation>
    </message>
</context>
<context>
    <name>maskbench::LandmarkCache</name>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="76"/>
        <source>Cannot create the folder %1 for the landmark cache. Choose another cache folder in Settings.</source>
        <translation>Der Ordner %1 für den Landmarken-Cache kann nicht angelegt werden. Wählen Sie in den Einstellungen einen anderen Cache-Ordner.</translation>
    </message>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="82"/>
        <source>Cannot use %1 as a landmark cache: %2</source>
        <translation>%1 kann nicht als Landmarken-Cache verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>maskbench::LandmarkCache::Impl</name>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="59"/>
        <source>Cannot open the landmark cache %1: %2</source>
        <translation>Der Landmarken-Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>maskbench::Project</name>
    <message>
        <location filename="../src/core/project/project.cpp" line="59"/>
        <source>%1 already exists: open that project instead, or choose an empty folder</source>
        <translation>%1 existiert bereits: öffnen Sie stattdessen dieses Projekt oder wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="92"/>
        <location filename="../src/core/project/project.cpp" line="95"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="107"/>
        <source>%1: the project folder does not exist</source>
        <translation>%1: der Projektordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="110"/>
        <source>%1: no such file; this folder is not a MaskBench project (File &gt; New project makes one)</source>
        <translation>%1: keine solche Datei; dieser Ordner ist kein MaskBench-Projekt (Datei &gt; Neues Projekt legt eines an)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="112"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="116"/>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="118"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="122"/>
        <source>%1: not a MaskBench project file (no &quot;maskbench_project&quot; version)</source>
        <translation>%1: keine MaskBench-Projektdatei (keine Version „maskbench_project“)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="124"/>
        <source>%1: written by a newer MaskBench (project version %2; this one reads %3)</source>
        <translation>%1: von einem neueren MaskBench geschrieben (Projektversion %2; diese Version liest %3)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="127"/>
        <source>%1: the project has no &quot;name&quot;</source>
        <translation>%1: das Projekt hat keinen „name“</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="149"/>
        <source>%1: the dataset source %2 does not exist</source>
        <translation>%1: die Datensatzquelle %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="151"/>
        <source>%1: the split manifest %2 does not exist</source>
        <translation>%1: das Split-Manifest %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>maskbench::TrainWorker</name>
    <message>
        <location filename="../src/workers/train_worker.cpp" line="43"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/workers/train_worker.cpp" line="45"/>
        <source>Training failed with an unknown error</source>
        <translation>Training mit unbekanntem Fehler fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>maskbench::cli</name>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="71"/>
        <location filename="../src/cli/metrics_command.cpp" line="38"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="76"/>
        <location filename="../src/cli/metrics_command.cpp" line="48"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="84"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="91"/>
        <source>Source:        %1
</source>
        <translation>Quelle:        %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="92"/>
        <source>Format:        %1 (label: %2)
</source>
        <translation>Format:        %1 (Label: %2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="93"/>
        <source>Rows read:     %1
</source>
        <translation>Zeilen:        %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="96"/>
        <source>Label values:  %1
</source>
        <translation>Labelwerte:    %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="98"/>
        <source>Items:         %1 labelled in %2 classes (%3)
</source>
        <translation>Elemente:      %1 mit Label in %2 Klassen (%3)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="103"/>
        <source>Groups:        none (each image is its own group)
</source>
        <translation>Gruppen:       keine (jedes Bild ist seine eigene Gruppe)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="104"/>
        <source>Groups:        %1
</source>
        <translation>Gruppen:       %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="106"/>
        <source>Images:        %1 present, %2 missing
</source>
        <translation>Bilder:        %1 vorhanden, %2 fehlen
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="114"/>
        <source>Image headers: %1 read, %2 unreadable
</source>
        <translation>Bildköpfe:     %1 gelesen, %2 unlesbar
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="117"/>
        <source>Image sizes:   width %1..%2 (median %3), height %4..%5 (median %6); %7
</source>
        <translation>Bildgrößen:    Breite %1..%2 (Median %3), Höhe %4..%5 (Median %6); %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="125"/>
        <source>Problems:      none
</source>
        <translation>Probleme:      keine
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="127"/>
        <source>Problems:      %1
</source>
        <translation>Probleme:      %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="135"/>
        <source>    ... %1 more</source>
        <translation>    ... %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="136"/>
        <source> (list them all with --problems-csv FILE)
</source>
        <translation> (alle auflisten mit --problems-csv DATEI)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="146"/>
        <source>Problems written to %1
</source>
        <translation>Probleme geschrieben nach %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="152"/>
        <source>Leakage audit: %1 items, %2 groups checked, %3 files hashed (%4 not readable)
</source>
        <translation>Leck-Prüfung: %1 Elemente, %2 Gruppen geprüft, %3 Dateien gehasht (%4 nicht lesbar)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="155"/>
        <source>  groups in more than one split: %1
</source>
        <translation>  Gruppen in mehr als einem Split: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="162"/>
        <source>  identical files in more than one split: %1
</source>
        <translation>  identische Dateien in mehr als einem Split: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="169"/>
        <source>  result: clean
</source>
        <translation>  Ergebnis: sauber
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="169"/>
        <source>  result: LEAKAGE FOUND
</source>
        <translation>  Ergebnis: LECK GEFUNDEN
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="213"/>
        <source>Split of %1 (seed %2, ratios %3/%4/%5)
</source>
        <translation>Split von %1 (Seed %2, Anteile %3/%4/%5)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="215"/>
        <source>Kept %1 of %2 items; excluded %3 missing and %4 unreadable images; %5 groups placed (%6 of identical files)

</source>
        <translation>%1 von %2 Elementen behalten; %3 fehlende und %4 unlesbare Bilder ausgeschlossen; %5 Gruppen verteilt (%6 aus identischen Dateien)

</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="220"/>
        <source>
Largest difference of a class&apos;s share between splits: %1 percentage points
</source>
        <translation>
Größter Unterschied im Anteil einer Klasse zwischen den Splits: %1 Prozentpunkte
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="225"/>
        <source>Manifest written to %1
</source>
        <translation>Manifest geschrieben nach %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="235"/>
        <source>%1: not every item has a split (train, val, test) in column &apos;%2&apos;</source>
        <translation>%1: nicht jedes Element hat einen Split (train, val, test) in der Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="60"/>
        <source>, %1 images/s</source>
        <translation>, %1 Bilder/s</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="62"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="97"/>
        <source>--keep-original-ratio must be between 0 and 1</source>
        <translation>--keep-original-ratio muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="113"/>
        <source>Augmented %1 images in %2 s (%3 images/s)
</source>
        <translation>%1 Bilder in %2 s augmentiert (%3 Bilder/s)
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="115"/>
        <source>  masked:   %1</source>
        <translation>  maskiert:  %1</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="120"/>
        <source>  original: %1
</source>
        <translation>  original:  %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="121"/>
        <source>  already done by an earlier run: %1
</source>
        <translation>  schon von einem früheren Lauf erledigt: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="122"/>
        <source>  skipped:  %1</source>
        <translation>  übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="130"/>
        <source>    ... %1 more in %2
</source>
        <translation>    ... %1 weitere in %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="135"/>
        <source>  landmark cache: %1 hits, %2 detections
</source>
        <translation>  Landmarken-Cache: %1 Treffer, %2 Erkennungen
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="136"/>
        <source>Manifest: %1
Skipped:  %2
</source>
        <translation>Manifest:     %1
Übersprungen: %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="61"/>
        <source>--bins %1: give a number of calibration bins between 1 and 1000</source>
        <translation>--bins %1: geben Sie eine Anzahl von Kalibrierungsintervallen zwischen 1 und 1000 an</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="68"/>
        <source>%1: cannot create the output folder</source>
        <translation>%1: der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="73"/>
        <source>
Wrote %1 and %2
</source>
        <translation>
%1 und %2 geschrieben
</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="118"/>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="66"/>
        <source>epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 | %8 s, %9 img/s, waited %10 s for data, ETA %11
</source>
        <translation>Epoche %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 | %8 s, %9 Bilder/s, %10 s auf Daten gewartet, ETA %11
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="74"/>
        <source>stage %1 from epoch %2: %3 trainable, %4 frozen parameters
</source>
        <translation>Stufe %1 ab Epoche %2: %3 trainierbare, %4 eingefrorene Parameter
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="165"/>
        <source>train needs --data MANIFEST and --out RUN_FOLDER (or --resume RUN_FOLDER)</source>
        <translation>train braucht --data MANIFEST und --out LAUFORDNER (oder --resume LAUFORDNER)</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="193"/>
        <source>%1 after %2 epoch(s): best val_accuracy %3 (epoch %4), last %5; %6 s, %7 s waiting for data; %8 unreadable image(s) skipped
run folder: %9
</source>
        <translation>%1 nach %2 Epoche(n): beste val_accuracy %3 (Epoche %4), letzte %5; %6 s, %7 s Warten auf Daten; %8 unlesbare(s) Bild(er) übersprungen
Laufordner: %9
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="195"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="195"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::DatasetPanel</name>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="38"/>
        <source>A folder per class, a CSV manifest, an Adience or UTKFace folder</source>
        <translation>Ein Ordner pro Klasse, ein CSV-Manifest, ein Adience- oder UTKFace-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="39"/>
        <source>Dataset source; press Enter to load</source>
        <translation>Datensatzquelle; Eingabetaste lädt sie</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="40"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="41"/>
        <source>Open a dataset folder (Ctrl+D)</source>
        <translation>Einen Datensatzordner öffnen (Strg+D)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="42"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="43"/>
        <source>Open a CSV manifest (Ctrl+Shift+O)</source>
        <translation>Ein CSV-Manifest öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="48"/>
        <source>Source layout; auto guesses from the files</source>
        <translation>Aufbau der Quelle; auto errät ihn aus den Dateien</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="50"/>
        <source>label column, e.g. gender</source>
        <translation>Labelspalte, z. B. gender</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="51"/>
        <source>CSV column (or Adience/UTKFace field) that holds the class</source>
        <translation>CSV-Spalte (oder Adience-/UTKFace-Feld), die die Klasse enthält</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="52"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="54"/>
        <source>Load the source (again) (Ctrl+R)</source>
        <translation>Die Quelle (erneut) laden (Strg+R)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="60"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="65"/>
        <source>Open a dataset to see its classes, splits and problems.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Klassen, Splits und Probleme zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="78"/>
        <source>Class balance per split</source>
        <translation>Klassenverteilung pro Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="88"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="88"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="343"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="88"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="88"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="114"/>
        <source>Show one class</source>
        <translation>Eine Klasse zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="116"/>
        <source>Show one split</source>
        <translation>Einen Split zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="118"/>
        <source>Filter by an attribute of the items (age, race, fold, ...)</source>
        <translation>Nach einem Attribut der Elemente filtern (Alter, Herkunft, Fold, ...)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="120"/>
        <source>value contains…</source>
        <translation>Wert enthält…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="122"/>
        <source>Search file names…</source>
        <translation>Dateinamen suchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="150"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="335"/>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Bild, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="160"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="161"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="162"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="171"/>
        <source>Split…</source>
        <translation>Aufteilen…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="172"/>
        <source>Make a stratified, identity-disjoint train/val/test split and save it as a manifest</source>
        <translation>Einen stratifizierten, identitätsdisjunkten Train/Val/Test-Split erstellen und als Manifest speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="190"/>
        <source>%1: cannot decode: %2</source>
        <translation>%1: kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="210"/>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="210"/>
        <source>Splitting failed</source>
        <translation>Aufteilen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="211"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="214"/>
        <source>Cannot split the dataset</source>
        <translation>Der Datensatz kann nicht aufgeteilt werden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="215"/>
        <source>%1

Check the shares and the manifest path, then split again.</source>
        <translation>%1

Prüfen Sie die Anteile und den Pfad des Manifests und teilen Sie dann erneut auf.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="217"/>
        <source>Cannot open the dataset</source>
        <translation>Der Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="218"/>
        <source>%1

Check the path, the format and the label column, then load again.</source>
        <translation>%1

Prüfen Sie den Pfad, das Format und die Labelspalte und laden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="224"/>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="238"/>
        <source>Open a dataset folder</source>
        <translation>Einen Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="245"/>
        <source>Open a CSV manifest</source>
        <translation>Ein CSV-Manifest öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="246"/>
        <source>CSV manifests (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Manifeste (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="273"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="295"/>
        <source>Splitting</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="296"/>
        <source>Splitting %1 into %2 (seed %3)</source>
        <translation>%1 wird in %2 aufgeteilt (Seed %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="304"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="308"/>
        <source>All splits</source>
        <translation>Alle Splits</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="310"/>
        <source>no split</source>
        <translation>kein Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="312"/>
        <source>Any attribute</source>
        <translation>Beliebiges Attribut</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="327"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="344"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="346"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="348"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="350"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="352"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="350"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="352"/>
        <source>%1 × %2 %3, %4 bytes</source>
        <translation>%1 × %2 %3, %4 Bytes</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="387"/>
        <source>Loaded %1 images from %2</source>
        <translation>%1 Bilder aus %2 geladen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="398"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, label: %3): %4 images in %5 classes, %6 groups, %7 missing, %8 unreadable, %9 problems.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, Label: %3): %4 Bilder in %5 Klassen, %6 Gruppen, %7 fehlen, %8 unlesbar, %9 Probleme.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="408"/>
        <source>Source: %1.</source>
        <translation>Quelle: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="410"/>
        <source>Image sizes: width %1–%2 (median %3), height %4–%5 (median %6).</source>
        <translation>Bildgrößen: Breite %1–%2 (Median %3), Höhe %4–%5 (Median %6).</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="415"/>
        <source>Leakage audit: clean (%1 groups, %2 files hashed).</source>
        <translation>Leck-Prüfung: sauber (%1 Gruppen, %2 Dateien gehasht).</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="417"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Leakage audit: %1 groups and %2 identical files appear in more than one split.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;Leck-Prüfung: %1 Gruppen und %2 identische Dateien kommen in mehr als einem Split vor.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="423"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="425"/>
        <source>unsplit</source>
        <translation>ohne Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="428"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="487"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="445"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="464"/>
        <source>%1 problems; the table shows the first %2. `maskbench-cli dataset info --problems-csv FILE` lists them all.</source>
        <translation>%1 Probleme; die Tabelle zeigt die ersten %2. `maskbench-cli dataset info --problems-csv DATEI` listet alle auf.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="467"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="505"/>
        <source>share of split (%)</source>
        <translation>Anteil am Split (%)</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::EvaluationPanel</name>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="98"/>
        <source>A predictions.csv written by evaluation (path, label, predicted, prob_&lt;class&gt;..., attributes)</source>
        <translation>Eine von der Auswertung geschriebene predictions.csv (path, label, predicted, prob_&lt;Klasse&gt;..., Attribute)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="99"/>
        <source>Predictions file; press Enter to load</source>
        <translation>Vorhersagedatei; Eingabetaste lädt sie</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="100"/>
        <source>Open predictions…</source>
        <translation>Vorhersagen öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="101"/>
        <source>Open a predictions.csv (Ctrl+E)</source>
        <translation>Eine predictions.csv öffnen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="107"/>
        <source>Binary models: predict the positive class when its probability is at least this</source>
        <translation>Binäre Modelle: die positive Klasse vorhersagen, wenn ihre Wahrscheinlichkeit mindestens diesen Wert hat</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="115"/>
        <source>Threshold presets computed on this data</source>
        <translation>Auf diesen Daten berechnete Schwellenwert-Vorgaben</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="124"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="137"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="138"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="825"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="139"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="824"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="143"/>
        <source>Click a cell to see its images</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Bilder zu sehen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="144"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="145"/>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="146"/>
        <source>Colour by share of each actual class (recall on the diagonal)</source>
        <translation>Nach dem Anteil jeder tatsächlichen Klasse färben (Recall auf der Diagonale)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="155"/>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="160"/>
        <source>Open a predictions.csv to see its confusion matrix, metrics, curves and errors.</source>
        <translation>Öffnen Sie eine predictions.csv, um ihre Konfusionsmatrix, Metriken, Kurven und Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="233"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="233"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="165"/>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="199"/>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="200"/>
        <source>Show every misclassified image instead of one cell</source>
        <translation>Alle falsch klassifizierten Bilder statt einer Zelle zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="208"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="813"/>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Bild, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="230"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="230"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="231"/>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="234"/>
        <source>Precision–recall curve</source>
        <translation>Präzision-Recall-Kurve</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="236"/>
        <source>Confidence (probability of the predicted class)</source>
        <translation>Konfidenz (Wahrscheinlichkeit der vorhergesagten Klasse)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="236"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="721"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="237"/>
        <source>Reliability diagram</source>
        <translation>Zuverlässigkeitsdiagramm</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="251"/>
        <source>Group the predictions by this attribute (numbers such as age and yaw go into bands)</source>
        <translation>Die Vorhersagen nach diesem Attribut gruppieren (Zahlen wie Alter und Gierwinkel kommen in Bereiche)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="261"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="271"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="272"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="273"/>
        <source>Slices</source>
        <translation>Teilmengen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="294"/>
        <source>Cannot show the image: %1</source>
        <translation>Das Bild kann nicht gezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="297"/>
        <source>%1: cannot decode: %2</source>
        <translation>%1: kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="337"/>
        <source>Evaluation cancelled</source>
        <translation>Auswertung abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="346"/>
        <source>The misclassified images appear here, most confident first.</source>
        <translation>Hier erscheinen die falsch klassifizierten Bilder, die sichersten zuerst.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="360"/>
        <source>Open predictions</source>
        <translation>Vorhersagen öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="361"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>Vorhersagen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="373"/>
        <source>Evaluating %1</source>
        <translation>%1 wird ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="388"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="390"/>
        <source>Evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="391"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="404"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="394"/>
        <source>Cannot open the predictions</source>
        <translation>Die Vorhersagen können nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="395"/>
        <source>%1

Choose a predictions.csv written by evaluation: path, label, predicted and one prob_&lt;class&gt; column per class.</source>
        <translation>%1

Wählen Sie eine von der Auswertung geschriebene predictions.csv: path, label, predicted und eine prob_&lt;Klasse&gt;-Spalte pro Klasse.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="421"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="448"/>
        <source>Evaluated %1 predictions from %2</source>
        <translation>%1 Vorhersagen aus %2 ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="456"/>
        <source>File&apos;s predictions</source>
        <translation>Vorhersagen der Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="457"/>
        <source>The predicted column as written in the file</source>
        <translation>Die Spalte predicted, wie sie in der Datei steht</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="458"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="463"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="464"/>
        <source>Best accuracy</source>
        <translation>Beste Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="465"/>
        <source>Youden&apos;s J</source>
        <translation>Youden-J</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="466"/>
        <source>Max-min recall</source>
        <translation>Max-min-Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="468"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="470"/>
        <source>accuracy %1, recall %2 %3, recall %4 %5</source>
        <translation>Genauigkeit %1, Recall %2 %3, Recall %4 %5</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="658"/>
        <source>Confusion matrix at threshold %1</source>
        <translation>Konfusionsmatrix beim Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="659"/>
        <source>Confusion matrix (%1 predictions)</source>
        <translation>Konfusionsmatrix (%1 Vorhersagen)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="667"/>
        <source>&lt;b&gt;Accuracy&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Genauigkeit&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="667"/>
        <source>&lt;b&gt;balanced&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;balanciert&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="668"/>
        <source>&lt;b&gt;min recall&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;min. Recall&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="668"/>
        <source>&lt;b&gt;macro F1&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Makro-F1&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="669"/>
        <source>&lt;b&gt;weighted F1&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;gewichteter F1&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="672"/>
        <source>ROC AUC %1</source>
        <translation>ROC-AUC %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="673"/>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="674"/>
        <source>ECE %1</source>
        <translation>ECE %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="675"/>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="703"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="704"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="718"/>
        <source>This predictions file has no attribute columns to group by.</source>
        <translation>Diese Vorhersagedatei hat keine Attributspalten zum Gruppieren.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="721"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="721"/>
        <source>Balanced acc.</source>
        <translation>Bal. Gen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="723"/>
        <source>Recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="724"/>
        <source>Min recall</source>
        <translation>Min. Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="739"/>
        <source>Grouped by the values of %1.</source>
        <translation>Gruppiert nach den Werten von %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="740"/>
        <source>Grouped by %1 (%2).</source>
        <translation>Gruppiert nach %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="742"/>
        <source>Largest accuracy gap between groups of at least 10 images: %1.</source>
        <translation>Größter Genauigkeitsunterschied zwischen Gruppen mit mindestens 10 Bildern: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="774"/>
        <source>&lt;b&gt;%1&lt;/b&gt; predicted correctly: %2 images, most confident first</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; richtig vorhergesagt: %2 Bilder, die sichersten zuerst</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="775"/>
        <source>Actual &lt;b&gt;%1&lt;/b&gt;, predicted &lt;b&gt;%2&lt;/b&gt;: %3 images, most confident first</source>
        <translation>Tatsächlich &lt;b&gt;%1&lt;/b&gt;, vorhergesagt &lt;b&gt;%2&lt;/b&gt;: %3 Bilder, die sichersten zuerst</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="778"/>
        <source>All &lt;b&gt;%1&lt;/b&gt; misclassified images, most confident first. Click a matrix cell to see only its images.</source>
        <translation>Alle &lt;b&gt;%1&lt;/b&gt; falsch klassifizierten Bilder, die sichersten zuerst. Klicken Sie auf eine Matrixzelle, um nur ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="822"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="823"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="826"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="828"/>
        <source>p(%1)</source>
        <translation>p(%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="832"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="851"/>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="868"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="872"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="880"/>
        <source>operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="898"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="898"/>
        <source>file&apos;s predictions</source>
        <translation>Vorhersagen der Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="923"/>
        <source>accuracy per bin (ECE %1, MCE %2)</source>
        <translation>Genauigkeit pro Intervall (ECE %1, MCE %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="935"/>
        <source>at mean confidence of the bin</source>
        <translation>bei mittlerer Konfidenz des Intervalls</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="939"/>
        <source>perfectly calibrated</source>
        <translation>perfekt kalibriert</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::GalleryModel</name>
    <message>
        <location filename="../src/ui/evaluation/gallery_model.cpp" line="15"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/gallery_model.cpp" line="58"/>
        <source>%1
actual: %2
predicted: %3 (probability %4)</source>
        <translation>%1
tatsächlich: %2
vorhergesagt: %3 (Wahrscheinlichkeit %4)</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/main_window.cpp" line="43"/>
        <location filename="../src/ui/main_window.cpp" line="380"/>
        <source>MaskBench</source>
        <translation>MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="65"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="66"/>
        <location filename="../src/ui/main_window.cpp" line="67"/>
        <source>Masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="70"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="71"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="67"/>
        <source>The mask preview with landmarks is not built yet. The engine behind it works from the command line: `maskbench-cli augment SOURCE --out DIR` finds the landmarks, masks every face and checks the coverage.</source>
        <translation>Die Maskenvorschau mit Landmarken ist noch nicht gebaut. Die Technik dahinter funktioniert auf der Kommandozeile: `maskbench-cli augment QUELLE --out ORDNER` findet die Landmarken, maskiert jedes Gesicht und prüft die Abdeckung.</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="76"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="109"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="114"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="120"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="121"/>
        <source>Cancel the running job (Esc)</source>
        <translation>Die laufende Aufgabe abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="195"/>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="200"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="201"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="203"/>
        <source>Make a project folder for a dataset, its split, landmark cache, masked images and runs</source>
        <translation>Einen Projektordner für einen Datensatz, seinen Split, den Landmarken-Cache, maskierte Bilder und Läufe anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="205"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="207"/>
        <source>Open a project folder (one that holds a project.json)</source>
        <translation>Einen Projektordner öffnen (einen, der eine project.json enthält)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="209"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="210"/>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="215"/>
        <source>Open dataset &amp;folder…</source>
        <translation>Datensatz&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="217"/>
        <source>Open a folder per class, Adience or UTKFace in the Dataset panel</source>
        <translation>Einen Ordner pro Klasse, Adience oder UTKFace im Datensatzbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="219"/>
        <source>Open &amp;CSV manifest…</source>
        <translation>&amp;CSV-Manifest öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="220"/>
        <source>Open a CSV manifest or a split in the Dataset panel</source>
        <translation>Ein CSV-Manifest oder einen Split im Datensatzbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="223"/>
        <source>Open &amp;predictions…</source>
        <translation>&amp;Vorhersagen öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="225"/>
        <source>Open a predictions.csv in the Evaluation panel</source>
        <translation>Eine predictions.csv im Auswertungsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="228"/>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="231"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="249"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="250"/>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="257"/>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="267"/>
        <source>S&amp;top training</source>
        <translation>Training b&amp;eenden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="284"/>
        <source>&amp;About MaskBench</source>
        <translation>&amp;Über MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="287"/>
        <source>About MaskBench</source>
        <translation>Über MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="288"/>
        <source>&lt;b&gt;MaskBench %1&lt;/b&gt;&lt;p&gt;Train and inspect image classifiers on masked faces: datasets, mask overlays, training and evaluation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskBench %1&lt;/b&gt;&lt;p&gt;Bildklassifikatoren auf maskierten Gesichtern trainieren und untersuchen: Datensätze, Maskenüberlagerungen, Training und Auswertung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="306"/>
        <source>Open project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="315"/>
        <source>Project %1 created in %2</source>
        <translation>Projekt %1 in %2 angelegt</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="317"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="326"/>
        <location filename="../src/ui/main_window.cpp" line="333"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="326"/>
        <source>A run is being trained: stop it before you switch projects.</source>
        <translation>Ein Lauf wird gerade trainiert: beenden Sie ihn, bevor Sie das Projekt wechseln.</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="339"/>
        <source>Project %1 opened (%2)</source>
        <translation>Projekt %1 geöffnet (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="343"/>
        <source>Project opened with problems</source>
        <translation>Projekt mit Problemen geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="344"/>
        <source>%1

Fix the path in project.json, or open the dataset again from the Dataset panel.</source>
        <translation>%1

Korrigieren Sie den Pfad in project.json oder öffnen Sie den Datensatz erneut im Datensatzbereich.</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="355"/>
        <source>%1 — MaskBench</source>
        <translation>%1 — MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="376"/>
        <source>Project %1 closed</source>
        <translation>Projekt %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="400"/>
        <source>Project %1: split manifest is now %2</source>
        <translation>Projekt %1: das Split-Manifest ist jetzt %2</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="420"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="445"/>
        <source> — %1 of %2</source>
        <translation> — %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="447"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="470"/>
        <source>Stop training?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="471"/>
        <source>A run is being trained. Stop it and quit? Its last checkpoint stays, and Resume run in the Training panel continues it.</source>
        <translation>Ein Lauf wird gerade trainiert. Beenden und MaskBench schließen? Sein letzter Checkpoint bleibt erhalten, und „Lauf fortsetzen“ im Trainingsbereich setzt ihn fort.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::NewProjectDialog</name>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="38"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="40"/>
        <source>e.g. Masked gender study</source>
        <translation>z. B. Geschlechterstudie mit Masken</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="41"/>
        <source>A name for the project, shown in the title bar and the recent list</source>
        <translation>Ein Name für das Projekt, angezeigt in der Titelleiste und in der Liste der zuletzt geöffneten</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="43"/>
        <source>An empty or new folder: project.json, runs/, augmented/ and cache/ go here</source>
        <translation>Ein leerer oder neuer Ordner: project.json, runs/, augmented/ und cache/ kommen hierher</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="46"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="47"/>
        <source>Choose the project folder</source>
        <translation>Den Projektordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="49"/>
        <source>optional: a dataset folder or CSV manifest</source>
        <translation>optional: ein Datensatzordner oder CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="50"/>
        <source>The dataset the project studies; it stays where it is</source>
        <translation>Der Datensatz, den das Projekt untersucht; er bleibt, wo er ist</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="51"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="52"/>
        <source>Choose a dataset folder</source>
        <translation>Einen Datensatzordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="53"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="54"/>
        <source>Choose a CSV manifest</source>
        <translation>Ein CSV-Manifest wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="59"/>
        <source>Source layout; auto guesses from the files</source>
        <translation>Aufbau der Quelle; auto errät ihn aus den Dateien</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="65"/>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="66"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="67"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="71"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="81"/>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="86"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="91"/>
        <source>CSV manifest</source>
        <translation>CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="91"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="109"/>
        <source>Choose a folder for the project.</source>
        <translation>Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="111"/>
        <source>%1 already holds a project: use File &gt; Open project.</source>
        <translation>%1 enthält schon ein Projekt: verwenden Sie Datei &gt; Projekt öffnen.</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="113"/>
        <source>The dataset %1 does not exist.</source>
        <translation>Der Datensatz %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::SettingsDialog</name>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="40"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="42"/>
        <source>dlib&apos;s 68-point shape predictor (.dat); Debian&apos;s libdlib-data installs it</source>
        <translation>dlibs 68-Punkte-Shape-Predictor (.dat); Debians libdlib-data installiert ihn</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="49"/>
        <source>auto uses the first CUDA device when LibTorch has one, else the CPU</source>
        <translation>auto verwendet das erste CUDA-Gerät, wenn LibTorch eines hat, sonst die CPU</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="52"/>
        <source>one per core (%1)</source>
        <translation>einer pro Kern (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="57"/>
        <location filename="../src/ui/common/settings_dialog.cpp" line="62"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="63"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="64"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="66"/>
        <source>Reopen the last project at start</source>
        <translation>Das letzte Projekt beim Start wieder öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="70"/>
        <source>Landmark model:</source>
        <translation>Landmarkenmodell:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="71"/>
        <source>dlib 68-point landmark model</source>
        <translation>dlib-Landmarkenmodell mit 68 Punkten</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="71"/>
        <source>dlib models (*.dat)</source>
        <translation>dlib-Modelle (*.dat)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="74"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="75"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="76"/>
        <source>Cache folder:</source>
        <translation>Cache-Ordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="77"/>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="79"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="80"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="81"/>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="82"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="111"/>
        <source>Found (%1 MB).</source>
        <translation>Gefunden (%1 MB).</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="113"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Not found. Install Debian&apos;s libdlib-data (/usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;Nicht gefunden. Installieren Sie Debians libdlib-data (/usr/share/dlib/shape_predictor_68_face_landmarks.dat) oder wählen Sie die .dat-Datei.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::SplitDialog</name>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="20"/>
        <source>Split the dataset</source>
        <translation>Datensatz aufteilen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="37"/>
        <source>The same seed gives the same split on every machine</source>
        <translation>Derselbe Seed ergibt auf jedem Rechner denselben Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="38"/>
        <source>Keep images that are missing or unreadable (label-only planning)</source>
        <translation>Fehlende oder unlesbare Bilder behalten (Planung nur mit Labels)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="39"/>
        <source>Keep byte-identical files together (reads every file once)</source>
        <translation>Byte-identische Dateien zusammenhalten (liest jede Datei einmal)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="42"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="44"/>
        <source>Save the split manifest</source>
        <translation>Das Split-Manifest speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="44"/>
        <source>CSV manifests (*.csv)</source>
        <translation>CSV-Manifeste (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="55"/>
        <source>Train share:</source>
        <translation>Anteil Training:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="56"/>
        <source>Validation share:</source>
        <translation>Anteil Validierung:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="57"/>
        <source>Test share:</source>
        <translation>Anteil Test:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="58"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="61"/>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="64"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="70"/>
        <source>Stratified by class; one identity, user or file never lands in two splits.</source>
        <translation>Nach Klasse stratifiziert; eine Identität, ein Nutzer oder eine Datei landet nie in zwei Splits.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="82"/>
        <source>The shares add up to %1; they must add up to 1.</source>
        <translation>Die Anteile ergeben zusammen %1; sie müssen 1 ergeben.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="84"/>
        <source>The training share must be above 0.</source>
        <translation>Der Trainingsanteil muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="86"/>
        <source>Choose where to write the manifest.</source>
        <translation>Wählen Sie, wohin das Manifest geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::ThumbnailModel</name>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="14"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="15"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="90"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="92"/>
        <source>split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/thumbnail_model.cpp" line="94"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::TrainingPanel</name>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="234"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="239"/>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="280"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="281"/>
        <source>Levi-Hassner from scratch (quick)</source>
        <translation>Levi-Hassner, neu (schnell)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="282"/>
        <source>InceptionV3, frozen (study)</source>
        <translation>InceptionV3, eingefroren (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="283"/>
        <source>InceptionV3, fine-tuned (study)</source>
        <translation>InceptionV3, Feintuning (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="284"/>
        <source>ResNet50V2, frozen (study)</source>
        <translation>ResNet50V2, eingefroren (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="285"/>
        <source>ResNet50V2, fine-tuned (study)</source>
        <translation>ResNet50V2, Feintuning (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="286"/>
        <source>Fill the form with one of the study&apos;s configurations (RMSprop, learning rate 1e-4, batch 256; slow on a CPU: lower the batch or the input size for a trial) or a quick Levi-Hassner run</source>
        <translation>Das Formular mit einer der Konfigurationen der Studie füllen (RMSprop, Lernrate 1e-4, Batch 256; langsam auf einer CPU: für einen Versuch Batch oder Eingabegröße verkleinern) oder mit einem schnellen Levi-Hassner-Lauf</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="290"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="293"/>
        <source>Run configuration</source>
        <translation>Laufkonfiguration</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="298"/>
        <source>split manifest (path,label,split CSV)</source>
        <translation>Split-Manifest (CSV mit path,label,split)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="299"/>
        <source>The CSV that the Dataset panel&apos;s Split or `maskbench-cli dataset split` wrote; training uses its train and val rows</source>
        <translation>Die CSV, die „Aufteilen“ im Datensatzbereich oder `maskbench-cli dataset split` geschrieben hat; das Training verwendet ihre train- und val-Zeilen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="300"/>
        <location filename="../src/ui/training/training_panel.cpp" line="402"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="301"/>
        <source>Choose the split manifest</source>
        <translation>Das Split-Manifest wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="304"/>
        <source>Split manifest</source>
        <translation>Split-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="305"/>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation>CSV-Manifeste (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="312"/>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="317"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="318"/>
        <source>Column of the manifest with the class (default: label)</source>
        <translation>Spalte des Manifests mit der Klasse (Standard: label)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="319"/>
        <source>&amp;Label column:</source>
        <translation>&amp;Labelspalte:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="322"/>
        <source>Levi-Hassner</source>
        <translation>Levi-Hassner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="323"/>
        <source>ResNet50V2</source>
        <translation>ResNet50V2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="324"/>
        <source>InceptionV3</source>
        <translation>InceptionV3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="325"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="329"/>
        <source>model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="330"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="331"/>
        <source>Square input size; default 227 (Levi-Hassner), 224 (ResNet50V2), 299 (InceptionV3). Minimum 35, 32 and 75</source>
        <translation>Quadratische Eingabegröße; Standard 227 (Levi-Hassner), 224 (ResNet50V2), 299 (InceptionV3). Minimum 35, 32 und 75</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="333"/>
        <source>&amp;Input size:</source>
        <translation>&amp;Eingabegröße:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="338"/>
        <source>flatten: the study&apos;s Flatten, Dense 1024, Dropout 0.5; gap: global average pooling first; levi: Levi &amp; Hassner&apos;s two 512-unit layers; default: levi for Levi-Hassner, flatten otherwise</source>
        <translation>flatten: Flatten, Dense 1024, Dropout 0,5 wie in der Studie; gap: zuerst globales Average-Pooling; levi: die zwei 512er-Schichten von Levi &amp; Hassner; default: levi für Levi-Hassner, sonst flatten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="340"/>
        <source>&amp;Head:</source>
        <translation>&amp;Kopf:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="344"/>
        <source>head default</source>
        <translation>Kopfstandard</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="345"/>
        <source>Units of the head&apos;s dense layer(s); default 1024 (study) or 512 (Levi-Hassner)</source>
        <translation>Neuronen der Dense-Schicht(en) des Kopfes; Standard 1024 (Studie) oder 512 (Levi-Hassner)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="346"/>
        <source>Hidden &amp;units:</source>
        <translation>&amp;Neuronen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="349"/>
        <source>Schedule POLICY:EPOCHS,… with policies frozen, finetune, full, from:STAGE; e.g. frozen:10,finetune:10. Each stage starts a fresh optimizer</source>
        <translation>Zeitplan STRATEGIE:EPOCHEN,… mit den Strategien frozen, finetune, full, from:STUFE; z. B. frozen:10,finetune:10. Jede Stufe beginnt mit einem neuen Optimierer</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="352"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="356"/>
        <source>Total epochs; changing it changes the last stage of the schedule</source>
        <translation>Epochen insgesamt; eine Änderung ändert die letzte Stufe des Zeitplans</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="358"/>
        <source>&amp;Epochs:</source>
        <translation>Epoc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="362"/>
        <source>rmsprop with Keras&apos; defaults (the study), adam, or sgd with momentum 0.9</source>
        <translation>rmsprop mit den Keras-Standardwerten (die Studie), adam oder sgd mit Momentum 0,9</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="363"/>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="366"/>
        <source>Learning rate, e.g. 1e-4</source>
        <translation>Lernrate, z. B. 1e-4</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="367"/>
        <source>Learning &amp;rate:</source>
        <translation>Lernr&amp;ate:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="371"/>
        <source>Images per batch (the study: 256; on a CPU a smaller batch shows progress sooner)</source>
        <translation>Bilder pro Batch (die Studie: 256; auf einer CPU zeigt ein kleinerer Batch früher Fortschritt)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="372"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="378"/>
        <source>Random width and height shift, as a fraction of the size (Keras&apos; width/height_shift_range; the study: 0.1)</source>
        <translation>Zufällige Verschiebung in Breite und Höhe als Anteil der Größe (width/height_shift_range von Keras; die Studie: 0,1)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="379"/>
        <source>S&amp;hifts:</source>
        <translation>Vers&amp;chiebung:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="380"/>
        <source>Random horizontal &amp;flips</source>
        <translation>Zufällig spie&amp;geln</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="386"/>
        <source>auto, cpu, cuda or cuda:N</source>
        <translation>auto, cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="387"/>
        <source>&amp;Device:</source>
        <translation>Ger&amp;ät:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="391"/>
        <source>Seed for weights, data order, augmentation and dropout</source>
        <translation>Seed für Gewichte, Datenreihenfolge, Augmentierung und Dropout</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="392"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="396"/>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="397"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="400"/>
        <source>automatic, in the runs folder</source>
        <translation>automatisch, im Läufe-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="401"/>
        <source>Folder the run writes (config.json, metrics.csv, events.jsonl, checkpoints); it must not hold a run yet</source>
        <translation>Ordner, in den der Lauf schreibt (config.json, metrics.csv, events.jsonl, Checkpoints); er darf noch keinen Lauf enthalten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="404"/>
        <source>Choose the run folder</source>
        <translation>Den Laufordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="406"/>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="413"/>
        <source>Run &amp;folder:</source>
        <translation>Laufordne&amp;r:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="425"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="427"/>
        <source>Start a new run with this configuration (Ctrl+Enter)</source>
        <translation>Einen neuen Lauf mit dieser Konfiguration starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="428"/>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="430"/>
        <source>Pause after the current batch (Ctrl+P)</source>
        <translation>Nach dem aktuellen Batch pausieren (Strg+P)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="431"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="433"/>
        <source>Continue the paused run (Ctrl+Shift+P)</source>
        <translation>Den pausierten Lauf fortsetzen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="434"/>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="436"/>
        <source>Stop after the current batch; the checkpoint of the last finished epoch stays, and Resume run in the run list continues from it (Ctrl+.)</source>
        <translation>Nach dem aktuellen Batch anhalten; der Checkpoint der letzten abgeschlossenen Epoche bleibt, und „Lauf fortsetzen“ in der Laufliste setzt dort fort (Strg+.)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="457"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="468"/>
        <source>train, per batch (smoothed)</source>
        <translation>Training, pro Batch (geglättet)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="469"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="470"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="471"/>
        <source>overlay train</source>
        <translation>Overlay Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="472"/>
        <source>overlay validation</source>
        <translation>Overlay Validierung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="499"/>
        <source>No run yet: fill the form and press Start, or open a run below</source>
        <translation>Noch kein Lauf: füllen Sie das Formular aus und drücken Sie Starten, oder öffnen Sie unten einen Lauf</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="508"/>
        <source>epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="509"/>
        <source>Epochs finished</source>
        <translation>Abgeschlossene Epochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="511"/>
        <source>batch %v of %m</source>
        <translation>Batch %v von %m</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="512"/>
        <source>Batches of the current epoch</source>
        <translation>Batches der aktuellen Epoche</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="515"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="517"/>
        <source>Batches:</source>
        <translation>Batches:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="526"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="526"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="527"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="527"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="561"/>
        <source>Folder whose subfolders are runs (each with config.json and metrics.csv)</source>
        <translation>Ordner, dessen Unterordner Läufe sind (jeder mit config.json und metrics.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="563"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="564"/>
        <source>Choose the folder that holds the runs</source>
        <translation>Den Ordner mit den Läufen wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="566"/>
        <source>Runs folder</source>
        <translation>Läufe-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="570"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="571"/>
        <source>List the runs again</source>
        <translation>Die Läufe neu auflisten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="574"/>
        <source>Runs folder:</source>
        <translation>Läufe-Ordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Best val. accuracy</source>
        <translation>Beste Val.-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="582"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="589"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="590"/>
        <source>Show the selected run&apos;s configuration and curves (double-click)</source>
        <translation>Konfiguration und Kurven des gewählten Laufs zeigen (Doppelklick)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="592"/>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="593"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>Den gewählten angehaltenen Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="595"/>
        <source>Overlay</source>
        <translation>Überlagern</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="596"/>
        <source>Draw the selected run&apos;s epoch curves, dashed, over the current ones</source>
        <translation>Die Epochenkurven des gewählten Laufs gestrichelt über die aktuellen zeichnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="598"/>
        <source>Clear overlay</source>
        <translation>Überlagerung entfernen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="600"/>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="602"/>
        <source>Follow the selected run while another process (maskbench-cli train) writes it</source>
        <translation>Dem gewählten Lauf folgen, während ein anderer Prozess (maskbench-cli train) ihn schreibt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="694"/>
        <source>Choose the split manifest to train on (the CSV that the Dataset panel&apos;s Split wrote)</source>
        <translation>Das Split-Manifest für das Training wählen (die CSV, die „Aufteilen“ im Datensatzbereich geschrieben hat)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="696"/>
        <source>The manifest %1 does not exist or is not a file. Choose the CSV that the Dataset panel&apos;s Split or `maskbench-cli dataset split` wrote</source>
        <translation>Das Manifest %1 existiert nicht oder ist keine Datei. Wählen Sie die CSV, die „Aufteilen“ im Datensatzbereich oder `maskbench-cli dataset split` geschrieben hat</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="709"/>
        <source>The learning rate &quot;%1&quot; is not a positive number (write e.g. 1e-4)</source>
        <translation>Die Lernrate „%1“ ist keine positive Zahl (schreiben Sie z. B. 1e-4)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="721"/>
        <source>%1 already holds a run: choose another run folder, or select the run in the run list and press Resume run</source>
        <translation>%1 enthält schon einen Lauf: wählen Sie einen anderen Laufordner oder wählen Sie den Lauf in der Laufliste und drücken Sie „Lauf fortsetzen“</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="766"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="769"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="793"/>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="795"/>
        <source>starting %1 on %2 into %3</source>
        <translation>%1 startet auf %2 nach %3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="797"/>
        <source>Training: starting</source>
        <translation>Training: startet</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="810"/>
        <source>%1 has finished all %2 epochs; there is nothing to resume</source>
        <translation>%1 hat alle %2 Epochen abgeschlossen; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="814"/>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="815"/>
        <source>resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="817"/>
        <source>Training: resuming</source>
        <translation>Training: wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="826"/>
        <source>pausing after the current batch</source>
        <translation>pausiert nach dem aktuellen Batch</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="835"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="844"/>
        <source>stopping after the current batch</source>
        <translation>hält nach dem aktuellen Batch an</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="845"/>
        <source>Training: stopping</source>
        <translation>Training: hält an</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="868"/>
        <location filename="../src/ui/training/training_panel.cpp" line="881"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1289"/>
        <source>%1 images/s
ETA %2 · stage %3</source>
        <translation>%1 Bilder/s
ETA %2 · Stufe %3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="870"/>
        <source>Training paused: epoch %1/%2</source>
        <translation>Training pausiert: Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="871"/>
        <source>Training epoch %1/%2</source>
        <translation>Training Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="882"/>
        <source>epoch %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9</source>
        <translation>Epoche %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="886"/>
        <source>  (best so far)</source>
        <translation>  (bisher beste)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="892"/>
        <source>stage %1 from epoch %2: %3 trainable, %4 frozen parameters</source>
        <translation>Stufe %1 ab Epoche %2: %3 trainierbare, %4 eingefrorene Parameter</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="906"/>
        <source>Training stopped after %1 epoch(s); best val. accuracy %2 (epoch %3). Resume run continues it</source>
        <translation>Training nach %1 Epoche(n) angehalten; beste Val.-Genauigkeit %2 (Epoche %3). „Lauf fortsetzen“ setzt es fort</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="908"/>
        <source>Training finished: %1 epoch(s), best val. accuracy %2 (epoch %3), %4 s</source>
        <translation>Training fertig: %1 Epoche(n), beste Val.-Genauigkeit %2 (Epoche %3), %4 s</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="911"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="911"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1085"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="911"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1081"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="920"/>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="923"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="943"/>
        <source>Training paused</source>
        <translation>Training pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1002"/>
        <source>train, %1</source>
        <translation>Training, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1003"/>
        <source>validation, %1</source>
        <translation>Validierung, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1026"/>
        <source>best: epoch %1
val. acc. %2</source>
        <translation>beste: Epoche %1
Val.-Gen. %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1079"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1083"/>
        <source>following</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1087"/>
        <source>being written</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1089"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1095"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1096"/>
        <source>%1 (epoch %2)</source>
        <translation>%1 (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1122"/>
        <source>A run is going: stop it before opening another (Overlay draws another run beside it)</source>
        <translation>Ein Lauf läuft: beenden Sie ihn, bevor Sie einen anderen öffnen (Überlagern zeichnet einen anderen Lauf daneben)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1140"/>
        <location filename="../src/ui/training/training_panel.cpp" line="1203"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1152"/>
        <source>%1 — %2 of %3 epochs</source>
        <translation>%1 — %2 von %3 Epochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1154"/>
        <source>Opened run %1: %2 of %3 epochs, best val. accuracy %4 (epoch %5)</source>
        <translation>Lauf %1 geöffnet: %2 von %3 Epochen, beste Val.-Genauigkeit %4 (Epoche %5)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1157"/>
        <source>Opened run %1: no finished epoch yet</source>
        <translation>Lauf %1 geöffnet: noch keine abgeschlossene Epoche</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1186"/>
        <source>%1 holds no run yet (no config.json)</source>
        <translation>%1 enthält noch keinen Lauf (keine config.json)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1208"/>
        <source>Following %1 (written by another process)</source>
        <translation>%1 wird verfolgt (von einem anderen Prozess geschrieben)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1209"/>
        <source>Following run %1 as another process writes it</source>
        <translation>Lauf %1 wird verfolgt, während ein anderer Prozess ihn schreibt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="1290"/>
        <source>%1 images/s
stage %2</source>
        <translation>%1 Bilder/s
Stufe %2</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::WelcomePage</name>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="22"/>
        <source>&lt;h1&gt;Welcome to MaskBench&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei MaskBench&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="24"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Dataset&lt;/b&gt;: open a folder per class, a CSV manifest, Adience or UTKFace; check the classes and problems; make a split where no identity crosses sides.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Masks&lt;/b&gt;: find 68 landmarks with dlib and draw surgical, cloth, N95, KN95 or patterned masks, half by half, so turned heads still fit.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training and evaluation&lt;/b&gt;: fine-tune ResNet50V2 or InceptionV3 with live plots, then read the confusion matrix and the misclassified images per class.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Datensatz&lt;/b&gt;: einen Ordner pro Klasse, ein CSV-Manifest, Adience oder UTKFace öffnen; Klassen und Probleme prüfen; einen Split erstellen, bei dem keine Identität die Seiten wechselt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Masken&lt;/b&gt;: 68 Landmarken mit dlib finden und OP-, Stoff-, N95-, KN95- oder gemusterte Masken zeichnen, Hälfte für Hälfte, damit sie auch bei gedrehten Köpfen passen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training und Auswertung&lt;/b&gt;: ResNet50V2 oder InceptionV3 mit Live-Diagrammen feinabstimmen, dann die Konfusionsmatrix und die falsch klassifizierten Bilder pro Klasse lesen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="33"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="34"/>
        <source>A project folder keeps the dataset, split, landmark cache, masked images and runs together (Ctrl+N)</source>
        <translation>Ein Projektordner hält Datensatz, Split, Landmarken-Cache, maskierte Bilder und Läufe zusammen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="35"/>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="36"/>
        <source>Open a folder that holds a project.json (Ctrl+O)</source>
        <translation>Einen Ordner öffnen, der eine project.json enthält (Strg+O)</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="37"/>
        <source>Open a dataset folder…</source>
        <translation>Einen Datensatzordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="38"/>
        <source>Open a folder per class, Adience or UTKFace without a project (Ctrl+D)</source>
        <translation>Einen Ordner pro Klasse, Adience oder UTKFace ohne Projekt öffnen (Strg+D)</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="39"/>
        <source>Open a CSV manifest…</source>
        <translation>Ein CSV-Manifest öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="40"/>
        <source>Open a CSV manifest or a split without a project (Ctrl+Shift+O)</source>
        <translation>Ein CSV-Manifest oder einen Split ohne Projekt öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="42"/>
        <location filename="../src/ui/welcome_page.cpp" line="45"/>
        <source>Double-click to open</source>
        <translation>Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="63"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="65"/>
        <source>&lt;b&gt;Recent datasets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Datensätze&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="97"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="100"/>
        <location filename="../src/ui/welcome_page.cpp" line="114"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="105"/>
        <source>None yet: File &gt; New project makes one.</source>
        <translation>Noch keine: Datei &gt; Neues Projekt legt eines an.</translation>
    </message>
    <message>
        <location filename="../src/ui/welcome_page.cpp" line="119"/>
        <source>None yet: open a dataset to begin.</source>
        <translation>Noch keine: öffnen Sie einen Datensatz, um zu beginnen.</translation>
    </message>
</context>
</TS>
