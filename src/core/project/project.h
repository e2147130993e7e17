#pragma once
// A project (workspace): one folder that holds what a study needs, described by its project.json:
// the dataset source and its format, the split manifest, the landmark cache, the folder for
// augmented (masked) outputs and the runs folder.
//
// Contract:
//  - Paths inside the project folder are written relative to it, so a project folder can be moved
//    or copied whole; paths outside (the dataset, usually) are written absolute. In memory every
//    path is absolute.
//  - create() makes the folder, its runs/, augmented/ and cache/ folders and project.json; it
//    throws Error when the folder already holds a project.json or cannot be written.
//  - open() takes the folder or its project.json; it throws Error naming project.json when the
//    file is missing, unreadable, not JSON, or lacks a name. Output folders (runs, augmented, the
//    cache's folder) that were deleted are made again; inputs that are missing (the dataset source,
//    the split manifest) are not fatal: problems() lists them, each naming project.json.
//  - The landmark cache of the open project is process-wide state (setActiveLandmarkCache):
//    LandmarkCache::defaultPath() prefers it, so the GUI's jobs and the Masks panel use it.

#include <QString>
#include <QStringList>

namespace maskbench {

struct Project
{
    QString folder;        // absolute
    QString name;
    QString datasetSource; // folder or file; may be empty
    QString datasetFormat = QStringLiteral("auto"); // auto, folder, csv, adience, utkface
    QString labelColumn;   // CSV sources: the column that holds the class; empty = the reader's default
    QString splitManifest; // empty = none yet (the default path is splits/split.csv)
    QString landmarkCache; // SQLite file
    QString augmentedDir;
    QString runsDir;

    static QString fileName() { return QStringLiteral("project.json"); }
    QString filePath() const;
    QString defaultSplitManifest() const;

    // Missing inputs found by open() (each message names project.json and the path).
    QStringList problems;

    static Project create(const QString &folder, const QString &name, const QString &datasetSource = QString(),
                          const QString &datasetFormat = QStringLiteral("auto"), const QString &labelColumn = QString());
    static Project open(const QString &folderOrFile);
    // Writes project.json (relative paths inside the folder); throws Error when it cannot.
    void save() const;
};

// Puts path at the front of the recent projects (no duplicates, at most 10) and makes it the last project.
void rememberRecentProject(const QString &folder);

void setActiveLandmarkCache(const QString &file);
QString activeLandmarkCache(); // empty when no project is open

} // namespace maskbench
