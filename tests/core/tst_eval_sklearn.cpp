// Every metric MaskBench computes on a predictions table equals scikit-learn's to 1e-9: random
// predictions (binary and 3-class, several seeds, many tied scores, a class never predicted) are
// written to predictions.csv, read back by both sides, and every number is compared.
// Without python3 + numpy + scikit-learn this test fails with the package to install; it never skips.

#include "core/eval/evaluation.h"
#include "core/eval/predictions.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace maskbench;

namespace {

constexpr double kTolerance = 1e-9;

// Scores are ratios of small integers, so many items share a score (ties in ROC/PR) and many land
// exactly on calibration bin edges.
PredictionTable generate(int k, quint32 seed, int n, bool neverPredictLast)
{
    std::mt19937 rng(seed);
    PredictionTable t;
    t.classes = k == 2 ? QStringList{"female", "male"} : QStringList{"cloth", "none", "surgical"};
    t.attributeNames = {"mask_type", "age"};
    const QStringList masks = {"none", "surgical", "cloth", "n95"};
    for (int i = 0; i < n; ++i) {
        Prediction p;
        p.path = QStringLiteral("/data/img_%1.jpg").arg(i);
        p.label = int(rng() % 100) < (k == 2 ? 40 : 0) ? 1 : int(rng() % quint32(k));
        std::vector<int> w(static_cast<size_t>(k));
        int sum = 0;
        for (int j = 0; j < k; ++j) {
            w[size_t(j)] = 1 + int(rng() % 12) + (j == p.label ? int(rng() % 9) : 0);
            sum += w[size_t(j)];
        }
        for (int j = 0; j < k; ++j)
            p.probs.push_back(double(w[size_t(j)]) / double(sum));
        const int candidates = neverPredictLast ? k - 1 : k;
        p.predicted = 0;
        for (int j = 1; j < candidates; ++j) {
            if (p.probs[size_t(j)] > p.probs[size_t(p.predicted)])
                p.predicted = j;
        }
        p.attributes = {masks[int(rng() % 4)], QString::number(int(rng() % 90))};
        t.rows.push_back(std::move(p));
    }
    return t;
}

struct Comparer
{
    QStringList failures;
    int compared = 0;
    double maxDiff = 0;

    void num(const QString &what, double ours, const QJsonValue &ref)
    {
        ++compared;
        if (ref.isNull() || ref.isUndefined()) {
            if (std::isfinite(ours))
                failures.append(QStringLiteral("%1: ours %2, sklearn undefined").arg(what).arg(ours, 0, 'g', 17));
            return;
        }
        if (!ref.isDouble()) {
            failures.append(QStringLiteral("%1: sklearn gave no number").arg(what));
            return;
        }
        const double diff = std::abs(ours - ref.toDouble());
        if (!(diff <= kTolerance))
            failures.append(QStringLiteral("%1: ours %2, sklearn %3").arg(what).arg(ours, 0, 'g', 17).arg(ref.toDouble(), 0, 'g', 17));
        else
            maxDiff = std::max(maxDiff, diff);
    }

