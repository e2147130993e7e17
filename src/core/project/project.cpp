#include "core/project/project.h"

#include "core/common/error.h"
#include "core/common/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>

namespace maskbench {

namespace {

constexpr int kVersion = 1;

// This file's messages: looked up under "Project" and extracted there by lupdate.
struct ProjectTr
{
    Q_DECLARE_TR_FUNCTIONS(Project)
};

// Relative when inside the project folder, absolute otherwise; empty stays empty.
QString toStored(const QDir &root, const QString &path)
{
    if (path.isEmpty())
        return path;
    const QString abs = QDir::cleanPath(QDir(root).absoluteFilePath(path));
    const QString rel = root.relativeFilePath(abs);
    return rel.startsWith(QLatin1String("..")) ? abs : rel;
}

QString fromStored(const QDir &root, const QString &stored)
{
    return stored.isEmpty() ? stored : QDir::cleanPath(root.absoluteFilePath(stored));
}

void makeFolder(const QString &path, const QString &file)
{
    if (!QDir().mkpath(path))
        throw Error(ProjectTr::tr("%1: cannot create the folder %2").arg(file, path));
}

QMutex s_cacheMutex;
QString s_activeCache;

} // namespace

QString Project::filePath() const { return QDir(folder).filePath(fileName()); }

QString Project::defaultSplitManifest() const { return QDir(folder).filePath(QStringLiteral("splits/split.csv")); }

Project Project::create(const QString &folder, const QString &name, const QString &datasetSource, const QString &datasetFormat,
                        const QString &labelColumn)
{
    Project p;
    p.folder = QDir::cleanPath(QDir(folder).absolutePath());
    p.name = name.trimmed().isEmpty() ? QFileInfo(p.folder).fileName() : name.trimmed();
    if (QFileInfo::exists(p.filePath()))
        throw Error(ProjectTr::tr("%1 already exists: open that project instead, or choose an empty folder").arg(p.filePath()));
    p.datasetSource = datasetSource.isEmpty() ? QString() : QDir::cleanPath(QDir(datasetSource).absolutePath());
    p.datasetFormat = datasetFormat.isEmpty() ? QStringLiteral("auto") : datasetFormat;
    p.labelColumn = labelColumn.trimmed();
    const QDir root(p.folder);
    p.landmarkCache = root.filePath(QStringLiteral("cache/landmarks.sqlite"));
    p.augmentedDir = root.filePath(QStringLiteral("augmented"));
    p.runsDir = root.filePath(QStringLiteral("runs"));
    makeFolder(p.folder, p.filePath());
    for (const QString &dir : {p.runsDir, p.augmentedDir, QFileInfo(p.landmarkCache).absolutePath(),
                               QFileInfo(p.defaultSplitManifest()).absolutePath()})
        makeFolder(dir, p.filePath());
    p.save();
    return p;
}

void Project::save() const
{
    const QDir root(folder);
    QJsonObject o;
    o.insert(QStringLiteral("maskbench_project"), kVersion);
    o.insert(QStringLiteral("name"), name);
    QJsonObject dataset;
    dataset.insert(QStringLiteral("source"), toStored(root, datasetSource));
    dataset.insert(QStringLiteral("format"), datasetFormat);
    if (!labelColumn.isEmpty())
        dataset.insert(QStringLiteral("label_column"), labelColumn);
    dataset.insert(QStringLiteral("split_manifest"), toStored(root, splitManifest));
    o.insert(QStringLiteral("dataset"), dataset);
    o.insert(QStringLiteral("landmark_cache"), toStored(root, landmarkCache));
    o.insert(QStringLiteral("augmented"), toStored(root, augmentedDir));
    o.insert(QStringLiteral("runs"), toStored(root, runsDir));
    QSaveFile f(filePath());
    if (!f.open(QIODevice::WriteOnly))
        throw Error(ProjectTr::tr("%1: cannot write (%2)").arg(filePath(), f.errorString()));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(ProjectTr::tr("%1: cannot write (%2)").arg(filePath(), f.errorString()));
}

Project Project::open(const QString &folderOrFile)
{
    const QFileInfo given(folderOrFile);
    Project p;
    p.folder = QDir::cleanPath(given.isDir() || !given.fileName().endsWith(QLatin1String(".json"))
                                   ? given.absoluteFilePath()
                                   : given.absolutePath());
    const QString file = p.filePath();
    if (!QFileInfo(p.folder).isDir())
        throw Error(ProjectTr::tr("%1: the project folder does not exist").arg(p.folder));
    QFile f(file);
    if (!f.exists())
        throw Error(ProjectTr::tr("%1: no such file; this folder is not a MaskBench project (File > New project makes one)").arg(file));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ProjectTr::tr("%1: cannot read (%2)").arg(file, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ProjectTr::tr("%1: not valid JSON at byte %2 (%3)").arg(file).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        throw Error(ProjectTr::tr("%1: expected a JSON object").arg(file));
    const QJsonObject o = doc.object();
    const int version = o.value(QStringLiteral("maskbench_project")).toInt(0);
    if (version < 1)
        throw Error(ProjectTr::tr("%1: not a MaskBench project file (no \"maskbench_project\" version)").arg(file));
    if (version > kVersion)
        throw Error(ProjectTr::tr("%1: written by a newer MaskBench (project version %2; this one reads %3)").arg(file).arg(version).arg(kVersion));
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        throw Error(ProjectTr::tr("%1: the project has no \"name\"").arg(file));

    const QDir root(p.folder);
    const QJsonObject dataset = o.value(QStringLiteral("dataset")).toObject();
    p.datasetSource = fromStored(root, dataset.value(QStringLiteral("source")).toString());
    p.datasetFormat = dataset.value(QStringLiteral("format")).toString(QStringLiteral("auto"));
    if (p.datasetFormat.isEmpty())
        p.datasetFormat = QStringLiteral("auto");
    p.labelColumn = dataset.value(QStringLiteral("label_column")).toString();
    p.splitManifest = fromStored(root, dataset.value(QStringLiteral("split_manifest")).toString());
    auto folderOr = [&](const char *key, const char *fallback) {
        const QString stored = o.value(QLatin1String(key)).toString();
        return fromStored(root, stored.isEmpty() ? QLatin1String(fallback) : stored);
    };
    p.landmarkCache = folderOr("landmark_cache", "cache/landmarks.sqlite");
    p.augmentedDir = folderOr("augmented", "augmented");
    p.runsDir = folderOr("runs", "runs");

    // Outputs are ours to make again; a missing input is the user's to fix.
    for (const QString &dir : {p.runsDir, p.augmentedDir, QFileInfo(p.landmarkCache).absolutePath()})
        makeFolder(dir, file);
    if (!p.datasetSource.isEmpty() && !QFileInfo::exists(p.datasetSource))
        p.problems << ProjectTr::tr("%1: the dataset source %2 does not exist").arg(file, p.datasetSource);
    if (!p.splitManifest.isEmpty() && !QFileInfo::exists(p.splitManifest))
        p.problems << ProjectTr::tr("%1: the split manifest %2 does not exist").arg(file, p.splitManifest);
    return p;
}

void rememberRecentProject(const QString &folder)
{
    const QString abs = QDir::cleanPath(QDir(folder).absolutePath());
    QStringList recent = Settings::recentProjects.get();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > 10)
        recent.removeLast();
    Settings::recentProjects.set(recent);
    Settings::lastProject.set(abs);
}

void setActiveLandmarkCache(const QString &file)
{
    QMutexLocker lock(&s_cacheMutex);
    s_activeCache = file;
}

QString activeLandmarkCache()
{
    QMutexLocker lock(&s_cacheMutex);
    return s_activeCache;
}

} // namespace maskbench
