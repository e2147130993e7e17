// The real main window under the offscreen platform: it starts, loads a generated dataset through
// the worker while the event loop keeps running, shows the counts, and closes cleanly.

#include "dataset/dataset_panel.h"
#include "common/settings.h"
#include "common/settings_dialog.h"
#include "main_window.h"
#include "welcome_page.h"
#include "test_support.h"

#include <QApplication>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QWheelEvent>
#include <QAction>
#include <QTest>

using namespace maskbench;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("MaskBench"));
        QCoreApplication::setApplicationName(QStringLiteral("MaskBench"));
    }

    void startsAndCloses()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.panelCount(), 5); // four panels and the welcome page
        QVERIFY(w.welcomePage()->isVisible());
        w.showPanel(2);
        QVERIFY(!w.welcomePage()->isVisible());
        QVERIFY(w.close());
    }

    // Issue 12: the wheel over an unfocused spin box scrolls instead of editing it; a focused one
    // still follows the wheel; the Log dock, once closed, comes back from the View menu.
    void wheelNeverEditsUnfocusedFieldsAndLogReopens()
    {
        ui::MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSpinBox *spin = nullptr;
        for (QSpinBox *s : w.findChildren<QSpinBox *>())
            if (s->isEnabled() && s->value() < s->maximum() && s->value() > s->minimum()) {
                spin = s;
                break;
            }
        QVERIFY(spin);
        spin->window()->activateWindow();
        spin->clearFocus();
        const int before = spin->value();
        auto wheel = [&] {
            QWheelEvent e(QPointF(5, 5), spin->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(spin, &e);
        };
        wheel();
        QCOMPARE(spin->value(), before);
        spin->setFocus();
        QTRY_VERIFY(spin->hasFocus());
        wheel();
        QVERIFY(spin->value() != before);

        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("logDock"));
        auto *showLog = w.findChild<QAction *>(QStringLiteral("showLogAction"));
        QVERIFY(dock && showLog);
        dock->close();
        QVERIFY(!dock->isVisible());
        showLog->trigger();
        QVERIFY(dock->isVisible());
    }

    void settingsDialogSavesThroughTheSettingsLayer()
    {
        ui::SettingsDialog dialog;
        dialog.threads()->setValue(3);
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(QStringLiteral("dark")));
        dialog.landmarkModel()->setText(QStringLiteral("/nonexistent/model.dat"));
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        bool warned = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            warned |= l->text().contains(QStringLiteral("libdlib-data"));
        QVERIFY(warned);
        dialog.save();
        QCOMPARE(Settings::threads.get(), 3);
        QCOMPARE(Settings::theme.get(), QStringLiteral("dark"));
        QCOMPARE(Settings::landmarkModel.get(), QStringLiteral("/nonexistent/model.dat"));
        Settings::threads.reset();
        Settings::theme.reset();
        Settings::landmarkModel.reset();
    }

    void recentDatasetsReachTheWelcomePage()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("a/1.jpg"))));
        QVERIFY(test::writeImage(dir.filePath(QStringLiteral("b/1.jpg"))));
        ui::MainWindow w;
        w.show();
        QSignalSpy loaded(w.datasetPanel(), &ui::DatasetPanel::loaded);
        w.showPanel(0);
        w.datasetPanel()->openSource(dir.path());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(Settings::recentDatasets.get().value(0), dir.path());
        w.showWelcome();
        QCOMPARE(w.welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(), dir.path());
        QVERIFY(w.close());
    }

    void loadsDatasetInWorker()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 6; ++i)
            QVERIFY(test::writeImage(dir.filePath(QStringLiteral("cats/c%1.jpg").arg(i)), 40, 30, i));
        for (int i = 0; i < 4; ++i)
            QVERIFY(test::writeImage(dir.filePath(QStringLiteral("dogs/d%1.png").arg(i)), 40, 30, 10 + i));
        QVERIFY(test::writeText(dir.filePath(QStringLiteral("dogs/notes.txt")), "not an image"));

        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::DatasetPanel *panel = w.datasetPanel();
        QSignalSpy loaded(panel, &ui::DatasetPanel::loaded);
        auto *source = panel->findChild<QLineEdit *>();
        QVERIFY(source);
        source->clear();
        QTest::keyClicks(source, dir.path());
        QTest::keyClick(source, Qt::Key_Return);
        QVERIFY(loaded.wait(20000));

        QTableWidget *table = panel->classTable();
        QCOMPARE(table->rowCount(), 3); // cats, dogs, total
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("cats"));
        QVERIFY(table->item(0, 1)->text().startsWith(QStringLiteral("6 (60.0%)")));
        QVERIFY(table->item(1, 1)->text().startsWith(QStringLiteral("4 (40.0%)")));
        QCOMPARE(panel->problemTable()->rowCount(), 1);
        QVERIFY(panel->problemTable()->item(0, 1)->text().endsWith(QStringLiteral("notes.txt")));
        QVERIFY(w.log()->toPlainText().contains(QStringLiteral("not an image")));
        QVERIFY(w.close());
    }

    void badSourceReportsWithoutCrash()
    {
        ui::MainWindow w;
        w.show();
        ui::DatasetPanel *panel = w.datasetPanel();
        QSignalSpy failed(panel, &ui::DatasetPanel::failed);
        // The failure dialog is modal: close it as a user would.
        auto closeBoxes = [] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top->inherits("QMessageBox"))
                    top->close();
            }
        };
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, closeBoxes);
        closer.start(50);
        panel->openSource(QStringLiteral("/nonexistent/maskbench/folder"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/nonexistent/maskbench/folder")));
        closer.stop();
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
