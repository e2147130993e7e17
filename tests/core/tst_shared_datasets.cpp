// The readers and the splitter on the real data in ../shared/data: UTKFace (16,251 photos, CSV
// and file-name conventions) and the Adience fold files (label files only, images missing).

#include "core/common/error.h"
#include "core/dataset/audit.h"
#include "core/dataset/splitter.h"
#include "core/dataset/statistics.h"
#include "test_support.h"

#include <QTest>

using namespace maskbench;

class TestSharedDatasets : public QObject
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

    void utkFaceCsv()
    {
        LoadOptions o;
        o.labelColumn = QStringLiteral("gender");
        const Dataset ds = loadDataset(m_data + QStringLiteral("/utkface-dev/labels.csv"), o);
        QCOMPARE(ds.items.size(), size_t(16251));
        QCOMPARE(ds.classCounts().value(QStringLiteral("male")), 8486);
        QCOMPARE(ds.classCounts().value(QStringLiteral("female")), 7765);
        QCOMPARE(ds.missingCount(), 0);
        const ImageSizeSummary sizes = imageSizeSummary(ds);
        QCOMPARE(sizes.readable, 16251);
        QCOMPARE(sizes.medianWidth, 200);
        QCOMPARE(sizes.formats.value(QStringLiteral("jpeg")), 16251);
        QVERIFY(ds.attributeNames.contains(QStringLiteral("race")));
    }

    void utkFaceFileNamesAgreeWithCsv()
    {
        LoadOptions o;
        o.probeImages = false;
        const Dataset byName = loadDataset(m_data + QStringLiteral("/utkface-dev/images"), o); // format detected
        QCOMPARE(byName.format, SourceFormat::UtkFace);
        QCOMPARE(byName.classCounts().value(QStringLiteral("male")), 8486);
        QCOMPARE(byName.classCounts().value(QStringLiteral("female")), 7765);
    }

    void utkFaceSplitIsCleanAndBalanced()
    {
        LoadOptions o;
        o.labelColumn = QStringLiteral("gender");
        o.probeImages = false;
        const Dataset ds = loadDataset(m_data + QStringLiteral("/utkface-dev/labels.csv"), o);
        SplitSummary s;
        const Dataset out = splitDataset(ds, SplitOptions{}, &s);
        QCOMPARE(out.items.size(), size_t(16251));
        const ClassSplitTable t = classSplitTable(out);
        QVERIFY2(t.maxClassShareSpread() < 1.0, qPrintable(QString::number(t.maxClassShareSpread())));
        QVERIFY(std::abs(double(t.splitTotal(QStringLiteral("test"))) / 16251.0 - 0.1) < 0.005);
        const LeakageReport r = auditLeakage(out);
        QVERIFY(r.clean());
        QCOMPARE(r.filesHashed, 16251);
    }

    void adienceFolds()
    {
        const Dataset ds = loadDataset(m_data + QStringLiteral("/adience-folds"));
        QCOMPARE(ds.format, SourceFormat::Adience);
        QCOMPARE(ds.rowsRead, 19370);
        QCOMPARE(ds.rawLabelCounts.value(QStringLiteral("m")), 8120);
        QCOMPARE(ds.rawLabelCounts.value(QStringLiteral("f")), 9372);
        QCOMPARE(ds.rawLabelCounts.value(QStringLiteral("u")), 1099);
        QCOMPARE(ds.rawLabelCounts.value(QString()), 779);
        QCOMPARE(ds.items.size(), size_t(8120 + 9372));
        QCOMPARE(ds.missingCount(), 8120 + 9372); // label files only: every image is missing
        QCOMPARE(ds.problemCount(ProblemKind::UnknownLabel), 1099 + 779);
        bool users = false;
        for (const auto &[name, value] : ds.facts)
            users |= name == QLatin1String("users") && value == QLatin1String("168");
        QVERIFY(users);
    }

    void adienceSplitKeepsUsersApart()
    {
        const Dataset ds = loadDataset(m_data + QStringLiteral("/adience-folds"));
        SplitOptions o;
        o.keepMissing = true; // label-only planning: the images are not here
        const Dataset out = splitDataset(ds, o);
        QCOMPARE(out.items.size(), size_t(17492));
        const LeakageReport r = auditLeakage(out);
        QVERIFY(r.groups.empty());
        QVERIFY(r.groupsChecked > 150);
        const ClassSplitTable t = classSplitTable(out);
        QVERIFY2(t.maxClassShareSpread() < 1.0, qPrintable(QString::number(t.maxClassShareSpread())));
        // Without --keep-missing nothing is left to split, and the error says why.
        try {
            splitDataset(ds, SplitOptions{});
            QFAIL("split of missing images did not fail");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("17492 missing")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedDatasets)
#include "tst_shared_datasets.moc"
