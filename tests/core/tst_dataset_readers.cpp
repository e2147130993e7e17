// Every reader on generated fixtures, and every kind of bad input the foundation issue lists:
// missing folder, empty class folder, a single class, non-image files, truncated or corrupt
// images, a CSV without the named column, unknown labels, duplicate rows, spaces and non-ASCII.

#include "core/common/error.h"
#include "core/dataset/dataset.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

const DatasetProblem *findProblem(const Dataset &ds, ProblemKind kind, const QString &fileEnd)
{
    for (const DatasetProblem &p : ds.problems) {
        if (p.kind == kind && p.file.endsWith(fileEnd))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestDatasetReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderPerClass()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::writeImage(dir.filePath(QStringLiteral("female/f%1.jpg").arg(i)), 20, 20, i));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("male/sub dir/m 0.png")), 30, 10, 7));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("male/männlich ü.jpeg")), 30, 10, 8));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("male/readme.txt")), "hello"));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("male/broken.jpg")), "not really a jpeg"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty")));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("stray.jpg")), "x"));

        const Dataset ds = loadDataset(dir.path());
        QCOMPARE(ds.format, SourceFormat::Folder);
        QCOMPARE(ds.classes(), (QStringList{"female", "male"}));
        QCOMPARE(ds.classCounts().value(QStringLiteral("female")), 3);
        QCOMPARE(ds.classCounts().value(QStringLiteral("male")), 3); // two good, one corrupt
        QVERIFY(findProblem(ds, ProblemKind::NotAnImage, QStringLiteral("readme.txt")));
        QVERIFY(findProblem(ds, ProblemKind::EmptyClass, QStringLiteral("/empty")));
        QVERIFY(findProblem(ds, ProblemKind::Warning, QStringLiteral("stray.jpg")));
        const DatasetProblem *broken = findProblem(ds, ProblemKind::Unreadable, QStringLiteral("broken.jpg"));
        QVERIFY(broken);
        QVERIFY(broken->message.contains(QStringLiteral("not a JPEG")));
        bool sawUnicode = false;
        for (const DatasetItem &item : ds.items) {
            QVERIFY(QDir::isAbsolutePath(item.path));
            if (item.path.endsWith(QStringLiteral("männlich ü.jpeg"))) {
                sawUnicode = true;
                QVERIFY(item.image.ok);
                QCOMPARE(item.image.width, 30);
            }
        }
        QVERIFY(sawUnicode);
    }

    void folderWithGivenSplits()
    {
        QTemporaryDir dir;
        const QStringList splits = {"train", "validation", "test"};
        for (const QString &s : splits) {
            QVERIFY(test::writeImage(dir.filePath(s + QStringLiteral("/a/1.jpg")), 8, 8, 1));
            QVERIFY(test::writeImage(dir.filePath(s + QStringLiteral("/b/1.jpg")), 8, 8, 2));
        }
        const Dataset ds = loadDataset(dir.path());
        QCOMPARE(ds.items.size(), size_t(6));
        QVERIFY(ds.hasSplits());
        QStringList seen;
        for (const DatasetItem &i : ds.items)
            seen << i.split;
        seen.removeDuplicates();
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QStringList{"test", "train", "val"}));
    }

    void singleClassWarns()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("only/1.jpg"))));
        const Dataset ds = loadDataset(dir.path());
        bool warned = false;
        for (const DatasetProblem &p : ds.problems)
            warned |= p.kind == ProblemKind::Warning && p.message.contains(QStringLiteral("only one class"));
        QVERIFY(warned);
    }

    void missingFolder()
    {
        const QString msg = test::errorMessage([] { loadDataset(QStringLiteral("/no/such/maskbench/folder")); });
        QVERIFY2(msg.contains(QStringLiteral("/no/such/maskbench/folder")), qPrintable(msg));
    }

    void folderWithoutClasses()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("a.txt")), "x"));
        const QString msg = test::errorMessage([&] { LoadOptions o; o.format = SourceFormat::Folder; loadDataset(dir.path(), o); });
        QVERIFY2(msg.contains(QStringLiteral("no class folders")), qPrintable(msg));
    }

    void csvManifest()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("img/a 1.jpg")), 10, 12, 1));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("img/ß.jpg")), 10, 12, 2));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("img/c.jpg")), 10, 12, 3));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("img/d.jpg")), 10, 12, 4));
        const QString full = dir.filePath(QStringLiteral("img/d.jpg"));
        QVERIFY(test::writeTruncated(full, dir.filePath(QStringLiteral("img/cut.jpg")), QFile(full).size() / 2));
        const QString csv = dir.filePath(QStringLiteral("labels.csv"));
        QVERIFY(test::writeText(csv, "path,gender,age,group\n"
                                     "img/a 1.jpg,male,30,p1\n"
                                     "img/ß.jpg,female,41,p2\n"
                                     "img/c.jpg,,20,p3\n"           // empty label
                                     "img/a 1.jpg,male,30,p1\n"    // duplicate row
                                     "img/missing.jpg,male,50,p4\n"
                                     "img/cut.jpg,female,22,p5\n"
                                     "img/d.jpg,female\n"));         // wrong field count
        LoadOptions o;
        o.labelColumn = QStringLiteral("gender");
        const Dataset ds = loadDataset(csv, o);
        QCOMPARE(ds.format, SourceFormat::Csv);
        QCOMPARE(ds.labelName, QStringLiteral("gender"));
        QCOMPARE(ds.items.size(), size_t(4)); // a 1, ß, missing, cut
        QCOMPARE(ds.items[0].group, QStringLiteral("p1"));
        QCOMPARE(ds.items[0].attributes.value(QStringLiteral("age")), QStringLiteral("30"));
        QCOMPARE(ds.attributeNames, QStringList{QStringLiteral("age")});
        QCOMPARE(ds.problemCount(ProblemKind::UnknownLabel), 1);
        QCOMPARE(ds.problemCount(ProblemKind::DuplicateRow), 1);
        QCOMPARE(ds.problemCount(ProblemKind::MissingSource), 1);
        QCOMPARE(ds.problemCount(ProblemKind::Unreadable), 1);
        QCOMPARE(ds.problemCount(ProblemKind::BadRow), 1);
        const DatasetProblem *bad = nullptr;
        for (const DatasetProblem &p : ds.problems)
            if (p.kind == ProblemKind::BadRow)
                bad = &p;
        QCOMPARE(bad->line, 8);
        QCOMPARE(bad->file, csv);
        QVERIFY(findProblem(ds, ProblemKind::Unreadable, QStringLiteral("cut.jpg"))->message.contains(QStringLiteral("truncated JPEG")));
        QCOMPARE(ds.rawLabelCounts.value(QString()), 1);
    }

    void csvWithoutNamedColumn()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("l.csv"));
        QVERIFY(test::writeText(csv, "path,sex\na.jpg,m\n"));
        LoadOptions o;
        o.labelColumn = QStringLiteral("gender");
        const QString msg = test::errorMessage([&] { loadDataset(csv, o); });
        QVERIFY2(msg.contains(csv) && msg.contains(QStringLiteral("'gender'")) && msg.contains(QStringLiteral("path, sex")),
                 qPrintable(msg));
        const QString noLabel = test::errorMessage([&] { loadDataset(csv); });
        QVERIFY2(noLabel.contains(QStringLiteral("--label-column")), qPrintable(noLabel));
    }

    void classFilterCountsUnknownLabels()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("a.jpg"))));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("b.jpg"))));
        const QString csv = dir.filePath(QStringLiteral("l.csv"));
        QVERIFY(test::writeText(csv, "path,label\na.jpg,male\nb.jpg,martian\na.jpg,female\n"));
        LoadOptions o;
        o.classes = {QStringLiteral("male"), QStringLiteral("female")};
        o.probeImages = false;
        const Dataset ds = loadDataset(csv, o);
        QCOMPARE(ds.items.size(), size_t(1));
        QCOMPARE(ds.problemCount(ProblemKind::DuplicateRow), 1);
        QCOMPARE(ds.problemCount(ProblemKind::UnknownLabel), 1);
        for (const DatasetProblem &p : ds.problems) {
            if (p.kind == ProblemKind::DuplicateRow) {
                QVERIFY2(p.message.contains(QStringLiteral("'female'")), qPrintable(p.message));
                QCOMPARE(p.line, 4);
            } else if (p.kind == ProblemKind::UnknownLabel) {
                QVERIFY2(p.message.contains(QStringLiteral("martian")), qPrintable(p.message));
                QVERIFY(p.file.endsWith(QStringLiteral("b.jpg")));
            }
        }
    }

    void adienceLayout()
    {
        QTemporaryDir dir;
        const QByteArray header = "user_id\toriginal_image\tface_id\tage\tgender\tx\ty\tdx\tdy\ttilt_ang\tfiducial_yaw_angle\tfiducial_score\n";
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("fold_0_data.txt")),
                                header + "u1\tp1.jpg\t1\t(25, 32)\tf\t0\t0\t10\t10\t0\t0\t50\n"
                                         "u1\tp2.jpg\t2\t(25, 32)\tm\t0\t0\t10\t10\t0\t0\t50\n"
                                         "u1\tp3.jpg\t3\t(25, 32)\tu\t0\t0\t10\t10\t0\t0\t50\n"));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("fold_1_data.txt")),
                                header + "u2\tq1.jpg\t7\t(8, 12)\t\t0\t0\t10\t10\t0\t0\t50\n"
                                         "u2\tq2.jpg\t8\t(8, 12)\tm\t0\t0\t10\t10\t0\t0\t50\n"));
        // Two of the three labelled images exist.
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("aligned/u1/landmark_aligned_face.1.p1.jpg"))));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("aligned/u2/landmark_aligned_face.8.q2.jpg"))));

        const Dataset ds = loadDataset(dir.path());
        QCOMPARE(ds.format, SourceFormat::Adience);
        QCOMPARE(ds.rowsRead, 5);
        QCOMPARE(ds.items.size(), size_t(3));
        QCOMPARE(ds.rawLabelCounts.value(QStringLiteral("u")), 1);
        QCOMPARE(ds.rawLabelCounts.value(QString()), 1);
        QCOMPARE(ds.problemCount(ProblemKind::UnknownLabel), 2);
        QCOMPARE(ds.missingCount(), 1);
        QCOMPARE(ds.groups(), (QStringList{"u1", "u2"}));
        QCOMPARE(ds.items[0].label, QStringLiteral("female"));
        QCOMPARE(ds.items[2].attributes.value(QStringLiteral("fold")), QStringLiteral("1"));
        QCOMPARE(ds.items[2].attributes.value(QStringLiteral("age")), QStringLiteral("(8, 12)"));
        QVERIFY(ds.items[0].image.ok);
    }

    void adienceMissingColumn()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("fold_0_data.txt")), "user_id\toriginal_image\tage\nu\tp.jpg\t3\n"));
        const QString msg = test::errorMessage([&] { loadDataset(dir.path()); });
        QVERIFY2(msg.contains(QStringLiteral("fold_0_data.txt")) && msg.contains(QStringLiteral("face_id")), qPrintable(msg));
    }

    void utkFaceNames()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("25_0_2_20170116174525125.jpg"))));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("61_1_0_20170104183834410.jpg.chip.jpg"))));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("30_3_1_20170104183834411.jpg")))); // gender 3
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("40_0_9_20170104183834412.jpg")))); // race 9
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("holiday.jpg"))));
        const Dataset ds = loadDataset(dir.path());
        QCOMPARE(ds.format, SourceFormat::UtkFace);
        QCOMPARE(ds.items.size(), size_t(3));
        QCOMPARE(ds.items[0].label, QStringLiteral("male"));
        QCOMPARE(ds.items[0].attributes.value(QStringLiteral("race")), QStringLiteral("asian"));
        QCOMPARE(ds.items[0].attributes.value(QStringLiteral("age")), QStringLiteral("25"));
        QCOMPARE(ds.items[2].label, QStringLiteral("female"));
        QCOMPARE(ds.problemCount(ProblemKind::UnknownLabel), 1);
        QCOMPARE(ds.problemCount(ProblemKind::BadRow), 1);
        QVERIFY(findProblem(ds, ProblemKind::Warning, QStringLiteral("40_0_9_20170104183834412.jpg")));

        LoadOptions byRace;
        byRace.format = SourceFormat::UtkFace;
        byRace.labelColumn = QStringLiteral("race");
        const Dataset races = loadDataset(dir.path(), byRace);
        QCOMPARE(races.classes(), (QStringList{"asian", "black", "white"})); // the gender-3 file is race 1
        QCOMPARE(races.problemCount(ProblemKind::UnknownLabel), 1);                 // race 9
    }

    void cancellation()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 50; ++i)
            QVERIFY(test::writeImage(dir.filePath(QStringLiteral("c%1/%2.jpg").arg(i % 2).arg(i)), 8, 8, i));
        bool threw = false;
        try {
            loadDataset(dir.path(), {}, [](const Progress &) { return false; });
        } catch (const Cancelled &) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestDatasetReaders)
#include "tst_dataset_readers.moc"
