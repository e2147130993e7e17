// The report's charts: core's evaluation numbers drawn with svg_chart.h. Layout choices follow
// the workbench's plots (ui/evaluation/evaluation_plots.cpp), so the page and the panel agree.

#include "core/report/report_p.h"
#include "core/report/svg_chart.h"

#include "core/dataset/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace maskbench::report {
namespace {

// A curve of 50,000 distinct scores would make a 1 MB polyline; AUC and AP are core's, on the
// full curves. Same bound as metrics.json's curves.
constexpr size_t kMaxCurvePoints = 2000;

svg::Series thinnedSeries(const QString &name, const QString &colour, const std::vector<double> &x, const std::vector<double> &y)
{
    svg::Series s;
    s.name = name;
    s.colour = colour;
    for (size_t i : svg::thinnedIndices(std::min(x.size(), y.size()), kMaxCurvePoints)) {
        s.x.push_back(x[i]);
        s.y.push_back(y[i]);
    }
    return s;
}

svg::Series dashed(const QString &name, const QString &colour, std::vector<double> x, std::vector<double> y)
{
    svg::Series s;
    s.name = name;
    s.colour = colour;
    s.dashed = true;
    s.x = std::move(x);
    s.y = std::move(y);
    return s;
}

// The classes a ranking chart draws: the positive class of a binary model, else all of them.
std::vector<int> shownClasses(const Evaluation &ev)
{
    std::vector<int> shown;
    if (ev.ranking.binary)
        shown.push_back(1);
    else
        for (int c = 0; c < int(ev.table.classes.size()); ++c)
            shown.push_back(c);
    return shown;
}

// The operating point of a binary model (its threshold, or the predictions as written).
void addOperatingPoint(svg::LineChart &chart, const Evaluation &ev, bool roc)
{
    const ClassificationReport &r = ev.report;
    if (!ev.ranking.binary || r.perClass.size() != 2)
        return;
    svg::Series p;
    p.kind = svg::Series::Kind::Points;
    p.colour = QStringLiteral("#c0392b");
    p.name = ev.threshold ? Report::tr("threshold %1").arg(ev.threshold->threshold, 0, 'f', 3) : Report::tr("predictions as written");
    p.x = {roc ? 1.0 - r.perClass[0].recall : r.perClass[1].recall};
    p.y = {roc ? r.perClass[1].recall : r.perClass[1].precision};
    chart.series.push_back(p);
}

svg::LineChart unitChart(const QString &title, const QString &x, const QString &y)
{
    svg::LineChart c;
    c.title = title;
    c.xLabel = x;
    c.yLabel = y;
    // A little room at both ends: a curve along x = 1 or y = 0 must not hide under the frame.
    c.xMin = -0.01;
    c.xMax = 1.01;
    c.yMin = -0.01;
    c.yMax = 1.02;
    c.xTicks = c.yTicks = {0, 0.2, 0.4, 0.6, 0.8, 1.0};
    c.xTickDecimals = c.yTickDecimals = 1;
    return c;
}

} // namespace

QString sliceChartId(const QString &attribute)
{
    QString safe;
    for (const QChar ch : attribute)
        safe += ch.isLetterOrNumber() || ch == QLatin1Char('_') || ch == QLatin1Char('-') ? ch : QLatin1Char('_');
    return QStringLiteral("slice-") + safe;
}

Chart confusionMatrixChart(const Evaluation &ev, int size)
{
    const ConfusionMatrix &cm = ev.report.matrix;
    const int k = cm.size();
    const auto rows = cm.rowNormalised();
    svg::HeatMap map;
    map.title = ev.threshold ? Report::tr("Confusion matrix at threshold %1 (%2 predictions)").arg(ev.threshold->threshold, 0, 'f', 3).arg(formatCount(cm.total()))
                             : Report::tr("Confusion matrix (%1 predictions)").arg(formatCount(cm.total()));
    map.subtitle = Report::tr("cells: row % (share of the actual class), count; colour: row %");
    map.xLabel = Report::tr("Predicted");
    map.yLabel = Report::tr("Actual");
    map.rowLabels = map.columnLabels = cm.classes;
    map.level.assign(size_t(k), std::vector<double>(size_t(k)));
    map.text.assign(size_t(k), std::vector<QStringList>(size_t(k)));
    map.attributes.assign(size_t(k), std::vector<QString>(size_t(k)));
    for (int a = 0; a < k; ++a)
        for (int p = 0; p < k; ++p) {
            const double share = rows[size_t(a)][size_t(p)];
            map.level[size_t(a)][size_t(p)] = share;
            map.text[size_t(a)][size_t(p)] = {QStringLiteral("%1%").arg(100.0 * share, 0, 'f', 1), formatCount(cm.at(a, p))};
            map.attributes[size_t(a)][size_t(p)] = QStringLiteral("data-count=\"%1\" data-row-share=\"%2\"").arg(cm.at(a, p)).arg(share, 0, 'g', 17);
        }
    const QString id = QStringLiteral("confusion-matrix");
    return {id, map.toSvg(size, id), Report::tr("Confusion matrix: rows actual, columns predicted (scikit-learn's layout)"), size};
}

