// Crafted cases for the evaluation core, each small enough to check by hand: a class never
// predicted, a class without samples, a single class, a perfect classifier, scikit-learn's own
// documentation examples, threshold choice and its tie-breaks, slices and bins, misclassified
// order, the comparison table, metrics.json, and every error readPredictions() can raise.

#include "core/common/error.h"
#include "core/eval/comparison.h"
#include "core/eval/evaluation.h"
#include "core/eval/report_text.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace maskbench;

namespace {

// probs: one row per item; predicted = given, or argmax when -1.
PredictionTable makeTable(const QStringList &classes, const std::vector<int> &labels, const std::vector<int> &predicted,
                          const std::vector<std::vector<double>> &probs = {})
{
    PredictionTable t;
    t.source = QStringLiteral("crafted");
    t.classes = classes;
    for (size_t i = 0; i < labels.size(); ++i) {
        Prediction p;
        p.path = QStringLiteral("/img/%1.jpg").arg(i);
        p.label = labels[i];
        if (i < probs.size()) {
            p.probs = probs[i];
        } else {
            p.probs.assign(size_t(classes.size()), 0.0);
            p.probs[size_t(predicted[i])] = 1.0;
        }
        p.predicted = predicted.empty() || predicted[i] < 0
                          ? int(std::max_element(p.probs.begin(), p.probs.end()) - p.probs.begin())
                          : predicted[i];
        t.rows.push_back(p);
    }
    return t;
}

PredictionTable binaryTable(const std::vector<int> &labels, const std::vector<double> &p1)
{
    std::vector<std::vector<double>> probs;
    for (double p : p1)
        probs.push_back({1.0 - p, p});
    return makeTable({"female", "male"}, labels, std::vector<int>(labels.size(), -1), probs);
}

void fuzzy(double actual, double expected, const char *what)
{
    QVERIFY2(std::abs(actual - expected) < 1e-12,
             qPrintable(QStringLiteral("%1: %2, expected %3").arg(QString::fromLatin1(what)).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void vectorsEqual(const std::vector<double> &actual, const std::vector<double> &expected, const char *what)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < actual.size(); ++i)
        fuzzy(actual[i], expected[i], what);
}

// Expects readPredictions() to throw an Error whose message contains every fragment.
void expectReadError(const QByteArray &csv, const QStringList &fragments)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("predictions.csv"));
    QVERIFY(test::writeText(path, csv));
    try {
        readPredictions(path);
        QFAIL(qPrintable(QStringLiteral("no error for:\n%1").arg(QString::fromUtf8(csv))));
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        for (const QString &f : fragments)
            QVERIFY2(e.message().contains(f), qPrintable(QStringLiteral("'%1' not in: %2").arg(f, e.message())));
    }
}

} // namespace

class TestEvalMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classNeverPredicted()
    {
        // sklearn: precision_recall_fscore_support([0,0,1,1,2,2], [0,1,1,0,0,1], zero_division=0)
        const auto t = makeTable({"a", "b", "c"}, {0, 0, 1, 1, 2, 2}, {0, 1, 1, 0, 0, 1});
        const ClassificationReport r = classificationReport(t);
        QCOMPARE(r.matrix.counts, (std::vector<std::vector<qint64>>{{1, 1, 0}, {1, 1, 0}, {1, 1, 0}}));
        fuzzy(r.perClass[0].precision, 1.0 / 3, "precision a");
        fuzzy(r.perClass[2].precision, 0.0, "precision c (never predicted)");
        fuzzy(r.perClass[2].recall, 0.0, "recall c");
        fuzzy(r.perClass[2].f1, 0.0, "f1 c");
        fuzzy(r.perClass[0].f1, 0.4, "f1 a");
        QCOMPARE(r.perClass[2].predicted, qint64(0));
        fuzzy(r.accuracy, 1.0 / 3, "accuracy");
        fuzzy(r.balancedAccuracy, 1.0 / 3, "balanced accuracy");
        fuzzy(r.macro.precision, 2.0 / 9, "macro precision");
        fuzzy(r.macro.f1, 0.8 / 3, "macro f1");
        fuzzy(r.weighted.recall, 1.0 / 3, "weighted recall");
        fuzzy(r.minRecall, 0.0, "min recall");
    }

    void classWithoutSamples()
    {
        const auto t = makeTable({"a", "b", "c"}, {0, 0, 1, 1}, {0, 2, 1, 1});
        const ClassificationReport r = classificationReport(t);
        QCOMPARE(r.perClass[2].support, qint64(0));
        fuzzy(r.perClass[2].recall, 0.0, "recall of a class without samples");
        fuzzy(r.perClass[2].precision, 0.0, "precision c");
        fuzzy(r.balancedAccuracy, 0.75, "balanced accuracy leaves class c out (sklearn)");
        fuzzy(r.macro.recall, 0.5, "macro recall counts class c as 0");
        fuzzy(r.weighted.recall, 0.75, "weighted recall");
        fuzzy(r.minRecall, 0.5, "min recall over classes with samples");
        const auto norm = r.matrix.rowNormalised();
        vectorsEqual(norm[2], {0, 0, 0}, "empty row normalises to zeros");
        vectorsEqual(norm[0], {0.5, 0, 0.5}, "row a");

        const RankingMetrics m = rankingMetrics(t);
        QVERIFY(std::isnan(m.roc[2].auc));
        QVERIFY(std::isnan(m.rocAucMacro));
        QVERIFY(std::isfinite(m.roc[0].auc));
        fuzzy(m.pr[2].averagePrecision, 0.0, "AP without positives");
        const QJsonObject json = metricsJson(evaluatePredictions(t));
        QVERIFY(json[QStringLiteral("ranking")][QStringLiteral("roc_auc_macro")].isNull());
    }

    void allOneClass()
    {
        const auto t = binaryTable({0, 0, 0, 0}, {0.1, 0.2, 0.3, 0.4});
        const ClassificationReport r = classificationReport(t);
        fuzzy(r.accuracy, 1.0, "accuracy");
        fuzzy(r.balancedAccuracy, 1.0, "balanced accuracy");
        fuzzy(r.perClass[1].precision, 0.0, "precision of the absent class");
        fuzzy(r.perClass[1].recall, 0.0, "recall of the absent class");
        fuzzy(r.macro.recall, 0.5, "macro recall");
        fuzzy(r.minRecall, 1.0, "min recall over present classes");
        const RankingMetrics m = rankingMetrics(t);
        QVERIFY(std::isnan(m.rocAuc()));
        QVERIFY(std::isnan(m.roc[1].tpr.back()));
        QVERIFY_THROWS_EXCEPTION(Error, chooseThreshold(t, ThresholdRule::MaxMinRecall));
        const Evaluation e = evaluatePredictions(t);
        QVERIFY(e.thresholds.empty());
        QVERIFY(e.errors.empty());
        // A fixed threshold still applies.
        const ThresholdChoice c = chooseThreshold(t, ThresholdRule::Fixed, 0.25);
        fuzzy(c.accuracy, 0.5, "accuracy at 0.25");
    }

    void perfectClassifier()
    {
        const auto t = binaryTable({0, 0, 1, 1, 1}, {0.1, 0.3, 0.6, 0.8, 0.9});
        const Evaluation e = evaluatePredictions(t);
        fuzzy(e.report.accuracy, 1.0, "accuracy");
        fuzzy(e.report.macro.f1, 1.0, "macro f1");
        fuzzy(e.ranking.rocAuc(), 1.0, "ROC AUC");
        fuzzy(e.ranking.averagePrecision(), 1.0, "AP");
        fuzzy(e.calibration.expectedError, 0.22, "ECE = mean(1 - confidence) when all are right");
        QCOMPARE(int(e.thresholds.size()), 4);
        for (const ThresholdChoice &c : e.thresholds) {
            fuzzy(c.accuracy, 1.0, "accuracy at every threshold");
            fuzzy(c.minRecall, 1.0, "min recall");
        }
        fuzzy(e.thresholds[3].threshold, 0.45, "max-min-recall: midpoint of 0.3 and 0.6");
        QVERIFY(e.errors.empty());
    }

    void sklearnDocumentationExamples()
    {
        // roc_curve([1, 1, 2, 2], [0.1, 0.4, 0.35, 0.8], pos_label=2)
        const RocCurve roc = rocCurve({false, false, true, true}, {0.1, 0.4, 0.35, 0.8});
        vectorsEqual(roc.fpr, {0, 0, 0.5, 0.5, 1}, "fpr");
        vectorsEqual(roc.tpr, {0, 0.5, 0.5, 1, 1}, "tpr");
        QVERIFY(std::isinf(roc.thresholds[0]));
        vectorsEqual(std::vector<double>(roc.thresholds.begin() + 1, roc.thresholds.end()), {0.8, 0.4, 0.35, 0.1}, "thresholds");
        fuzzy(roc.auc, 0.75, "auc");
        // precision_recall_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) and average_precision_score
        const PrCurve pr = precisionRecallCurve({false, false, true, true}, {0.1, 0.4, 0.35, 0.8});
        vectorsEqual(pr.precision, {0.5, 2.0 / 3, 0.5, 1, 1}, "precision");
        vectorsEqual(pr.recall, {1, 1, 0.5, 0.5, 0}, "recall");
        vectorsEqual(pr.thresholds, {0.1, 0.35, 0.4, 0.8}, "pr thresholds");
        fuzzy(pr.averagePrecision, 0.8333333333333333, "average precision");
        // calibration_curve([0,0,0,0,1,1,1,1,1], [0.1,0.2,0.3,0.4,0.65,0.7,0.8,0.9,1.0], n_bins=3)
        const Calibration cal = reliability({false, false, false, false, true, true, true, true, true},
                                            {0.1, 0.2, 0.3, 0.4, 0.65, 0.7, 0.8, 0.9, 1.0}, 3);
        std::vector<double> observed, mean;
        for (const CalibrationBin &b : cal.bins) {
            observed.push_back(b.observed);
            mean.push_back(b.meanScore);
        }
        vectorsEqual(observed, {0, 0.5, 1}, "prob_true");
        vectorsEqual(mean, {0.2, 0.525, 0.85}, "prob_pred");
    }

    void dropIntermediateKeepsCorners()
    {
        // Ten items in a perfect order: only the corner (0, 1) and the ends stay.
        std::vector<bool> pos;
        std::vector<double> score;
        for (int i = 0; i < 10; ++i) {
            pos.push_back(i >= 5);
            score.push_back(i / 10.0);
        }
        const RocCurve kept = rocCurve(pos, score);
        vectorsEqual(kept.fpr, {0, 0, 0, 1}, "fpr");
        vectorsEqual(kept.tpr, {0, 0.2, 1, 1}, "tpr");
        QCOMPARE(rocCurve(pos, score, false).fpr.size(), size_t(11));
    }

    void calibrationEdges()
    {
        QCOMPARE(calibrationBin(0.0, 10), 0);
        QCOMPARE(calibrationBin(0.1, 10), 0); // on an edge: the lower bin, as sklearn
        QCOMPARE(calibrationBin(0.1000001, 10), 1);
        QCOMPARE(calibrationBin(0.5, 10), 4);
        QCOMPARE(calibrationBin(1.0, 10), 9);
        QCOMPARE(calibrationBin(0.7, 10), 6); // 7 * 0.1 = 0.7000000000000001 > 0.7
    }

    void thresholdRules()
    {
        // Imbalanced: 0.5 favours the majority; max-min-recall balances the two recalls.
        const auto t = binaryTable({0, 0, 0, 0, 0, 0, 1, 1}, {0.05, 0.1, 0.2, 0.3, 0.35, 0.45, 0.4, 0.6});
        const auto all = standardThresholds(t);
        QCOMPARE(int(all.size()), 4);
        QCOMPARE(all[0].rule, ThresholdRule::Fixed);
        fuzzy(all[0].threshold, 0.5, "fixed");
        fuzzy(all[0].minRecall, 0.5, "min recall at 0.5");
        fuzzy(all[3].minRecall, 5.0 / 6, "best min recall");
        fuzzy(all[3].threshold, 0.375, "max-min-recall midpoint of 0.35 and 0.4");
        fuzzy(all[1].accuracy, 7.0 / 8, "best accuracy");
        fuzzy(all[2].youdenJ, 5.0 / 6, "best Youden J");
        for (const ThresholdChoice &c : all) {
            QVERIFY(c.minRecall <= all[3].minRecall + 1e-12);
            QVERIFY(c.accuracy <= all[1].accuracy + 1e-12);
            QVERIFY(c.youdenJ <= all[2].youdenJ + 1e-12);
        }
        // Applying the reported threshold reproduces its scores.
        const ClassificationReport r = classificationReport(applyThreshold(t, all[3].threshold));
        fuzzy(r.minRecall, all[3].minRecall, "re-applied");

        // Two cuts tie on every score: the one nearer 0.5 wins (0.225 beats 0.8).
        const auto tie = binaryTable({0, 0, 1, 1}, {0.1, 0.7, 0.35, 0.9});
        fuzzy(chooseThreshold(tie, ThresholdRule::BestAccuracy).threshold, 0.225, "tie-break");
        fuzzy(chooseThreshold(tie, ThresholdRule::MaxMinRecall).threshold, 0.225, "tie-break");

        double fixed = 0;
        QCOMPARE(parseThresholdRule(QStringLiteral("0.3"), &fixed), ThresholdRule::Fixed);
        fuzzy(fixed, 0.3, "parsed");
        QCOMPARE(parseThresholdRule(QStringLiteral("youden"), &fixed), ThresholdRule::Youden);
        QCOMPARE(parseThresholdRule(QStringLiteral("max-min-recall"), &fixed), ThresholdRule::MaxMinRecall);
        QCOMPARE(parseThresholdRule(QStringLiteral("best-acc"), &fixed), ThresholdRule::BestAccuracy);
        QVERIFY_THROWS_EXCEPTION(Error, parseThresholdRule(QStringLiteral("1.5"), &fixed));
        QVERIFY_THROWS_EXCEPTION(Error, parseThresholdRule(QStringLiteral("best"), &fixed));
        const auto three = makeTable({"a", "b", "c"}, {0, 1, 2}, {0, 1, 2});
        QVERIFY_THROWS_EXCEPTION(Error, chooseThreshold(three, ThresholdRule::Youden));
        EvaluationOptions o;
        o.threshold = QStringLiteral("youden");
        QVERIFY_THROWS_EXCEPTION(Error, evaluatePredictions(three, o));
    }

    void bins()
    {
        QCOMPARE(ageBand(0), QStringLiteral("0-12"));
        QCOMPARE(ageBand(12.9), QStringLiteral("0-12"));
        QCOMPARE(ageBand(13), QStringLiteral("13-19"));
        QCOMPARE(ageBand(29), QStringLiteral("20-29"));
        QCOMPARE(ageBand(69), QStringLiteral("60-69"));
        QCOMPARE(ageBand(70), QStringLiteral("70+"));
        QCOMPARE(ageBand(116), QStringLiteral("70+"));
        QCOMPARE(ageBand(-1), QString());
        QCOMPARE(yawBin(0), QStringLiteral("0-15"));
        QCOMPARE(yawBin(-20), QStringLiteral("15-30"));
        QCOMPARE(yawBin(15), QStringLiteral("15-30"));
        QCOMPARE(yawBin(59.9), QStringLiteral("45-60"));
        QCOMPARE(yawBin(60), QStringLiteral("60+"));
        QCOMPARE(yawBin(-75), QStringLiteral("60+"));
    }

    void slices()
    {
        auto t = binaryTable({0, 1, 1, 0, 1, 0}, {0.2, 0.9, 0.4, 0.3, 0.8, 0.6});
        t.attributeNames = {"mask_type", "age", "yaw"};
        const QList<QStringList> attrs = {{"surgical", "5", "-3"}, {"none", "25", "20"}, {"surgical", "27", "40"},
                                          {"cloth", "", "70"},    {"n95", "80", "10"},  {"surgical", "10", "x"}};
        for (size_t i = 0; i < t.rows.size(); ++i)
            t.rows[i].attributes = attrs[int(i)];

        const SliceTable byMask = sliceBy(t, QStringLiteral("mask_type"));
        QVERIFY(byMask.binning.isEmpty());
        QStringList values;
        for (const SliceRow &r : byMask.rows)
            values << QStringLiteral("%1:%2").arg(r.value).arg(r.count);
        QCOMPARE(values, (QStringList{"cloth:1", "n95:1", "none:1", "surgical:3"}));
        const SliceRow &surgical = byMask.rows[3];
        fuzzy(surgical.report.accuracy, 1.0 / 3, "surgical accuracy"); // 0.2->0 ok, 0.4 (male)->0 wrong, 0.6 (female)->1 wrong
        QCOMPARE(surgical.report.matrix.counts, (std::vector<std::vector<qint64>>{{1, 1}, {1, 0}}));
        QCOMPARE(surgical.rows, (std::vector<int>{0, 2, 5})); // the gallery filters by these

        const SliceTable byAge = sliceBy(t, QStringLiteral("age"));
        QCOMPARE(byAge.binning, QStringLiteral("age bands, years"));
        values.clear();
        for (const SliceRow &r : byAge.rows)
            values << QStringLiteral("%1:%2").arg(r.value).arg(r.count);
        QCOMPARE(values, (QStringList{"0-12:2", "20-29:2", "70+:1", "(missing):1"}));
        QCOMPARE(sliceBy(t, QStringLiteral("age"), true).rows.size(), size_t(6)); // raw values: 5 ages + missing

        // yaw has a non-numeric value: raw values, no bins.
        QVERIFY(sliceBy(t, QStringLiteral("yaw")).binning.isEmpty());
        t.rows[5].attributes[2] = QStringLiteral("-50");
        const SliceTable byYaw = sliceBy(t, QStringLiteral("yaw"));
        values.clear();
        for (const SliceRow &r : byYaw.rows)
            values << QStringLiteral("%1:%2").arg(r.value).arg(r.count);
        QCOMPARE(values, (QStringList{"0-15:2", "15-30:1", "30-45:1", "45-60:1", "60+:1"}));

        try {
            sliceBy(t, QStringLiteral("race"));
            QFAIL("no error for a missing attribute");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("'race'")) && e.message().contains(QStringLiteral("mask_type, age, yaw")),
                     qPrintable(e.message()));
        }
        const QString text = renderSliceTable(byMask);
        QVERIFY2(text.contains(QStringLiteral("surgical")) && text.contains(QStringLiteral("recall male")), qPrintable(text));
    }

    // The rule every evaluation uses when the user names no attribute (CLI, panel, report).
    void defaultSlices()
    {
        // 40 rows shaped like an augment manifest's predictions: per-image columns, colour codes,
        // a template that renames the mask type, a single-valued status, and the group columns.
        std::vector<int> labels;
        std::vector<double> probs;
        for (int i = 0; i < 40; ++i) {
            labels.push_back(i % 2);
            probs.push_back((i % 5) / 5.0 + 0.1);
        }
        auto t = binaryTable(labels, probs);
        t.attributeNames = {"source", "template", "colour", "status", "yaw", "pitch", "race", "mask_type", "age", "timestamp"};
        const QStringList types{"light", "dark", "patterned"};
        const QStringList templates{"surgical-light", "surgical-dark", "cloth-pattern"};
        for (int i = 0; i < 40; ++i) {
            const int m = i % 3;
            t.rows[size_t(i)].attributes = {QStringLiteral("img/%1.jpg").arg(i), templates[m],
                                            QStringLiteral("#%1").arg(0x102030 + 977 * i, 6, 16, QLatin1Char('0')),
                                            "masked", QString::number(-60 + 3 * i), QString::number(0.37 * i),
                                            QString::number(i % 4), types[m], QString::number(5 + 2 * i),
                                            QStringLiteral("2017011%1").arg(i, 2, 10, QLatin1Char('0'))};
        }
        QCOMPARE(defaultSliceAttributes(t), (QStringList{"mask_type", "age", "race", "yaw"}));
        // A template that does not follow the mask type one to one is a slice of its own.
        t.rows[0].attributes[1] = QStringLiteral("cloth-pattern");
        QCOMPARE(defaultSliceAttributes(t), (QStringList{"mask_type", "age", "race", "yaw", "template"}));
        // Non-numeric yaw cannot be binned: 40 raw values are per image.
        t.rows[3].attributes[4] = QStringLiteral("left");
        QCOMPARE(defaultSliceAttributes(t), (QStringList{"mask_type", "age", "race", "template"}));
        // With a limit above the row count the raw yaw comes back; source, pitch and timestamp
        // (one value per row as well) only rename its groups; colour codes and a single status never count.
        QCOMPARE(defaultSliceAttributes(t, 64), (QStringList{"mask_type", "age", "race", "yaw", "template"}));
    }

    void misclassifiedOrder()
    {
        const auto t = binaryTable({0, 0, 1, 1, 0, 1}, {0.9, 0.6, 0.1, 0.8, 0.2, 0.1});
        const auto errors = misclassified(t);
        QCOMPARE(int(errors.size()), 4);
        // Confidence of the wrong answer: 0.9, 0.9 (ties by path: /img/0 then /img/2... then /img/5), 0.6.
        QCOMPARE(errors[0].path, QStringLiteral("/img/0.jpg"));
        QCOMPARE(errors[1].path, QStringLiteral("/img/2.jpg"));
        QCOMPARE(errors[2].path, QStringLiteral("/img/5.jpg"));
        QCOMPARE(errors[3].path, QStringLiteral("/img/1.jpg"));
        QCOMPARE(errors[0].actual, 0);
        QCOMPARE(errors[0].predicted, 1);
        QCOMPARE(errors[1].actual, 1);
        QCOMPARE(errors[1].predicted, 0);
        fuzzy(errors[0].confidence, 0.9, "confidence");
        fuzzy(errors[0].actualProbability, 0.1, "probability of the true class");
        fuzzy(errors[3].confidence, 0.6, "confidence");
    }

    void comparisonTable()
    {
        const auto a = classificationReport(binaryTable({0, 0, 1, 1}, {0.1, 0.6, 0.7, 0.9}));
        const auto b = classificationReport(binaryTable({0, 0, 1, 1}, {0.1, 0.2, 0.3, 0.9}));
        const std::vector<ComparisonRun> runs = {{"resnet18", a}, {"mobilenet", b}};
        const QString text = renderComparison(runs);
        QVERIFY2(text.startsWith(QStringLiteral("metric")) && text.contains(QStringLiteral("resnet18"))
                     && text.contains(QStringLiteral("mobilenet")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("accuracy")) && text.contains(QStringLiteral("75.00%")), qPrintable(text));
        const QStringList lines = comparisonCsv(runs).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines[0], QStringLiteral("metric,resnet18,mobilenet"));
        QCOMPARE(lines[1], QStringLiteral("accuracy,0.75,0.75"));
        QCOMPARE(lines[2], QStringLiteral("precision female,1,0.66666666666666663"));
        QVERIFY(lines.contains(QStringLiteral("recall male,1,0.5")));
        QVERIFY(lines.contains(QStringLiteral("min recall,0.5,0.5")));
        QVERIFY(lines.contains(QStringLiteral("items,4,4")));

        const auto other = classificationReport(makeTable({"a", "b", "c"}, {0, 1, 2}, {0, 1, 2}));
        QVERIFY_THROWS_EXCEPTION(Error, renderComparison({{"x", a}, {"y", other}}));
        QVERIFY_THROWS_EXCEPTION(Error, renderComparison({}));
    }

    void metricsJsonDocument()
    {
        QTemporaryDir dir;
        auto t = binaryTable({0, 0, 1, 1, 1}, {0.1, 0.6, 0.4, 0.8, 0.9});
        t.attributeNames = {"mask_type"};
        for (Prediction &p : t.rows)
            p.attributes = {QStringLiteral("surgical")};
        EvaluationOptions o;
        o.threshold = QStringLiteral("max-min-recall");
        o.sliceBy = {QStringLiteral("mask_type")};
        const Evaluation e = evaluatePredictions(t, o);
        const QString path = dir.filePath(QStringLiteral("metrics.json"));
        writeJson(metricsJson(e), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(j[QStringLiteral("classes")].toArray().size(), 2);
        QCOMPARE(j[QStringLiteral("threshold_applied")][QStringLiteral("rule")].toString(), QStringLiteral("max-min-recall"));
        QCOMPARE(j[QStringLiteral("confusion_matrix")][1][1].toInt(), int(e.report.matrix.at(1, 1)));
        fuzzy(j[QStringLiteral("accuracy")].toDouble(), e.report.accuracy, "accuracy");
        fuzzy(j[QStringLiteral("per_class")][QStringLiteral("male")][QStringLiteral("recall")].toDouble(),
              e.report.perClass[1].recall, "recall male");
        QVERIFY(j[QStringLiteral("ranking")][QStringLiteral("one_vs_rest")][QStringLiteral("male")][QStringLiteral("roc")]
                 [QStringLiteral("thresholds")][0].isNull()); // +inf
        QCOMPARE(j[QStringLiteral("thresholds")].toArray().size(), 4);
        QCOMPARE(j[QStringLiteral("slices")][QStringLiteral("mask_type")][QStringLiteral("groups")][0][QStringLiteral("count")].toInt(), 5);
        QCOMPARE(j[QStringLiteral("misclassified_count")].toInt(), int(e.errors.size()));
        QVERIFY(renderEvaluation(e).contains(QStringLiteral("max-min-recall")));
    }

    void unnormalisedProbabilitiesWarn()
    {
        auto t = binaryTable({0, 1, 1}, {0.2, 0.7, 0.9});
        QVERIFY(evaluatePredictions(t).warnings.isEmpty());
        t.rows[1].probs = {0.9, 0.8};
        t.rows[1].line = 3;
        const Evaluation e = evaluatePredictions(t);
        QCOMPARE(e.warnings.size(), 1);
        QVERIFY2(e.warnings[0].contains(QStringLiteral("1 of 3 rows")) && e.warnings[0].contains(QStringLiteral("crafted:3")),
                 qPrintable(e.warnings[0]));
        QVERIFY(renderEvaluation(e).contains(QStringLiteral("Warning: 1 of 3 rows")));
    }

    void curvesThinnedInJson()
    {
        std::vector<int> labels;
        std::vector<double> p1;
        for (int i = 0; i < 5000; ++i) {
            labels.push_back(i % 3 == 0 ? 1 : 0);
            p1.push_back(double((i * 7919) % 5000) / 5000.0);
        }
        const Evaluation e = evaluatePredictions(binaryTable(labels, p1));
        const QJsonObject pr = metricsJson(e, 10, 100)[QStringLiteral("ranking")][QStringLiteral("one_vs_rest")][QStringLiteral("male")]
                                   [QStringLiteral("pr")].toObject();
        const QJsonArray recall = pr[QStringLiteral("recall")].toArray();
        QCOMPARE(recall.size(), 100);
        QCOMPARE(pr[QStringLiteral("points")].toInt(), int(e.ranking.pr[1].recall.size()));
        QCOMPARE(recall.first().toDouble(), e.ranking.pr[1].recall.front());
        QCOMPARE(recall.last().toDouble(), 0.0);
        QVERIFY(pr[QStringLiteral("thresholds")].toArray().last().isNull()); // the final (1, 0) point has none
        QCOMPARE(metricsJson(e, 10)[QStringLiteral("misclassified_top")].toArray().size(), 10);
    }

    void predictionsRoundTrip()
    {
        QTemporaryDir dir;
        auto t = binaryTable({0, 1, 1}, {1.0 / 3, 0.1 + 0.2, 2.0 / 7});
        t.attributeNames = {"mask_type", "note"};
        t.rows[0].attributes = {QStringLiteral("surgical"), QStringLiteral("a, \"quoted\" note")};
        t.rows[1].attributes = {QStringLiteral("none"), QString()};
        t.rows[2].attributes = {QStringLiteral("cloth"), QStringLiteral("x")};
        const QString path = dir.filePath(QStringLiteral("predictions.csv"));
        writePredictions(t, path);
        const PredictionTable back = readPredictions(path);
        QCOMPARE(back.classes, t.classes);
        QCOMPARE(back.attributeNames, t.attributeNames);
        QCOMPARE(back.rows.size(), t.rows.size());
        for (size_t i = 0; i < t.rows.size(); ++i) {
            QCOMPARE(back.rows[i].path, t.rows[i].path);
            QCOMPARE(back.rows[i].label, t.rows[i].label);
            QCOMPARE(back.rows[i].predicted, t.rows[i].predicted);
            QVERIFY(back.rows[i].probs == t.rows[i].probs); // bit-identical
            QCOMPARE(back.rows[i].attributes, t.rows[i].attributes);
            QCOMPARE(back.rows[i].line, int(i) + 2);
        }
        QCOMPARE(back.attribute(back.rows[0], QStringLiteral("note")), QStringLiteral("a, \"quoted\" note"));

        // Relative paths resolve against the file's folder.
        QVERIFY(test::writeText(path, "path,label,predicted,prob_a,prob_b\nimgs/x.jpg,a,b,0.4,0.6\n"));
        QCOMPARE(readPredictions(path).rows[0].path, dir.filePath(QStringLiteral("imgs/x.jpg")));
    }

    void predictionsErrors()
    {
        expectReadError("path,predicted,prob_a,prob_b\nx.jpg,a,0.5,0.5\n", {"missing column 'label'"});
        expectReadError("path,label,predicted,prob_a\nx.jpg,a,a,1\n", {"prob_<class>", "found 1"});
        expectReadError("path,label,predicted,prob_a,prob_b\nx.jpg,c,a,0.5,0.5\n", {":2:", "column 'label'", "'c'", "(a, b)"});
        expectReadError("path,label,predicted,prob_a,prob_b\nx.jpg,a,a,0.5,0.5\ny.jpg,a,zz,0.5,0.5\n",
                        {":3:", "column 'predicted'", "'zz'"});
        expectReadError("path,label,predicted,prob_a,prob_b\nx.jpg,a,a,high,0.5\n", {":2:", "column 'prob_a'", "'high'", "not a number"});
        expectReadError("path,label,predicted,prob_a,prob_b\nx.jpg,a,a,1.5,0.5\n", {"column 'prob_a'", "[0, 1]"});
        expectReadError("path,label,predicted,prob_a,prob_b\nx.jpg,a,a,nan,0.5\n", {"column 'prob_a'", "not a number"});
        expectReadError("path,label,predicted,prob_a,prob_b\nx.jpg,a,a,0.5\n", {":2:", "4 fields", "header has 5"});
        expectReadError("path,label,predicted,prob_a,prob_b\n", {"no prediction rows"});
        expectReadError("path,label,predicted,prob_a,prob_b,age,age\nx.jpg,a,a,0.5,0.5,1,2\n", {"'age' appears twice"});
        expectReadError("path,label,predicted,prob_a,prob_b\n,a,a,0.5,0.5\n", {":2:", "column 'path' is empty"});
        try {
            readPredictions(QStringLiteral("/nonexistent/predictions.csv"));
            QFAIL("no error for a missing file");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("/nonexistent/predictions.csv")));
        }
    }
};

QTEST_GUILESS_MAIN(TestEvalMetrics)
#include "tst_eval_metrics.moc"
