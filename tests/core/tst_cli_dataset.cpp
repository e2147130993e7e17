// maskbench-cli dataset info|split|audit as a user runs them: numbers on stdout, errors on
// stderr, exit status, the manifest it writes.

#include "core/dataset/dataset.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestCliDataset : public QObject
{
    Q_OBJECT
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_data = test::sharedDataDir();
    }

    void helpWorks()
    {
        const test::CliResult r = test::runCli({"dataset", "split", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--ratios")));
        QVERIFY(r.out.contains(QStringLiteral("--seed")));
    }

    void adienceInfo()
    {
        const test::CliResult r = test::runCli({"dataset", "info", m_data + "/adience-folds", "--format", "adience"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Rows read:     19,370")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("m 8,120")));
        QVERIFY(r.out.contains(QStringLiteral("f 9,372")));
        QVERIFY(r.out.contains(QStringLiteral("u 1,099")));
        QVERIFY(r.out.contains(QStringLiteral("(empty) 779")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\busers:\\s+168\\b"))));
        QVERIFY(r.out.contains(QStringLiteral("missing image: 17,492")));
    }

    void utkInfo()
    {
        const test::CliResult r = test::runCli({"dataset", "info", m_data + "/utkface-dev/labels.csv", "--label-column", "gender"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("female\\s+7,765"))), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("male\\s+8,486"))));
        QVERIFY(r.out.contains(QStringLiteral("Problems:      none")));
    }

    void splitThenAudit()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("split.csv"));
        const test::CliResult r = test::runCli({"dataset", "split", m_data + "/utkface-dev/labels.csv", "--label-column", "gender",
                                                "--out", out, "--seed", "7", "--no-probe"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("identical files in more than one split: 0")));
        QVERIFY(r.out.contains(QStringLiteral("result: clean")));
        QVERIFY(QFile::exists(out));

        const test::CliResult a = test::runCli({"dataset", "audit", out, "--no-probe"});
        QCOMPARE(a.exitCode, 0);
        QVERIFY(a.out.contains(QStringLiteral("result: clean")));

        // Plant a leak: one file listed again under another name in another split is the same bytes.
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        QByteArray firstTrain, firstTest;
        for (const QByteArray &l : lines) {
            if (firstTrain.isEmpty() && l.contains(",train"))
                firstTrain = l;
        }
        QVERIFY(!firstTrain.isEmpty());
        QByteArray copy = firstTrain;
        copy.replace(",train", ",test");
        const QString src = QDir(dir.path()).absoluteFilePath(QString::fromUtf8(firstTrain.left(firstTrain.indexOf(','))));
        QVERIFY(QFile::copy(src, dir.filePath(QStringLiteral("copy.jpg"))));
        copy = "copy.jpg" + copy.mid(copy.indexOf(','));
        QVERIFY(f.open(QIODevice::Append));
        f.write(copy + '\n');
        f.close();
        const test::CliResult leak = test::runCli({"dataset", "audit", out, "--no-probe"});
        QCOMPARE(leak.exitCode, 3);
        QVERIFY2(leak.out.contains(QStringLiteral("identical files in more than one split: 1")), qPrintable(leak.out));
    }

    // "Use N images": --limit splits a seeded, class-stratified subset; the manifest has N rows,
    // its settings (seed, limit) sit beside it in MANIFEST.json, the same seed gives the same
    // manifest, and N below 1 is refused.
    void splitOfNImages()
    {
        QTemporaryDir dir;
        const QString labels = m_data + "/utkface-dev/labels.csv";
        const auto split = [&](const QString &out, const QString &limit) {
            return test::runCli({"dataset", "split", labels, "--label-column", "gender", "--out", out, "--seed", "7",
                                 "--no-probe", "--limit", limit});
        };
        const QString a = dir.filePath(QStringLiteral("a.csv")), b = dir.filePath(QStringLiteral("b.csv"));
        test::CliResult r = split(a, QStringLiteral("300"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("A seeded subset of 300 of the 16,251 usable images")), qPrintable(r.out));
        const Dataset ds = loadDataset(a);
        QCOMPARE(ds.items.size(), size_t(300));
        const qint64 female = ds.classCounts().value(QStringLiteral("female"));
        QVERIFY2(std::abs(double(female) - 300.0 * 7765 / 16251) < 1.0, qPrintable(QString::number(female))); // stratified
        const QJsonObject record = test::readJson(a + QStringLiteral(".json"));
        QCOMPARE(record.value(QStringLiteral("limit")).toInt(), 300);
        QCOMPARE(record.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        QCOMPARE(record.value(QStringLiteral("rows")).toInt(), 300);
        QCOMPARE(record.value(QStringLiteral("usable")).toInt(), 16251);

        r = split(b, QStringLiteral("300"));
        QCOMPARE(r.exitCode, 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QVERIFY(fa.readAll() == fb.readAll()); // same seed, same subset, same split

        for (const char *bad : {"0", "-5"}) {
            r = split(dir.filePath(QStringLiteral("bad.csv")), QString::fromLatin1(bad));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--limit")), qPrintable(r.err));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.csv"))));
        }
    }

    void badInputExitsNonZero()
    {
        QTemporaryDir dir;
        const test::CliResult missing = test::runCli({"dataset", "info", dir.filePath(QStringLiteral("absent"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("absent")));
        QVERIFY(missing.out.isEmpty());

        const test::CliResult column = test::runCli({"dataset", "info", m_data + "/utkface-dev/labels.csv", "--label-column", "sex"});
        QCOMPARE(column.exitCode, 1);
        QVERIFY2(column.err.contains(QStringLiteral("no column 'sex'")) && column.err.contains(QStringLiteral("labels.csv")),
                 qPrintable(column.err));

        const test::CliResult ratios = test::runCli({"dataset", "split", m_data + "/utkface-dev/labels.csv", "--label-column",
                                                     "gender", "--out", dir.filePath(QStringLiteral("x.csv")), "--ratios", "0.5,0.1"});
        QCOMPARE(ratios.exitCode, 1);
        QVERIFY(ratios.err.contains(QStringLiteral("add up to")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));

        const test::CliResult usage = test::runCli({"dataset", "info"});
        QCOMPARE(usage.exitCode, 2);
    }

    void problemsCsvListsEveryProblem()
    {
        QTemporaryDir dir;
        const QString problems = dir.filePath(QStringLiteral("problems.csv"));
        const test::CliResult r = test::runCli({"dataset", "info", m_data + "/adience-folds", "--problems-csv", problems, "--show", "2"});
        QCOMPARE(r.exitCode, 0);
        QFile f(problems);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int lines = f.readAll().count('\n');
        QCOMPARE(lines, 1 + 17492 + 1099 + 779 + 1); // header, missing images, unknown labels, aligned/ warning
    }
};

QTEST_GUILESS_MAIN(TestCliDataset)
#include "tst_cli_dataset.moc"
