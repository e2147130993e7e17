#include "core/eval/metrics.h"

#include "core/common/error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace maskbench {
namespace {

// This file's messages: looked up under "Metrics" and extracted there by lupdate.
struct MetricsTr
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
// Objectives closer than this are ties (they are ratios of counts, so real differences are
// at least 1 / n^2, far above it).
constexpr double kTie = 1e-12;

double ratio(qint64 num, qint64 den) { return den > 0 ? double(num) / double(den) : 0.0; }

// sklearn's _binary_clf_curve: false and true positives at each distinct score, scores
// descending, counted for "score >= threshold".
struct ClfCurve
{
    std::vector<double> fps, tps, thresholds;
};

ClfCurve binaryClfCurve(const std::vector<bool> &positive, const std::vector<double> &score)
{
    if (positive.size() != score.size())
        throw Error(MetricsTr::tr("internal: %1 labels for %2 scores").arg(positive.size()).arg(score.size()));
    std::vector<size_t> order(score.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return score[a] > score[b]; });
    ClfCurve c;
    qint64 tp = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (positive[order[i]])
            ++tp;
        if (i + 1 == order.size() || score[order[i]] != score[order[i + 1]]) {
            c.tps.push_back(double(tp));
            c.fps.push_back(double(qint64(i) + 1 - tp));
            c.thresholds.push_back(score[order[i]]);
        }
    }
    return c;
}

void checkTable(const PredictionTable &table)
{
    if (table.rows.empty())
        throw Error(MetricsTr::tr("%1: no predictions to evaluate").arg(table.source));
    const int k = table.classCount();
    for (const Prediction &p : table.rows) {
        if (p.label < 0 || p.label >= k || p.predicted < 0 || p.predicted >= k || int(p.probs.size()) != k)
            throw Error(MetricsTr::tr("%1: row for %2 does not match the %3 classes").arg(table.source, p.path).arg(k));
    }
}

void requireBinary(const PredictionTable &table)
{
    if (table.classCount() != 2)
        throw Error(MetricsTr::tr("%1: thresholds apply to binary models; this one has %2 classes (%3)")
                        .arg(table.source).arg(table.classCount()).arg(table.classes.join(QStringLiteral(", "))));
}

double weightedMean(const std::vector<double> &values, const std::vector<double> &weights)
{
    double sum = 0, wsum = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        sum += values[i] * weights[i];
        wsum += weights[i];
    }
    return wsum > 0 ? sum / wsum : kNaN;
}

} // namespace

qint64 ConfusionMatrix::rowTotal(int actual) const
{
    const auto &r = counts[size_t(actual)];
    return std::accumulate(r.begin(), r.end(), qint64(0));
}

qint64 ConfusionMatrix::columnTotal(int predicted) const
{
    qint64 n = 0;
    for (const auto &r : counts)
        n += r[size_t(predicted)];
    return n;
}

qint64 ConfusionMatrix::total() const
{
    qint64 n = 0;
    for (int a = 0; a < size(); ++a)
        n += rowTotal(a);
    return n;
}

qint64 ConfusionMatrix::correct() const
{
    qint64 n = 0;
    for (int a = 0; a < size(); ++a)
        n += at(a, a);
    return n;
}

std::vector<std::vector<double>> ConfusionMatrix::rowNormalised() const
{
    std::vector<std::vector<double>> out(counts.size());
    for (int a = 0; a < size(); ++a) {
        const qint64 t = rowTotal(a);
        for (int p = 0; p < size(); ++p)
            out[size_t(a)].push_back(ratio(at(a, p), t));
    }
    return out;
}

ConfusionMatrix confusionMatrix(const QStringList &classes, const std::vector<int> &actual, const std::vector<int> &predicted)
{
    if (actual.size() != predicted.size())
        throw Error(MetricsTr::tr("internal: %1 labels for %2 predictions").arg(actual.size()).arg(predicted.size()));
    ConfusionMatrix m;
    m.classes = classes;
    const int k = int(classes.size());
    m.counts.assign(size_t(k), std::vector<qint64>(size_t(k), 0));
    for (size_t i = 0; i < actual.size(); ++i) {
        if (actual[i] < 0 || actual[i] >= k || predicted[i] < 0 || predicted[i] >= k)
            throw Error(MetricsTr::tr("internal: class index out of range (%1 classes)").arg(k));
        ++m.counts[size_t(actual[i])][size_t(predicted[i])];
    }
    return m;
}

ConfusionMatrix confusionMatrix(const PredictionTable &table)
{
    checkTable(table);
    return confusionMatrix(table.classes, table.labels(), table.predictedLabels());
}