Chart rocChart(const Evaluation &ev, int size)
{
    svg::LineChart c = unitChart(Report::tr("ROC curve"), Report::tr("False positive rate"), Report::tr("True positive rate"));
    c.legend = svg::Corner::BottomRight; // ROC curves rise on the left: the bottom right stays free
    c.series.push_back(dashed(Report::tr("chance"), QStringLiteral("#909497"), {0, 1}, {0, 1}));
    for (int k : shownClasses(ev)) {
        const RocCurve &roc = ev.ranking.roc[size_t(k)];
        c.series.push_back(thinnedSeries(Report::tr("%1 (AUC %2)").arg(ev.table.classes[k], QString::number(roc.auc, 'f', 3)), svg::colour(k), roc.fpr, roc.tpr));
    }
    addOperatingPoint(c, ev, true);
    const QString id = QStringLiteral("roc");
    return {id, c.toSvg(size, size, id), Report::tr("ROC curve, AUC %1").arg(num4(ev.ranking.rocAuc())), size};
}

Chart prChart(const Evaluation &ev, int size)
{
    svg::LineChart c = unitChart(Report::tr("Precision–recall curve"), Report::tr("Recall"), Report::tr("Precision"));
    c.legend = svg::Corner::BottomLeft; // PR curves fall on the right
    for (int k : shownClasses(ev)) {
        const PrCurve &pr = ev.ranking.pr[size_t(k)];
        c.series.push_back(thinnedSeries(Report::tr("%1 (AP %2)").arg(ev.table.classes[k], QString::number(pr.averagePrecision, 'f', 3)), svg::colour(k),
                                         pr.recall, pr.precision));
    }
    addOperatingPoint(c, ev, false);
    const QString id = QStringLiteral("pr");
    return {id, c.toSvg(size, size, id), Report::tr("Precision–recall curve, average precision %1").arg(num4(ev.ranking.averagePrecision())), size};
}

Chart reliabilityChart(const Calibration &cal, int width, int height)
{
    svg::LineChart c = unitChart(Report::tr("Reliability diagram"), Report::tr("Confidence (probability of the predicted class)"), Report::tr("Accuracy"));
    // A band above 1.0 for the legend: bars of an under-confident model reach the top left.
    c.yMax = 1.3;
    c.legend = svg::Corner::TopLeft;
    svg::Series bars, means;
    bars.kind = svg::Series::Kind::Bars;
    bars.name = Report::tr("accuracy per bin (ECE %1, MCE %2)").arg(QString::number(cal.expectedError, 'f', 3), QString::number(cal.maximumError, 'f', 3));
    bars.barWidth = cal.bins.empty() ? 0.1 : 0.9 / double(cal.bins.size());
    means.kind = svg::Series::Kind::Points;
    means.name = Report::tr("at mean confidence of the bin");
    means.colour = QStringLiteral("#e67e22");
    for (const CalibrationBin &b : cal.bins) {
        if (b.count == 0)
            continue;
        bars.x.push_back((b.lower + b.upper) / 2);
        bars.y.push_back(b.observed);
        means.x.push_back(b.meanScore);
        means.y.push_back(b.observed);
    }
    c.series = {bars, means, dashed(Report::tr("perfectly calibrated"), QStringLiteral("#505050"), {0, 1}, {0, 1})};
    const QString id = QStringLiteral("reliability");
    return {id, c.toSvg(width, height, id), Report::tr("Reliability diagram (top-label confidence), ECE %1").arg(num4(cal.expectedError)), width};
}

