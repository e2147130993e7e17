// RFC 4180 parsing (quotes, embedded commas and newlines, BOM, TSV) and the writer's round trip.

#include "core/common/error.h"
#include "core/io/csv.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestCsv : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void quotedFields()
    {
        const QString p = m_dir.filePath(QStringLiteral("q.csv"));
        QVERIFY(test::writeText(p, "\xEF\xBB\xBFpath,label,note\n"
                                   "\"a, b.jpg\",cat,\"said \"\"hi\"\"\"\n"
                                   "c.jpg,dog,\"two\nlines\"\n"));
        const CsvTable t = readCsv(p);
        QCOMPARE(t.header, (QStringList{"path", "label", "note"}));
        QCOMPARE(t.rows.size(), size_t(2));
        QCOMPARE(t.rows[0].fields[0], QStringLiteral("a, b.jpg"));
        QCOMPARE(t.rows[0].fields[2], QStringLiteral("said \"hi\""));
        QCOMPARE(t.rows[1].fields[2], QStringLiteral("two\nlines"));
        QCOMPARE(t.rows[0].line, 2);
    }

    void wrongFieldCountIsKeptAsBadRow()
    {
        const QString p = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(test::writeText(p, "path,label\na.jpg,cat\nb.jpg\nc.jpg,dog,extra\n"));
        const CsvTable t = readCsv(p);
        QCOMPARE(t.rows.size(), size_t(1));
        QCOMPARE(t.badRows.size(), size_t(2));
        QCOMPARE(t.badRows[0].line, 3);
        QCOMPARE(t.badRows[1].line, 4);
    }

    void tabSeparated()
    {
        const QString p = m_dir.filePath(QStringLiteral("t.txt"));
        QVERIFY(test::writeText(p, "user_id\tage\tgender\nu1\t(25, 32)\tf\n"));
        const CsvTable t = readCsv(p);
        QCOMPARE(t.header.size(), 3);
        QCOMPARE(t.rows[0].fields[1], QStringLiteral("(25, 32)"));
    }

    void unbalancedQuoteNamesTheFile()
    {
        const QString p = m_dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(test::writeText(p, "path,label\n\"a.jpg,cat\n"));
        try {
            readCsv(p);
            QFAIL("no error for an unbalanced quote");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(p) && e.message().contains(QStringLiteral("malformed")), qPrintable(e.message()));
        }
    }

    void emptyAndMissingFiles()
    {
        const QString p = m_dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(test::writeText(p, ""));
        QVERIFY_THROWS_EXCEPTION(Error, readCsv(p));
        QVERIFY_THROWS_EXCEPTION(Error, readCsv(m_dir.filePath(QStringLiteral("absent.csv"))));
    }

    void writerRoundTrip()
    {
        const QStringList fields = {QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("quote\"d"),
                                    QStringLiteral("new\nline"), QStringLiteral(" padded "), QStringLiteral("ünïcödé 面")};
        const QString p = m_dir.filePath(QStringLiteral("rt.csv"));
        QVERIFY(test::writeText(p, (csvLine({"a", "b", "c", "d", "e", "f"}) + csvLine(fields)).toUtf8()));
        const CsvTable t = readCsv(p);
        QCOMPARE(t.rows.size(), size_t(1));
        QCOMPARE(t.rows[0].fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
