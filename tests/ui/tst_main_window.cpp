// The real main window under the offscreen platform: it starts, loads a generated dataset through
// the worker while the event loop keeps running, shows the counts, and closes cleanly.

#include "dataset/dataset_panel.h"
#include "main_window.h"
#include "test_support.h"

#include <QApplication>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
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
        QCOMPARE(w.panelCount(), 4);
        w.showPanel(2);
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
