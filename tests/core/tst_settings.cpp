// The typed settings layer: defaults, round trip through a real QSettings file, reset.

#include "core/common/settings.h"

#include <QCoreApplication>
#include <QStandardPaths>
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
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
