// Splitting on generated data: ratios, stratification, group disjointness, duplicate grouping,
// determinism per seed, manifest round trip, and the audit catching a leak that is planted.

#include "core/common/error.h"
#include "core/dataset/audit.h"
#include "core/dataset/manifest.h"
#include "core/dataset/splitter.h"
#include "core/dataset/statistics.h"
#include "test_support.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace maskbench;

namespace {

// A label-only dataset: n items over groups of random size, class share ~40/60.
Dataset syntheticDataset(int groups, quint64 seed)
{
    Dataset ds;
    ds.source = QStringLiteral("synthetic");
    std::mt19937_64 rng(seed);
    int id = 0;
    for (int g = 0; g < groups; ++g) {
        const int size = 1 + int(rng() % 12);
        for (int i = 0; i < size; ++i) {
            DatasetItem item;
            item.path = QStringLiteral("/virtual/%1.jpg").arg(id++);
            item.label = (rng() % 100) < 40 ? QStringLiteral("female") : QStringLiteral("male");
            item.group = QStringLiteral("g%1").arg(g);
            item.exists = false; // label-only: nothing to hash
            ds.items.push_back(item);
        }
    }
    return ds;
}

} // namespace

class TestSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratiosParse()
    {
        const SplitOptions a = parseRatios(QStringLiteral("0.7,0.2,0.1"));
        QCOMPARE(a.train, 0.7);
        QCOMPARE(a.test, 0.1);
        const SplitOptions b = parseRatios(QStringLiteral("80,10,10"));
        QCOMPARE(b.val, 0.1);
        const SplitOptions c = parseRatios(QStringLiteral("0.9,0.1"));
        QCOMPARE(c.test, 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, parseRatios(QStringLiteral("0.5,0.1,0.1")));
        QVERIFY_THROWS_EXCEPTION(Error, parseRatios(QStringLiteral("a,b")));
        QVERIFY_THROWS_EXCEPTION(Error, parseRatios(QStringLiteral("0,0.5,0.5")));
    }

    void groupDisjointAndStratified()
    {
        const Dataset ds = syntheticDataset(1500, 7);
        SplitOptions o;
        o.keepMissing = true;
        o.groupDuplicates = false;
        SplitSummary summary;
        const Dataset out = splitDataset(ds, o, &summary);
        QCOMPARE(out.items.size(), ds.items.size());
        QCOMPARE(summary.groups, 1500);

        QHash<QString, QString> splitOfGroup;
        for (const DatasetItem &i : out.items) {
            QVERIFY(!i.split.isEmpty());
            auto it = splitOfGroup.constFind(i.group);
            if (it != splitOfGroup.constEnd())
                QCOMPARE(*it, i.split);
            splitOfGroup.insert(i.group, i.split);
        }
        const ClassSplitTable t = classSplitTable(out);
        const double n = double(out.items.size());
        QVERIFY(std::abs(t.splitTotal(QStringLiteral("train")) / n - 0.8) < 0.01);
        QVERIFY(std::abs(t.splitTotal(QStringLiteral("val")) / n - 0.1) < 0.01);
        QVERIFY(std::abs(t.splitTotal(QStringLiteral("test")) / n - 0.1) < 0.01);
        QVERIFY2(t.maxClassShareSpread() < 1.0, qPrintable(QString::number(t.maxClassShareSpread())));
        QVERIFY(auditLeakage(out).clean());
    }

    void deterministicPerSeed()
    {
        const Dataset ds = syntheticDataset(300, 3);
        SplitOptions o;
        o.keepMissing = true;
        o.groupDuplicates = false;
        const Dataset a = splitDataset(ds, o);
        const Dataset b = splitDataset(ds, o);
        o.seed = 43;
        const Dataset c = splitDataset(ds, o);
        int differ = 0;
        for (size_t i = 0; i < a.items.size(); ++i) {
            QCOMPARE(a.items[i].split, b.items[i].split);
            differ += a.items[i].split != c.items[i].split;
        }
        QVERIFY(differ > 0);
    }

    void missingAndUnreadableExcludedAndCounted()
    {
        Dataset ds = syntheticDataset(50, 1);
        ds.items[0].exists = true;
        ds.items[0].image.probed = true;
        ds.items[0].image.ok = false;
        SplitOptions o;
        o.groupDuplicates = false;
        SplitSummary s;
        QVERIFY_THROWS_EXCEPTION(Error, splitDataset(ds, o, &s)); // every other item is missing
        ds.items[1].exists = true;
        const Dataset out = splitDataset(ds, o, &s);
        QCOMPARE(out.items.size(), size_t(1));
        QCOMPARE(s.excludedUnreadable, 1);
        QCOMPARE(s.excludedMissing, qint64(ds.items.size()) - 2);
    }

    void identicalFilesShareASplitAndPlantedLeakIsFound()
    {
        QTemporaryDir dir;
        Dataset ds;
        ds.source = dir.path();
        for (int i = 0; i < 60; ++i) {
            const QString p = dir.filePath(QStringLiteral("%1.png").arg(i));
            QVERIFY(test::writeImage(p, 16, 16, i % 30)); // files i and i+30 are byte-identical
            DatasetItem item;
            item.path = p;
            item.label = i % 2 ? QStringLiteral("b") : QStringLiteral("a");
            ds.items.push_back(item);
        }
        SplitSummary s;
        const Dataset out = splitDataset(ds, SplitOptions{}, &s);
        QCOMPARE(s.duplicateGroups, 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(out.items[size_t(i)].split, out.items[size_t(i + 30)].split);
        const LeakageReport clean = auditLeakage(out);
        QVERIFY(clean.clean());
        QCOMPARE(clean.filesHashed, 60);

        Dataset leaky = out;
        leaky.items[0].split = QStringLiteral("train");
        leaky.items[30].split = QStringLiteral("test");
        for (int i : {1, 31}) { // byte-identical twins stay together: only the group leaks
            leaky.items[size_t(i)].group = QStringLiteral("person");
            leaky.items[size_t(i)].split = QStringLiteral("train");
        }
        for (int i : {3, 33}) {
            leaky.items[size_t(i)].group = QStringLiteral("person");
            leaky.items[size_t(i)].split = QStringLiteral("val");
        }
        const LeakageReport r = auditLeakage(leaky);
        QVERIFY(!r.clean());
        QCOMPARE(r.duplicates.size(), size_t(1));
        QCOMPARE(r.duplicates[0].splits, (QStringList{"test", "train"}));
        QCOMPARE(r.groups.size(), size_t(1));
        QCOMPARE(r.groups[0].group, QStringLiteral("person"));
    }

    void manifestRoundTrip()
    {
        QTemporaryDir dir;
        Dataset ds;
        ds.source = dir.path();
        ds.attributeNames = {QStringLiteral("age"), QStringLiteral("note")};
        for (int i = 0; i < 20; ++i) {
            const QString p = dir.filePath(QStringLiteral("img dir/ä %1.jpg").arg(i));
            QVERIFY(test::writeImage(p, 10, 10, i));
            DatasetItem item;
            item.path = p;
            item.label = i < 10 ? QStringLiteral("x") : QStringLiteral("y");
            item.group = QStringLiteral("g%1").arg(i / 2);
            item.attributes.insert(QStringLiteral("age"), QString::number(20 + i));
            item.attributes.insert(QStringLiteral("note"), QStringLiteral("a, \"quoted\" note"));
            ds.items.push_back(item);
        }
        const Dataset split = splitDataset(ds, SplitOptions{});
        const QString manifest = dir.filePath(QStringLiteral("out/split.csv"));
        writeManifest(split, manifest);
        const Dataset back = loadDataset(manifest);
        QVERIFY(back.hasSplits());
        QCOMPARE(back.items.size(), split.items.size());
        QVERIFY(back.problems.empty());
        for (size_t i = 0; i < back.items.size(); ++i) {
            QCOMPARE(back.items[i].path, split.items[i].path);
            QCOMPARE(back.items[i].label, split.items[i].label);
            QCOMPARE(back.items[i].group, split.items[i].group);
            QCOMPARE(back.items[i].split, split.items[i].split);
            QCOMPARE(back.items[i].attributes, split.items[i].attributes);
        }
    }
};

QTEST_GUILESS_MAIN(TestSplitter)
#include "tst_splitter.moc"
