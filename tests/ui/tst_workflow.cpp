// One session in one main window, end to end, as a user would go: make a project on a generated
// dataset (two separable classes of striped images), filter the thumbnail grid by class, split it
// (the split becomes the project's manifest and the Training panel's data), start a real tiny
// LibTorch run with F5, watch points appear on the charts, stop it with Shift+F5 (a resumable
// checkpoint stays), then open a predictions.csv over the project's test images in Evaluation and
// click each confusion-matrix cell: the gallery holds exactly that cell's count.
// (The predictions are written by the test with known labels: the CLI's predict command is
// another issue's work; the panels' own tests cover each step in depth.)

#include "common/settings.h"
#include "dataset/dataset_panel.h"
#include "dataset/splitter.h"
#include "evaluation/evaluation_panel.h"
#include "evaluation/gallery_model.h"
#include "main_window.h"
#include "project/project.h"
#include "test_support.h"
#include "training/training_panel.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
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
        QTest::keyClick(&w, Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toBool(), true); // stopped, not finished
        QVERIFY(QFile::exists(QDir(c.outDir).filePath(QStringLiteral("config.json"))));
        QVERIFY(training->runs().contains(QDir(c.outDir).absolutePath()));

        // Evaluation over the project's test images: known labels, a fixed set of errors.
        const auto split = dataset->dataset();
        QVERIFY(split && split->hasSplits());
        const QString predictions = m_dir.filePath(QStringLiteral("project/predictions.csv"));
        QByteArray csv = "path,label,predicted,prob_horizontal,prob_vertical\n";
        qint64 counts[2][2] = {{0, 0}, {0, 0}};
        int n = 0;
        const QStringList names = split->classes();
        for (const DatasetItem &item : split->items) {
            if (item.split != QLatin1String("test"))
                continue;
            const int actual = names.indexOf(item.label);
            const int predicted = (n++ % 3 == 0) ? 1 - actual : actual; // every third one wrong
            const double pv = predicted == 1 ? 0.6 + 0.01 * n : 0.4 - 0.01 * n;
            csv += QStringLiteral("%1,%2,%3,%4,%5\n").arg(item.path, names[actual], names[predicted]).arg(1 - pv).arg(pv).toUtf8();
            ++counts[actual][predicted];
        }
        QVERIFY(n >= 6);
        QVERIFY(test::writeText(predictions, csv));
        QSignalSpy evaluated(w.evaluationPanel(), &ui::EvaluationPanel::loaded);
        w.openPredictions(predictions);
        QVERIFY(evaluated.wait(20000));
        ui::EvaluationPanel *evaluation = w.evaluationPanel();
        for (int a = 0; a < 2; ++a)
            for (int p = 0; p < 2; ++p) {
                QTest::mouseClick(evaluation->matrixPlot(), Qt::LeftButton, {}, evaluation->cellCentre(a, p));
                QCOMPARE(*evaluation->selectedCell(), std::make_pair(a, p));
                QCOMPARE(qint64(evaluation->galleryModel()->rowCount()), counts[a][p]);
            }
        QVERIFY(w.close());
    }
};

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
