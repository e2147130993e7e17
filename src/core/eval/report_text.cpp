#include "core/eval/report_text.h"

#include "core/dataset/statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace maskbench {
namespace {

// This file's messages: looked up under "ReportText" and extracted there by lupdate.
struct ReportTextTr
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QString p4(double v) { return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("n/a"); }
QString pct(double v) { return std::isfinite(v) ? QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 1) : QStringLiteral("n/a"); }

} // namespace

QString renderTextTable(const QStringList &header, const QList<QStringList> &rows, const QString &align)
{
    const QString a = align.isEmpty() ? QStringLiteral("l") : align;
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header[c].size());
        for (const QStringList &r : rows)
            w = std::max(w, int(r.value(c).size()));
        widths.append(w);
    }
    auto line = [&](const QStringList &r) {
        QString out;
        for (int c = 0; c < header.size(); ++c) {
            if (c > 0)
                out += QStringLiteral("  ");
            out += (c < a.size() && a[c] == QLatin1Char('l')) ? r.value(c).leftJustified(widths[c]) : r.value(c).rightJustified(widths[c]);
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

QString renderConfusionMatrix(const ConfusionMatrix &m)
{
    QStringList header = {ReportTextTr::tr("actual \\ predicted")};
    header.append(m.classes);
    header.append(ReportTextTr::tr("total"));
    const auto norm = m.rowNormalised();
    QList<QStringList> rows;
    for (int a = 0; a < m.size(); ++a) {
        QStringList row = {m.classes[a]};
        for (int p = 0; p < m.size(); ++p)
            row.append(QStringLiteral("%1 (%2)").arg(formatCount(m.at(a, p)), pct(norm[size_t(a)][size_t(p)])));
        row.append(formatCount(m.rowTotal(a)));
        rows.append(row);
    }
    QStringList totals = {ReportTextTr::tr("total")};
    for (int p = 0; p < m.size(); ++p)
        totals.append(formatCount(m.columnTotal(p)));
    totals.append(formatCount(m.total()));
    rows.append(totals);
    return renderTextTable(header, rows);
}

QString renderClassificationReport(const ClassificationReport &r)
{
    const QStringList header = {QString(), ReportTextTr::tr("precision"), ReportTextTr::tr("recall"), ReportTextTr::tr("f1-score"), ReportTextTr::tr("support"), ReportTextTr::tr("predicted")};
    QList<QStringList> rows;
    auto scoreRow = [](const QString &name, const ClassScores &s) {
        return QStringList{name, p4(s.precision), p4(s.recall), p4(s.f1), formatCount(s.support), formatCount(s.predicted)};
    };
    for (int c = 0; c < r.classes().size(); ++c)
        rows.append(scoreRow(r.classes()[c], r.perClass[size_t(c)]));
    rows.append(scoreRow(ReportTextTr::tr("macro avg"), r.macro));
    rows.append(scoreRow(ReportTextTr::tr("weighted avg"), r.weighted));
    QString out = renderTextTable(header, rows);
    out += ReportTextTr::tr("accuracy %1, balanced accuracy %2, smallest recall %3 (%4 of %5 correct)\n")
               .arg(p4(r.accuracy), p4(r.balancedAccuracy), p4(r.minRecall), formatCount(r.matrix.correct()),
                    formatCount(r.matrix.total()));
    return out;
}

QString renderRanking(const RankingMetrics &ranking, const QStringList &classes)
{
    QString out;
    if (ranking.binary) {
        out += ReportTextTr::tr("ROC AUC %1, average precision %2 (positive class: %3)\n")
                   .arg(p4(ranking.rocAuc()), p4(ranking.averagePrecision()), classes.value(1));
        return out;
    }
    QList<QStringList> rows;
    for (int c = 0; c < classes.size(); ++c)
        rows.append({classes[c], p4(ranking.roc[size_t(c)].auc), p4(ranking.pr[size_t(c)].averagePrecision)});
    rows.append({ReportTextTr::tr("macro"), p4(ranking.rocAucMacro), p4(ranking.averagePrecisionMacro)});
    rows.append({ReportTextTr::tr("weighted"), p4(ranking.rocAucWeighted), p4(ranking.averagePrecisionWeighted)});
    return ReportTextTr::tr("One-vs-rest:\n") + renderTextTable({ReportTextTr::tr("class"), ReportTextTr::tr("ROC AUC"), ReportTextTr::tr("avg precision")}, rows);
}

QString renderCalibration(const Calibration &c, const QString &title)
{
    QList<QStringList> rows;
    for (const CalibrationBin &b : c.bins) {
        if (b.count == 0)
            continue;
        rows.append({QStringLiteral("%1-%2").arg(b.lower, 0, 'f', 2).arg(b.upper, 0, 'f', 2), formatCount(b.count), p4(b.meanScore),
                     p4(b.observed)});
    }
    QString out = title + QLatin1Char('\n');
    out += renderTextTable({ReportTextTr::tr("bin"), ReportTextTr::tr("items"), ReportTextTr::tr("mean score"), ReportTextTr::tr("observed")}, rows);
    out += ReportTextTr::tr("expected calibration error %1, maximum %2\n").arg(p4(c.expectedError), p4(c.maximumError));
    return out;
}

QString renderThresholds(const std::vector<ThresholdChoice> &thresholds, const QStringList &classes)
{
    QList<QStringList> rows;
    for (const ThresholdChoice &t : thresholds) {
        const QString name = t.rule == ThresholdRule::Fixed ? ReportTextTr::tr("fixed") : thresholdRuleName(t.rule);
        rows.append({name, QString::number(t.threshold, 'g', 6), p4(t.accuracy), p4(t.recall[0]), p4(t.recall[1]),
                     p4(t.precision[0]), p4(t.precision[1]), p4(t.youdenJ), p4(t.minRecall)});
    }
    return renderTextTable({ReportTextTr::tr("rule"), ReportTextTr::tr("threshold"), ReportTextTr::tr("accuracy"), ReportTextTr::tr("recall %1").arg(classes.value(0)),
                            ReportTextTr::tr("recall %1").arg(classes.value(1)), ReportTextTr::tr("precision %1").arg(classes.value(0)),
                            ReportTextTr::tr("precision %1").arg(classes.value(1)), ReportTextTr::tr("Youden J"), ReportTextTr::tr("min recall")},
                           rows);
}

QString renderSliceTable(const SliceTable &t)
{
    QStringList header = {t.attribute, ReportTextTr::tr("items"), ReportTextTr::tr("accuracy"), ReportTextTr::tr("bal. acc")};
    for (const QString &c : t.classes)
        header.append(ReportTextTr::tr("recall %1").arg(c));
    for (const QString &c : t.classes)
        header.append(ReportTextTr::tr("prec. %1").arg(c));
    QList<QStringList> rows;
    for (const SliceRow &r : t.rows) {
        QStringList row = {r.value, formatCount(r.count), p4(r.report.accuracy), p4(r.report.balancedAccuracy)};
        for (const ClassScores &s : r.report.perClass)
            row.append(s.support > 0 ? p4(s.recall) : QStringLiteral("-"));
        for (const ClassScores &s : r.report.perClass)
            row.append(s.predicted > 0 ? p4(s.precision) : QStringLiteral("-"));
        rows.append(row);
    }
    QString title = ReportTextTr::tr("By %1").arg(t.attribute);
    if (!t.binning.isEmpty())
        title += QStringLiteral(" (%1)").arg(t.binning);
    return title + QStringLiteral(":\n") + renderTextTable(header, rows)
           + ReportTextTr::tr("largest accuracy gap between groups of 30 or more items: %1\n").arg(p4(t.accuracyGap(30)));
}

QString renderMisclassified(const std::vector<Misclassified> &errors, const QStringList &classes, int limit)
{
    QList<QStringList> rows;
    for (int i = 0; i < int(errors.size()) && i < limit; ++i) {
        const Misclassified &m = errors[size_t(i)];
        rows.append({QString::number(i + 1), p4(m.confidence), p4(m.actualProbability),
                     QStringLiteral("%1 -> %2").arg(classes[m.actual], classes[m.predicted]), m.path});
    }
    QString out = ReportTextTr::tr("Misclassified: %1, most confident first").arg(formatCount(qint64(errors.size())));
    if (int(errors.size()) > limit)
        out += ReportTextTr::tr(" (top %1)").arg(limit);
    out += QStringLiteral(":\n");
    if (!rows.isEmpty())
        out += renderTextTable({ReportTextTr::tr("#"), ReportTextTr::tr("confidence"), ReportTextTr::tr("p(actual)"), ReportTextTr::tr("actual -> predicted"), ReportTextTr::tr("path")}, rows,
                               QStringLiteral("rrrll"));
    return out;
}

QString renderEvaluation(const Evaluation &e, int errorLimit)
{
    const QStringList &classes = e.table.classes;
    QString out = ReportTextTr::tr("Predictions: %1 (%2 items, classes in index order: %3)\n")
                      .arg(e.table.source, formatCount(qint64(e.table.rows.size())), classes.join(QStringLiteral(", ")));
    if (e.threshold)
        out += ReportTextTr::tr("Threshold: %1 = %2 (%3 where prob_%3 >= threshold)\n")
                   .arg(thresholdRuleName(e.threshold->rule), QString::number(e.threshold->threshold, 'g', 6), classes[1]);
    for (const QString &w : e.warnings)
        out += ReportTextTr::tr("Warning: %1\n").arg(w);
    out += QLatin1Char('\n') + renderConfusionMatrix(e.report.matrix);
    out += QLatin1Char('\n') + renderClassificationReport(e.report);
    out += QLatin1Char('\n') + renderRanking(e.ranking, classes);
    out += QLatin1Char('\n') + renderCalibration(e.calibration, ReportTextTr::tr("Calibration (top-label confidence):"));
    if (!e.thresholds.empty())
        out += QLatin1Char('\n') + ReportTextTr::tr("Thresholds (%1 predicted where prob_%1 >= threshold):\n").arg(classes[1])
               + renderThresholds(e.thresholds, classes);
    for (const SliceTable &s : e.slices)
        out += QLatin1Char('\n') + renderSliceTable(s);
    out += QLatin1Char('\n') + renderMisclassified(e.errors, classes, errorLimit);
    return out;
}

} // namespace maskbench
