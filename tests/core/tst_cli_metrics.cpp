// maskbench-cli metrics as a user runs it: tables on stdout, metrics.json and misclassified.csv
// in --out (or next to the predictions), errors on stderr naming the file and column.

#include "core/eval/predictions.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

PredictionTable sample(int classes)
{
    PredictionTable t;
    t.classes = classes == 2 ? QStringList{"female", "male"} : QStringList{"cloth", "none", "surgical"};
    t.attributeNames = {"mask_type", "age"};
    const QStringList masks = {"none", "surgical", "cloth"};
    for (int i = 0; i < 60; ++i) {
        Prediction p;
        p.path = QStringLiteral("/faces/%1.jpg").arg(i);
        p.label = i % classes;
        const double s = 0.15 + 0.7 * double((i * 37) % 60) / 59.0; // deterministic spread
        p.probs.assign(size_t(classes), (1.0 - s) / (classes - 1));
        p.probs[size_t((i * 7 + i / 3) % classes)] = s;
        p.predicted = int(std::max_element(p.probs.begin(), p.probs.end()) - p.probs.begin());
        p.attributes = {masks[i % 3], QString::number(5 + i)};
        t.rows.push_back(p);
    }
    return t;
}

} // namespace

class TestCliMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help()
    {
        const test::CliResult r = test::runCli({"metrics", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--threshold")));
        QVERIFY(r.out.contains(QStringLiteral("--by")));
        QVERIFY(r.out.contains(QStringLiteral("--out")));
    }

    void binaryWithThresholdAndSlices()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("predictions.csv"));
        writePredictions(sample(2), csv);
        const QString out = dir.filePath(QStringLiteral("eval"));
        const test::CliResult r = test::runCli({"metrics", csv, "--threshold", "max-min-recall", "--by", "mask_type", "--by", "age", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        for (const char *s : {"actual \\ predicted", "macro avg", "weighted avg", "ROC AUC", "expected calibration error",
                              "Threshold: max-min-recall", "youden", "best-acc", "By mask_type:", "By age (age bands, years):", "60-69",
                              "Misclassified:"})
            QVERIFY2(r.out.contains(QString::fromLatin1(s)), qPrintable(QStringLiteral("'%1' missing from:\n%2").arg(QString::fromLatin1(s), r.out)));
        QFile f(out + QStringLiteral("/metrics.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(j[QStringLiteral("threshold_applied")][QStringLiteral("rule")].toString(), QStringLiteral("max-min-recall"));
        QCOMPARE(j[QStringLiteral("count")].toInt(), 60);
        QVERIFY(j[QStringLiteral("slices")].toObject().contains(QStringLiteral("age")));
        QVERIFY(QFile::exists(out + QStringLiteral("/misclassified.csv")));
    }

    void defaultsWriteNextToPredictions()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("predictions.csv"));
        writePredictions(sample(3), csv);
        const test::CliResult r = test::runCli({"metrics", csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("One-vs-rest")));
        QVERIFY(!r.out.contains(QStringLiteral("Thresholds")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("metrics.json"))));
    }

    void compareRuns()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("runA")));
        writePredictions(sample(2), dir.filePath(QStringLiteral("runA/predictions.csv")));
        PredictionTable b = sample(2);
        for (Prediction &p : b.rows)
            p.predicted = p.label; // a perfect run
        writePredictions(b, dir.filePath(QStringLiteral("runB.csv")));
        const QString csv = dir.filePath(QStringLiteral("compare.csv"));
        const test::CliResult r = test::runCli({"compare", dir.filePath(QStringLiteral("runA")), dir.filePath(QStringLiteral("runB.csv")), "--csv", csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("runA")) && r.out.contains(QStringLiteral("runB")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("recall female")) && r.out.contains(QStringLiteral("100.00%")), qPrintable(r.out));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("metric,runA,runB"));

        writePredictions(sample(3), dir.filePath(QStringLiteral("three.csv")));
        const test::CliResult bad = test::runCli({"compare", dir.filePath(QStringLiteral("runB.csv")), dir.filePath(QStringLiteral("three.csv"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("different classes")), qPrintable(bad.err));
    }

    void errors()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("predictions.csv"));
        QVERIFY(test::writeText(csv, "path,label,predicted,prob_a,prob_b\nx.jpg,a,b,0.4,0.6\ny.jpg,q,a,0.5,0.5\n"));
        test::CliResult r = test::runCli({"metrics", csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":3:")) && r.err.contains(QStringLiteral("column 'label'")), qPrintable(r.err));

        writePredictions(sample(3), csv);
        r = test::runCli({"metrics", csv, "--threshold", "youden"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("binary")), qPrintable(r.err));
        r = test::runCli({"metrics", csv, "--by", "race"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("'race'")) && r.err.contains(QStringLiteral("mask_type, age")), qPrintable(r.err));
        r = test::runCli({"metrics", csv, "--threshold", "2"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("max-min-recall")), qPrintable(r.err));
        r = test::runCli({"metrics", dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
