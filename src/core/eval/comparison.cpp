#include "core/eval/comparison.h"

#include "core/common/error.h"
#include "core/eval/report_text.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

namespace maskbench {
namespace {

// This file's messages: looked up under "Comparison" and extracted there by lupdate.
struct ComparisonTr
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

struct MetricRow
{
    QString name;
    std::function<double(const ClassificationReport &)> value;
    bool isCount = false;
};

std::vector<MetricRow> metricRows(const std::vector<ComparisonRun> &runs)
{
    if (runs.empty())
        throw Error(ComparisonTr::tr("no runs to compare"));
    const QStringList classes = runs.front().report.classes();
    for (const ComparisonRun &r : runs) {
        if (r.report.classes() != classes)
            throw Error(ComparisonTr::tr("runs '%1' and '%2' have different classes (%3 vs %4); compare runs of one class list")
                            .arg(runs.front().name, r.name, classes.join(QStringLiteral(", ")),
                                 r.report.classes().join(QStringLiteral(", "))));
    }
    std::vector<MetricRow> rows;
    rows.push_back({ComparisonTr::tr("accuracy"), [](const ClassificationReport &r) { return r.accuracy; }});
    for (int c = 0; c < classes.size(); ++c)
        rows.push_back({ComparisonTr::tr("precision %1").arg(classes[c]), [c](const ClassificationReport &r) { return r.perClass[size_t(c)].precision; }});
    for (int c = 0; c < classes.size(); ++c)
        rows.push_back({ComparisonTr::tr("recall %1").arg(classes[c]), [c](const ClassificationReport &r) { return r.perClass[size_t(c)].recall; }});
    rows.push_back({ComparisonTr::tr("min recall"), [](const ClassificationReport &r) { return r.minRecall; }});
    rows.push_back({ComparisonTr::tr("balanced accuracy"), [](const ClassificationReport &r) { return r.balancedAccuracy; }});
    rows.push_back({ComparisonTr::tr("items"), [](const ClassificationReport &r) { return double(r.matrix.total()); }, true});
    return rows;
}

} // namespace

QString renderComparison(const std::vector<ComparisonRun> &runs)
{
    const auto metrics = metricRows(runs);
    QStringList header = {ComparisonTr::tr("metric")};
    for (const ComparisonRun &r : runs)
        header.append(r.name);
    QList<QStringList> rows;
    for (const MetricRow &m : metrics) {
        QStringList row = {m.name};
        for (const ComparisonRun &r : runs) {
            const double v = m.value(r.report);
            row.append(m.isCount ? QString::number(qint64(v)) : QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 2));
        }
        rows.append(row);
    }
    return renderTextTable(header, rows);
}

QString comparisonCsv(const std::vector<ComparisonRun> &runs)
{
    const auto metrics = metricRows(runs);
    QStringList header = {QStringLiteral("metric")};
    for (const ComparisonRun &r : runs)
        header.append(r.name);
    QString out = csvLine(header);
    for (const MetricRow &m : metrics) {
        QStringList row = {m.name};
        for (const ComparisonRun &r : runs) {
            const double v = m.value(r.report);
            row.append(m.isCount ? QString::number(qint64(v)) : QString::number(v, 'g', 17));
        }
        out += csvLine(row);
    }
    return out;
}

void writeComparisonCsv(const std::vector<ComparisonRun> &runs, const QString &path)
{
    const QByteArray bytes = comparisonCsv(runs).toUtf8();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(ComparisonTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(bytes);
    if (!f.commit())
        throw Error(ComparisonTr::tr("%1: writing failed: %2").arg(path, f.errorString()));
}

} // namespace maskbench
