// Folder per class, as Keras' flow_from_directory reads it: root/<class>/**/image, or with given
// splits root/{train,val,test}/<class>/**/image.

#include "core/common/error.h"
#include "core/dataset/readers_p.h"

#include <QDir>
#include <QFileInfo>

namespace maskbench::detail {
namespace {


void readClassFolders(Dataset &ds, const QString &dir, const QString &split, qint64 &seen,
                      const ProgressCallback &progress)
{
    const QDir d(dir);
    for (const QFileInfo &fi : d.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        ds.addProblem(ProblemKind::Warning, fi.absoluteFilePath(), 0,
                      DatasetTr::tr("file outside any class folder; ignored"));
    }
    const QFileInfoList classDirs = d.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &classDir : classDirs) {
        const QString label = classDir.fileName();
        int images = 0;
        for (const QString &file : listFilesRecursive(classDir.absoluteFilePath())) {
            ++ds.rowsRead;
            if (!isImageFileName(file)) {
                ds.addProblem(ProblemKind::NotAnImage, file, 0,
                              DatasetTr::tr("not an image file (expected .jpg, .jpeg, .png, .bmp or .webp); skipped"));
                continue;
            }
            DatasetItem item;
            item.path = QDir::cleanPath(file);
            item.label = label;
            item.split = split;
            ds.items.push_back(std::move(item));
            ++images;
            if (++seen % 1024 == 0)
                reportProgress(progress, Progress{DatasetTr::tr("Listing files"), seen, 0, -1});
        }
        if (images == 0)
            ds.addProblem(ProblemKind::EmptyClass, classDir.absoluteFilePath(),
                          0, DatasetTr::tr("class folder '%1' contains no images").arg(label));
    }
}

} // namespace

Dataset readFolderPerClass(const QString &root, const LoadOptions &, const ProgressCallback &progress)
{
    const QDir dir(root);
    if (!dir.exists())
        throw Error(DatasetTr::tr("%1: folder does not exist").arg(root));
    Dataset ds;
    ds.root = QFileInfo(root).absoluteFilePath();
    ds.labelName = QStringLiteral("class");

    const QFileInfoList subdirs = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QList<QPair<QString, QString>> splitDirs; // (split, folder)
    for (const QFileInfo &sub : subdirs) {
        const QString split = normaliseSplitName(sub.fileName());
        if (!split.isEmpty())
            splitDirs.append({split, sub.absoluteFilePath()});
    }
    qint64 seen = 0;
    if (!splitDirs.isEmpty()) {
        // A split layout: every top-level folder must be a split, or its images would be unlabelled.
        for (const QFileInfo &sub : subdirs) {
            if (normaliseSplitName(sub.fileName()).isEmpty())
                ds.addProblem(ProblemKind::Warning, sub.absoluteFilePath(), 0,
                              DatasetTr::tr("folder beside the train/val/test folders is not a split; ignored"));
        }
        for (const auto &[split, folder] : splitDirs)
            readClassFolders(ds, folder, split, seen, progress);
    } else {
        if (subdirs.isEmpty())
            throw Error(DatasetTr::tr("%1: no class folders found (expected %1/<class>/<images>)").arg(root));
        readClassFolders(ds, root, QString(), seen, progress);
    }

    for (const DatasetItem &item : ds.items)
        ++ds.rawLabelCounts[item.label];
    return ds;
}

} // namespace maskbench::detail
