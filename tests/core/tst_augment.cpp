// maskbench-cli augment end to end: kill-and-resume equality, every bad input in a dataset,
// unwritable output, a write failure mid-run (file size limit standing in for a full disk), the
// manifest as a dataset source, kept originals, and the guard against mixing run settings.

#include "core/dataset/dataset.h"
#include "core/io/csv.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <csignal>
#include <sys/resource.h>

using namespace maskbench;

namespace {

QString cliPath()
{
    const QString exe = qEnvironmentVariable("MASKBENCH_CLI");
    return exe.isEmpty() ? QStringLiteral("maskbench-cli") : exe;
}

// Copies `count` real faces into dir/<label>/ (a folder per class), spread over the shared set.
QStringList copyFaces(const QString &dir, int count, int offset = 0)
{
    const QDir src(test::sharedDataDir() + QStringLiteral("/utkface-dev/images"));
    const QStringList names = src.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QString name = names[int((qint64(i) * 3163 + offset * 977 + 11) % names.size())];
        const QString label = name.section(QLatin1Char('_'), 1, 1) == QLatin1String("0") ? QStringLiteral("male") : QStringLiteral("female");
        QDir().mkpath(dir + QLatin1Char('/') + label);
        const QString target = QStringLiteral("%1/%2/%3").arg(dir, label, name);
        QFile::copy(src.filePath(name), target);
        out.append(target);
    }
    return out;
}

// Every file under dir (relative path -> bytes), except the run journal: its lines are in the
// order items finished, which threads and interruptions change.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".maskbench-journal.tsv")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