Chart trainingChart(const RunMetrics &m, bool accuracy, int width, int height)
{
    svg::LineChart c;
    c.title = accuracy ? Report::tr("Training: accuracy per epoch") : Report::tr("Training: loss per epoch");
    c.xLabel = Report::tr("epoch");
    c.yLabel = accuracy ? Report::tr("accuracy") : Report::tr("loss");
    svg::Series train, val;
    train.name = Report::tr("train");
    train.colour = QStringLiteral("#1f77b4");
    val.name = Report::tr("validation");
    val.colour = QStringLiteral("#ff7f0e");
    train.markers = val.markers = true;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const EpochMetrics &e : m.rows) {
        train.x.push_back(e.epoch);
        val.x.push_back(e.epoch);
        train.y.push_back(accuracy ? e.accuracy : e.loss);
        val.y.push_back(accuracy ? e.valAccuracy : e.valLoss);
        for (double v : {train.y.back(), val.y.back()})
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    double yLo, yHi;
    if (accuracy) {
        yHi = 1.0;
        yLo = std::max(0.0, std::floor((lo - 0.05) * 10) / 10);
        yLo = std::max(0.0, yLo - 0.25 * (yHi - yLo)); // room for the legend under the curves
    } else {
        const double span = std::max(hi - lo, 0.05 * std::max(1e-9, std::abs(hi)));
        yLo = std::max(0.0, lo - 0.1 * span);
        yHi = hi + 0.35 * span; // room for the legend above the curves
    }
    const int epochs = std::max(1, m.rows.empty() ? 1 : m.rows.back().epoch);
    c.xMin = 0.5;
    c.xMax = epochs + 0.5;
    c.yMin = yLo;
    c.yMax = yHi + 0.02 * (yHi - yLo);
    c.xTickDecimals = 0;
    if (epochs <= 20)
        for (int e = 1; e <= epochs; ++e)
            c.xTicks.push_back(e);
    else
        for (double t : svg::niceTicks(1, epochs))
            if (t >= 1 && t == std::floor(t))
                c.xTicks.push_back(t);
    // Accuracy rises: its legend sits under the curves; loss falls: above them; on the side away
    // from the best epoch.
    const bool bestOnRight = m.bestEpoch > (epochs + 1) / 2.0;
    c.legend = accuracy ? (bestOnRight ? svg::Corner::BottomLeft : svg::Corner::BottomRight)
                        : (bestOnRight ? svg::Corner::TopLeft : svg::Corner::TopRight);
    c.series = {train, val};
    if (m.bestEpoch > 0)
        c.series.push_back(dashed(Report::tr("best epoch %1 (val. accuracy %2)").arg(m.bestEpoch).arg(m.bestValAccuracy, 0, 'f', 3), QStringLiteral("#2ca02c"),
                                  {double(m.bestEpoch), double(m.bestEpoch)}, {c.yMin, c.yMax}));
    const QString id = accuracy ? QStringLiteral("training-accuracy") : QStringLiteral("training-loss");
    return {id, c.toSvg(width, height, id),
            accuracy ? Report::tr("Accuracy per epoch, train and validation") : Report::tr("Loss per epoch, train and validation"), width};
}

Chart sliceChart(const SliceTable &slice, int minWidth, int height)
{
    svg::BarChart c;
    c.title = Report::tr("Accuracy and recall by %1").arg(slice.attribute);
    c.xLabel = slice.binning.isEmpty() ? slice.attribute : QStringLiteral("%1 (%2)").arg(slice.attribute, slice.binning);
    c.yLabel = Report::tr("proportion");
    c.yMax = 1.05;
    for (const SliceRow &row : slice.rows)
        c.categories << QStringLiteral("%1\nn=%2").arg(row.value, formatCount(row.count));
    svg::BarChart::Bars acc{Report::tr("accuracy"), QStringLiteral("#5d6d7e"), {}};
    for (const SliceRow &row : slice.rows)
        acc.values.push_back(row.report.accuracy);
    c.series.push_back(acc);
    for (int k = 0; k < slice.classes.size(); ++k) {
        svg::BarChart::Bars recall{Report::tr("recall %1").arg(slice.classes[k]), svg::colour(k), {}};
        for (const SliceRow &row : slice.rows) {
            const ClassScores &s = row.report.perClass[size_t(k)];
            recall.values.push_back(s.support > 0 ? s.recall : std::numeric_limits<double>::quiet_NaN());
        }
        c.series.push_back(recall);
    }
    const QString id = sliceChartId(slice.attribute);
    const QString svgText = c.toSvg(minWidth, height, id);
    const int width = svgText.section(QStringLiteral("width=\""), 1, 1).section(QLatin1Char('"'), 0, 0).toInt();
    return {id, svgText, Report::tr("Accuracy and recall per class by %1").arg(slice.attribute), width};
}

} // namespace maskbench::report
