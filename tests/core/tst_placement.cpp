// Per-image mask placement overrides: the store round-trips and rejects a corrupt file, and the
// batch augment job applies an override to exactly the image (and template) it was saved for.

#include "core/common/error.h"
#include "core/face/image_input.h"
#include "core/mask/augment.h"
#include "core/mask/placement.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

QMap<QString, QByteArray> images(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

} // namespace

class TestPlacement : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void storeRoundTripsAndRejectsCorruptFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("store/mask-placements.json"));
        const QByteArray hash = QByteArray::fromHex("00112233445566778899");
        PlacementOverride p;
        p.offsets[1] = cv::Point2f(1.5f, -2.0f);
        {
            PlacementStore store(path);
            QCOMPARE(store.size(), 0);
            store.set(hash, QStringLiteral("surgical"), p);
        }
        PlacementStore again(path);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.find(hash, QStringLiteral("surgical")).has_value());
        QCOMPARE(again.find(hash, QStringLiteral("surgical"))->offsets[1], cv::Point2f(1.5f, -2.0f));
        QVERIFY(!again.find(hash, QStringLiteral("cloth")).has_value());
        // A second store on the same file sees the first one's later change on its next write.
        PlacementStore other(path);
        again.set(hash, QStringLiteral("cloth"), p);
        other.remove(hash, QStringLiteral("surgical"));
        other.reload();
        QCOMPARE(other.size(), 1);
        QVERIFY(other.find(hash, QStringLiteral("cloth")).has_value());
        // A zero override is no override.
        other.set(hash, QStringLiteral("cloth"), PlacementOverride{});
        QCOMPARE(other.size(), 0);

        Face face;
        for (int i = 0; i < kLandmarkCount; ++i)
            face.landmarks[size_t(i)] = cv::Point2f(float(i), float(2 * i));
        const Face moved = applyPlacement(face, p);
        QCOMPARE(moved.point(9), face.point(9) + cv::Point2f(1.5f, -2.0f));
        QCOMPARE(moved.point(29), face.point(29));
        QCOMPARE(moved.point(34), face.point(34));

        QVERIFY(test::writeText(m_dir.filePath(QStringLiteral("bad.json")), "{ not json"));
        try {
            PlacementStore bad(m_dir.filePath(QStringLiteral("bad.json")));
            QFAIL("a corrupt placements file was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("bad.json")), qPrintable(e.message()));
        }
    }

    void augmentRespectsOverridesForThatImageOnly()
    {
        QVERIFY2(test::sharedDataProblem().isEmpty(), qPrintable(test::sharedDataProblem()));
        const QDir src(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
        const QStringList names = src.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        // A folder-per-class dataset with one class.
        const QString root = m_dir.filePath(QStringLiteral("faces"));
        const QString data = root + QStringLiteral("/person");
        QDir().mkpath(data);
        for (int i = 0; i < 4; ++i)
            QVERIFY(QFile::copy(src.filePath(names[i * 1013 + 7]), QStringLiteral("%1/face_%2.jpg").arg(data).arg(i)));

        AugmentOptions o;
        o.source = root;
        o.types = {MaskType::Surgical};
        o.threads = 1;
        o.cachePath = m_dir.filePath(QStringLiteral("cache/landmarks.sqlite"));
        o.outDir = m_dir.filePath(QStringLiteral("plain"));
        const AugmentSummary plain = runAugment(o);
        QCOMPARE(plain.placed, 0);
        const QMap<QString, QByteArray> before = images(o.outDir + QStringLiteral("/person"));
        QVERIFY2(before.size() >= 3, "too few faces masked to compare");
        const QString target = before.firstKey();
        const QString untouched = before.lastKey();

        // Nudge the mask on one image (a few pixels right and down), and save a cloth-only nudge
        // for another: augment masks with surgical only, so that one must change nothing.
        PlacementStore store(PlacementStore::pathNextTo(o.cachePath));
        PlacementOverride nudge;
        for (cv::Point2f &p : nudge.offsets)
            p = cv::Point2f(3.0f, 2.0f);
        store.set(readImageInput(QDir(data).filePath(target)).hash, QStringLiteral("surgical"), nudge);
        store.set(readImageInput(QDir(data).filePath(untouched)).hash, QStringLiteral("cloth"), nudge);

        o.outDir = m_dir.filePath(QStringLiteral("placed"));
        const AugmentSummary placed = runAugment(o);
        QCOMPARE(placed.placed, 1);
        const QMap<QString, QByteArray> after = images(o.outDir + QStringLiteral("/person"));
        QCOMPARE(after.keys(), before.keys());
        for (const QString &name : before.keys()) {
            if (name == target)
                QVERIFY2(after[name] != before[name], "the override did not change its image");
            else
                QVERIFY2(after[name] == before[name], qPrintable(name + QStringLiteral(" changed without an override")));
        }

        // Reset placement: the output is the plain one again.
        QVERIFY(store.remove(readImageInput(QDir(data).filePath(target)).hash, QStringLiteral("surgical")));
        o.outDir = m_dir.filePath(QStringLiteral("reset"));
        const AugmentSummary reset = runAugment(o);
        QCOMPARE(reset.placed, 0);
        QCOMPARE(images(o.outDir + QStringLiteral("/person")), before);

        // Turned off, overrides are not read at all.
        store.set(readImageInput(QDir(data).filePath(target)).hash, QStringLiteral("surgical"), nudge);
        o.usePlacements = false;
        o.outDir = m_dir.filePath(QStringLiteral("off"));
        QCOMPARE(runAugment(o).placed, 0);
        QCOMPARE(images(o.outDir + QStringLiteral("/person")), before);
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
