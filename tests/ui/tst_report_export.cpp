// The report from the workbench: `maskbench --render-report` (core's writeReport() behind the GUI
// executable's option: exit status, stdout, --quiet, --report-compare, --report-run) and the
// Evaluation panel's export, which runs off the UI thread at the panel's threshold and then offers
// the report. The report's content is tested in tests/core/tst_report.cpp.

#include "core/eval/evaluation.h"
#include "ui/evaluation/evaluation_panel.h"
#include "test_support.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace maskbench;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_eval;        // evaluation folder with predictions.csv and evaluation.json
    QString m_run;         // run folder with metrics.csv
    QString m_predictions;

    void writeFixtures()
    {
        // 90 predictions of a binary model over 30 real JPEGs (three rows each), 2 missing files and
        // one truncated file; mask type and age attributes for the slices.
        QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("images")) && root.mkpath(QStringLiteral("eval")) && root.mkpath(QStringLiteral("run")));
        m_eval = root.filePath(QStringLiteral("eval"));
        m_run = root.filePath(QStringLiteral("run"));
        m_predictions = QDir(m_eval).filePath(QStringLiteral("predictions.csv"));
        // 30 real JPEGs, one truncated copy, and 90 predictions over them (test_support.h).
        QVERIFY(test::writeReportPredictions(root.path(), m_predictions));
        QByteArray metrics = "epoch,stage,loss,accuracy,val_loss,val_accuracy,lr,seconds\n";
        for (int e = 1; e <= 6; ++e)
            metrics += QStringLiteral("%1,full,%2,%3,%4,%5,0.001,12.5\n")
                           .arg(e)
                           .arg(0.7 * std::exp(-e / 3.0) + 0.1)
                           .arg(0.95 - 0.4 * std::exp(-e / 2.0))
                           .arg(0.6 * std::exp(-e / 4.0) + 0.3)
                           .arg(e == 4 ? 0.86 : 0.84 - 0.3 * std::exp(-e / 2.0))
                           .toUtf8();
        QVERIFY(test::writeText(QDir(m_run).filePath(QStringLiteral("metrics.csv")), metrics));
        QVERIFY(test::writeText(QDir(m_eval).filePath(QStringLiteral("evaluation.json")),
                                "{\"run\": \"../run\", \"checkpoint\": \"best\", \"split\": \"test\", \"data\": \"split.csv\", \"threshold\": 0.5, "
                                "\"model\": \"levi-hassner\", \"classes\": [\"female\", \"male\"], \"created\": \"2026-11-30T12:00:00Z\"}"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        writeFixtures();
    }

    void guiRenderReportOption()
    {
        const QString gui = qEnvironmentVariable("MASKBENCH_GUI");
        QVERIFY2(QFileInfo(gui).isExecutable(), "MASKBENCH_GUI must name the maskbench executable");
        QTemporaryDir empty;
        QProcess p;
        p.start(gui, {QStringLiteral("--render-report"), empty.path(), QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(QDir(empty.path()).filePath(QStringLiteral("predictions.csv"))), qPrintable(err));
        QVERIFY(!QFileInfo::exists(QDir(empty.path()).filePath(QStringLiteral("report.html"))));

        // And a good folder: exit status 0, the report named on stdout, its charts inline.
        QFile::remove(QDir(m_eval).filePath(QStringLiteral("report.html")));
        p.start(gui, {QStringLiteral("--render-report"), m_eval});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QString::fromLocal8Bit(p.readAllStandardOutput()).contains(QDir(m_eval).filePath(QStringLiteral("report.html"))));
        QVERIFY(readText(QDir(m_eval).filePath(QStringLiteral("report.html"))).contains(QLatin1String("<svg class=\"chart\" id=\"training-loss\"")));
        QVERIFY(!QFileInfo::exists(QDir(m_eval).filePath(QStringLiteral("plots"))));

        // --report-compare adds a column to the comparison table (here the same predictions again).
        p.start(gui, {QStringLiteral("--render-report"), m_eval, QStringLiteral("--quiet"), QStringLiteral("--report-compare"), m_predictions});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().isEmpty()); // --quiet
        QVERIFY(readText(QDir(m_eval).filePath(QStringLiteral("report.html"))).contains(QLatin1String("<tr><th>metric</th><th>run</th><th>run</th></tr>")));

        // --report-run gives the curves to a folder without evaluation.json.
        QTemporaryDir bare;
        QVERIFY(QFile::copy(m_predictions, QDir(bare.path()).filePath(QStringLiteral("predictions.csv"))));
        p.start(gui, {QStringLiteral("--render-report"), bare.path(), QStringLiteral("--quiet"), QStringLiteral("--report-run"), m_run});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(readText(QDir(bare.path()).filePath(QStringLiteral("report.html"))).contains(QLatin1String("<svg class=\"chart\" id=\"training-loss\"")));
    }

    void panelExportsAtItsThreshold()
    {
        ui::EvaluationPanel panel;
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(!panel.exportReportAction()->isEnabled());
        QCOMPARE(panel.exportReportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QVERIFY(!panel.exportReportAction()->toolTip().isEmpty());
        QSignalSpy loaded(&panel, &ui::EvaluationPanel::loaded);
        panel.openFile(m_predictions);
        QVERIFY(loaded.wait(20000));
        QVERIFY(panel.exportReportButton()->isEnabled());
        panel.setThreshold(0.3);

        QTemporaryDir out;
        QSignalSpy written(&panel, &ui::EvaluationPanel::reportWritten);
        QVERIFY(!panel.openReportButton()->isVisible());
        QVERIFY(panel.exportReport(out.path(), true));
        // It runs on a worker: the panel is busy and refuses a second export meanwhile, or has
        // already finished.
        QVERIFY(panel.isExportingReport() ? !panel.exportReport(out.path(), true) && !panel.exportReportAction()->isEnabled() : written.count() == 1);
        QVERIFY(written.count() == 1 || written.wait(30000));
        QCOMPARE(written.first().first().toString(), QDir(out.path()).filePath(QStringLiteral("report.html")));
        QVERIFY(panel.exportReportAction()->isEnabled());
        QVERIFY(panel.openReportButton()->isVisible() && panel.showReportFolderButton()->isVisible());
        QCOMPARE(panel.lastReport(), QDir(out.path()).filePath(QStringLiteral("report.html")));
        const QString html = readText(QDir(out.path()).filePath(QStringLiteral("report.html")));
        EvaluationOptions eo;
        eo.threshold = QStringLiteral("0.3");
        const Evaluation ev = evaluatePredictions(readPredictions(m_predictions), eo);
        QVERIFY(html.contains(QStringLiteral("id=\"accuracy\" data-value=\"%1\"").arg(QString::number(ev.report.accuracy, 'g', 17))));
        QVERIFY(html.contains(QLatin1String("data-series=\"threshold 0.300\"")));
        // The panel's predictions folder names the run: its curves are in the exported report.
        QVERIFY(html.contains(QLatin1String("<svg class=\"chart\" id=\"training-accuracy\"")));

        // A folder that cannot be written: failed() with a message naming it.
        QSignalSpy failed(&panel, &ui::EvaluationPanel::failed);
        const QString blocked = QDir(out.path()).filePath(QStringLiteral("file-not-folder"));
        QVERIFY(test::writeText(blocked, "x"));
        QVERIFY(panel.exportReport(blocked, true));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(blocked), qPrintable(failed.first().first().toString()));
        QCOMPARE(written.count(), 1);
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_report_export.moc"