ClassificationReport classificationReport(const ConfusionMatrix &matrix)
{
    ClassificationReport r;
    r.matrix = matrix;
    const int k = matrix.size();
    const qint64 n = matrix.total();
    r.accuracy = ratio(matrix.correct(), n);

    double recallSum = 0;
    int withSamples = 0;
    r.minRecall = kNaN;
    for (int c = 0; c < k; ++c) {
        ClassScores s;
        const qint64 tp = matrix.at(c, c);
        s.support = matrix.rowTotal(c);
        s.predicted = matrix.columnTotal(c);
        s.precision = ratio(tp, s.predicted); // zero_division = 0
        s.recall = ratio(tp, s.support);
        const double denom = s.precision + s.recall;
        s.f1 = denom == 0.0 ? 0.0 : 2.0 * s.precision * s.recall / denom;
        r.perClass.push_back(s);
        if (s.support > 0) {
            recallSum += s.recall;
            ++withSamples;
            r.minRecall = std::isnan(r.minRecall) ? s.recall : std::min(r.minRecall, s.recall);
        }
    }
    r.balancedAccuracy = withSamples > 0 ? recallSum / withSamples : kNaN;

    r.macro.support = r.weighted.support = n;
    r.macro.predicted = r.weighted.predicted = n;
    for (const ClassScores &s : r.perClass) {
        r.macro.precision += s.precision / k;
        r.macro.recall += s.recall / k;
        r.macro.f1 += s.f1 / k;
        if (n > 0) {
            const double w = double(s.support) / double(n);
            r.weighted.precision += s.precision * w;
            r.weighted.recall += s.recall * w;
            r.weighted.f1 += s.f1 * w;
        }
    }
    return r;
}

ClassificationReport classificationReport(const PredictionTable &table) { return classificationReport(confusionMatrix(table)); }

RocCurve rocCurve(const std::vector<bool> &positive, const std::vector<double> &score, bool dropIntermediate)
{
    ClfCurve c = binaryClfCurve(positive, score);
    if (dropIntermediate && c.fps.size() > 2) {
        // Keep the ends and every corner; a point collinear with both neighbours changes nothing.
        ClfCurve kept;
        const size_t m = c.fps.size();
        for (size_t i = 0; i < m; ++i) {
            const bool corner = i == 0 || i + 1 == m
                                || c.fps[i - 1] - 2 * c.fps[i] + c.fps[i + 1] != 0.0
                                || c.tps[i - 1] - 2 * c.tps[i] + c.tps[i + 1] != 0.0;
            if (corner) {
                kept.fps.push_back(c.fps[i]);
                kept.tps.push_back(c.tps[i]);
                kept.thresholds.push_back(c.thresholds[i]);
            }
        }
        c = std::move(kept);
    }
    RocCurve r;
    const double fpsLast = c.fps.empty() ? 0.0 : c.fps.back();
    const double tpsLast = c.tps.empty() ? 0.0 : c.tps.back();
    r.positives = qint64(tpsLast);
    r.negatives = qint64(fpsLast);
    r.fpr.push_back(fpsLast > 0 ? 0.0 : kNaN);
    r.tpr.push_back(tpsLast > 0 ? 0.0 : kNaN);
    r.thresholds.push_back(kInf);
    for (size_t i = 0; i < c.fps.size(); ++i) {
        r.fpr.push_back(fpsLast > 0 ? c.fps[i] / fpsLast : kNaN);
        r.tpr.push_back(tpsLast > 0 ? c.tps[i] / tpsLast : kNaN);
        r.thresholds.push_back(c.thresholds[i]);
    }
    r.auc = fpsLast > 0 && tpsLast > 0 ? trapezoidArea(r.fpr, r.tpr) : kNaN;
    return r;
}

PrCurve precisionRecallCurve(const std::vector<bool> &positive, const std::vector<double> &score)
{
    const ClfCurve c = binaryClfCurve(positive, score);
    PrCurve r;
    const size_t m = c.tps.size();
    const double tpsLast = m > 0 ? c.tps.back() : 0.0;
    r.positives = qint64(tpsLast);
    // Reversed so that recall decreases and thresholds increase, as sklearn returns them.
    for (size_t j = m; j-- > 0;) {
        const double ps = c.tps[j] + c.fps[j];
        r.precision.push_back(ps != 0.0 ? c.tps[j] / ps : 0.0);
        r.recall.push_back(tpsLast == 0.0 ? 1.0 : c.tps[j] / tpsLast); // sklearn: recall 1 without positives
        r.thresholds.push_back(c.thresholds[j]);
    }
    r.precision.push_back(1.0);
    r.recall.push_back(0.0);
    double ap = 0;
    for (size_t i = 0; i + 1 < r.recall.size(); ++i)
        ap += (r.recall[i] - r.recall[i + 1]) * r.precision[i];
    r.averagePrecision = ap;
    return r;
}

