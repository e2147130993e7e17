// The evaluation report on generated predictions (real JPEGs the test writes, some missing, one
// truncated) and a generated run folder: every PNG is a real picture of the size the renderer
// promises with something drawn on it, report.html references nothing outside itself, shows core's
// accuracy and lists the most confident errors in core's order; a run folder that cannot be read
// leaves the curves out with a note; the GUI's --render-report exits non-zero naming a missing
// predictions.csv; the Evaluation panel's export writes the same report at its threshold.

#include "eval/evaluation.h"
#include "evaluation/evaluation_panel.h"
#include "report/report_renderer.h"
#include "test_support.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
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

// Distinct colours in a picture (a blank or one-colour plot has 1 or 2).
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Share of pixels that are not (nearly) white: something is drawn.
double inkShare(const QImage &image)
{
    qint64 ink = 0, all = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2, ++all)
            if (qGray(image.pixel(x, y)) < 235)
                ++ink;
    return double(ink) / double(std::max<qint64>(1, all));
}

} // namespace

class TestReport : public QObject
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
        for (int i = 0; i < 30; ++i)
            QVERIFY(test::writeImage(root.filePath(QStringLiteral("images/face_%1.jpg").arg(i)), 80, 96, i));
        QVERIFY(test::writeTruncated(root.filePath(QStringLiteral("images/face_0.jpg")), root.filePath(QStringLiteral("images/broken.jpg")), 200));

        QRandomGenerator rng(17);
        const QStringList masks = {QStringLiteral("none"), QStringLiteral("surgical"), QStringLiteral("cloth")};
        QByteArray csv = "path,label,predicted,prob_female,prob_male,mask,age\n";
        for (int i = 0; i < 90; ++i) {
            const bool male = i % 2 == 1;
            // Scores overlap between the classes, so there are errors of every confidence.
            const double z = (male ? 1.2 : -1.2) + 2.0 * (rng.generateDouble() * 2 - 1) + (i % 5 == 0 ? (male ? -3.0 : 3.0) : 0.0);
            const double pMale = 1.0 / (1.0 + std::exp(-z));
            QString image = QStringLiteral("images/face_%1.jpg").arg(i % 30);
            if (i == 15)
                image = QStringLiteral("images/missing_%1.jpg").arg(i);
            else if (i == 20)
                image = QStringLiteral("images/broken.jpg");
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                       .arg(root.filePath(image), male ? QStringLiteral("male") : QStringLiteral("female"),
                            pMale >= 0.5 ? QStringLiteral("male") : QStringLiteral("female"))
                       .arg(1.0 - pMale, 0, 'g', 17)
                       .arg(pMale, 0, 'g', 17)
                       .arg(masks[i % 3])
                       .arg(5 + (i * 7) % 70)
                       .toUtf8();
        }
        QVERIFY(test::writeText(m_predictions, csv));
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

    void rendersPlotsOfTheExpectedSize()
    {
        ui::ReportOptions options;
        options.plotSize = QSize(600, 450);
        const ui::ReportResult result = ui::renderReport(m_eval, options);
        QCOMPARE(result.html, QDir(m_eval).filePath(QStringLiteral("report.html")));
        const QString plots = QDir(m_eval).filePath(QStringLiteral("plots"));
        struct Expected { const char *name; QSize size; };
        const QList<Expected> expected = {{"confusion_matrix", {450, 450}}, {"roc", {450, 450}}, {"pr", {450, 450}},
                                          {"reliability", {600, 450}}, {"training_accuracy", {600, 450}},
                                          {"training_loss", {600, 450}}, {"slice_mask", {600, 450}}, {"slice_age", {600, 450}}};
        for (const Expected &e : expected) {
            const QString path = QDir(plots).filePath(QLatin1String(e.name) + QStringLiteral(".png"));
            QVERIFY2(result.plots.contains(path), qPrintable(path));
            QImage image;
            QVERIFY2(image.load(path, "PNG"), qPrintable(path));
            if (QLatin1String(e.name).startsWith(QLatin1String("slice_"))) {
                QCOMPARE(image.height(), e.size.height());
                QVERIFY(image.width() >= e.size.width());
            } else {
                QCOMPARE(image.size(), e.size);
            }
            QVERIFY2(distinctColours(image) > 20, e.name);
            QVERIFY2(inkShare(image) > 0.03, e.name);
        }
        QCOMPARE(result.plots.size(), expected.size());
    }

    void htmlIsSelfContainedWithCoresNumbers()
    {
        const ui::ReportResult result = ui::renderReport(m_eval);
        const QString html = readText(result.html);
        QVERIFY(html.size() > 10000);
        // Nothing outside the file: every src/href is a data: URI, no URLs, no file references.
        const QRegularExpression reference(QStringLiteral("(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)"), QRegularExpression::CaseInsensitiveOption);
        int embedded = 0;
        for (auto it = reference.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1String("data:image/")), qPrintable(target.left(80)));
            ++embedded;
        }
        QVERIFY(!html.contains(QLatin1String("http:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("https:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("file:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        // The plots and the 24 error thumbnails.
        QVERIFY2(embedded == result.plots.size() + 24, qPrintable(QStringLiteral("%1 embedded, %2 plots: %3").arg(embedded).arg(result.plots.size()).arg(result.plots.join(QLatin1Char(' ')))));

        // The numbers are core's (evaluation.json's threshold 0.5 re-derives the predictions).
        EvaluationOptions eo;
        eo.threshold = QStringLiteral("0.5");
        const Evaluation ev = evaluatePredictions(readPredictions(m_predictions), eo);
        QCOMPARE(result.accuracy, ev.report.accuracy);
        QVERIFY2(html.contains(QStringLiteral("id=\"accuracy\" data-value=\"%1\">%2<").arg(QString::number(ev.report.accuracy, 'g', 17),
                                                                                           QString::number(ev.report.accuracy, 'f', 4))),
                 qPrintable(QString::number(ev.report.accuracy, 'g', 17)));
        QVERIFY(html.contains(QStringLiteral("data-value=\"%1\"").arg(QString::number(ev.ranking.rocAuc(), 'g', 17))));
        QVERIFY(html.contains(QLatin1String("max-min-recall")));
        QVERIFY(html.contains(QLatin1String("By mask")) && html.contains(QLatin1String("By age")));

        // The top misclassified images, most confident first, in core's order.
        QVERIFY(ev.errors.size() > 24);
        int last = -1;
        for (int i = 0; i < 24; ++i) {
            const QString path = ev.errors[size_t(i)].path.toHtmlEscaped();
            const int at = html.indexOf(QStringLiteral("<span class=\"path\">%1</span>").arg(path), last + 1);
            QVERIFY2(at > last, qPrintable(QStringLiteral("error %1 (%2) not after error %3").arg(i + 1).arg(path).arg(i)));
            last = at;
        }
        QVERIFY(!html.contains(QStringLiteral("<span class=\"path\">%1</span>").arg(ev.errors[24].path.toHtmlEscaped())));
    }

    void missingAndUnreadableImagesGetPlaceholders()
    {
        // Raise the number shown so the missing and the truncated image are among them.
        ui::ReportOptions options;
        options.topErrors = 1000;
        const ui::ReportResult result = ui::renderReport(m_eval, options);
        const QString html = readText(result.html);
        const Evaluation ev = evaluatePredictions(readPredictions(m_predictions));
        int bad = 0;
        for (const Misclassified &e : ev.errors)
            bad += e.path.contains(QLatin1String("missing_")) || e.path.contains(QLatin1String("broken"));
        QVERIFY2(bad > 0, "the fixture's missing or truncated image should be misclassified");
        QVERIFY(html.contains(QLatin1String("<span class=\"bad\">")));
        bool noted = false;
        for (const QString &n : result.notes)
            noted = noted || n.contains(QStringLiteral("%1 of %2 misclassified images could not be shown").arg(bad).arg(ev.errors.size()));
        QVERIFY2(noted, qPrintable(result.notes.join(QLatin1Char('\n'))));
    }

    void unreadableRunFolderLeavesOutTheCurves()
    {
        QTemporaryDir other;
        QVERIFY(QFile::copy(m_predictions, QDir(other.path()).filePath(QStringLiteral("predictions.csv"))));
        QVERIFY(test::writeText(QDir(other.path()).filePath(QStringLiteral("evaluation.json")), "{\"run\": \"runs/gone\", \"split\": \"test\"}"));
        const ui::ReportResult result = ui::renderReport(other.path());
        QVERIFY(QFileInfo::exists(result.html));
        for (const QString &p : result.plots)
            QVERIFY2(!p.contains(QLatin1String("training_")), qPrintable(p));
        QVERIFY(!QFileInfo::exists(QDir(other.path()).filePath(QStringLiteral("plots/training_loss.png"))));
        QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(QLatin1String("runs/gone")), qPrintable(result.notes.join(QLatin1Char('\n'))));
        QVERIFY(readText(result.html).contains(QLatin1String("runs/gone")));
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

        // And a good folder: exit status 0, the report and the plots listed on stdout.
        QFile::remove(QDir(m_eval).filePath(QStringLiteral("report.html")));
        p.start(gui, {QStringLiteral("--render-report"), m_eval});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QString::fromLocal8Bit(p.readAllStandardOutput()).contains(QDir(m_eval).filePath(QStringLiteral("report.html"))));
        QVERIFY(QFileInfo::exists(QDir(m_eval).filePath(QStringLiteral("report.html"))));

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
        QVERIFY(QFileInfo::exists(QDir(bare.path()).filePath(QStringLiteral("plots/training_loss.png"))));
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
        QVERIFY(panel.exportReport(out.path(), true));
        const QString html = readText(QDir(out.path()).filePath(QStringLiteral("report.html")));
        EvaluationOptions eo;
        eo.threshold = QStringLiteral("0.3");
        const Evaluation ev = evaluatePredictions(readPredictions(m_predictions), eo);
        QVERIFY(html.contains(QStringLiteral("id=\"accuracy\" data-value=\"%1\"").arg(QString::number(ev.report.accuracy, 'g', 17))));
        QVERIFY(QFileInfo::exists(QDir(out.path()).filePath(QStringLiteral("plots/roc.png"))));
        // The panel's predictions folder names the run: its curves are in the exported report.
        QVERIFY(QFileInfo::exists(QDir(out.path()).filePath(QStringLiteral("plots/training_accuracy.png"))));

        // A folder that cannot be written: false and a message naming it.
        QSignalSpy failed(&panel, &ui::EvaluationPanel::failed);
        const QString blocked = QDir(out.path()).filePath(QStringLiteral("file-not-folder"));
        QVERIFY(test::writeText(blocked, "x"));
        QVERIFY(!panel.exportReport(blocked, true));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(blocked), qPrintable(failed.first().first().toString()));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report_export.moc"
