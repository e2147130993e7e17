// Core's messages in German: installTranslations("de") turns a CSV error naming its file and a
// device description into German and removeTranslations back into English; and lupdate, run on
// src/ as the update_translations target runs it, files every tr() of core and the CLI under the
// context it is looked up under at run time (so no translation depends on a fallback).

#include "core/common/device.h"
#include "core/common/error.h"
#include "core/common/translations.h"
#include "core/io/csv.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace maskbench;

class TestTranslations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void cleanup() { removeTranslations(); }

    void csvErrorInGerman()
    {
        const QString absent = m_dir.filePath(QStringLiteral("absent.csv"));
        const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(test::writeText(broken, "path,label\n\"a.jpg,cat\n"));

        QVERIFY(installTranslations(QStringLiteral("de")));
        QCOMPARE(test::errorMessage([&] { readCsv(absent); }), QStringLiteral("%1: Datei existiert nicht").arg(absent));
        const QString malformed = test::errorMessage([&] { readCsv(broken); });
        QVERIFY2(malformed.startsWith(QStringLiteral("%1: fehlerhaftes CSV bei Datensatz").arg(broken)), qPrintable(malformed));

        removeTranslations();
        QCOMPARE(test::errorMessage([&] { readCsv(absent); }), QStringLiteral("%1: file does not exist").arg(absent));
    }

    // device.cpp's messages sit where lupdate once lost track of the scope (after torch:: calls).
    void deviceChoiceInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")));
        QCOMPARE(describeDeviceChoice(QString()), QStringLiteral("das Gerät %1 aus den Einstellungen").arg(requestedDevice()));
    }

    void englishNeedsNoTranslation() { QVERIFY(!installTranslations(QStringLiteral("en"))); }

    // Every tr() of src/ is extracted under a context that exists at run time: a file's XxxTr class
    // (Q_DECLARE_TR_FUNCTIONS(Xxx)), a QObject, or QCoreApplication::translate's literal. lupdate
    // says "Class 'maskbench' lacks Q_OBJECT macro" for a tr() it can only file under a namespace
    // or a class without tr functions, and files an XxxTr::tr() it cannot resolve under "XxxTr".
    void everyMessageUnderItsRunTimeContext()
    {
        const QString src = QStringLiteral(MASKBENCH_SOURCE_DIR "/src");
        QStringList files;
        for (QDirIterator it(src, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            files << it.next();
        QVERIFY(files.size() > 100);
        const QString list = m_dir.filePath(QStringLiteral("sources.lst"));
        QVERIFY(test::writeText(list, files.join(QLatin1Char('\n')).toUtf8() + '\n'));
        const QString ts = m_dir.filePath(QStringLiteral("extracted.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MASKBENCH_LUPDATE), {QStringLiteral("-I"), src, QLatin1Char('@') + list, QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString log = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(log));

        QStringList misfiled;
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            if (!line.contains(QLatin1String("lacks Q_OBJECT macro")))
                continue;
            misfiled << line;
        }
        QFile f(ts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(f.readAll());
        static const QRegularExpression trContext(QStringLiteral("<name>(\\w+Tr)</name>"));
        for (auto it = trContext.globalMatch(xml); it.hasNext();)
            misfiled << QStringLiteral("context %1 (qualify the call: maskbench::%1::tr)").arg(it.next().captured(1));
        QVERIFY2(misfiled.isEmpty(), qPrintable(misfiled.join(QLatin1Char('\n'))));
        QVERIFY(xml.contains(QLatin1String("<name>Csv</name>")));
        QVERIFY(xml.contains(QLatin1String("<name>TfjsGraph</name>"))); // core/model, once left out
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