double trapezoidArea(const std::vector<double> &x, const std::vector<double> &y)
{
    double area = 0;
    for (size_t i = 0; i + 1 < x.size() && i + 1 < y.size(); ++i)
        area += (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
    return area;
}

RankingMetrics rankingMetrics(const PredictionTable &table)
{
    checkTable(table);
    RankingMetrics r;
    const int k = table.classCount();
    r.binary = k == 2;
    std::vector<double> aucs, aps, prevalence;
    for (int c = 0; c < k; ++c) {
        std::vector<bool> positive;
        std::vector<double> score;
        positive.reserve(table.rows.size());
        score.reserve(table.rows.size());
        for (const Prediction &p : table.rows) {
            positive.push_back(p.label == c);
            score.push_back(p.probs[size_t(c)]);
        }
        r.roc.push_back(rocCurve(positive, score));
        r.pr.push_back(precisionRecallCurve(positive, score));
        aucs.push_back(r.roc.back().auc);
        aps.push_back(r.pr.back().averagePrecision);
        prevalence.push_back(double(r.roc.back().positives));
    }
    r.rocAucMacro = weightedMean(aucs, std::vector<double>(size_t(k), 1.0));
    r.rocAucWeighted = weightedMean(aucs, prevalence);
    r.averagePrecisionMacro = weightedMean(aps, std::vector<double>(size_t(k), 1.0));
    r.averagePrecisionWeighted = weightedMean(aps, prevalence);
    return r;
}

int calibrationBin(double value, int bins)
{
    // Inner edges computed as numpy.linspace does (i * step), so a value on an edge lands where
    // sklearn puts it.
    const double step = 1.0 / bins;
    int b = 0;
    for (int i = 1; i < bins; ++i) {
        if (double(i) * step < value)
            b = i;
        else
            break;
    }
    return b;
}

Calibration reliability(const std::vector<bool> &hit, const std::vector<double> &score, int bins)
{
    if (bins < 1)
        throw Error(MetricsTr::tr("calibration needs at least one bin"));
    Calibration cal;
    cal.bins.resize(size_t(bins));
    const double step = 1.0 / bins;
    std::vector<double> scoreSum(size_t(bins), 0.0), hitSum(size_t(bins), 0.0);
    for (int b = 0; b < bins; ++b) {
        cal.bins[size_t(b)].lower = double(b) * step;
        cal.bins[size_t(b)].upper = b + 1 == bins ? 1.0 : double(b + 1) * step;
    }
    for (size_t i = 0; i < score.size(); ++i) {
        const size_t b = size_t(calibrationBin(score[i], bins));
        ++cal.bins[b].count;
        scoreSum[b] += score[i];
        hitSum[b] += hit[i] ? 1.0 : 0.0;
    }
    const double n = double(score.size());
    for (size_t b = 0; b < cal.bins.size(); ++b) {
        CalibrationBin &bin = cal.bins[b];
        if (bin.count == 0)
            continue;
        bin.meanScore = scoreSum[b] / double(bin.count);
        bin.observed = hitSum[b] / double(bin.count);
        const double gap = std::abs(bin.observed - bin.meanScore);
        cal.expectedError += double(bin.count) / n * gap;
        cal.maximumError = std::max(cal.maximumError, gap);
    }
    return cal;
}

Calibration topLabelCalibration(const PredictionTable &table, int bins)
{
    checkTable(table);
    std::vector<bool> hit;
    std::vector<double> score;
    for (const Prediction &p : table.rows) {
        hit.push_back(p.predicted == p.label);
        score.push_back(p.confidence());
    }
    return reliability(hit, score, bins);
}

Calibration positiveClassCalibration(const PredictionTable &table, int bins)
{
    checkTable(table);
    requireBinary(table);
    std::vector<bool> hit;
    std::vector<double> score;
    for (const Prediction &p : table.rows) {
        hit.push_back(p.label == 1);
        score.push_back(p.probs[1]);
    }
    return reliability(hit, score, bins);
}

QString thresholdRuleName(ThresholdRule rule)
{
    switch (rule) {
    case ThresholdRule::Fixed: return QStringLiteral("fixed");
    case ThresholdRule::BestAccuracy: return QStringLiteral("best-acc");
    case ThresholdRule::Youden: return QStringLiteral("youden");
    case ThresholdRule::MaxMinRecall: return QStringLiteral("max-min-recall");
    }
    return QString();
}

ThresholdRule parseThresholdRule(const QString &text, double *fixedValue)
{
    const QString t = text.trimmed().toLower();
    for (ThresholdRule r : {ThresholdRule::BestAccuracy, ThresholdRule::Youden, ThresholdRule::MaxMinRecall}) {
        if (t == thresholdRuleName(r))
            return r;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0))
        throw Error(MetricsTr::tr("threshold '%1': give a number in [0, 1], best-acc, youden or max-min-recall").arg(text));
    if (fixedValue)
        *fixedValue = v;
    return ThresholdRule::Fixed;
}

