// Header probing on real encoder output: sizes of every format, and truncated, corrupt, empty
// and mislabelled files each named with a reason.

#include "core/dataset/image_probe.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestImageProbe : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sizesOfEachFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::newRow("jpeg") << "jpg" << "jpeg";
        QTest::newRow("png") << "png" << "png";
        QTest::newRow("bmp") << "bmp" << "bmp";
        QTest::newRow("webp") << "webp" << "webp";
    }
    void sizesOfEachFormat()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        const QString path = m_dir.filePath(QStringLiteral("img.") + suffix);
        QVERIFY(test::writeImage(path, 123, 45, 3));
        const ImageInfo info = probeImage(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.format, format);
        QCOMPARE(info.width, 123);
        QCOMPARE(info.height, 45);
        QCOMPARE(info.bytes, QFile(path).size());
    }

    void truncatedFilesAreRejected_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("reason");
        QTest::newRow("jpeg") << "jpg" << "truncated JPEG";
        QTest::newRow("png") << "png" << "truncated PNG";
        QTest::newRow("bmp") << "bmp" << "truncated BMP";
        QTest::newRow("webp") << "webp" << "truncated WebP";
    }
    void truncatedFilesAreRejected()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, reason);
        const QString full = m_dir.filePath(QStringLiteral("full.") + suffix);
        const QString cut = m_dir.filePath(QStringLiteral("cut.") + suffix);
        QVERIFY(test::writeImage(full, 200, 150, 5));
        QVERIFY(test::writeTruncated(full, cut, QFile(full).size() * 2 / 3));
        const ImageInfo info = probeImage(cut);
        QVERIFY(!info.ok);
        QVERIFY2(info.error.contains(reason), qPrintable(info.error));
    }

    void jpegCutInsideHeaders()
    {
        const QString full = m_dir.filePath(QStringLiteral("h.jpg"));
        QVERIFY(test::writeImage(full, 64, 64, 1));
        const QString cut = m_dir.filePath(QStringLiteral("h-cut.jpg"));
        QVERIFY(test::writeTruncated(full, cut, 40));
        const ImageInfo info = probeImage(cut);
        QVERIFY(!info.ok);
        QVERIFY2(info.error.contains(QStringLiteral("JPEG")), qPrintable(info.error));
    }

    void notAnImage()
    {
        const QString path = m_dir.filePath(QStringLiteral("fake.jpg"));
        QVERIFY(test::writeText(path, "this is text, not a picture"));
        const ImageInfo info = probeImage(path);
        QVERIFY(!info.ok);
        QVERIFY2(info.error.contains(QStringLiteral("not a JPEG, PNG, BMP or WebP")), qPrintable(info.error));
    }

    void emptyAndMissing()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.png"));
        QVERIFY(test::writeText(empty, QByteArray()));
        QCOMPARE(probeImage(empty).error, QStringLiteral("empty file"));
        const ImageInfo missing = probeImage(m_dir.filePath(QStringLiteral("nope.png")));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.startsWith(QStringLiteral("cannot open")));
    }

    void corruptJpegMarker()
    {
        QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
        bytes += QByteArray("\x12\x34garbage-without-markers", 25);
        bytes += QByteArray("\xFF\xD9", 2);
        const ImageInfo info = probeImageBytes(bytes, bytes.right(4096), bytes.size());
        QVERIFY(!info.ok);
        QVERIFY2(info.error.contains(QStringLiteral("corrupt JPEG")), qPrintable(info.error));
    }
};

QTEST_GUILESS_MAIN(TestImageProbe)
#include "tst_image_probe.moc"
