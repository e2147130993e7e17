// The main window's shell: a project made from File > New project opens into the panels (the
// Dataset panel loads its source, the Training panel lists its runs folder, the landmark cache
// moves into the project), reaches the recent list, the welcome page and the Open recent menu, and
// closes; a split made while it is open becomes its split manifest and the Training panel's data;
// a corrupt project.json gives a message naming the file; keyboard shortcuts reach the panels; with
// the language set to German the menus are German.

#include "core/common/settings.h"
#include "core/common/translations.h"
#include "ui/dataset/dataset_panel.h"
#include "core/dataset/splitter.h"
#include "ui/main_window.h"
#include "ui/project/new_project_dialog.h"
#include "core/project/project.h"
#include "test_support.h"
#include "ui/training/training_panel.h"
#include "ui/welcome_page.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

QAction *menuAction(QMenuBar *bar, int index)
{
    const QList<QAction *> actions = bar->actions();
    return index < actions.size() ? actions[index] : nullptr;
}

void closeMessageBoxes()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->inherits("QMessageBox") && top->isVisible())
            top->close();
}

} // namespace

class TestProjects : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MaskBench"));
        QCoreApplication::setApplicationName(QStringLiteral("MaskBench"));
        Settings::recentProjects.reset();
        Settings::lastProject.reset();
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 24; ++i)
            QVERIFY(test::writeImage(m_dir.filePath(QStringLiteral("data/%1/img_%2.png").arg(i % 2 ? "cats" : "dogs").arg(i)), 40, 30, i));
    }

    void cleanupTestCase()
    {
        Settings::recentProjects.reset();
        Settings::lastProject.reset();
        setActiveLandmarkCache(QString());
    }

    void newProjectOpensIntoThePanels()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString folder = m_dir.filePath(QStringLiteral("study"));
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.datasetPanel(), &ui::DatasetPanel::loaded);
        QVERIFY(w.createProject(folder, QStringLiteral("Cats and dogs"), data, QStringLiteral("folder")));
        QVERIFY(w.project());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(int(w.datasetPanel()->dataset()->items.size()), 24);
        QCOMPARE(w.trainingPanel()->runsFolder(), QDir(folder).filePath(QStringLiteral("runs")));
        QCOMPARE(activeLandmarkCache(), QDir(folder).filePath(QStringLiteral("cache/landmarks.sqlite")));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Cats and dogs")));
        QCOMPARE(Settings::recentProjects.get().value(0), QDir(folder).absolutePath());
        QCOMPARE(Settings::lastProject.get(), QDir(folder).absolutePath());
        QCOMPARE(w.recentProjectsMenu()->actions().value(0)->text(), QDir(folder).absolutePath());

        // A split made now becomes the project's manifest and the Training panel's data.
        SplitOptions o;
        o.train = 0.5;
        o.val = 0.25;
        o.test = 0.25;
        o.seed = 1;
        o.groupDuplicates = false;
        loaded.clear();
        const QString manifest = w.project()->defaultSplitManifest();
        w.datasetPanel()->split(o, manifest);
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE(w.project()->splitManifest, manifest);
        QCOMPARE(Project::open(folder).splitManifest, manifest);
        QCOMPARE(w.trainingPanel()->dataEdit()->text(), manifest);

        w.closeProject();
        QVERIFY(!w.project());
        QVERIFY(activeLandmarkCache().isEmpty());
        QVERIFY(Settings::lastProject.get().isEmpty());
        QVERIFY(w.welcomePage()->isVisible());
        QCOMPARE(w.welcomePage()->recentProjectList()->item(0)->data(Qt::UserRole).toString(), QDir(folder).absolutePath());

        // Open recent reopens it, now with its split: the Dataset panel shows the manifest.
        loaded.clear();
        w.recentProjectsMenu()->actions().value(0)->trigger();
        QVERIFY(w.project());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w.datasetPanel()->dataset()->source, manifest);
        QVERIFY(w.datasetPanel()->dataset()->hasSplits());
        QCOMPARE(w.trainingPanel()->dataEdit()->text(), manifest);
        QVERIFY(w.close());
    }

    void newProjectFromCsvChoosesTheLabelColumn()
    {
        // A CSV with two columns that could hold the class and no "label" column: the dialog lists
        // both, refuses to create the project until one is chosen, and the project loads with it.
        const QString csv = m_dir.filePath(QStringLiteral("data/people.csv"));
        QByteArray rows = "path,gender,age_band,group\n";
        for (int i = 0; i < 24; ++i)
            rows += QStringLiteral("%1/img_%2.png,%3,%4,g%2\n").arg(i % 2 ? "cats" : "dogs").arg(i)
                        .arg(i % 3 ? "female" : "male", i % 4 ? "adult" : "child").toUtf8();
        QVERIFY(test::writeText(csv, rows));
        const QString folder = m_dir.filePath(QStringLiteral("csv-study"));

        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier); // File > New project
        ui::NewProjectDialog *dialog = w.newProjectDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->folderEdit()->clear();
        QTest::keyClicks(dialog->folderEdit(), folder);
        QVERIFY(!dialog->labelColumnBox()->isVisible()); // no CSV yet
        QTest::keyClicks(dialog->sourceEdit(), csv);
        QVERIFY(dialog->labelColumnBox()->isVisible());
        QComboBox *columns = dialog->labelColumnBox();
        QStringList offered;
        for (int i = 0; i < columns->count(); ++i)
            offered << columns->itemText(i);
        QCOMPARE(offered, QStringList({QStringLiteral("gender"), QStringLiteral("age_band")})); // path and group left out
        QCOMPARE(columns->currentIndex(), -1);
        QVERIFY(!dialog->okButton()->isEnabled()); // no silent pick
        columns->setCurrentIndex(1);
        QVERIFY(dialog->okButton()->isEnabled());
        QSignalSpy loaded(w.datasetPanel(), &ui::DatasetPanel::loaded);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(w.project());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w.project()->labelColumn, QStringLiteral("age_band"));
        QCOMPARE(Project::open(folder).labelColumn, QStringLiteral("age_band"));
        QCOMPARE(w.datasetPanel()->dataset()->labelName, QStringLiteral("age_band"));
        QCOMPARE(w.datasetPanel()->dataset()->classes(), QStringList({QStringLiteral("adult"), QStringLiteral("child")}));
        QCOMPARE(int(w.datasetPanel()->dataset()->items.size()), 24);
        // The Dataset panel's box offers the same columns, the project's chosen.
        QCOMPARE(w.datasetPanel()->labelColumnBox()->currentText(), QStringLiteral("age_band"));
        QCOMPARE(w.datasetPanel()->labelColumnBox()->findText(QStringLiteral("gender")), 0);

        // Loading it with no column chosen fails with a message that names the GUI's box, never a
        // command-line flag.
        QSignalSpy failed(w.datasetPanel(), &ui::DatasetPanel::failed);
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(50);
        w.datasetPanel()->labelColumnBox()->setEditText(QString());
        w.datasetPanel()->reload();
        QVERIFY(failed.wait(20000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("label column box")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("--")), qPrintable(message));
        closer.stop();
        w.closeProject();
        QVERIFY(w.close());
    }

    void corruptProjectNamesTheFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("corrupt"));
        QVERIFY(test::writeText(QDir(folder).filePath(QStringLiteral("project.json")), "{ \"maskbench_project\": 1, "));
        ui::MainWindow w;
        w.show();
        QVERIFY(!w.openProject(folder));
        QVERIFY(!w.project());
        QVERIFY2(w.lastProjectMessage().contains(QDir(folder).filePath(QStringLiteral("project.json"))), qPrintable(w.lastProjectMessage()));
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("projectMessage"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("not valid JSON")));
        closeMessageBoxes();

        // A project whose dataset went away opens, names the file and the missing path.
        const QString gone = m_dir.filePath(QStringLiteral("gone-data"));
        QVERIFY(test::writeImage(QDir(gone).filePath(QStringLiteral("a/1.png"))));
        Project::create(m_dir.filePath(QStringLiteral("orphan")), QStringLiteral("Orphan"), gone);
        QVERIFY(QDir(gone).removeRecursively());
        QVERIFY(w.openProject(m_dir.filePath(QStringLiteral("orphan"))));
        QVERIFY(w.project());
        QVERIFY(w.lastProjectMessage().contains(QStringLiteral("project.json")));
        QVERIFY(w.lastProjectMessage().contains(gone));
        closeMessageBoxes();
        w.closeProject();
        QVERIFY(w.close());
    }

    void shortcutsReachThePanels()
    {
        ui::MainWindow w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.trainingPanel()));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w.datasetPanel()));
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(w.welcomePage()->isVisible());
        // Every menu action has a tooltip or a plain text (Qt falls back to the text), and the
        // main ones carry shortcuts.
        QStringList withShortcut;
        for (QAction *menu : w.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (!a->shortcut().isEmpty())
                    withShortcut << a->shortcut().toString(QKeySequence::PortableText);
        for (const char *key : {"Ctrl+N", "Ctrl+O", "Ctrl+W", "Ctrl+D", "Ctrl+1", "Ctrl+4", "F5", "Shift+F5"})
            QVERIFY2(withShortcut.contains(QLatin1String(key)), key);
        // Buttons in the panels carry shortcuts too: none may clash with a menu's (an ambiguous
        // shortcut fires neither).
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
            if (!b->shortcut().isEmpty())
                withShortcut << b->shortcut().toString(QKeySequence::PortableText);
        QCOMPARE(withShortcut.removeDuplicates(), 0); // no shortcut bound twice
        QVERIFY(w.close());
    }

    void germanMenus()
    {
        // Every menu entry of the German window differs from the English one, except the words
        // the two languages share.
        auto menuTexts = [](ui::MainWindow &w) {
            QStringList texts;
            for (QAction *menu : w.menuBar()->actions()) {
                texts << menu->text();
                for (QAction *a : menu->menu()->actions())
                    if (!a->isSeparator() && !a->menu())
                        texts << a->text();
            }
            return texts;
        };
        Settings::recentProjects.reset(); // the Open recent menu lists paths, not words
        removeTranslations();
        ui::MainWindow english;
        const QStringList en = menuTexts(english);
        QCOMPARE(menuAction(english.menuBar(), 0)->text(), QStringLiteral("&File"));
        QVERIFY(installTranslations(QStringLiteral("de")));
        {
            ui::MainWindow w;
            QCOMPARE(menuAction(w.menuBar(), 0)->text(), QStringLiteral("&Datei"));
            QCOMPARE(menuAction(w.menuBar(), 1)->text(), QStringLiteral("&Ansicht"));
            const QStringList de = menuTexts(w);
            QCOMPARE(de.size(), en.size());
            QStringList same;
            for (int i = 0; i < en.size(); ++i)
                if (en[i] == de[i])
                    same << en[i];
            QCOMPARE(same, QStringList({QStringLiteral("Training"), QStringLiteral("&Training")}));
        }
        // Core's messages, asked for under their run-time context (core/io/csv.cpp's "Csv"),
        // come out in German too.
        QCOMPARE(QCoreApplication::translate("Csv", "%1: file does not exist"), QStringLiteral("%1: Datei existiert nicht"));
        QVERIFY(QCoreApplication::translate("NoSuchContext", "a text nobody translated") == QLatin1String("a text nobody translated"));
        removeTranslations();
        ui::MainWindow back;
        QCOMPARE(menuAction(back.menuBar(), 0)->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestProjects)
#include "tst_projects.moc"