PredictionTable applyThreshold(const PredictionTable &table, double threshold)
{
    checkTable(table);
    requireBinary(table);
    PredictionTable out = table;
    for (Prediction &p : out.rows)
        p.predicted = p.probs[1] >= threshold ? 1 : 0;
    return out;
}

ThresholdChoice evaluateThreshold(const PredictionTable &table, double threshold, ThresholdRule rule)
{
    checkTable(table);
    requireBinary(table);
    // Counts only: no copy of the table (the rules call this for every candidate they report).
    std::vector<int> predicted;
    predicted.reserve(table.rows.size());
    for (const Prediction &p : table.rows)
        predicted.push_back(p.probs[1] >= threshold ? 1 : 0);
    const ClassificationReport r = classificationReport(confusionMatrix(table.classes, table.labels(), predicted));
    ThresholdChoice c;
    c.rule = rule;
    c.threshold = threshold;
    c.accuracy = r.accuracy;
    for (int i = 0; i < 2; ++i) {
        c.recall[i] = r.perClass[size_t(i)].recall;
        c.precision[i] = r.perClass[size_t(i)].precision;
    }
    c.youdenJ = c.recall[0] + c.recall[1] - 1.0;
    c.minRecall = std::min(c.recall[0], c.recall[1]);
    return c;
}

ThresholdChoice chooseThreshold(const PredictionTable &table, ThresholdRule rule, double fixedValue)
{
    checkTable(table);
    requireBinary(table);
    if (rule == ThresholdRule::Fixed)
        return evaluateThreshold(table, fixedValue, rule);

    std::vector<bool> positive;
    std::vector<double> score;
    for (const Prediction &p : table.rows) {
        positive.push_back(p.label == 1);
        score.push_back(p.probs[1]);
    }
    const ClfCurve c = binaryClfCurve(positive, score);
    const double n = double(table.rows.size());
    const double pos = c.tps.back();
    const double neg = c.fps.back();
    if (pos == 0 || neg == 0)
        throw Error(MetricsTr::tr("%1: choosing a threshold needs samples of both classes (%2: %3, %4: %5)")
                        .arg(table.source, table.classes[0]).arg(qint64(neg)).arg(table.classes[1]).arg(qint64(pos)));

    // Cut k = 0: nothing positive; cut k >= 1: positive where score >= thresholds[k - 1].
    const size_t m = c.tps.size();
    auto thresholdOfCut = [&](size_t k) {
        if (k == 0) {
            const double top = c.thresholds[0];
            const double t = top < 1.0 ? (top + 1.0) / 2.0 : std::nextafter(1.0, 2.0);
            return t > top ? t : std::nextafter(top, kInf);
        }
        const double s = c.thresholds[k - 1];
        if (k == m)
            return s / 2.0;
        const double mid = (s + c.thresholds[k]) / 2.0;
        return mid > c.thresholds[k] ? mid : s;
    };
    auto objective = [&](double accuracy, double r0, double r1) {
        switch (rule) {
        case ThresholdRule::BestAccuracy: return accuracy;
        case ThresholdRule::Youden: return r0 + r1 - 1.0;
        case ThresholdRule::MaxMinRecall: return std::min(r0, r1);
        case ThresholdRule::Fixed: break;
        }
        return 0.0;
    };

    size_t best = 0;
    double bestObj = -kInf, bestAcc = -kInf, bestDist = kInf;
    for (size_t k = 0; k <= m; ++k) {
        const double tp = k == 0 ? 0.0 : c.tps[k - 1];
        const double fp = k == 0 ? 0.0 : c.fps[k - 1];
        const double r1 = tp / pos;
        const double r0 = (neg - fp) / neg;
        const double acc = (tp + neg - fp) / n;
        const double obj = objective(acc, r0, r1);
        const double dist = std::abs(thresholdOfCut(k) - 0.5);
        bool better = obj > bestObj + kTie;
        if (!better && std::abs(obj - bestObj) <= kTie)
            better = acc > bestAcc + kTie || (std::abs(acc - bestAcc) <= kTie && dist < bestDist);
        if (better) {
            best = k;
            bestObj = obj;
            bestAcc = acc;
            bestDist = dist;
        }
    }
    return evaluateThreshold(table, thresholdOfCut(best), rule);
}

std::vector<ThresholdChoice> standardThresholds(const PredictionTable &table)
{
    return {chooseThreshold(table, ThresholdRule::Fixed, 0.5), chooseThreshold(table, ThresholdRule::BestAccuracy),
            chooseThreshold(table, ThresholdRule::Youden), chooseThreshold(table, ThresholdRule::MaxMinRecall)};
}

} // namespace maskbench
