#include "core/eval/evaluation.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace maskbench {
namespace {

// This file's messages: looked up under "Evaluation" and extracted there by lupdate.
struct EvaluationTr
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)
};

QJsonValue num(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonArray array(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(num(v));
    return a;
}

// Indices of at most maxPoints points of an n-point curve: first, last, evenly spaced between.
std::vector<size_t> thinned(size_t n, int maxPoints)
{
    std::vector<size_t> idx;
    if (maxPoints < 2 || n <= size_t(maxPoints)) {
        for (size_t i = 0; i < n; ++i)
            idx.push_back(i);
        return idx;
    }
    const double step = double(n - 1) / double(maxPoints - 1);
    for (int k = 0; k < maxPoints; ++k)
        idx.push_back(k + 1 == maxPoints ? n - 1 : size_t(std::llround(k * step)));
    return idx;
}

QJsonArray pick(const std::vector<double> &values, const std::vector<size_t> &idx)
{
    QJsonArray a;
    for (size_t i : idx)
        a.append(i < values.size() ? num(values[i]) : QJsonValue());
    return a;
}

QJsonObject scoresJson(const ClassScores &s)
{
    return QJsonObject{{QStringLiteral("precision"), num(s.precision)},
                       {QStringLiteral("recall"), num(s.recall)},
                       {QStringLiteral("f1"), num(s.f1)},
                       {QStringLiteral("support"), double(s.support)},
                       {QStringLiteral("predicted"), double(s.predicted)}};
}

QJsonObject reportJson(const ClassificationReport &r)
{
    QJsonArray counts, normalised;
    const auto norm = r.matrix.rowNormalised();
    for (int a = 0; a < r.matrix.size(); ++a) {
        QJsonArray row;
        for (int p = 0; p < r.matrix.size(); ++p)
            row.append(double(r.matrix.at(a, p)));
        counts.append(row);
        normalised.append(array(norm[size_t(a)]));
    }
    QJsonObject perClass;
    for (int c = 0; c < r.matrix.size(); ++c)
        perClass.insert(r.classes()[c], scoresJson(r.perClass[size_t(c)]));
    return QJsonObject{{QStringLiteral("count"), double(r.matrix.total())},
                       {QStringLiteral("accuracy"), num(r.accuracy)},
                       {QStringLiteral("balanced_accuracy"), num(r.balancedAccuracy)},
                       {QStringLiteral("min_recall"), num(r.minRecall)},
                       {QStringLiteral("confusion_matrix"), counts},
                       {QStringLiteral("confusion_matrix_normalised"), normalised},
                       {QStringLiteral("per_class"), perClass},
                       {QStringLiteral("macro_avg"), scoresJson(r.macro)},
                       {QStringLiteral("weighted_avg"), scoresJson(r.weighted)}};
}

QJsonObject calibrationJson(const Calibration &c)
{
    QJsonArray bins;
    for (const CalibrationBin &b : c.bins)
        bins.append(QJsonObject{{QStringLiteral("lower"), b.lower},
                                {QStringLiteral("upper"), b.upper},
                                {QStringLiteral("count"), double(b.count)},
                                {QStringLiteral("mean_score"), b.count > 0 ? num(b.meanScore) : QJsonValue()},
                                {QStringLiteral("observed"), b.count > 0 ? num(b.observed) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("bins"), bins},
                       {QStringLiteral("expected_calibration_error"), num(c.expectedError)},
                       {QStringLiteral("maximum_calibration_error"), num(c.maximumError)}};
}

QJsonObject thresholdJson(const ThresholdChoice &t, const QStringList &classes)
{
    QJsonObject recall, precision;
    for (int i = 0; i < 2; ++i) {
        recall.insert(classes[i], num(t.recall[i]));
        precision.insert(classes[i], num(t.precision[i]));
    }
    return QJsonObject{{QStringLiteral("rule"), thresholdRuleName(t.rule)},
                       {QStringLiteral("threshold"), num(t.threshold)},
                       {QStringLiteral("accuracy"), num(t.accuracy)},
                       {QStringLiteral("recall"), recall},
                       {QStringLiteral("precision"), precision},
                       {QStringLiteral("youden_j"), num(t.youdenJ)},
                       {QStringLiteral("min_recall"), num(t.minRecall)}};
}

} // namespace

Evaluation evaluatePredictions(const PredictionTable &input, const EvaluationOptions &options)
{
    Evaluation e;
    if (!options.threshold.isEmpty()) {
        double fixed = 0.5;
        const ThresholdRule rule = parseThresholdRule(options.threshold, &fixed);
        e.threshold = chooseThreshold(input, rule, fixed);
        e.table = applyThreshold(input, e.threshold->threshold);
    } else {
        e.table = input;
    }
    qint64 unnormalised = 0;
    const Prediction *first = nullptr;
    double firstSum = 0;
    for (const Prediction &p : e.table.rows) {
        double sum = 0;
        for (double v : p.probs)
            sum += v;
        if (std::abs(sum - 1.0) > 1e-3) {
            if (!first) {
                first = &p;
                firstSum = sum;
            }
            ++unnormalised;
        }
    }
    if (first)
        e.warnings.append(EvaluationTr::tr("%1 of %2 rows have probabilities that do not sum to 1 (first: %3:%4, sum %5); "
                             "curves and calibration assume the prob_ columns are a softmax")
                              .arg(unnormalised)
                              .arg(e.table.rows.size())
                              .arg(e.table.source)
                              .arg(first->line)
                              .arg(firstSum, 0, 'g', 6));
    e.report = classificationReport(e.table);
    e.ranking = rankingMetrics(e.table);
    e.calibration = topLabelCalibration(e.table, options.calibrationBins);
    if (e.table.classCount() == 2) {
        e.positiveCalibration = positiveClassCalibration(e.table, options.calibrationBins);
        if (e.report.perClass[0].support > 0 && e.report.perClass[1].support > 0)
            e.thresholds = standardThresholds(e.table);
    }
    for (const QString &attribute : options.sliceBy)
        e.slices.push_back(sliceBy(e.table, attribute));
    e.errors = misclassified(e.table);
    return e;
}

AnswerCoverage answerCoverage(const PredictionTable &evaluated, qint64 given)
{
    AnswerCoverage c;
    c.given = given;
    c.answered = qint64(evaluated.rows.size());
    if (c.answered > c.given)
        throw Error(QCoreApplication::translate("Evaluation", "%1 answers for %2 items: the count of items given is wrong")
                        .arg(c.answered).arg(c.given));
    for (const Prediction &p : evaluated.rows)
        c.correct += p.predicted == p.label ? 1 : 0;
    return c;
}

QJsonObject answerCoverageJson(const AnswerCoverage &c)
{
    return {{QStringLiteral("given"), c.given},
            {QStringLiteral("answered"), c.answered},
            {QStringLiteral("correct"), c.correct},
            {QStringLiteral("coverage"), c.coverage()},
            {QStringLiteral("accuracy_answered"), c.accuracyAnswered()},
            {QStringLiteral("accuracy_counting_skips"), c.accuracyCountingSkips()}};
}

QString describeAnswerCoverage(const AnswerCoverage &c)
{
    return QCoreApplication::translate("Evaluation", "answered %1 of %2 (%3%); accuracy %4 on those, %5 counting the %6 unanswered as errors")
        .arg(c.answered)
        .arg(c.given)
        .arg(100.0 * c.coverage(), 0, 'f', 1)
        .arg(c.accuracyAnswered(), 0, 'f', 4)
        .arg(c.accuracyCountingSkips(), 0, 'f', 4)
        .arg(c.given - c.answered);
}

std::optional<AnswerCoverage> readStoredCoverage(const QString &predictionsPath)
{
    QFile f(QFileInfo(predictionsPath).dir().filePath(QStringLiteral("evaluation.json")));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject c = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("coverage")).toObject();
    if (!c.contains(QStringLiteral("given")) || !c.contains(QStringLiteral("answered")))
        return std::nullopt;
    AnswerCoverage a;
    a.given = qint64(c.value(QStringLiteral("given")).toDouble());
    a.answered = qint64(c.value(QStringLiteral("answered")).toDouble());
    a.correct = qint64(c.value(QStringLiteral("correct")).toDouble());
    if (a.given < a.answered || a.answered < 0)
        return std::nullopt;
    return a;
}

