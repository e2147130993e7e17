// maskbench-cli speaks the user's language: German with LANG=de_DE.UTF-8 (no setting), German with
// the settings file's [ui] language=de under LANG=C, English with neither; the message still names
// the file it is about.

#include "test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestCliLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_predictions;

    // The CLI with this locale and its own (empty or written) settings folder.
    test::CliResult metrics(const QString &lang, const QString &configHome)
    {
        return test::runCli({QStringLiteral("metrics"), m_predictions},
                            {{QStringLiteral("LANG"), lang},
                             {QStringLiteral("LC_ALL"), QString()},
                             {QStringLiteral("LC_MESSAGES"), QString()},
                             {QStringLiteral("LANGUAGE"), QString()},
                             {QStringLiteral("XDG_CONFIG_HOME"), configHome}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_predictions = m_dir.filePath(QStringLiteral("predictions.csv"));
        QVERIFY(test::writeText(m_predictions, "path,label,prob_cat,prob_dog\na.jpg,cat,0.9,0.1\n")); // no 'predicted'
    }

    void langGerman()
    {
        const test::CliResult r = metrics(QStringLiteral("de_DE.UTF-8"), m_dir.filePath(QStringLiteral("empty-config")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1: die Spalte 'predicted' fehlt").arg(m_predictions)), qPrintable(r.err));
    }

    void settingGerman()
    {
        const QString config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/MaskBench")));
        QVERIFY(test::writeText(config + QStringLiteral("/MaskBench/MaskBench.conf"), "[ui]\nlanguage=de\n"));
        const test::CliResult r = metrics(QStringLiteral("C.UTF-8"), config);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1: die Spalte 'predicted' fehlt").arg(m_predictions)), qPrintable(r.err));
    }

    void english()
    {
        const test::CliResult r = metrics(QStringLiteral("C.UTF-8"), m_dir.filePath(QStringLiteral("empty-config")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1: missing column 'predicted'").arg(m_predictions)), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
