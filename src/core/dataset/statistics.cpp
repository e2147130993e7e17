#include "core/dataset/statistics.h"

#include "core/dataset/readers_p.h"

#include <QLocale>

#include <algorithm>

namespace maskbench {

using detail::DatasetTr;

qint64 ClassSplitTable::splitTotal(const QString &split) const
{
    qint64 n = 0;
    for (qint64 v : counts.value(split))
        n += v;
    return n;
}

qint64 ClassSplitTable::classTotal(const QString &cls) const
{
    qint64 n = 0;
    for (const QString &s : splits)
        n += count(s, cls);
    return n;
}

qint64 ClassSplitTable::total() const
{
    qint64 n = 0;
    for (const QString &s : splits)
        n += splitTotal(s);
    return n;
}

double ClassSplitTable::maxClassShareSpread() const
{
    double spread = 0;
    for (const QString &c : classes) {
        double lo = 100, hi = 0;
        for (const QString &s : splits) {
            const qint64 t = splitTotal(s);
            if (t == 0)
                continue;
            const double share = 100.0 * double(count(s, c)) / double(t);
            lo = std::min(lo, share);
            hi = std::max(hi, share);
        }
        if (hi >= lo)
            spread = std::max(spread, hi - lo);
    }
    return spread;
}

ClassSplitTable classSplitTable(const Dataset &dataset)
{
    ClassSplitTable t;
    t.classes = dataset.classes();
    for (const DatasetItem &item : dataset.items)
        ++t.counts[item.split][item.label];
    for (const QString &s : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test"), QString()}) {
        if (t.counts.contains(s))
            t.splits.append(s);
    }
    return t;
}

ImageSizeSummary imageSizeSummary(const Dataset &dataset)
{
    ImageSizeSummary s;
    std::vector<int> widths, heights;
    for (const DatasetItem &item : dataset.items) {
        if (!item.image.probed)
            continue;
        ++s.probed;
        if (!item.image.ok)
            continue;
        ++s.readable;
        widths.push_back(item.image.width);
        heights.push_back(item.image.height);
        ++s.formats[item.image.format];
    }
    if (!widths.empty()) {
        std::sort(widths.begin(), widths.end());
        std::sort(heights.begin(), heights.end());
        s.minWidth = widths.front();
        s.maxWidth = widths.back();
        s.medianWidth = widths[widths.size() / 2];
        s.minHeight = heights.front();
        s.maxHeight = heights.back();
        s.medianHeight = heights[heights.size() / 2];
    }
    return s;
}

QMap<ProblemKind, qint64> problemCounts(const Dataset &dataset)
{
    QMap<ProblemKind, qint64> counts;
    for (const DatasetProblem &p : dataset.problems)
        ++counts[p.kind];
    return counts;
}

QString formatCount(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString renderClassSplitTable(const ClassSplitTable &table)
{
    auto cell = [](qint64 n, qint64 total) {
        const double pct = total > 0 ? 100.0 * double(n) / double(total) : 0.0;
        return QStringLiteral("%1 (%2%)").arg(formatCount(n)).arg(pct, 0, 'f', 1);
    };
    QStringList header = {DatasetTr::tr("class")};
    for (const QString &s : table.splits)
        header.append(s.isEmpty() ? DatasetTr::tr("unsplit") : s);
    if (table.splits.size() > 1)
        header.append(DatasetTr::tr("all"));

    QList<QStringList> rows;
    const qint64 total = table.total();
    for (const QString &c : table.classes) {
        QStringList row = {c};
        for (const QString &s : table.splits)
            row.append(cell(table.count(s, c), table.splitTotal(s)));
        if (table.splits.size() > 1)
            row.append(cell(table.classTotal(c), total));
        rows.append(row);
    }
    QStringList totals = {DatasetTr::tr("total")};
    for (const QString &s : table.splits)
        totals.append(cell(table.splitTotal(s), total));
    if (table.splits.size() > 1)
        totals.append(cell(total, total));
    rows.append(totals);

    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header[c].size());
        for (const QStringList &r : rows)
            w = std::max(w, int(r[c].size()));
        widths.append(w);
    }
    auto line = [&](const QStringList &r) {
        QString out;
        for (int c = 0; c < r.size(); ++c) {
            if (c > 0)
                out += QStringLiteral("  ");
            out += c == 0 ? r[c].leftJustified(widths[c]) : r[c].rightJustified(widths[c]);
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

} // namespace maskbench
