#include "core/dataset/dataset.h"

#include "core/common/error.h"
#include "core/common/parallel.h"
#include "core/dataset/image_probe.h"
#include "core/dataset/readers_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>

namespace maskbench {

namespace detail {

QStringList listFilesRecursive(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace detail

using detail::DatasetTr;

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto: return QStringLiteral("auto");
    case SourceFormat::Folder: return QStringLiteral("folder");
    case SourceFormat::Csv: return QStringLiteral("csv");
    case SourceFormat::Adience: return QStringLiteral("adience");
    case SourceFormat::UtkFace: return QStringLiteral("utkface");
    }
    return QString();
}

SourceFormat parseFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (SourceFormat f : {SourceFormat::Auto, SourceFormat::Folder, SourceFormat::Csv, SourceFormat::Adience,
                           SourceFormat::UtkFace}) {
        if (n == formatName(f))
            return f;
    }
    throw Error(DatasetTr::tr("unknown dataset format '%1' (use auto, folder, csv, adience or utkface)").arg(name));
}

QString problemKindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::MissingSource: return DatasetTr::tr("missing image");
    case ProblemKind::NotAnImage: return DatasetTr::tr("not an image");
    case ProblemKind::Unreadable: return DatasetTr::tr("unreadable image");
    case ProblemKind::UnknownLabel: return DatasetTr::tr("unknown or empty label");
    case ProblemKind::DuplicateRow: return DatasetTr::tr("duplicate entry");
    case ProblemKind::BadRow: return DatasetTr::tr("malformed entry");
    case ProblemKind::EmptyClass: return DatasetTr::tr("empty class folder");
    case ProblemKind::Warning: return DatasetTr::tr("warning");
    }
    return QString();
}

bool isImageFileName(const QString &fileName)
{
    static const QStringList kSuffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                          QStringLiteral("bmp"), QStringLiteral("webp")};
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 && kSuffixes.contains(fileName.mid(dot + 1).toLower());
}

QString normaliseSplitName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("train") || n == QLatin1String("training"))
        return QStringLiteral("train");
    if (n == QLatin1String("val") || n == QLatin1String("valid") || n == QLatin1String("validation"))
        return QStringLiteral("val");
    if (n == QLatin1String("test") || n == QLatin1String("testing"))
        return QStringLiteral("test");
    return QString();
}

QStringList Dataset::classes() const
{
    QStringList out = classCounts().keys();
    return out; // QMap keys are sorted
}

QMap<QString, qint64> Dataset::classCounts() const
{
    QMap<QString, qint64> counts;
    for (const DatasetItem &item : items)
        ++counts[item.label];
    return counts;
}

QStringList Dataset::groups() const
{
    QSet<QString> seen;
    for (const DatasetItem &item : items) {
        if (!item.group.isEmpty())
            seen.insert(item.group);
    }
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end());
    return out;
}

qint64 Dataset::problemCount(ProblemKind kind) const
{
    return std::count_if(problems.begin(), problems.end(), [kind](const DatasetProblem &p) { return p.kind == kind; });
}

qint64 Dataset::missingCount() const
{
    return std::count_if(items.begin(), items.end(), [](const DatasetItem &i) { return !i.exists; });
}

bool Dataset::hasSplits() const
{
    return !items.empty()
           && std::all_of(items.begin(), items.end(), [](const DatasetItem &i) { return !i.split.isEmpty(); });
}

void Dataset::addProblem(ProblemKind kind, const QString &file, int line, const QString &message)
{
    problems.push_back(DatasetProblem{kind, file, line, message});
}

SourceFormat detectFormat(const QString &source)
{
    const QFileInfo fi(source);
    if (!fi.exists())
        throw Error(DatasetTr::tr("%1: no such file or folder").arg(source));
    if (fi.isFile()) {
        const QString suffix = fi.suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
            return SourceFormat::Csv;
        throw Error(DatasetTr::tr("%1: not a dataset: expected a folder or a .csv manifest").arg(source));
    }
    const QDir dir(source);
    if (!dir.entryList({QStringLiteral("fold_*_data.txt")}, QDir::Files).isEmpty())
        return SourceFormat::Adience;
    // UTKFace: the images lie directly in the folder and most carry <age>_<gender>_<race>_<time> names.
    static const QRegularExpression utk(QStringLiteral("^\\d+_\\d+_\\d+_\\d+"));
    const QStringList images = dir.entryList(QDir::Files);
    int utkNames = 0, imageNames = 0;
    for (const QString &name : images) {
        if (!isImageFileName(name))
            continue;
        ++imageNames;
        if (utk.match(name).hasMatch())
            ++utkNames;
    }
    if (imageNames > 0 && utkNames * 2 > imageNames)
        return SourceFormat::UtkFace;
    return SourceFormat::Folder;
}

