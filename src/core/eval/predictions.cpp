#include "core/eval/predictions.h"

#include "core/common/error.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace maskbench {
namespace {

// This file's messages: looked up under "Predictions" and extracted there by lupdate.
struct PredictionsTr
{
    Q_DECLARE_TR_FUNCTIONS(Predictions)
};

const QString kPath = QStringLiteral("path");
const QString kLabel = QStringLiteral("label");
const QString kPredicted = QStringLiteral("predicted");
const QString kProbPrefix = QStringLiteral("prob_");

QString where(const CsvTable &csv, const CsvRow &row) { return QStringLiteral("%1:%2").arg(csv.path).arg(row.line); }

} // namespace

QString PredictionTable::attribute(const Prediction &row, const QString &name) const
{
    const int i = attributeIndex(name);
    return i >= 0 && i < row.attributes.size() ? row.attributes[i] : QString();
}

std::vector<int> PredictionTable::labels() const
{
    std::vector<int> out;
    out.reserve(rows.size());
    for (const Prediction &p : rows)
        out.push_back(p.label);
    return out;
}

std::vector<int> PredictionTable::predictedLabels() const
{
    std::vector<int> out;
    out.reserve(rows.size());
    for (const Prediction &p : rows)
        out.push_back(p.predicted);
    return out;
}

QString probabilityColumn(const QString &className) { return kProbPrefix + className; }

PredictionTable readPredictions(const QString &csvPath)
{
    const CsvTable csv = readCsv(csvPath, ',');
    const QString file = csv.path;

    QSet<QString> seen;
    for (const QString &h : csv.header) {
        if (seen.contains(h))
            throw Error(PredictionsTr::tr("%1: column '%2' appears twice in the header").arg(file, h));
        seen.insert(h);
    }
    for (const QString &required : {kPath, kLabel, kPredicted}) {
        if (csv.column(required) < 0)
            throw Error(PredictionsTr::tr("%1: missing column '%2' (the header has: %3)").arg(file, required, csv.header.join(QStringLiteral(", "))));
    }

    PredictionTable table;
    table.source = file;
    std::vector<int> probColumns, attributeColumns;
    for (int c = 0; c < csv.header.size(); ++c) {
        const QString &h = csv.header[c];
        if (h.startsWith(kProbPrefix)) {
            const QString cls = h.mid(kProbPrefix.size());
            if (cls.isEmpty())
                throw Error(PredictionsTr::tr("%1: column '%2' names no class").arg(file, h));
            table.classes.append(cls);
            probColumns.push_back(c);
        } else if (h != kPath && h != kLabel && h != kPredicted) {
            if (h.isEmpty())
                throw Error(PredictionsTr::tr("%1: column %2 has an empty name").arg(file).arg(c + 1));
            table.attributeNames.append(h);
            attributeColumns.push_back(c);
        }
    }
    if (table.classes.size() < 2)
        throw Error(PredictionsTr::tr("%1: needs one prob_<class> column per class, at least two; found %2")
                        .arg(file).arg(table.classes.size()));

    if (!csv.badRows.empty()) {
        const CsvRow &bad = csv.badRows.front();
        throw Error(PredictionsTr::tr("%1: row has %2 fields, the header has %3 (%4 such rows)")
                        .arg(where(csv, bad)).arg(bad.fields.size()).arg(csv.header.size()).arg(csv.badRows.size()));
    }
    if (csv.rows.empty())
        throw Error(PredictionsTr::tr("%1: no prediction rows after the header").arg(file));

    const int pathCol = csv.column(kPath);
    const int labelCol = csv.column(kLabel);
    const int predCol = csv.column(kPredicted);
    const QString classList = table.classes.join(QStringLiteral(", "));
    const QString baseDir = QFileInfo(file).absolutePath();
    auto classIndex = [&](const CsvRow &row, int col) {
        const QString v = row.fields[col].trimmed();
        const int i = int(table.classes.indexOf(v));
        if (i < 0)
            throw Error(PredictionsTr::tr("%1: column '%2': '%3' is not one of the classes named by the prob_ columns (%4)")
                            .arg(where(csv, row), csv.header[col], v, classList));
        return i;
    };

    table.rows.reserve(csv.rows.size());
    for (const CsvRow &row : csv.rows) {
        Prediction p;
        p.line = row.line;
        p.path = row.fields[pathCol];
        if (p.path.isEmpty())
            throw Error(PredictionsTr::tr("%1: column 'path' is empty").arg(where(csv, row)));
        if (QDir::isRelativePath(p.path))
            p.path = QDir::cleanPath(baseDir + QLatin1Char('/') + p.path);
        p.label = classIndex(row, labelCol);
        p.predicted = classIndex(row, predCol);
        p.probs.reserve(probColumns.size());
        for (int c : probColumns) {
            bool ok = false;
            const double v = row.fields[c].trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                throw Error(PredictionsTr::tr("%1: column '%2': '%3' is not a number").arg(where(csv, row), csv.header[c], row.fields[c]));
            if (v < 0.0 || v > 1.0)
                throw Error(PredictionsTr::tr("%1: column '%2': %3 is not a probability in [0, 1]").arg(where(csv, row), csv.header[c], row.fields[c]));
            p.probs.push_back(v);
        }
        for (int c : attributeColumns)
            p.attributes.append(row.fields[c]);
        table.rows.push_back(std::move(p));
    }
    return table;
}

void writePredictions(const PredictionTable &table, const QString &csvPath)
{
    QSaveFile f(csvPath);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(PredictionsTr::tr("%1: cannot write: %2").arg(csvPath, f.errorString()));
    QStringList header = {kPath, kLabel, kPredicted};
    for (const QString &c : table.classes)
        header.append(probabilityColumn(c));
    header.append(table.attributeNames);
    f.write(csvLine(header).toUtf8());
    const int k = table.classCount();
    for (const Prediction &p : table.rows) {
        if (p.label < 0 || p.label >= k || p.predicted < 0 || p.predicted >= k || int(p.probs.size()) != k)
            throw Error(PredictionsTr::tr("%1: row for %2 does not match the %3 classes").arg(csvPath, p.path).arg(k));
        QStringList fields = {p.path, table.classes[p.label], table.classes[p.predicted]};
        for (double v : p.probs)
            fields.append(QString::number(v, 'g', 17));
        for (int i = 0; i < table.attributeNames.size(); ++i)
            fields.append(i < p.attributes.size() ? p.attributes[i] : QString());
        f.write(csvLine(fields).toUtf8());
    }
    if (!f.commit())
        throw Error(PredictionsTr::tr("%1: writing failed: %2").arg(csvPath, f.errorString()));
}

} // namespace maskbench