QJsonObject metricsJson(const Evaluation &e, int maxErrors, int maxCurvePoints)
{
    const QStringList &classes = e.table.classes;
    QJsonObject o;
    o.insert(QStringLiteral("source"), e.table.source);
    o.insert(QStringLiteral("classes"), QJsonArray::fromStringList(classes));
    o.insert(QStringLiteral("definitions"),
             QStringLiteral("scikit-learn 1.2: confusion matrix rows = actual, columns = predicted; zero_division = 0; "
                            "ROC/PR one-vs-rest per class, ROC first threshold +inf written as null; "
                            "average precision = step integral; ECE on top-label confidence, equal-width bins"));
    if (e.threshold) {
        QJsonObject t = thresholdJson(*e.threshold, classes);
        t.insert(QStringLiteral("positive_class"), classes[1]);
        o.insert(QStringLiteral("threshold_applied"), t);
    }
    QJsonObject report = reportJson(e.report);
    for (auto it = report.begin(); it != report.end(); ++it)
        o.insert(it.key(), it.value());

    QJsonObject ranking{{QStringLiteral("roc_auc_macro"), num(e.ranking.rocAucMacro)},
                        {QStringLiteral("roc_auc_weighted"), num(e.ranking.rocAucWeighted)},
                        {QStringLiteral("average_precision_macro"), num(e.ranking.averagePrecisionMacro)},
                        {QStringLiteral("average_precision_weighted"), num(e.ranking.averagePrecisionWeighted)}};
    if (e.ranking.binary) {
        ranking.insert(QStringLiteral("positive_class"), classes[1]);
        ranking.insert(QStringLiteral("roc_auc"), num(e.ranking.rocAuc()));
        ranking.insert(QStringLiteral("average_precision"), num(e.ranking.averagePrecision()));
    }
    QJsonObject curves;
    for (int c = 0; c < classes.size(); ++c) {
        const RocCurve &roc = e.ranking.roc[size_t(c)];
        const PrCurve &pr = e.ranking.pr[size_t(c)];
        const auto ri = thinned(roc.fpr.size(), maxCurvePoints);
        const auto pi = thinned(pr.precision.size(), maxCurvePoints);
        curves.insert(classes[c],
                      QJsonObject{{QStringLiteral("roc"), QJsonObject{{QStringLiteral("fpr"), pick(roc.fpr, ri)},
                                                                      {QStringLiteral("tpr"), pick(roc.tpr, ri)},
                                                                      {QStringLiteral("thresholds"), pick(roc.thresholds, ri)},
                                                                      {QStringLiteral("points"), double(roc.fpr.size())},
                                                                      {QStringLiteral("auc"), num(roc.auc)}}},
                                  {QStringLiteral("pr"), QJsonObject{{QStringLiteral("precision"), pick(pr.precision, pi)},
                                                                     {QStringLiteral("recall"), pick(pr.recall, pi)},
                                                                     // one fewer threshold than points: the last is null
                                                                     {QStringLiteral("thresholds"), pick(pr.thresholds, pi)},
                                                                     {QStringLiteral("points"), double(pr.precision.size())},
                                                                     {QStringLiteral("average_precision"), num(pr.averagePrecision)}}}});
    }
    ranking.insert(QStringLiteral("one_vs_rest"), curves);
    o.insert(QStringLiteral("ranking"), ranking);

    o.insert(QStringLiteral("calibration"), calibrationJson(e.calibration));
    if (e.positiveCalibration)
        o.insert(QStringLiteral("calibration_positive_class"), calibrationJson(*e.positiveCalibration));
    if (!e.thresholds.empty()) {
        QJsonArray ts;
        for (const ThresholdChoice &t : e.thresholds)
            ts.append(thresholdJson(t, classes));
        o.insert(QStringLiteral("thresholds"), ts);
    }
    if (!e.slices.empty()) {
        QJsonObject slices;
        for (const SliceTable &s : e.slices) {
            QJsonArray rows;
            for (const SliceRow &r : s.rows) {
                QJsonObject row = reportJson(r.report);
                row.insert(QStringLiteral("value"), r.value);
                rows.append(row);
            }
            slices.insert(s.attribute, QJsonObject{{QStringLiteral("binning"), s.binning}, {QStringLiteral("groups"), rows}});
        }
        o.insert(QStringLiteral("slices"), slices);
    }
    QJsonArray errors;
    for (int i = 0; i < int(e.errors.size()) && i < maxErrors; ++i) {
        const Misclassified &m = e.errors[size_t(i)];
        errors.append(QJsonObject{{QStringLiteral("path"), m.path},
                                  {QStringLiteral("actual"), classes[m.actual]},
                                  {QStringLiteral("predicted"), classes[m.predicted]},
                                  {QStringLiteral("cell"), QJsonArray{m.actual, m.predicted}},
                                  {QStringLiteral("confidence"), num(m.confidence)},
                                  {QStringLiteral("actual_probability"), num(m.actualProbability)}});
    }
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings));
    o.insert(QStringLiteral("misclassified_count"), double(e.errors.size()));
    o.insert(QStringLiteral("misclassified_top"), errors);
    return o;
}

void writeJson(const QJsonObject &object, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(EvaluationTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(EvaluationTr::tr("%1: writing failed: %2").arg(path, f.errorString()));
}

} // namespace maskbench
