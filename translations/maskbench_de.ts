<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