int countImages(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, {QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QMap<QString, QString> skippedReasons(const QString &outDir)
{
    QMap<QString, QString> reasons;
    const CsvTable t = readCsv(outDir + QStringLiteral("/skipped.csv"));
    for (const CsvRow &r : t.rows)
        reasons.insert(QFileInfo(r.fields[0]).fileName(), r.fields[1]);
    return reasons;
}

} // namespace

class TestAugment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void killAndResumeEqualsUninterrupted()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        copyFaces(data, 30);
        const QStringList common{QStringLiteral("augment"), data, QStringLiteral("--seed"), QStringLiteral("77"),
                                 QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--keep-original-ratio"),
                                 QStringLiteral("0.2")};

        const QString full = tmp.filePath(QStringLiteral("full"));
        test::CliResult r = test::runCli(common + QStringList{QStringLiteral("--out"), full, QStringLiteral("--cache"),
                                                             tmp.filePath(QStringLiteral("cache-a.sqlite"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

        // The same run into another folder, with its own empty cache, killed once some images exist.
        const QString resumed = tmp.filePath(QStringLiteral("resumed"));
        const QStringList args = common + QStringList{QStringLiteral("--out"), resumed, QStringLiteral("--cache"),
                                                      tmp.filePath(QStringLiteral("cache-b.sqlite"))};
        QProcess p;
        p.start(cliPath(), args);
        QVERIFY(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (countImages(resumed) < 5 && p.state() == QProcess::Running && t.elapsed() < 120000)
            QThread::msleep(5);
        QVERIFY2(p.state() == QProcess::Running, "the run finished before it could be interrupted");
        p.kill(); // SIGKILL: no chance to clean up
        p.waitForFinished();
        const int before = countImages(resumed);
        QVERIFY(before >= 5 && before < 30);
        QVERIFY(!QFileInfo::exists(resumed + QStringLiteral("/manifest.csv")));
        // A temporary file as a kill mid-write would leave: never a result, removed on resume.
        QVERIFY(test::writeText(resumed + QStringLiteral("/male/half.jpg.maskbench-part"), "half an image"));

        r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("already done by an earlier run: %1").arg(before)), qPrintable(r.out));

        const QMap<QString, QByteArray> a = snapshot(full), b = snapshot(resumed);
        QCOMPARE(a.keys(), b.keys());
        for (const QString &k : a.keys())
            QVERIFY2(a.value(k) == b.value(k), qPrintable(k));
        QVERIFY(a.contains(QStringLiteral("manifest.csv")));

        // A third pass over the finished folder changes nothing and needs no detection.
        r = test::runCli(args);
        QVERIFY2(r.out.contains(QStringLiteral("0 detections")), qPrintable(r.out));
        QVERIFY(snapshot(resumed) == b);

        // The manifest is a dataset: outputs exist, labels carried, originals byte-identical.
        const Dataset ds = loadDataset(resumed + QStringLiteral("/manifest.csv"));
        QCOMPARE(ds.items.size(), size_t(30));
        QCOMPARE(ds.missingCount(), qint64(0));
        int originals = 0;
        for (const DatasetItem &item : ds.items) {
            QVERIFY(item.label == QLatin1String("male") || item.label == QLatin1String("female"));
            QVERIFY(item.path.contains(QStringLiteral("/") + item.label + QStringLiteral("/")));
            if (item.attributes.value(QStringLiteral("status")) == QLatin1String("original")) {
                ++originals;
                QFile out(item.path), src(data + QLatin1Char('/') + item.attributes.value(QStringLiteral("source")));
                QVERIFY(out.open(QIODevice::ReadOnly) && src.open(QIODevice::ReadOnly));
                QVERIFY(out.readAll() == src.readAll());
            } else {
                QVERIFY(!item.attributes.value(QStringLiteral("mask_type")).isEmpty());
                QCOMPARE(item.attributes.value(QStringLiteral("coverage")), QStringLiteral("1.000"));
            }
            QVERIFY(!item.attributes.value(QStringLiteral("yaw")).isEmpty());
        }
        QVERIFY(originals > 0 && originals < 15);

        // Other settings into the same folder: refused, nothing overwritten.
        r = test::runCli({QStringLiteral("augment"), data, QStringLiteral("--out"), resumed, QStringLiteral("--seed"), QStringLiteral("78")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("other settings")));
    }

    // "Use N images": --limit masks a seeded, class-stratified subset; each of its images is the
    // one a whole run writes; the run's settings record the limit, so another limit into the same
    // folder is refused; N below 1 is refused.
    void limitAugmentsASeededSubset()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        copyFaces(data, 16, 5);
        const QString cache = tmp.filePath(QStringLiteral("cache.sqlite"));
        const auto run = [&](const QString &out, const QStringList &extra) {
            return test::runCli(QStringList{QStringLiteral("augment"), data, QStringLiteral("--seed"), QStringLiteral("9"),
                                            QStringLiteral("--out"), out, QStringLiteral("--cache"), cache}
                                + extra);
        };
        const QString whole = tmp.filePath(QStringLiteral("whole")), part = tmp.filePath(QStringLiteral("part")),
                      again = tmp.filePath(QStringLiteral("again"));
        test::CliResult r = run(whole, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = run(part, {QStringLiteral("--limit"), QStringLiteral("6")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Augmented 6 images")), qPrintable(r.out));
        const CsvTable written = readCsv(part + QStringLiteral("/manifest.csv"));
        const CsvTable skipped = readCsv(part + QStringLiteral("/skipped.csv"));
        QCOMPARE(int(written.rows.size() + skipped.rows.size()), 6);
        QCOMPARE(test::readJson(part + QStringLiteral("/.maskbench-augment.json")).value(QStringLiteral("limit")).toString(),
                 QStringLiteral("6"));
        QVERIFY(!test::readJson(whole + QStringLiteral("/.maskbench-augment.json")).contains(QStringLiteral("limit")));
        const QMap<QString, QByteArray> wholeFiles = snapshot(whole), partFiles = snapshot(part);
        int images = 0;
        for (auto it = partFiles.constBegin(); it != partFiles.constEnd(); ++it) {
            if (!it.key().endsWith(QLatin1String(".jpg")))
                continue;
            ++images;
            QVERIFY2(wholeFiles.value(it.key()) == it.value(), qPrintable(it.key())); // the whole run's image
        }
        QCOMPARE(images, int(written.rows.size()));
        // The same seed picks the same subset.
        r = run(again, {QStringLiteral("--limit"), QStringLiteral("6")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(snapshot(again).keys(), partFiles.keys());

        r = run(part, {QStringLiteral("--limit"), QStringLiteral("7")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("other settings")), qPrintable(r.err));
        r = run(tmp.filePath(QStringLiteral("none")), {QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--limit")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("none"))));
    }

    void twoProcessesShareOneCache()
    {
        // Two runs at once on one landmark cache file (WAL, busy timeout): both finish, and agree.
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        copyFaces(data, 12, 3);
        const QString cache = tmp.filePath(QStringLiteral("shared.sqlite"));
        QProcess a, b;
        const auto args = [&](const char *out) {
            return QStringList{QStringLiteral("augment"), data, QStringLiteral("--out"), tmp.filePath(QString::fromLatin1(out)),
                               QStringLiteral("--cache"), cache, QStringLiteral("--threads"), QStringLiteral("1")};
        };
        a.start(cliPath(), args("a"));
        b.start(cliPath(), args("b"));
        QVERIFY(a.waitForFinished(180000) && b.waitForFinished(180000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QVERIFY(snapshot(tmp.filePath(QStringLiteral("a"))) == snapshot(tmp.filePath(QStringLiteral("b"))));
        // Everything is in the cache now: a third run detects nothing.
        const test::CliResult r = test::runCli(args("c"));
        QVERIFY2(r.out.contains(QStringLiteral("12 hits, 0 detections")), qPrintable(r.out));
    }

    void badInputsAreListed()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        const QStringList faces = copyFaces(data, 4, 5);
        const auto path = [&](const char *name) { return data + QStringLiteral("/male/") + QString::fromLatin1(name); };
        const cv::Mat face = cv::imread(faces[0].toStdString(), cv::IMREAD_COLOR);
        QVERIFY(!face.empty());

        QVERIFY(test::writeText(path("corrupt.jpg"), QByteArrayLiteral("\xFF\xD8\xFF\xE0 not a real jpeg at all")));
        QVERIFY(test::writeTruncated(faces[1], path("truncated.jpg"), 1500));
        cv::Mat gray;
        cv::cvtColor(face, gray, cv::COLOR_BGR2GRAY);
        QVERIFY(cv::imwrite(path("gray.jpg").toStdString(), gray));
        cv::Mat deep;
        face.convertTo(deep, CV_16UC3, 257.0);
        QVERIFY(cv::imwrite(path("deep16.png").toStdString(), deep));
        cv::Mat rgba;
        cv::cvtColor(face, rgba, cv::COLOR_BGR2BGRA);
        QVERIFY(cv::imwrite(path("rgba.png").toStdString(), rgba));
        // EXIF orientation 6: pixels stored turned 90 degrees counter-clockwise; upright once the tag is applied.
        cv::Mat turned;
        cv::rotate(face, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
        std::vector<uchar> jpg;
        cv::imencode(".jpg", turned, jpg);
        QByteArray bytes(reinterpret_cast<const char *>(jpg.data()), qsizetype(jpg.size()));
        const QByteArray exif = QByteArrayLiteral("Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00");
        QByteArray seg = QByteArrayLiteral("\xFF\xE1");
        seg += char((exif.size() + 2) >> 8);
        seg += char((exif.size() + 2) & 0xff);
        QVERIFY(test::writeText(path("exif-rotated.jpg"), bytes.left(2) + seg + exif + bytes.mid(2)));
        // No face: noise. Too large: a 1500x1200 image with --max-pixels 1000000.
        QVERIFY(test::writeImage(path("noise.jpg"), 200, 200, 5));
        QVERIFY(test::writeImage(path("huge.jpg"), 1500, 1200, 6));

        const QString out = tmp.filePath(QStringLiteral("out"));
        const test::CliResult r = test::runCli({QStringLiteral("augment"), data, QStringLiteral("--out"), out, QStringLiteral("--no-cache"),
                                                QStringLiteral("--max-pixels"), QStringLiteral("1000000"), QStringLiteral("--masks"),
                                                QStringLiteral("surgical,n95")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QMap<QString, QString> reasons = skippedReasons(out);
        QCOMPARE(reasons.value(QStringLiteral("corrupt.jpg")), QStringLiteral("unreadable"));
        QCOMPARE(reasons.value(QStringLiteral("truncated.jpg")), QStringLiteral("unreadable"));
        QCOMPARE(reasons.value(QStringLiteral("noise.jpg")), QStringLiteral("no_face"));
        QCOMPARE(reasons.value(QStringLiteral("huge.jpg")), QStringLiteral("too_large"));
        for (const char *ok : {"gray.jpg", "deep16.png", "rgba.png", "exif-rotated.jpg"}) {
            QVERIFY2(!reasons.contains(QString::fromLatin1(ok)), ok);
            QVERIFY2(QFileInfo::exists(out + QStringLiteral("/male/") + QString::fromLatin1(ok)), ok);
        }
        // The rotated file was masked upright: the output has the upright (portrait -> square) size.
        const cv::Mat rotatedOut = cv::imread((out + QStringLiteral("/male/exif-rotated.jpg")).toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(rotatedOut.cols, face.cols);
        QVERIFY(r.out.contains(QStringLiteral("skipped:  4")));
        QVERIFY(r.out.contains(QStringLiteral("too_large 1")));
        // Masks restricted to the two asked for.
        const Dataset ds = loadDataset(out + QStringLiteral("/manifest.csv"));
        for (const DatasetItem &item : ds.items)
            QVERIFY(QStringList({QStringLiteral("surgical"), QStringLiteral("n95")}).contains(item.attributes.value(QStringLiteral("mask_type"))));
        QCOMPARE(ds.items.size(), size_t(8));
    }

    // Issue 15: augment never writes over what it reads. An --out folder that is the dataset's own
    // folder (masked copies would replace their originals), and the split manifest inside it as
    // the source: both refused before anything is written, the photos byte-identical after.
    void neverReplacesItsInputs()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        copyFaces(data, 6, 9);
        auto snapshot = [&] {
            QMap<QString, QByteArray> files;
            QDirIterator it(data, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                QFile in(f);
                if (in.open(QIODevice::ReadOnly))
                    files.insert(f, QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256));
            }
            return files;
        };
        const QMap<QString, QByteArray> before = snapshot();
        QVERIFY(before.size() >= 6);
        test::CliResult r = test::runCli({QStringLiteral("augment"), data, QStringLiteral("--out"), data});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("would replace")) && r.err.contains(data), qPrintable(r.err));
        QCOMPARE(snapshot(), before); // nothing written, not even the run's signature file

        const QString split = data + QStringLiteral("/split.csv");
        r = test::runCli({QStringLiteral("dataset"), QStringLiteral("split"), data, QStringLiteral("--ratios"),
                          QStringLiteral("0.5,0.5,0"), QStringLiteral("--no-dedup"), QStringLiteral("--out"), split});
        QVERIFY2(QFileInfo::exists(split), qPrintable(r.err + r.out));
        const QMap<QString, QByteArray> withSplit = snapshot();
        r = test::runCli({QStringLiteral("augment"), split, QStringLiteral("--out"), data});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("would replace")), qPrintable(r.err));
        QCOMPARE(snapshot(), withSplit);
        qInfo().noquote() << r.err.trimmed().left(300);

        // The split manifest written over the label file it was made from: refused, the file kept.
        r = test::runCli({QStringLiteral("dataset"), QStringLiteral("split"), split, QStringLiteral("--ratios"),
                          QStringLiteral("0.5,0.5,0"), QStringLiteral("--no-dedup"), QStringLiteral("--out"), split});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("would replace")), qPrintable(r.err));
        QCOMPARE(snapshot(), withSplit);
    }

    // Issue 12: a split manifest kept away from its images (a project's splits/ folder) names them
    // through "../"; the masked copies still mirror the dataset's own layout (male/NAME.jpg), not
    // _outside/<absolute path>, and a second run resumes every one of them.
    void manifestElsewhereKeepsReadablePaths()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        const QStringList faces = copyFaces(data, 6, 3);
        const QString split = tmp.filePath(QStringLiteral("project/splits/split.csv"));
        test::CliResult r = test::runCli({QStringLiteral("dataset"), QStringLiteral("split"), data, QStringLiteral("--ratios"),
                                          QStringLiteral("0.5,0.5,0"), QStringLiteral("--no-dedup"), QStringLiteral("--out"), split});
        QVERIFY2(QFileInfo::exists(split), qPrintable(r.err + r.out));
        const QString out = tmp.filePath(QStringLiteral("project/augmented"));
        const QStringList args{QStringLiteral("augment"), split, QStringLiteral("--out"), out, QStringLiteral("--no-cache"),
                               QStringLiteral("--keep-original-ratio"), QStringLiteral("1")};
        r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const CsvTable manifest = readCsv(out + QStringLiteral("/manifest.csv"));
        QCOMPARE(int(manifest.rows.size()), faces.size());
        QStringList expected, written;
        for (const QString &face : faces)
            expected << QDir(data).relativeFilePath(face);
        for (const CsvRow &row : manifest.rows)
            written << row.fields[manifest.column(QStringLiteral("path"))];
        expected.sort();
        written.sort();
        QCOMPARE(written, expected);
        for (const QString &rel : written)
            QVERIFY2(QFileInfo::exists(out + QLatin1Char('/') + rel), qPrintable(rel));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/_outside")));
        const QMap<QString, QByteArray> first = snapshot(out);
        r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("already done by an earlier run: %1").arg(faces.size())), qPrintable(r.out));
        QCOMPARE(snapshot(out), first);
    }

    void unwritableOutputAndFailedWrites()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("data"));
        copyFaces(data, 6, 9);
        // A folder that cannot be created (under a regular file; chmod does not stop root).
        QVERIFY(test::writeText(tmp.filePath(QStringLiteral("file")), "x"));
        test::CliResult r = test::runCli({QStringLiteral("augment"), data, QStringLiteral("--out"), tmp.filePath(QStringLiteral("file/out"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("output folder")), qPrintable(r.err));

        // Writes failing mid-run, as on a full disk: a 3000-byte file size limit on the process.
        const QString out = tmp.filePath(QStringLiteral("out"));
        QProcess p;
        p.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{3000, 3000};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        p.start(cliPath(), {QStringLiteral("augment"), data, QStringLiteral("--out"), out, QStringLiteral("--no-cache"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("stopped")) && err.contains(QStringLiteral("run the same command again")), qPrintable(err));
        QCOMPARE(countImages(out), 0); // nothing half-written
        QVERIFY(snapshot(out).keys().filter(QStringLiteral(".maskbench-part")).isEmpty());
        // Space again: the same command finishes.
        r = test::runCli({QStringLiteral("augment"), data, QStringLiteral("--out"), out, QStringLiteral("--no-cache"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(countImages(out), 6);
    }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
