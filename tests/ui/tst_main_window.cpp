// The real main window under the offscreen platform: it starts, loads a generated dataset through
// the worker while the event loop keeps running, shows the counts, and closes cleanly.

#include "ui/dataset/dataset_panel.h"
#include "core/common/settings.h"
#include "core/common/translations.h"
#include "core/eval/predictions.h"
#include "ui/evaluation/evaluation_panel.h"
#include "ui/masks/masks_panel.h"
#include "ui/training/training_panel.h"
#include "ui/common/settings_dialog.h"
#include "ui/main_window.h"
#include "ui/welcome_page.h"
#include "test_support.h"

#include <QApplication>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
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

    // Issue 12: the window fits a 1024 x 700 screen in English and in German. The chrome (sidebar,
    // menu and status bars, log dock) is what the window adds to its panel stack; each panel's
    // minimum must fit in what is left, and so must the whole window's. Loading predictions must
    // not grow the window.
    void fitsALaptopInEnglishAndGerman()
    {
        const QSize screen(1024, 700);
        QStringList numbers;
        QSize worst;
        QStringList tooLarge;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            removeTranslations();
            if (language == QLatin1String("de"))
                QVERIFY(installTranslations(language));
            ui::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *stack = w.findChild<QStackedWidget *>();
            QVERIFY(stack);
            const QSize window = w.minimumSizeHint();
            const QSize chrome = window - stack->minimumSizeHint();
            const QSize room = screen - chrome;
            numbers << QStringLiteral("%1: window %2x%3, chrome %4x%5").arg(language).arg(window.width()).arg(window.height())
                           .arg(chrome.width()).arg(chrome.height());
            for (QWidget *panel : {static_cast<QWidget *>(w.datasetPanel()), static_cast<QWidget *>(w.masksPanel()),
                                   static_cast<QWidget *>(w.evaluationPanel()), static_cast<QWidget *>(w.welcomePage())}) {
                const QSize min = panel->minimumSizeHint().expandedTo(panel->minimumSize());
                numbers << QStringLiteral("  %1 %2x%3").arg(QString::fromLatin1(panel->metaObject()->className())).arg(min.width()).arg(min.height());
                if (min.width() > room.width() || min.height() > room.height())
                    tooLarge << QStringLiteral("%1 %2: needs %3x%4, room %5x%6").arg(language, QString::fromLatin1(panel->metaObject()->className()))
                                    .arg(min.width()).arg(min.height()).arg(room.width()).arg(room.height());
            }
            const QSize training = w.trainingPanel()->minimumSizeHint().expandedTo(w.trainingPanel()->minimumSize());
            numbers << QStringLiteral("  TrainingPanel %1x%2").arg(training.width()).arg(training.height());
            if (training.width() > room.width() || training.height() > room.height())
                tooLarge << QStringLiteral("%1 TrainingPanel: needs %2x%3, room %4x%5").arg(language).arg(training.width())
                                .arg(training.height()).arg(room.width()).arg(room.height());
            worst = worst.expandedTo(window);
        }
        removeTranslations();
        qInfo().noquote() << numbers.join(QLatin1Char('\n'));
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));
        QVERIFY2(worst.width() <= screen.width() && worst.height() <= screen.height(),
                 qPrintable(QStringLiteral("minimum window %1x%2").arg(worst.width()).arg(worst.height())));
    }

    void loadingPredictionsNeverGrowsTheWindow()
    {
        QTemporaryDir dir;
        PredictionTable table;
        table.classes = {QStringLiteral("female"), QStringLiteral("male")};
        table.attributeNames = {QStringLiteral("mask_type"), QStringLiteral("a_rather_long_attribute_name_for_a_slice")};
        for (int i = 0; i < 40; ++i) {
            Prediction p;
            p.path = dir.filePath(QStringLiteral("images/%1_with_a_long_file_name_that_could_widen_a_label.jpg").arg(i));
            QVERIFY(test::writeImage(p.path, 400, 200, i));
            p.label = i % 2;
            const double p1 = p.label ? 0.3 + 0.01 * i : 0.6 - 0.01 * i;
            p.probs = {1.0 - p1, p1};
            p.predicted = p1 >= 0.5 ? 1 : 0;
            p.attributes = {i % 3 ? QStringLiteral("surgical") : QStringLiteral("cloth"), QString::number(i % 5)};
            table.rows.push_back(p);
        }
        const QString csv = dir.filePath(QStringLiteral("eval/predictions.csv"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("eval"))));
        writePredictions(table, csv);
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(w.minimumSizeHint().expandedTo(QSize(1024, 700)));
        QTest::qWait(50);
        const QSize before = w.size();
        QSignalSpy loaded(w.evaluationPanel(), &ui::EvaluationPanel::loaded);
        w.openPredictions(csv);
        QVERIFY(loaded.wait(20000));
        w.evaluationPanel()->selectCell(1, 0);
        QTest::qWait(200);
        QCOMPARE(w.size(), before);
        QVERIFY(w.close());
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
