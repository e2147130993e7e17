// Projects: create writes project.json with relative paths and makes the output folders; a copied
// project folder opens with its paths moved along; a deleted output folder is made again; missing
// inputs are listed as problems naming project.json; corrupt or foreign files throw an Error that
// names the file; the recent list keeps the newest first without duplicates; the open project's
// landmark cache becomes LandmarkCache's default.

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/face/landmark_cache.h"
#include "core/project/project.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir src(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir() ? !copyTree(fi.absoluteFilePath(), target) : !QFile::copy(fi.absoluteFilePath(), target))
            return false;
    }
    return true;
}

QString openError(const QString &path)
{
    try {
        Project::open(path);
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createWritesRelativePathsAndFolders()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(test::writeImage(QDir(data).filePath(QStringLiteral("a/1.png")), 16, 16, 1));
        const QString folder = m_dir.filePath(QStringLiteral("study"));
        Project p = Project::create(folder, QStringLiteral("Masked study"), data, QStringLiteral("folder"));
        QCOMPARE(p.name, QStringLiteral("Masked study"));
        QVERIFY(QFileInfo(p.runsDir).isDir());
        QVERIFY(QFileInfo(p.augmentedDir).isDir());
        QVERIFY(QFileInfo(QFileInfo(p.landmarkCache).absolutePath()).isDir());
        QVERIFY(p.runsDir.startsWith(p.folder));

        const QJsonObject o = test::readJson(p.filePath());
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Masked study"));
        QCOMPARE(o.value(QStringLiteral("runs")).toString(), QStringLiteral("runs"));
        QCOMPARE(o.value(QStringLiteral("augmented")).toString(), QStringLiteral("augmented"));
        QCOMPARE(o.value(QStringLiteral("landmark_cache")).toString(), QStringLiteral("cache/landmarks.sqlite"));
        const QJsonObject ds = o.value(QStringLiteral("dataset")).toObject();
        QCOMPARE(ds.value(QStringLiteral("source")).toString(), QDir(data).absolutePath()); // outside: absolute
        QCOMPARE(ds.value(QStringLiteral("format")).toString(), QStringLiteral("folder"));

        // A split manifest inside the project is stored relative and comes back absolute.
        p.splitManifest = p.defaultSplitManifest();
        QVERIFY(test::writeText(p.splitManifest, "path,label,split\n"));
        p.save();
        QCOMPARE(test::readJson(p.filePath()).value(QStringLiteral("dataset")).toObject().value(QStringLiteral("split_manifest")).toString(),
                 QStringLiteral("splits/split.csv"));
        const Project again = Project::open(p.filePath()); // the file works as well as the folder
        QCOMPARE(again.splitManifest, p.splitManifest);
        QCOMPARE(again.datasetSource, QDir(data).absolutePath());
        QCOMPARE(again.runsDir, p.runsDir);
        QVERIFY(again.problems.isEmpty());

        // Creating over an existing project refuses and names the file.
        try {
            Project::create(folder, QStringLiteral("again"));
            QFAIL("created over an existing project");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(p.filePath()), qPrintable(e.message()));
        }
    }

    void movedProjectKeepsItsInsidePaths()
    {
        const QString from = m_dir.filePath(QStringLiteral("study"));
        const QString to = m_dir.filePath(QStringLiteral("moved/study2"));
        QVERIFY(copyTree(from, to));
        QVERIFY(QDir(from + QStringLiteral("/runs")).removeRecursively());
        const Project p = Project::open(to);
        QCOMPARE(p.folder, QDir(to).absolutePath());
        QCOMPARE(p.runsDir, QDir(to).filePath(QStringLiteral("runs")));
        QCOMPARE(p.splitManifest, QDir(to).filePath(QStringLiteral("splits/split.csv")));
        QCOMPARE(p.landmarkCache, QDir(to).filePath(QStringLiteral("cache/landmarks.sqlite")));

        // The original lost its runs folder: opening makes it again.
        const Project original = Project::open(from);
        QVERIFY(QFileInfo(original.runsDir).isDir());
    }

    void missingInputsAreProblemsNamingTheFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("gone"));
        Project p = Project::create(folder, QString(), m_dir.filePath(QStringLiteral("no-such-data")));
        QCOMPARE(p.name, QStringLiteral("gone")); // the folder's name when none is given
        p.splitManifest = m_dir.filePath(QStringLiteral("no-split.csv"));
        p.save();
        const Project again = Project::open(folder);
        QCOMPARE(again.problems.size(), 2);
        for (const QString &problem : again.problems)
            QVERIFY2(problem.contains(again.filePath()), qPrintable(problem));
        QVERIFY(again.problems[0].contains(QStringLiteral("no-such-data")));
        QVERIFY(again.problems[1].contains(QStringLiteral("no-split.csv")));
    }

    void badFilesNameTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("foreign") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("maskbench_project");
        QTest::newRow("newer") << QByteArray("{\"maskbench_project\": 99, \"name\": \"x\"}") << QStringLiteral("newer");
        QTest::newRow("no name") << QByteArray("{\"maskbench_project\": 1}") << QStringLiteral("name");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("not a MaskBench project");
    }

    void badFilesNameTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString folder = m_dir.filePath(QStringLiteral("bad-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(Project::fileName());
        if (!content.isEmpty())
            QVERIFY(test::writeText(file, content));
        const QString message = openError(folder);
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));

        const QString gone = openError(m_dir.filePath(QStringLiteral("no-such-project")));
        QVERIFY2(gone.contains(QStringLiteral("no-such-project")) && gone.contains(QStringLiteral("does not exist")), qPrintable(gone));
    }

    void recentProjectsAndActiveCache()
    {
        Settings::recentProjects.reset();
        for (int i = 0; i < 12; ++i)
            rememberRecentProject(m_dir.filePath(QStringLiteral("p%1").arg(i)));
        rememberRecentProject(m_dir.filePath(QStringLiteral("p5")));
        const QStringList recent = Settings::recentProjects.get();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("p5")));
        QCOMPARE(recent.count(m_dir.filePath(QStringLiteral("p5"))), 1);
        QCOMPARE(recent[1], m_dir.filePath(QStringLiteral("p11")));
        QCOMPARE(Settings::lastProject.get(), m_dir.filePath(QStringLiteral("p5")));
        Settings::recentProjects.reset();
        Settings::lastProject.reset();

        const QString standard = LandmarkCache::defaultPath();
        const Project p = Project::open(m_dir.filePath(QStringLiteral("study")));
        setActiveLandmarkCache(p.landmarkCache);
        QCOMPARE(LandmarkCache::defaultPath(), p.landmarkCache);
        {
            LandmarkCache cache(LandmarkCache::defaultPath()); // the SQLite file goes into the project
            QVERIFY(cache.store(QByteArray("hash"), QStringLiteral("key"), {}));
        }
        QVERIFY(QFile::exists(p.landmarkCache));
        setActiveLandmarkCache(QString());
        QCOMPARE(LandmarkCache::defaultPath(), standard);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