    void array(const QString &what, const std::vector<double> &ours, const QJsonValue &ref, size_t skip = 0)
    {
        const QJsonArray a = ref.toArray();
        if (size_t(a.size()) + skip != ours.size()) {
            failures.append(QStringLiteral("%1: %2 values, sklearn %3").arg(what).arg(ours.size() - skip).arg(a.size()));
            return;
        }
        for (int i = 0; i < a.size(); ++i)
            num(QStringLiteral("%1[%2]").arg(what).arg(i), ours[size_t(i) + skip], a[i]);
    }
};

struct Case
{
    const char *name;
    int classes;
    quint32 seed;
    int count;
    bool neverPredictLast;
};

std::vector<Case> cases()
{
    return {{"binary seed 1", 2, 1, 400, false},
            {"binary seed 2", 2, 2, 250, false},
            {"binary seed 3", 2, 3, 997, false},
            {"binary tiny, seed 4", 2, 4, 12, false},
            {"binary, male never predicted", 2, 5, 200, true},
            {"3-class seed 11", 3, 11, 400, false},
            {"3-class seed 12", 3, 12, 333, false},
            {"3-class seed 13", 3, 13, 800, false},
            {"3-class, surgical never predicted", 3, 14, 300, true}};
}

// A python3 that can import numpy and sklearn: $MASKBENCH_PYTHON alone when set; otherwise Debian's
// /usr/bin/python3 (where python3-sklearn installs), then python3 on PATH (may be a pyenv or venv
// without it).
QString findPython(QString *problem)
{
    QStringList candidates;
    const QString env = QString::fromLocal8Bit(qgetenv("MASKBENCH_PYTHON"));
    if (!env.isEmpty())
        candidates.append(env);
    else
        candidates << QStringLiteral("/usr/bin/python3") << QStringLiteral("python3");
    QStringList tried;
    for (const QString &c : candidates) {
        QProcess p;
        p.start(c, {QStringLiteral("-c"), QStringLiteral("import numpy, sklearn")});
        if (!p.waitForStarted(10000)) {
            tried.append(QStringLiteral("%1: not found").arg(c));
            continue;
        }
        p.waitForFinished(60000);
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return c;
        const QStringList lines = QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        tried.append(QStringLiteral("%1: %2").arg(c, lines.last()));
    }
    *problem = QStringLiteral("no python3 with scikit-learn and numpy: install the Debian packages python3-sklearn and "
                              "python3-numpy (they bring python3; scripts/install-deps.sh does it), or point MASKBENCH_PYTHON at a python3 that has them. Tried: %1")
                   .arg(tried.join(QStringLiteral("; ")));
    return QString();
}

} // namespace

class TestEvalSklearn : public QObject
{
    Q_OBJECT
    QString m_python;
    QString m_script = QStringLiteral(MASKBENCH_REFERENCE_DIR "/sklearn_metrics.py");
    QString m_realRun = QStringLiteral(MASKBENCH_REFERENCE_DIR "/../data/real_run_predictions.csv");
    QTemporaryDir m_dir;
    QJsonArray m_reference; // one object per case, in cases() order
    int m_compared = 0;
    double m_maxDiff = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_python = findPython(&problem);
        if (m_python.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(QFile::exists(m_script), qPrintable(m_script));

        // One Python process for all cases: importing scikit-learn costs about a second.
        QStringList args = {m_script};
        const auto all = cases();
        for (size_t i = 0; i < all.size(); ++i) {
            const QString csv = m_dir.filePath(QStringLiteral("case%1.csv").arg(i));
            writePredictions(generate(all[i].classes, all[i].seed, all[i].count, all[i].neverPredictLast), csv);
            args.append(csv);
        }
        // The predictions.csv of a real run (scripts/make_example_run.sh, Levi-Hassner on masked
        // UTKFace, its test split), compared last.
        QVERIFY2(QFile::exists(m_realRun), qPrintable(m_realRun));
        args.append(m_realRun);
        QProcess py;
        py.start(m_python, args);
        QVERIFY2(py.waitForFinished(120000), "the reference script did not finish in 2 minutes");
        const QByteArray err = py.readAllStandardError();
        QVERIFY2(py.exitStatus() == QProcess::NormalExit && py.exitCode() == 0, err.constData());
        QJsonParseError parseError;
        m_reference = QJsonDocument::fromJson(py.readAllStandardOutput(), &parseError).array();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(size_t(m_reference.size()), all.size() + 1);
    }

    void cleanupTestCase()
    {
        qInfo("compared %d numbers with scikit-learn; largest difference %.3g", m_compared, m_maxDiff);
    }

    void matchesSklearn_data()
    {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << int(i);
        QTest::newRow("real run (tests/data/real_run_predictions.csv)") << int(all.size());
    }

