#include "core/dataset/manifest.h"

#include "core/common/error.h"
#include "core/dataset/readers_p.h"
#include "core/io/csv.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace maskbench {

using detail::DatasetTr;

InputPaths datasetInputs(const Dataset &dataset)
{
    InputPaths inputs;
    if (QFileInfo(dataset.source).isFile())
        inputs.add(dataset.source);
    for (const DatasetItem &item : dataset.items)
        inputs.add(item.path);
    return inputs;
}

void writeManifest(const Dataset &dataset, const QString &csvPath)
{
    // The manifest may not replace what it describes: the source CSV or one of its images.
    refuseToReplaceInput(datasetInputs(dataset), csvPath, DatasetTr::tr("The manifest"), DatasetTr::tr("output file"));
    const QFileInfo target(csvPath);
    QDir dir = target.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        throw Error(DatasetTr::tr("%1: cannot create the folder").arg(dir.absolutePath()));
    QSaveFile f(target.absoluteFilePath());
    if (!f.open(QIODevice::WriteOnly))
        throw Error(DatasetTr::tr("%1: cannot write: %2").arg(csvPath, f.errorString()));

    QStringList header = {QStringLiteral("path"), QStringLiteral("label"), QStringLiteral("group"), QStringLiteral("split")};
    QStringList attrs;
    for (const QString &a : dataset.attributeNames) {
        if (!header.contains(a))
            attrs.append(a);
    }
    f.write(csvLine(header + attrs).toUtf8());
    for (const DatasetItem &item : dataset.items) {
        QStringList row = {dir.relativeFilePath(item.path), item.label, item.group, item.split};
        for (const QString &a : attrs)
            row.append(item.attributes.value(a));
        f.write(csvLine(row).toUtf8());
    }
    if (!f.commit())
        throw Error(DatasetTr::tr("%1: writing failed: %2").arg(csvPath, f.errorString()));
}

} // namespace maskbench
