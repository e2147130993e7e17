// CSV manifest: path,<label column>[,group][,split][,attribute columns...]; paths relative to the
// CSV's folder. MaskBench's own split manifests are read by this reader too.

#include "core/common/error.h"
#include "core/dataset/readers_p.h"
#include "core/io/csv.h"

#include <QDir>
#include <QFileInfo>

namespace maskbench::detail {
namespace {

int firstColumn(const QStringList &header, const QStringList &names)
{
    for (const QString &n : names) {
        const int c = header.indexOf(n);
        if (c >= 0)
            return c;
    }
    return -1;
}

QStringList pathColumnNames(const LoadOptions &options)
{
    return {options.pathColumn, QStringLiteral("path"), QStringLiteral("file"), QStringLiteral("filename"), QStringLiteral("image")};
}


} // namespace

Dataset readCsvManifest(const QString &csvPath, const LoadOptions &options, const ProgressCallback &progress)
{
    const CsvTable table = readCsv(csvPath);
    const QString columns = table.header.join(QStringLiteral(", "));

    const int pathCol = firstColumn(table.header, pathColumnNames(options));
    if (pathCol < 0)
        throw Error(DatasetTr::tr("%1: no image path column '%2' (columns: %3)").arg(csvPath, options.pathColumn, columns));

    QString labelName = options.labelColumn;
    if (labelName.isEmpty()) {
        if (table.column(QStringLiteral("label")) < 0)
            throw Error(DatasetTr::tr("%1: choose the label column with %2 (columns: %3)").arg(csvPath, options.labelColumnChoice, columns));
        labelName = QStringLiteral("label");
    }
    const int labelCol = table.column(labelName);
    if (labelCol < 0)
        throw Error(DatasetTr::tr("%1: no column '%2' (columns: %3)").arg(csvPath, labelName, columns));
    const int groupCol = options.groupColumn.isEmpty() ? -1 : table.column(options.groupColumn);
    const int splitCol = options.splitColumn.isEmpty() ? -1 : table.column(options.splitColumn);

    Dataset ds;
    const QDir base = QFileInfo(csvPath).absoluteDir();
    ds.root = base.absolutePath();
    ds.labelName = labelName;
    for (int c = 0; c < table.header.size(); ++c) {
        if (c != pathCol && c != labelCol && c != groupCol && c != splitCol)
            ds.attributeNames.append(table.header[c]);
    }

    for (const CsvRow &bad : table.badRows) {
        ++ds.rowsRead;
        ds.addProblem(ProblemKind::BadRow, csvPath, bad.line,
                      DatasetTr::tr("row has %1 fields, the header has %2; skipped").arg(bad.fields.size()).arg(table.header.size()));
    }

    const qint64 total = qint64(table.rows.size());
    qint64 done = 0;
    for (const CsvRow &row : table.rows) {
        ++ds.rowsRead;
        if (++done % 4096 == 0)
            reportProgress(progress, Progress{DatasetTr::tr("Reading manifest"), done, total, -1});
        const QString rel = row.fields[pathCol].trimmed();
        const QString label = row.fields[labelCol].trimmed();
        ++ds.rawLabelCounts[label];
        if (rel.isEmpty()) {
            ds.addProblem(ProblemKind::BadRow, csvPath, row.line, DatasetTr::tr("empty path; skipped"));
            continue;
        }
        const QString path = QDir::cleanPath(base.absoluteFilePath(rel));
        if (label.isEmpty()) {
            ds.addProblem(ProblemKind::UnknownLabel, path, row.line,
                          DatasetTr::tr("empty value in label column '%1'; skipped").arg(labelName));
            continue;
        }
        DatasetItem item;
        item.path = path;
        item.label = label;
        item.line = row.line;
        if (groupCol >= 0)
            item.group = row.fields[groupCol].trimmed();
        if (splitCol >= 0) {
            const QString raw = row.fields[splitCol];
            item.split = normaliseSplitName(raw);
            if (item.split.isEmpty() && !raw.trimmed().isEmpty()) {
                ds.addProblem(ProblemKind::BadRow, csvPath, row.line,
                              DatasetTr::tr("unknown split '%1' (use train, val or test); skipped").arg(raw));
                continue;
            }
        }
        for (int c = 0; c < table.header.size(); ++c) {
            if (c != pathCol && c != labelCol && c != groupCol && c != splitCol)
                item.attributes.insert(table.header[c], row.fields[c]);
        }
        item.exists = QFileInfo::exists(path);
        if (!item.exists)
            ds.addProblem(ProblemKind::MissingSource, path, row.line, DatasetTr::tr("image file does not exist"));
        ds.items.push_back(std::move(item));
    }
    return ds;
}

} // namespace maskbench::detail

namespace maskbench {

QStringList csvLabelColumns(const QString &csvPath, const LoadOptions &options)
{
    const QStringList header = readCsvHeader(csvPath);
    const int pathCol = detail::firstColumn(header, detail::pathColumnNames(options));
    QStringList out;
    for (int c = 0; c < header.size(); ++c) {
        const QString &name = header[c];
        if (c == pathCol || name.isEmpty() || name == options.groupColumn || name == options.splitColumn)
            continue;
        if (name == QLatin1String("label"))
            out.prepend(name);
        else
            out.append(name);
    }
    return out;
}

} // namespace maskbench
