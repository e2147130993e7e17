// The typed settings layer: defaults, round trip through a real QSettings file, reset.

#include "core/common/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsAndRoundTrip()
    {
        Settings::threads.reset();
        QCOMPARE(Settings::threads.get(), 0);
        QVERIFY(effectiveThreads() >= 1);
        Settings::threads.set(3);
        QCOMPARE(Settings::threads.get(), 3);
        QCOMPARE(effectiveThreads(), 3);
        Settings::threads.reset();
        QCOMPARE(Settings::landmarkModel.get(), QStringLiteral("/usr/share/dlib/shape_predictor_68_face_landmarks.dat"));
        Settings::recentProjects.set({QStringLiteral("/a"), QStringLiteral("/b")});
        QCOMPARE(Settings::recentProjects.get(), (QStringList{"/a", "/b"}));
        Settings::recentProjects.reset();
        QVERIFY(Settings::recentProjects.get().isEmpty());
        QVERIFY(cacheDirectory().endsWith(QStringLiteral("/maskbench")));
    }

    // The Evaluation panel's memory: one file per project folder (however it is spelled) and one
    // without a project; folders that are gone drop out when the next one is remembered.
    void lastEvaluationPerProject()
    {
        Settings::lastEvaluations.reset();
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        QVERIFY(lastEvaluation(a).isEmpty());
        rememberLastEvaluation(a, a + QStringLiteral("/eval/predictions.csv"));
        rememberLastEvaluation(QString(), QStringLiteral("/elsewhere/predictions.csv"));
        QCOMPARE(lastEvaluation(a + QStringLiteral("/")), a + QStringLiteral("/eval/predictions.csv"));
        QCOMPARE(lastEvaluation(QString()), QStringLiteral("/elsewhere/predictions.csv"));
        QVERIFY(lastEvaluation(b).isEmpty());
        QVERIFY(QDir(a).removeRecursively());
        rememberLastEvaluation(b, b + QStringLiteral("/p.csv"));
        QVERIFY(lastEvaluation(a).isEmpty());
        QCOMPARE(Settings::lastEvaluations.get().size(), 2); // b and no project
        rememberLastEvaluation(b, QString());
        QVERIFY(lastEvaluation(b).isEmpty());
        Settings::lastEvaluations.reset();
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
