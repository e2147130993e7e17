// One session in one main window, end to end, as a user would go: make a project on a generated
// dataset (two separable classes of striped images), filter the thumbnail grid by class, split it
// (the split becomes the project's manifest and the Training panel's data), start a real tiny
// LibTorch run with F5, watch points appear on the charts, stop it with Shift+F5 (a resumable
// checkpoint stays), evaluate the run from the Training panel (Evaluate..., its dialog, the job on a
// worker), see the result open in Evaluation by itself, click each confusion-matrix cell (the
// gallery holds exactly that cell's images) and a slice row (the gallery keeps only that group's).

#include "core/common/settings.h"
#include "ui/dataset/dataset_panel.h"
#include "core/dataset/splitter.h"
#include "ui/evaluation/evaluation_panel.h"
#include "ui/evaluation/gallery_model.h"
#include "ui/main_window.h"
#include "core/project/project.h"
#include "test_support.h"
#include "ui/training/evaluate_dialog.h"
#include "ui/training/run_evaluations.h"
#include "ui/training/training_panel.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestWorkflow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MaskBench"));
        QCoreApplication::setApplicationName(QStringLiteral("MaskBench"));
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 48; ++i)
            QVERIFY(test::writeStripes(m_dir.filePath(QStringLiteral("data/%1/img_%2.png").arg(i % 2 ? "vertical" : "horizontal").arg(i)),
                                 i % 2, i));
    }

    void cleanupTestCase()
    {
        Settings::recentProjects.reset();
        Settings::lastProject.reset();
        setActiveLandmarkCache(QString());
    }

    void datasetTrainingEvaluation()
    {
        ui::MainWindow w;
        w.resize(1280, 820);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // Project and dataset.
        ui::DatasetPanel *dataset = w.datasetPanel();
        QSignalSpy loaded(dataset, &ui::DatasetPanel::loaded);
        QVERIFY(w.createProject(m_dir.filePath(QStringLiteral("project")), QStringLiteral("Stripes"),
                                m_dir.filePath(QStringLiteral("data")), QStringLiteral("folder")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(dataset->grid()->model()->rowCount(), 48);

        // Filter by class with the combo box, as a user picks it.
        QComboBox *classes = dataset->classFilter();
        const int vertical = classes->findText(QStringLiteral("vertical"), Qt::MatchStartsWith);
        QVERIFY(vertical > 0);
        classes->setCurrentIndex(vertical);
        QTRY_COMPARE(dataset->grid()->model()->rowCount(), 24);
        classes->setCurrentIndex(0);
        QTRY_COMPARE(dataset->grid()->model()->rowCount(), 48);

        // Split: the manifest becomes the project's and the Training panel's data.
        SplitOptions o;
        o.train = 0.6;
        o.val = 0.2;
        o.test = 0.2;
        o.seed = 4;
        o.groupDuplicates = false;
        loaded.clear();
        const QString manifest = w.project()->defaultSplitManifest();
        dataset->split(o, manifest);
        QVERIFY(loaded.wait(20000));
        QTRY_COMPARE(w.trainingPanel()->dataEdit()->text(), manifest);

        // A tiny real run, started with F5 from the Dataset panel; points appear; Shift+F5 stops.
        ui::TrainingPanel *training = w.trainingPanel();
        TrainConfig c = training->configFromForm();
        c.model.name = QStringLiteral("levi-hassner");
        c.model.inputSize = 35;
        c.model.hiddenUnits = 16;
        c.stages = {{QStringLiteral("full"), 50}};
        c.batchSize = 4;
        c.optimizer = QStringLiteral("adam");
        c.learningRate = 1e-3;
        c.threads = 1;
        c.outDir = QDir(w.project()->runsDir).filePath(QStringLiteral("tiny"));
        training->setConfig(c);
        QSignalSpy finished(training, &ui::TrainingPanel::runFinished);
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY2(training->isBusy(), qPrintable(training->lastError()));
        QVERIFY(training->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(training->accuracyPlot()->graph(ui::TrainingPanel::TrainBatch)->dataCount() >= 2, 60000);
        QVERIFY(training->lossPlot()->graph(ui::TrainingPanel::TrainBatch)->dataCount() >= 2);
        // After the first epoch's checkpoint, Shift+F5 stops the run.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(c.outDir).filePath(QStringLiteral("checkpoints/best.pt"))), 120000);
        QTest::keyClick(&w, Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toBool(), true); // stopped, not finished
        QVERIFY(QFile::exists(QDir(c.outDir).filePath(QStringLiteral("config.json"))));
        const QString runDir = QDir(c.outDir).absolutePath();
        QVERIFY(training->runs().contains(runDir));

        // Evaluate the run from the GUI: select it, Evaluate..., the dialog (data: the split manifest
        // with a mask_type column added, so there is a slice to click), the job on its worker, the
        // result opened in the Evaluation panel by itself.
        QFile in(manifest);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString withMasks = lines.first() + QStringLiteral(",mask_type\n");
        for (int i = 1; i < lines.size(); ++i)
            withMasks += lines[i] + (i % 3 == 0 ? QStringLiteral(",dark\n") : QStringLiteral(",light\n"));
        const QString evalData = QFileInfo(manifest).dir().filePath(QStringLiteral("eval-data.csv")); // beside it: same relative paths
        QVERIFY(test::writeText(evalData, withMasks.toUtf8()));
        for (int i = 0; i < training->runList()->topLevelItemCount(); ++i)
            if (training->runList()->topLevelItem(i)->data(0, Qt::UserRole).toString() == runDir)
                training->runList()->setCurrentItem(training->runList()->topLevelItem(i));
        ui::RunEvaluationsBox *evaluations = training->runEvaluations();
        QCOMPARE(evaluations->run(), runDir);
        QVERIFY(evaluations->evaluateButton()->isEnabled());
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::EvaluateDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            dialog->dataEdit()->setText(evalData);
            dialog->splitBox()->setCurrentIndex(dialog->splitBox()->findData(QStringLiteral("test")));
            dialog->accept();
        });
        QSignalSpy evaluated(w.evaluationPanel(), &ui::EvaluationPanel::loaded);
        QSignalSpy written(evaluations, &ui::RunEvaluationsBox::evaluationFinished);
        // The UI thread's worst stall from the click until the result is shown (a 10 ms timer).
        QElapsedTimer beat;
        qint64 worstStall = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] { worstStall = std::max(worstStall, beat.restart()); });
        QTimer::singleShot(0, this, [&] {
            beat.start();
            heartbeat.start();
        });
        QTest::mouseClick(evaluations->evaluateButton(), Qt::LeftButton);
        QVERIFY(dialogSeen);
        QVERIFY(evaluations->isBusy());
        QVERIFY(written.wait(120000));
        const QString folder = written.first().at(0).toString();
        QCOMPARE(folder, QDir(runDir).filePath(QStringLiteral("eval-test-best")));
        for (const char *f : {"predictions.csv", "metrics.json", "evaluation.json", "report.html"})
            QVERIFY2(QFile::exists(QDir(folder).filePath(QLatin1String(f))), f);
        QCOMPARE(evaluations->evaluations(), QStringList{folder}); // listed with the run
        QVERIFY(evaluated.wait(20000));
        const qint64 evaluateStall = worstStall;
        ui::EvaluationPanel *evaluation = w.evaluationPanel();
        QVERIFY(evaluation->isVisible());
        const EvaluationView *view = evaluation->view();
        QVERIFY(view);
        const auto split = dataset->dataset();
        QVERIFY(split && split->hasSplits());
        const qint64 tests = std::count_if(split->items.begin(), split->items.end(),
                                           [](const DatasetItem &item) { return item.split == QLatin1String("test"); });
        QCOMPARE(qint64(view->table->rows.size()), tests);

        // Each matrix cell clicked: the gallery holds exactly that cell's images.
        for (int a = 0; a < 2; ++a)
            for (int p = 0; p < 2; ++p) {
                QTest::mouseClick(evaluation->matrixPlot(), Qt::LeftButton, {}, evaluation->cellCentre(a, p));
                QCOMPARE(*evaluation->selectedCell(), std::make_pair(a, p));
                QCOMPARE(qint64(evaluation->galleryModel()->rowCount()), view->report.matrix.counts[size_t(a)][size_t(p)]);
            }
        // A slice row clicked (core's default slice, mask_type): the gallery keeps the chosen
        // cell and shows only that group's images of it.
        QCOMPARE(view->slice.attribute, QStringLiteral("mask_type"));
        QCOMPARE(evaluation->sliceTable()->rowCount(), 2);
        QTest::mouseClick(evaluation->matrixPlot(), Qt::LeftButton, {}, evaluation->cellCentre(0, 0));
        evaluation->findChild<QTabWidget *>()->setCurrentWidget(evaluation->sliceTable()->parentWidget());
        QTableWidget *slices = evaluation->sliceTable();
        const QString group = slices->item(1, 0)->text(); // "light"
        QTest::mouseClick(slices->viewport(), Qt::LeftButton, {}, slices->visualItemRect(slices->item(1, 0)).center());
        QCOMPARE(evaluation->selectedSliceGroup(), group);
        const std::vector<int> &members = view->slice.rows[1].rows;
        qint64 expected = 0;
        for (int r : members)
            expected += view->table->rows[size_t(r)].label == 0 && view->table->rows[size_t(r)].predicted == 0;
        QCOMPARE(qint64(evaluation->galleryModel()->rowCount()), expected);
        for (int i = 0; i < evaluation->galleryModel()->rowCount(); ++i)
            QVERIFY(std::binary_search(members.begin(), members.end(), evaluation->galleryModel()->tableRow(i)));

        // Export the report from the panel: a worker writes it; the UI thread keeps ticking.
        QSignalSpy reported(evaluation, &ui::EvaluationPanel::reportWritten);
        beat.restart();
        worstStall = 0;
        QVERIFY(evaluation->exportReport(m_dir.filePath(QStringLiteral("report")), true));
        QVERIFY(reported.wait(60000));
        heartbeat.stop();
        QVERIFY(QFile::exists(reported.first().at(0).toString()));
        qInfo("worst UI-thread stall (10 ms timer): %lld ms evaluating from the GUI, %lld ms exporting the report",
              evaluateStall, worstStall);
        QVERIFY2(evaluateStall < 1000 && worstStall < 1000, "the UI thread blocked for a second");
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
