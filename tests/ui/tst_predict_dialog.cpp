// "Predict photos", driven as a user would: a tiny Levi-Hassner run is trained here on real
// UTKFace faces; the dialog predicts a folder of real photos plus a truncated JPEG and a picture
// without a face, cropping to the face. Every photo gets a row (answered, no face, unreadable),
// the summary puts coverage next to the counts, and the exported CSV equals what
// `maskbench-cli predict --csv` prints for the same inputs (one pipeline: core's Predictor).
// Cancel keeps the rows so far; the run's "Predict photos…" button opens the dialog.

#include "core/io/csv.h"
#include "core/train/trainer.h"
#include "test_support.h"
#include "ui/predict/predict_dialog.h"
#include "ui/training/run_evaluations.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

class TestPredictDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_run, m_photos, m_faceless, m_truncated;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = test::sharedDataProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const std::vector<test::UtkFace> faces = test::balancedUtkFaces(10, 37, 6, 2);
        QVERIFY(faces.size() >= 20);
        QByteArray csv = "path,label,split\n";
        m_photos = m_dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(m_photos));
        int copied = 0;
        for (const test::UtkFace &f : faces) {
            if (f.split == QLatin1String("test")) {
                if (copied < 4 && QFile::copy(f.path, QDir(m_photos).filePath(QFileInfo(f.path).fileName())))
                    ++copied;
                continue;
            }
            csv += csvLine({f.path, f.gender, f.split}).toUtf8();
        }
        QCOMPARE(copied, 4);
        m_faceless = QDir(m_photos).filePath(QStringLiteral("stripes.png"));
        QVERIFY(test::writeStripes(m_faceless, true, 3));
        m_truncated = QDir(m_photos).filePath(QStringLiteral("truncated.jpg"));
        QVERIFY(test::writeTruncated(faces.front().path, m_truncated, 300));
        const QString data = m_dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(test::writeText(data, csv));
        TrainConfig c;
        c.data = data;
        c.model.name = QStringLiteral("levi-hassner");
        c.model.inputSize = 64;
        c.stages = {{QStringLiteral("full"), 1}};
        c.batchSize = 8;
        c.threads = 2;
        c.outDir = m_dir.filePath(QStringLiteral("run"));
        runTraining(c);
        m_run = c.outDir;
    }

    void predictsAFolderLikeTheCli()
    {
        ui::PredictDialog dialog(m_run);
        dialog.show();
        dialog.addInputs({m_photos, m_dir.filePath(QStringLiteral("missing.jpg"))});
        QCOMPARE(dialog.inputList()->count(), 2);
        dialog.cropBox()->setCurrentIndex(dialog.cropBox()->findData(QStringLiteral("face")));
        QSignalSpy done(&dialog, &ui::PredictDialog::predictionFinished);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QVERIFY(done.wait(180000));

        // Every photo has a row; nothing is dropped silently.
        QCOMPARE(dialog.table()->rowCount(), 6);
        const PredictTally t = dialog.tally();
        QCOMPARE(t.given(), qint64(6));
        QCOMPARE(t.unreadable, qint64(1));
        QVERIFY2(t.noFace >= 1, qPrintable(dialog.summaryText())); // the stripes at least
        QVERIFY(t.answered >= 1);
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("coverage %1%").arg(100.0 * t.answered / 6.0, 0, 'f', 1)),
                 qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("missing.jpg")), qPrintable(dialog.statusLabel()->text()));
        int stripesRow = -1, truncatedRow = -1;
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            const QString file = dialog.table()->item(r, 1)->text();
            if (file == QLatin1String("stripes.png"))
                stripesRow = r;
            if (file == QLatin1String("truncated.jpg"))
                truncatedRow = r;
        }
        QVERIFY(stripesRow >= 0 && truncatedRow >= 0);
        QVERIFY2(dialog.table()->item(stripesRow, 4)->text().contains(QStringLiteral("no face")),
                 qPrintable(dialog.table()->item(stripesRow, 4)->text()));
        QVERIFY2(dialog.table()->item(truncatedRow, 4)->text().contains(QStringLiteral("cannot be read")),
                 qPrintable(dialog.table()->item(truncatedRow, 4)->text()));

        // Selecting an answered row shows its picture.
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            if (dialog.table()->item(r, 3)->text().size() > 0) {
                dialog.table()->selectRow(r);
                break;
            }
        QVERIFY(!dialog.preview()->pixmap().isNull());
        if (qEnvironmentVariableIsSet("MASKBENCH_SCREENSHOT_DIR")) // to look at it (docs/screenshots)
            dialog.grab().save(QDir(qEnvironmentVariable("MASKBENCH_SCREENSHOT_DIR")).filePath(QStringLiteral("predict-photos.png")));

        // The export equals the CLI's CSV for the same inputs.
        const QString exported = m_dir.filePath(QStringLiteral("predict.csv"));
        dialog.exportCsv(exported);
        const test::CliResult cli = test::runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"),
                                                  QStringLiteral("face"), QStringLiteral("--csv"), m_photos});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), cli.out);
    }

    void cancelKeepsTheRowsSoFar()
    {
        ui::PredictDialog dialog(m_run);
        dialog.addInputs({QDir(test::sharedDataDir()).filePath(QStringLiteral("utkface-dev"))});
        QSignalSpy done(&dialog, &ui::PredictDialog::predictionFinished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.table()->rowCount() >= 3, 120000);
        QVERIFY(dialog.cancelButton()->isVisible() || dialog.isRunning());
        dialog.cancel();
        QVERIFY(done.wait(60000));
        const int rows = dialog.table()->rowCount();
        QVERIFY(rows >= 3 && rows < 1000);
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.startButton()->isEnabled());
    }

    void runBoxOpensIt()
    {
        ui::RunEvaluationsBox box;
        box.setRun(m_run);
        QVERIFY(box.predictButton()->isEnabled());
        ui::PredictDialog *dialog = box.predictPhotos();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(QFileInfo(m_run).fileName()));
        dialog->close();
    }
};

QTEST_MAIN(TestPredictDialog)
#include "tst_predict_dialog.moc"
