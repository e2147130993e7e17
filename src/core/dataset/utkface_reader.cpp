// UTKFace: labels live in the file names, <age>_<gender>_<race>_<timestamp>.jpg[.chip.jpg], with
// gender 0 male, 1 female and race 0..4 white, black, asian, indian, other. The label is gender
// unless another name field is chosen ("age", "race").

#include "core/common/error.h"
#include "core/dataset/readers_p.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace maskbench::detail {

Dataset readUtkFace(const QString &root, const LoadOptions &options, const ProgressCallback &progress)
{
    static const QStringList kRaces = {QStringLiteral("white"), QStringLiteral("black"), QStringLiteral("asian"),
                                       QStringLiteral("indian"), QStringLiteral("other")};
    static const QRegularExpression name(QStringLiteral("^(\\d+)_(\\d+)_(\\d+)_(\\d+)"));
    const QString labelName = options.labelColumn.isEmpty() ? QStringLiteral("gender") : options.labelColumn;
    if (labelName != QLatin1String("gender") && labelName != QLatin1String("race") && labelName != QLatin1String("age"))
        throw Error(DatasetTr::tr("%1: UTKFace names carry age, gender and race; '%2' is none of them").arg(root, labelName));

    Dataset ds;
    ds.root = QFileInfo(root).absoluteFilePath();
    ds.labelName = labelName;
    ds.attributeNames = {QStringLiteral("age"), QStringLiteral("gender"), QStringLiteral("race"), QStringLiteral("timestamp")};
    ds.attributeNames.removeAll(labelName);
    const QStringList files = listFilesRecursive(root);
    qint64 done = 0;
    for (const QString &file : files) {
        ++ds.rowsRead;
        if (++done % 4096 == 0)
            reportProgress(progress, Progress{DatasetTr::tr("Listing files"), done, qint64(files.size()), -1});
        const QString base = QFileInfo(file).fileName();
        if (!isImageFileName(base)) {
            ds.addProblem(ProblemKind::NotAnImage, file, 0, DatasetTr::tr("not an image file; skipped"));
            continue;
        }
        const auto m = name.match(base);
        if (!m.hasMatch()) {
            ds.addProblem(ProblemKind::BadRow, file, 0,
                          DatasetTr::tr("name does not follow <age>_<gender>_<race>_<timestamp>.jpg; skipped"));
            continue;
        }
        const int g = m.captured(2).toInt();
        const int r = m.captured(3).toInt();
        QMap<QString, QString> fields;
        fields.insert(QStringLiteral("age"), m.captured(1));
        fields.insert(QStringLiteral("gender"), g == 0 ? QStringLiteral("male") : g == 1 ? QStringLiteral("female") : QString());
        fields.insert(QStringLiteral("race"), r >= 0 && r < kRaces.size() ? kRaces[r] : QString());
        fields.insert(QStringLiteral("timestamp"), m.captured(4));
        const QString label = fields.value(labelName);
        ++ds.rawLabelCounts[labelName == QLatin1String("gender") ? m.captured(2)
                            : labelName == QLatin1String("race") ? m.captured(3) : label];
        if (label.isEmpty()) {
            ds.addProblem(ProblemKind::UnknownLabel, file, 0,
                          DatasetTr::tr("%1 code %2 is not defined by UTKFace; skipped")
                              .arg(labelName, labelName == QLatin1String("gender") ? m.captured(2) : m.captured(3)));
            continue;
        }
        if (fields.value(QStringLiteral("race")).isEmpty()) {
            ds.addProblem(ProblemKind::Warning, file, 0, DatasetTr::tr("race code %1 is not defined by UTKFace").arg(r));
            fields.insert(QStringLiteral("race"), m.captured(3));
        }
        DatasetItem item;
        item.path = QDir::cleanPath(file);
        item.label = label;
        fields.remove(labelName);
        item.attributes = fields;
        ds.items.push_back(std::move(item));
    }
    if (ds.items.empty() && files.isEmpty())
        throw Error(DatasetTr::tr("%1: folder contains no files").arg(root));
    return ds;
}

} // namespace maskbench::detail
