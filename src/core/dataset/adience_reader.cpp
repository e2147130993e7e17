// Adience: fold_N_data.txt label files (tab-separated) beside aligned/<user_id>/
// landmark_aligned_face.<face_id>.<original_image>. group = user_id, so a split never puts one
// Flickr user on two sides; the fold number is kept as an attribute.

#include "core/common/error.h"
#include "core/dataset/readers_p.h"
#include "core/io/csv.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace maskbench::detail {

Dataset readAdience(const QString &root, const LoadOptions &options, const ProgressCallback &progress)
{
    const QDir dir(root);
    static const QRegularExpression foldName(QStringLiteral("^fold_(\\d+)_data\\.txt$"));
    QList<QPair<int, QString>> folds;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = foldName.match(name);
        if (m.hasMatch())
            folds.append({m.captured(1).toInt(), dir.absoluteFilePath(name)});
    }
    if (folds.isEmpty())
        throw Error(DatasetTr::tr("%1: no Adience label files (fold_0_data.txt ... fold_4_data.txt)").arg(root));
    std::sort(folds.begin(), folds.end());

    const QString labelName = options.labelColumn.isEmpty() ? QStringLiteral("gender") : options.labelColumn;
    const bool gender = labelName == QLatin1String("gender");
    const QString alignedDir = dir.absoluteFilePath(QStringLiteral("aligned"));
    const bool haveAligned = QFileInfo(alignedDir).isDir();

    Dataset ds;
    ds.root = dir.absolutePath();
    ds.labelName = labelName;
    QSet<QString> users;
    qint64 missing = 0;
    for (const auto &[fold, file] : folds) {
        const CsvTable t = readCsv(file, '\t');
        const int userCol = t.column(QStringLiteral("user_id"));
        const int imageCol = t.column(QStringLiteral("original_image"));
        const int faceCol = t.column(QStringLiteral("face_id"));
        const int labelCol = t.column(labelName);
        QStringList absent;
        for (const auto &[col, name] : {std::pair{userCol, QStringLiteral("user_id")}, {imageCol, QStringLiteral("original_image")},
                                        {faceCol, QStringLiteral("face_id")}, {labelCol, labelName}}) {
            if (col < 0)
                absent.append(name);
        }
        if (!absent.isEmpty())
            throw Error(DatasetTr::tr("%1: missing column(s) %2 (columns: %3)")
                            .arg(file, absent.join(QStringLiteral(", ")), t.header.join(QStringLiteral(", "))));
        if (ds.attributeNames.isEmpty()) {
            ds.attributeNames.append(QStringLiteral("fold"));
            for (const QString &h : t.header) {
                if (h != QLatin1String("user_id") && h != labelName)
                    ds.attributeNames.append(h);
            }
        }
        for (const CsvRow &bad : t.badRows) {
            ++ds.rowsRead;
            ds.addProblem(ProblemKind::BadRow, file, bad.line,
                          DatasetTr::tr("row has %1 fields, the header has %2; skipped").arg(bad.fields.size()).arg(t.header.size()));
        }
        for (const CsvRow &row : t.rows) {
            ++ds.rowsRead;
            const QString user = row.fields[userCol].trimmed();
            users.insert(user);
            const QString raw = row.fields[labelCol].trimmed();
            ++ds.rawLabelCounts[raw];
            QString label = raw;
            if (gender) {
                label = raw == QLatin1String("m") ? QStringLiteral("male")
                      : raw == QLatin1String("f") ? QStringLiteral("female") : QString();
            } else if (raw == QLatin1String("None")) {
                label.clear();
            }
            if (label.isEmpty()) {
                ds.addProblem(ProblemKind::UnknownLabel, file, row.line,
                              raw.isEmpty() ? DatasetTr::tr("empty %1; row skipped").arg(labelName)
                                            : DatasetTr::tr("%1 '%2' (unknown); row skipped").arg(labelName, raw));
                continue;
            }
            DatasetItem item;
            item.path = QDir::cleanPath(alignedDir + QLatin1Char('/') + user + QStringLiteral("/landmark_aligned_face.")
                                        + row.fields[faceCol].trimmed() + QLatin1Char('.') + row.fields[imageCol].trimmed());
            item.label = label;
            item.group = user;
            item.line = row.line;
            item.attributes.insert(QStringLiteral("fold"), QString::number(fold));
            for (int c = 0; c < t.header.size(); ++c) {
                if (c != userCol && c != labelCol)
                    item.attributes.insert(t.header[c], row.fields[c].trimmed());
            }
            item.exists = haveAligned && QFileInfo::exists(item.path);
            if (!item.exists) {
                ++missing;
                ds.addProblem(ProblemKind::MissingSource, item.path, row.line,
                              DatasetTr::tr("aligned image missing (listed in %1)").arg(QFileInfo(file).fileName()));
            }
            ds.items.push_back(std::move(item));
        }
        reportProgress(progress, Progress{DatasetTr::tr("Reading Adience folds"), fold + 1, qint64(folds.size()), -1});
    }
    ds.facts.append({DatasetTr::tr("face rows"), QString::number(ds.rowsRead)});
    ds.facts.append({DatasetTr::tr("users"), QString::number(users.size())});
    ds.facts.append({DatasetTr::tr("folds"), QString::number(folds.size())});
    if (!haveAligned)
        ds.addProblem(ProblemKind::Warning, alignedDir, 0,
                      DatasetTr::tr("folder not found: all %1 labelled images are missing (label files only)").arg(missing));
    return ds;
}

} // namespace maskbench::detail