    void matchesSklearn()
    {
        QFETCH(int, index);
        const bool real = size_t(index) == cases().size();
        const PredictionTable table = readPredictions(real ? m_realRun : m_dir.filePath(QStringLiteral("case%1.csv").arg(index)));
        if (!real)
            QCOMPARE(int(table.rows.size()), cases()[size_t(index)].count);
        const Evaluation e = evaluatePredictions(table);
        const QJsonObject ref = m_reference[index].toObject();

        Comparer c;
        const ClassificationReport &r = e.report;
        const int k = table.classCount();
        const auto norm = r.matrix.rowNormalised();
        for (int a = 0; a < k; ++a) {
            for (int p = 0; p < k; ++p) {
                const QString cell = QStringLiteral("confusion[%1][%2]").arg(a).arg(p);
                c.num(cell, double(r.matrix.at(a, p)), ref[QStringLiteral("confusion_matrix")][a][p]);
                c.num(cell + QStringLiteral(" normalised"), norm[size_t(a)][size_t(p)], ref[QStringLiteral("confusion_matrix_normalised")][a][p]);
            }
        }
        c.num(QStringLiteral("accuracy"), r.accuracy, ref[QStringLiteral("accuracy")]);
        c.num(QStringLiteral("balanced_accuracy"), r.balancedAccuracy, ref[QStringLiteral("balanced_accuracy")]);
        for (int i = 0; i < k; ++i) {
            const ClassScores &s = r.perClass[size_t(i)];
            c.num(QStringLiteral("precision[%1]").arg(i), s.precision, ref[QStringLiteral("precision")][i]);
            c.num(QStringLiteral("recall[%1]").arg(i), s.recall, ref[QStringLiteral("recall")][i]);
            c.num(QStringLiteral("f1[%1]").arg(i), s.f1, ref[QStringLiteral("f1")][i]);
            c.num(QStringLiteral("support[%1]").arg(i), double(s.support), ref[QStringLiteral("support")][i]);
        }
        for (const auto &[name, s] : {std::pair<QString, ClassScores>{"macro", r.macro}, {"weighted", r.weighted}}) {
            c.num(name + " precision", s.precision, ref[name]["precision"]);
            c.num(name + " recall", s.recall, ref[name]["recall"]);
            c.num(name + " f1", s.f1, ref[name]["f1"]);
        }

        for (int i = 0; i < k; ++i) {
            const QString cls = QStringLiteral("class %1 ").arg(i);
            const RocCurve &roc = e.ranking.roc[size_t(i)];
            const QJsonValue rroc = ref[QStringLiteral("roc")][i];
            c.array(cls + "roc fpr", roc.fpr, rroc["fpr"]);
            c.array(cls + "roc tpr", roc.tpr, rroc["tpr"]);
            c.array(cls + "roc thresholds", roc.thresholds, rroc["thresholds"], 1);
            if (!std::isinf(roc.thresholds.front()))
                c.failures.append(cls + "roc: first threshold is not +inf");
            c.num(cls + "roc auc", roc.auc, rroc["auc"]);
            const PrCurve &pr = e.ranking.pr[size_t(i)];
            const QJsonValue rpr = ref[QStringLiteral("pr")][i];
            c.array(cls + "pr precision", pr.precision, rpr["precision"]);
            c.array(cls + "pr recall", pr.recall, rpr["recall"]);
            c.array(cls + "pr thresholds", pr.thresholds, rpr["thresholds"]);
            c.num(cls + "average precision", pr.averagePrecision, rpr["ap"]);
        }
        c.num(QStringLiteral("roc_auc"), e.ranking.rocAuc(), ref[QStringLiteral("roc_auc")]);
        c.num(QStringLiteral("average_precision"), e.ranking.averagePrecision(), ref[QStringLiteral("average_precision")]);
        if (k > 2) {
            c.num(QStringLiteral("roc_auc weighted"), e.ranking.rocAucWeighted, ref[QStringLiteral("roc_auc_weighted")]);
            c.num(QStringLiteral("average_precision weighted"), e.ranking.averagePrecisionWeighted,
                  ref[QStringLiteral("average_precision_weighted")]);
        }

        const QJsonValue cal = ref[QStringLiteral("calibration")];
        for (int b = 0; b < int(e.calibration.bins.size()); ++b) {
            const CalibrationBin &bin = e.calibration.bins[size_t(b)];
            c.num(QStringLiteral("calibration bin %1 count").arg(b), double(bin.count), cal["counts"][b]);
            c.num(QStringLiteral("calibration bin %1 confidence").arg(b), bin.meanScore, cal["mean_confidence"][b]);
            c.num(QStringLiteral("calibration bin %1 accuracy").arg(b), bin.observed, cal["accuracy"][b]);
        }
        c.num(QStringLiteral("ECE"), e.calibration.expectedError, cal["ece"]);
        c.num(QStringLiteral("MCE"), e.calibration.maximumError, cal["mce"]);

        if (k == 2) {
            std::vector<double> probTrue, probPred;
            for (const CalibrationBin &bin : e.positiveCalibration->bins) {
                if (bin.count > 0) {
                    probTrue.push_back(bin.observed);
                    probPred.push_back(bin.meanScore);
                }
            }
            c.array(QStringLiteral("calibration_curve prob_true"), probTrue, ref[QStringLiteral("calibration_curve")]["prob_true"]);
            c.array(QStringLiteral("calibration_curve prob_pred"), probPred, ref[QStringLiteral("calibration_curve")]["prob_pred"]);

            QCOMPARE(int(e.thresholds.size()), 4);
            const QJsonValue opt = ref[QStringLiteral("threshold_optima")];
            c.num(QStringLiteral("0.5 accuracy"), e.thresholds[0].accuracy, ref[QStringLiteral("at_0_5")]["accuracy"]);
            c.num(QStringLiteral("0.5 recall 0"), e.thresholds[0].recall[0], ref[QStringLiteral("at_0_5")]["recall"][0]);
            c.num(QStringLiteral("0.5 recall 1"), e.thresholds[0].recall[1], ref[QStringLiteral("at_0_5")]["recall"][1]);
            c.num(QStringLiteral("best accuracy"), e.thresholds[1].accuracy, opt["best_accuracy"]);
            c.num(QStringLiteral("best Youden J"), e.thresholds[2].youdenJ, opt["youden"]);
            c.num(QStringLiteral("best min recall"), e.thresholds[3].minRecall, opt["max_min_recall"]);
        }

        // metrics.json, written and parsed back, carries the same numbers.
        const QJsonObject j = QJsonDocument::fromJson(QJsonDocument(metricsJson(e)).toJson()).object();
        c.num(QStringLiteral("metrics.json accuracy"), j[QStringLiteral("accuracy")].toDouble(), ref[QStringLiteral("accuracy")]);
        c.num(QStringLiteral("metrics.json balanced_accuracy"), j[QStringLiteral("balanced_accuracy")].toDouble(),
              ref[QStringLiteral("balanced_accuracy")]);
        for (int i = 0; i < k; ++i) {
            const QJsonValue pc = j[QStringLiteral("per_class")][table.classes[i]];
            for (const char *m : {"precision", "recall", "f1"})
                c.num(QStringLiteral("metrics.json %1[%2]").arg(QLatin1String(m)).arg(i), pc[QLatin1String(m)].toDouble(), ref[QLatin1String(m)][i]);
            for (int p = 0; p < k; ++p)
                c.num(QStringLiteral("metrics.json confusion[%1][%2]").arg(i).arg(p), j[QStringLiteral("confusion_matrix")][i][p].toDouble(),
                      ref[QStringLiteral("confusion_matrix")][i][p]);
        }
        for (const char *avg : {"macro", "weighted"})
            c.num(QStringLiteral("metrics.json %1 f1").arg(QLatin1String(avg)),
                  j[QStringLiteral("%1_avg").arg(QLatin1String(avg))][QStringLiteral("f1")].toDouble(), ref[QLatin1String(avg)][QStringLiteral("f1")]);
        const QJsonValue rk = j[QStringLiteral("ranking")];
        c.num(QStringLiteral("metrics.json ROC AUC"), (k == 2 ? rk[QStringLiteral("roc_auc")] : rk[QStringLiteral("roc_auc_macro")]).toDouble(),
              ref[QStringLiteral("roc_auc")]);
        c.num(QStringLiteral("metrics.json average precision"),
              (k == 2 ? rk[QStringLiteral("average_precision")] : rk[QStringLiteral("average_precision_macro")]).toDouble(),
              ref[QStringLiteral("average_precision")]);

        m_compared += c.compared;
        m_maxDiff = std::max(m_maxDiff, c.maxDiff);
        QVERIFY2(c.compared > 50, "too few numbers compared");
        QVERIFY2(c.failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 numbers differ from scikit-learn %3:\n  %4")
                                                      .arg(c.failures.size())
                                                      .arg(c.compared)
                                                      .arg(ref[QStringLiteral("sklearn_version")].toString(),
                                                           c.failures.mid(0, 20).join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestEvalSklearn)
#include "tst_eval_sklearn.moc"