void probeImages(Dataset &dataset, const ProgressCallback &progress)
{
    parallelFor(
        qint64(dataset.items.size()),
        [&dataset](qint64 i) {
            DatasetItem &item = dataset.items[size_t(i)];
            if (item.exists)
                item.image = probeImage(item.path);
        },
        DatasetTr::tr("Reading image headers"), progress);
    for (DatasetItem &item : dataset.items) {
        if (item.exists && !item.image.ok)
            dataset.addProblem(ProblemKind::Unreadable, item.path, item.line, item.image.error);
    }
}

Dataset loadDataset(const QString &source, const LoadOptions &options, const ProgressCallback &progress)
{
    SourceFormat format = options.format == SourceFormat::Auto ? detectFormat(source) : options.format;
    const QFileInfo fi(source);
    if (!fi.exists())
        throw Error(DatasetTr::tr("%1: no such file or folder").arg(source));
    if (format == SourceFormat::Csv && !fi.isFile())
        throw Error(DatasetTr::tr("%1: a CSV manifest must be a file, this is a folder").arg(source));
    if (format != SourceFormat::Csv && !fi.isDir())
        throw Error(DatasetTr::tr("%1: the %2 format needs a folder").arg(source, formatName(format)));

    Dataset ds;
    switch (format) {
    case SourceFormat::Folder: ds = detail::readFolderPerClass(source, options, progress); break;
    case SourceFormat::Csv: ds = detail::readCsvManifest(source, options, progress); break;
    case SourceFormat::Adience: ds = detail::readAdience(source, options, progress); break;
    case SourceFormat::UtkFace: ds = detail::readUtkFace(source, options, progress); break;
    case SourceFormat::Auto: break;
    }
    ds.source = source;
    ds.format = format;

    // The same image listed twice would land on both sides of a split: keep the first entry.
    QHash<QString, size_t> firstIndex;
    std::vector<DatasetItem> unique;
    unique.reserve(ds.items.size());
    for (DatasetItem &item : ds.items) {
        auto it = firstIndex.constFind(item.path);
        if (it != firstIndex.constEnd()) {
            const DatasetItem &first = unique[*it];
            const QString what = first.label == item.label
                ? DatasetTr::tr("listed again; the first entry is kept")
                : DatasetTr::tr("listed again with label '%1' (first entry says '%2'); the first entry is kept")
                      .arg(item.label, first.label);
            ds.addProblem(ProblemKind::DuplicateRow, item.path, item.line, what);
            continue;
        }
        firstIndex.insert(item.path, unique.size());
        unique.push_back(std::move(item));
    }
    ds.items = std::move(unique);

    if (!options.classes.isEmpty()) {
        std::vector<DatasetItem> kept;
        for (DatasetItem &item : ds.items) {
            if (options.classes.contains(item.label))
                kept.push_back(std::move(item));
            else
                ds.addProblem(ProblemKind::UnknownLabel, item.path, item.line,
                              DatasetTr::tr("label '%1' is not among the chosen classes (%2); skipped")
                                  .arg(item.label, options.classes.join(QStringLiteral(", "))));
        }
        ds.items = std::move(kept);
    }

    if (ds.items.empty())
        ds.addProblem(ProblemKind::Warning, source, 0, DatasetTr::tr("no labelled images found"));
    else if (ds.classes().size() == 1)
        ds.addProblem(ProblemKind::Warning, source, 0,
                      DatasetTr::tr("only one class ('%1'): a classifier needs at least two").arg(ds.classes().front()));

    if (options.probeImages)
        probeImages(ds, progress);
    return ds;
}

} // namespace maskbench
