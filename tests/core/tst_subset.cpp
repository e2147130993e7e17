// "Use N images" (dataset/subset.h): the seeded sampler split, augment and training share.
// Deterministic per seed, exactly N, N above the item count gives every item, N <= 0 refused
// with a message; the stratified sample keeps each class's share; splitDataset's limit gives a
// manifest of N rows.

#include "core/common/error.h"
#include "core/dataset/splitter.h"
#include "core/dataset/subset.h"
#include "test_support.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <map>
#include <tuple>

using namespace maskbench;

namespace {

// 1,000 label-only items: 300 female, 700 male, in groups of 4.
Dataset labelledDataset()
{
    Dataset ds;
    ds.source = QStringLiteral("synthetic");
    for (int i = 0; i < 1000; ++i) {
        DatasetItem item;
        item.path = QStringLiteral("/virtual/%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
        item.label = i % 10 < 3 ? QStringLiteral("female") : QStringLiteral("male");
        item.group = QStringLiteral("g%1").arg(i / 4);
        item.exists = false;
        ds.items.push_back(item);
    }
    return ds;
}

// The trainer's sampleDown (train/train_data.cpp) as it was before it called seededSample: runs
// made with --limit-train must keep their subset, order included, and resume on it.
std::vector<int> oldSampleDown(int count, int limit, quint64 seed)
{
    const auto mix = [](quint64 x) {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    };
    std::vector<int> v(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        v[size_t(i)] = i;
    if (limit <= 0 || size_t(limit) >= v.size())
        return v;
    quint64 state = mix(seed ^ 0x5a5a5a5aULL);
    for (size_t i = v.size(); i > 1; --i) {
        state = mix(state);
        std::swap(v[i - 1], v[size_t(state % i)]);
    }
    v.resize(size_t(limit));
    return v;
}

} // namespace

class TestSubset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainSampleIsDeterministicAndExact()
    {
        const std::vector<qint64> a = seededSample(500, 37, 11);
        QCOMPARE(a.size(), size_t(37));
        QCOMPARE(seededSample(500, 37, 11), a); // same seed, same subset
        QVERIFY(seededSample(500, 37, 12) != a);
        QSet<qint64> distinct;
        for (qint64 i : a) {
            QVERIFY(i >= 0 && i < 500);
            distinct.insert(i);
        }
        QCOMPARE(distinct.size(), 37); // no index twice

        // The trainer's --limit-train draws the same way: a Fisher-Yates shuffle of every index
        // with splitmix64 from seed ^ 0x5a5a5a5a, the first N kept (its order included). A larger
        // N extends the same shuffle, so the first 37 of 100 are the 37.
        const std::vector<qint64> b = seededSample(500, 100, 11);
        QVERIFY(std::equal(a.begin(), a.end(), b.begin()));
    }

    void drawsAsTheTrainerAlwaysDid()
    {
        for (const auto &[count, n, seed] : {std::tuple{500, 37, 42ULL}, std::tuple{28, 10, 3ULL}, std::tuple{16251, 1000, 43ULL},
                                             std::tuple{7, 7, 1ULL}, std::tuple{7, 9, 1ULL}, std::tuple{2, 1, 0ULL}}) {
            const std::vector<qint64> mine = seededSample(count, n, seed);
            const std::vector<int> old = oldSampleDown(count, n, seed);
            QCOMPARE(mine.size(), old.size());
            for (size_t i = 0; i < old.size(); ++i)
                QCOMPARE(mine[i], qint64(old[i]));
        }
    }

    void moreThanThereAreGivesAll()
    {
        std::vector<qint64> all(20);
        for (int i = 0; i < 20; ++i)
            all[size_t(i)] = i;
        QCOMPARE(seededSample(20, 20, 1), all);
        QCOMPARE(seededSample(20, 1000, 1), all);
        std::vector<int> strata(20, 0);
        QCOMPARE(stratifiedSample(strata, 21, 5), all);
        const Dataset ds = labelledDataset();
        const Dataset same = subsetDataset(ds, 5000, 3);
        QCOMPARE(same.items.size(), ds.items.size());
        for (size_t i = 0; i < ds.items.size(); ++i)
            QCOMPARE(same.items[i].path, ds.items[i].path);
    }

    void zeroOrLessIsRefusedWithAMessage()
    {
        for (qint64 n : {qint64(0), qint64(-3)}) {
            const QString message = test::errorMessage([n] { seededSample(10, n, 1); });
            QVERIFY2(message.contains(QLatin1String("at least 1")) && message.contains(QString::number(n)), qPrintable(message));
            QVERIFY(!test::errorMessage([n] { stratifiedSample({0, 1, 0}, n, 1); }).isEmpty());
            QVERIFY(!test::errorMessage([n] { subsetDataset(labelledDataset(), n, 1); }).isEmpty());
        }
    }

    void stratifiedKeepsEachClassShare()
    {
        const Dataset ds = labelledDataset();
        for (qint64 n : {qint64(1), qint64(7), qint64(100), qint64(333), qint64(999)}) {
            const Dataset sub = subsetDataset(ds, n, 42);
            QCOMPARE(qint64(sub.items.size()), n);
            const qint64 female = std::count_if(sub.items.begin(), sub.items.end(),
                                                [](const DatasetItem &i) { return i.label == QLatin1String("female"); });
            QVERIFY2(std::abs(double(female) - 0.3 * double(n)) < 1.0, qPrintable(QStringLiteral("%1 female of %2").arg(female).arg(n)));
            // In the dataset's order, no item twice.
            for (size_t i = 1; i < sub.items.size(); ++i)
                QVERIFY(sub.items[i - 1].path < sub.items[i].path);
        }
        // Same seed: same items; another seed: other items.
        const Dataset a = subsetDataset(ds, 100, 42), b = subsetDataset(ds, 100, 42), c = subsetDataset(ds, 100, 43);
        QStringList pa, pb, pc;
        for (size_t i = 0; i < a.items.size(); ++i) {
            pa << a.items[i].path;
            pb << b.items[i].path;
            pc << c.items[i].path;
        }
        QCOMPARE(pa, pb);
        QVERIFY(pa != pc);

        // Three strata of 5, 3 and 2 items, N = 5: shares 2.5, 1.5, 1 -> 3, 1, 1 or 2, 2, 1 (the
        // largest remainders, ties to the smaller id); every stratum within one of its share.
        const std::vector<int> strata{2, 2, 0, 0, 0, 0, 0, 1, 1, 1};
        const std::vector<qint64> s = stratifiedSample(strata, 5, 9);
        QCOMPARE(s.size(), size_t(5));
        std::map<int, int> per;
        for (qint64 i : s)
            ++per[strata[size_t(i)]];
        QCOMPARE(per[0] + per[1] + per[2], 5);
        QVERIFY(std::abs(per[0] - 2.5) < 1 && std::abs(per[1] - 1.5) < 1 && per[2] == 1);
        QCOMPARE(stratifiedSample(strata, 5, 9), s);
    }

    void splitOfNImages()
    {
        const Dataset ds = labelledDataset();
        SplitOptions o;
        o.keepMissing = true;
        o.groupDuplicates = false;
        o.seed = 5;
        o.limit = 200;
        SplitSummary summary;
        const Dataset out = splitDataset(ds, o, &summary);
        QCOMPARE(out.items.size(), size_t(200));
        QCOMPARE(summary.usable, qint64(1000));
        for (const DatasetItem &i : out.items)
            QVERIFY(!i.split.isEmpty());
        const Dataset again = splitDataset(ds, o);
        for (size_t i = 0; i < out.items.size(); ++i) {
            QCOMPARE(again.items[i].path, out.items[i].path);
            QCOMPARE(again.items[i].split, out.items[i].split);
        }
        o.limit = 0; // all
        QCOMPARE(splitDataset(ds, o).items.size(), size_t(1000));
        o.limit = -1;
        QVERIFY(test::errorMessage([&] { splitDataset(ds, o); }).contains(QLatin1String("at least 1")));
    }
};

QTEST_GUILESS_MAIN(TestSubset)
#include "tst_subset.moc"
