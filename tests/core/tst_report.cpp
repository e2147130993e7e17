// The evaluation report written by core (report/report.h) under a plain QCoreApplication, on
// generated predictions (real JPEGs the test writes, some missing, one truncated) and a generated
// run folder: report.html references nothing outside itself; its SVG charts carry core's numbers
// (matrix cells equal the confusion matrix, the ROC and PR polylines have one point per curve
// point, the training curves one per epoch, the slice bars the slice accuracies); the "Model" row
// is readable; every threshold form of evaluation.json is honoured; an unreadable run folder
// leaves the curves out with a note; a missing predictions.csv throws naming it; a progress
// callback can cancel.

#include "core/common/error.h"
#include "core/eval/evaluation.h"
#include "core/report/report.h"
#include "test_support.h"
#include "core/train/run_metrics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
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

// The <svg> element with this id, or empty.
QString chartSvg(const QString &html, const QString &id)
{
    const int at = html.indexOf(QStringLiteral("<svg class=\"chart\" id=\"%1\"").arg(id));
    if (at < 0)
        return QString();
    const int end = html.indexOf(QLatin1String("</svg>"), at);
    return end < 0 ? QString() : html.mid(at, end - at + 6);
}

// The points of the polyline drawn for a series, as (x, y) pixel pairs.
QList<QPointF> polyline(const QString &svg, const QString &series)
{
    const QRegularExpression re(QStringLiteral("<polyline class=\"series\" data-series=\"%1\"[^>]* points=\"([^\"]*)\"")
                                    .arg(QRegularExpression::escape(series.toHtmlEscaped())));
    const QRegularExpressionMatch m = re.match(svg);
    QList<QPointF> out;
    if (!m.hasMatch())
        return out;
    for (const QString &pair : m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(QLatin1Char(','));
        out << QPointF(xy.value(0).toDouble(), xy.value(1).toDouble());
    }
    return out;
}

QString seriesName(const QString &svg, const QString &prefix)
{
    const QRegularExpression re(QStringLiteral("data-series=\"(%1[^\"]*)\"").arg(QRegularExpression::escape(prefix)));
    return re.match(svg).captured(1);
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
        // 90 predictions of a binary model over 30 real JPEGs (three rows each), 1 missing file and
        // one truncated file; mask type and age attributes for the slices.
        QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("images")) && root.mkpath(QStringLiteral("eval")) && root.mkpath(QStringLiteral("run")));
        m_eval = root.filePath(QStringLiteral("eval"));
        m_run = root.filePath(QStringLiteral("run"));
        m_predictions = QDir(m_eval).filePath(QStringLiteral("predictions.csv"));
        // 30 real JPEGs, one truncated copy, and 90 predictions over them (test_support.h).
        QVERIFY(test::writeReportPredictions(root.path(), m_predictions));
        // Six epochs; the best validation accuracy (0.86) at epoch 4; a resumed run's repeated
        // epoch 3 replaces the first one; a partial last line is skipped.
        QByteArray metrics = "epoch,stage,loss,accuracy,val_loss,val_accuracy,lr,seconds\n";
        for (int e = 1; e <= 6; ++e) {
            if (e == 4)
                metrics += "3,full,9,0.1,9,0.99,0.001,1\n";
            metrics += QStringLiteral("%1,full,%2,%3,%4,%5,0.001,12.5\n")
                           .arg(e == 4 ? 3 : e)
                           .arg(0.7 * std::exp(-e / 3.0) + 0.1)
                           .arg(0.95 - 0.4 * std::exp(-e / 2.0))
                           .arg(0.6 * std::exp(-e / 4.0) + 0.3)
                           .arg(e == 4 ? 0.5 : 0.84 - 0.3 * std::exp(-e / 2.0))
                           .toUtf8();
            if (e == 4) // the replacement rows: 3 again, then 4 with the best accuracy
                metrics += QStringLiteral("4,full,0.3,0.85,0.4,0.86,0.001,12.5\n").toUtf8();
        }
        metrics += "7,full,0.2";
        QVERIFY(test::writeText(QDir(m_run).filePath(QStringLiteral("metrics.csv")), metrics));
        QVERIFY(test::writeText(QDir(m_eval).filePath(QStringLiteral("evaluation.json")),
                                "{\"run\": \"../run\", \"checkpoint\": \"best\", \"split\": \"test\", \"data\": \"split.csv\", "
                                "\"threshold\": {\"rule\": \"fixed\", \"value\": 0.5, \"source\": \"--threshold 0.5\"}, "
                                "\"model\": {\"name\": \"levi-hassner\", \"input_size\": 227, \"classes\": 2, \"head\": \"levi\", "
                                "\"hidden_units\": 512, \"dropout\": 0.5}, "
                                "\"classes\": [\"female\", \"male\"], \"created\": \"2026-11-30T12:00:00Z\"}"));
    }

    Evaluation coreEvaluation(const QString &threshold) const
    {
        EvaluationOptions eo;
        eo.threshold = threshold;
        eo.sliceBy = QStringList{QStringLiteral("mask"), QStringLiteral("age")};
        return evaluatePredictions(readPredictions(m_predictions), eo);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFixtures();
    }

    void runMetricsReader()
    {
        const RunMetrics m = readRunMetrics(m_run);
        QCOMPARE(m.epochs(), 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m.rows[size_t(i)].epoch, i + 1);
        QCOMPARE(m.rows[2].valAccuracy, 0.5); // the last of the repeated epoch 3 rows (not 0.99)
        QCOMPARE(m.bestEpoch, 4);
        QCOMPARE(m.bestValAccuracy, 0.86);
        QTemporaryDir bad;
        QVERIFY(test::writeText(QDir(bad.path()).filePath(QStringLiteral("metrics.csv")), "epoch,loss\n1,0.5\n"));
        try {
            readRunMetrics(bad.path());
            QFAIL("a metrics.csv without accuracy columns must be refused");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QDir(bad.path()).filePath(QStringLiteral("metrics.csv"))), qPrintable(e.message()));
        }
    }

    void writesWithoutAGuiApplication()
    {
        QVERIFY(QCoreApplication::instance());
        QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
        const ReportResult result = writeReport(m_eval);
        QCOMPARE(result.html, QDir(m_eval).filePath(QStringLiteral("report.html")));
        QCOMPARE(result.charts, (QStringList{QStringLiteral("confusion-matrix"), QStringLiteral("roc"), QStringLiteral("pr"), QStringLiteral("reliability"),
                                             QStringLiteral("training-accuracy"), QStringLiteral("training-loss"), QStringLiteral("slice-mask"),
                                             QStringLiteral("slice-age")}));
        QVERIFY(!QFileInfo::exists(QDir(m_eval).filePath(QStringLiteral("plots"))));
        const QString html = readText(result.html);
        for (const QString &id : result.charts)
            QVERIFY2(!chartSvg(html, id).isEmpty(), qPrintable(id));

        // Nothing outside the file: every src/href is a data: URI, no URLs, no file references.
        const QRegularExpression reference(QStringLiteral("(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)"), QRegularExpression::CaseInsensitiveOption);
        int embedded = 0;
        for (auto it = reference.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1String("data:image/jpeg;base64,")), qPrintable(target.left(80)));
            ++embedded;
        }
        QCOMPARE(embedded, 24); // the error thumbnails; the charts are inline
        for (const char *outside : {"http:", "https:", "file:", "url(", "<link", "<script", "<img src=\"plots"})
            QVERIFY2(!html.contains(QLatin1String(outside), Qt::CaseInsensitive), outside);

        // The numbers are core's (evaluation.json's {"value": 0.5} re-derives the predictions).
        const Evaluation ev = coreEvaluation(QStringLiteral("0.5"));
        QCOMPARE(result.accuracy, ev.report.accuracy);
        QVERIFY(html.contains(QStringLiteral("id=\"accuracy\" data-value=\"%1\">%2<").arg(QString::number(ev.report.accuracy, 'g', 17),
                                                                                          QString::number(ev.report.accuracy, 'f', 4))));
        QVERIFY(html.contains(QStringLiteral("data-value=\"%1\"").arg(QString::number(ev.ranking.rocAuc(), 'g', 17))));
        QVERIFY(html.contains(QLatin1String("max-min-recall")));
        QVERIFY(html.contains(QLatin1String("By mask")) && html.contains(QLatin1String("By age")));
        // The Model row is words, not JSON.
        QVERIFY2(html.contains(QStringLiteral("<tr><td>Model</td><td>levi-hassner, 227×227 px input, levi head, 512 hidden units, dropout 0.5, 2 classes</td></tr>")),
                 qPrintable(html.mid(html.indexOf(QLatin1String("<td>Model")), 200)));
        QVERIFY(html.contains(QStringLiteral("<tr><td>Threshold (evaluation)</td><td>0.5000 (fixed); --threshold 0.5</td></tr>")));
        QVERIFY(!html.contains(QLatin1String("{&quot;")));

        // The most confident errors, in core's order, 24 of them.
        int last = -1;
        for (int i = 0; i < 24; ++i) {
            const int at = html.indexOf(QStringLiteral("<span class=\"path\">%1</span>").arg(ev.errors[size_t(i)].path.toHtmlEscaped()), last + 1);
            QVERIFY2(at > last, qPrintable(QStringLiteral("error %1 not after error %2").arg(i + 1).arg(i)));
            last = at;
        }
        QVERIFY(!html.contains(QStringLiteral("<span class=\"path\">%1</span>").arg(ev.errors[24].path.toHtmlEscaped())));
    }

    void chartsCarryCoresNumbers()
    {
        const ReportResult result = writeReport(m_eval);
        const QString html = readText(result.html);
        const Evaluation ev = coreEvaluation(QStringLiteral("0.5"));

        // Matrix: one cell per (actual, predicted) with core's count.
        const QString matrix = chartSvg(html, QStringLiteral("confusion-matrix"));
        const QRegularExpression cell(QStringLiteral("<rect class=\"cell\" data-row=\"(\\d+)\" data-column=\"(\\d+)\" data-count=\"(\\d+)\""));
        int cells = 0;
        for (auto it = cell.globalMatch(matrix); it.hasNext(); ++cells) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(3).toLongLong(), ev.report.matrix.at(m.captured(1).toInt(), m.captured(2).toInt()));
        }
        QCOMPARE(cells, 4);

        // ROC and PR: one polyline point per curve point (under 2,000, nothing thinned), in order.
        const QString roc = chartSvg(html, QStringLiteral("roc"));
        const QList<QPointF> rocPoints = polyline(roc, seriesName(roc, QStringLiteral("male (AUC")));
        QVERIFY(ev.ranking.roc[1].fpr.size() > 5);
        QCOMPARE(rocPoints.size(), int(ev.ranking.roc[1].fpr.size()));
        for (int i = 1; i < rocPoints.size(); ++i) {
            QVERIFY(rocPoints[i].x() >= rocPoints[i - 1].x()); // FPR rises left to right
            QVERIFY(rocPoints[i].y() <= rocPoints[i - 1].y()); // TPR rises up (pixel y falls)
        }
        QVERIFY(seriesName(roc, QStringLiteral("male (AUC")).contains(QString::number(ev.ranking.roc[1].auc, 'f', 3)));
        QVERIFY(roc.contains(QLatin1String("data-series=\"threshold 0.500\"")));
        const QString pr = chartSvg(html, QStringLiteral("pr"));
        QCOMPARE(polyline(pr, seriesName(pr, QStringLiteral("male (AP"))).size(), int(ev.ranking.pr[1].recall.size()));

        // Reliability: one bar per non-empty bin.
        const QString reliability = chartSvg(html, QStringLiteral("reliability"));
        int bins = 0;
        for (const CalibrationBin &b : ev.calibration.bins)
            bins += b.count > 0;
        const QString bars = reliability.section(QLatin1String("data-series=\"accuracy per bin"), 1, 1).section(QLatin1String("</g>"), 0, 0);
        QCOMPARE(int(bars.count(QLatin1String("<rect"))), bins);

        // Training: one point per epoch of the run (6), the best epoch 4 marked.
        const QString acc = chartSvg(html, QStringLiteral("training-accuracy"));
        QCOMPARE(polyline(acc, QStringLiteral("train")).size(), 6);
        QCOMPARE(polyline(acc, QStringLiteral("validation")).size(), 6);
        QVERIFY(acc.contains(QLatin1String("data-series=\"best epoch 4 (val. accuracy 0.860)\"")));
        QCOMPARE(polyline(chartSvg(html, QStringLiteral("training-loss")), QStringLiteral("train")).size(), 6);

        // Slices: one accuracy bar per group with the group's accuracy.
        for (const SliceTable &s : ev.slices) {
            const QString svg = chartSvg(html, QStringLiteral("slice-") + s.attribute);
            const QString accBars = svg.section(QLatin1String("data-series=\"accuracy\""), 1, 1).section(QLatin1String("</g>"), 0, 0);
            const QRegularExpression value(QStringLiteral("data-value=\"([^\"]+)\""));
            QList<double> values;
            for (auto it = value.globalMatch(accBars); it.hasNext();)
                values << it.next().captured(1).toDouble();
            QCOMPARE(values.size(), int(s.rows.size()));
            for (int i = 0; i < values.size(); ++i)
                QCOMPARE(values[i], s.rows[size_t(i)].report.accuracy);
        }
    }

    void thresholdForms_data()
    {
        QTest::addColumn<QByteArray>("threshold");
        QTest::addColumn<QString>("expected"); // as EvaluationOptions::threshold; "" = predicted column
        QTest::newRow("number") << QByteArray("0.3") << QStringLiteral("0.3");
        QTest::newRow("threshold key") << QByteArray("{\"threshold\": 0.7}") << QStringLiteral("0.7");
        QTest::newRow("value key") << QByteArray("{\"rule\": \"youden\", \"value\": 0.4}") << QStringLiteral("0.4");
        QTest::newRow("rule name") << QByteArray("\"max-min-recall\"") << QStringLiteral("max-min-recall");
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("nonsense") << QByteArray("\"most\"") << QString();
    }

    void thresholdForms()
    {
        QFETCH(QByteArray, threshold);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_predictions, QDir(dir.path()).filePath(QStringLiteral("predictions.csv"))));
        QVERIFY(test::writeText(QDir(dir.path()).filePath(QStringLiteral("evaluation.json")), "{\"threshold\": " + threshold + "}"));
        // metrics.json at another accuracy: the report notes the difference.
        QVERIFY(test::writeText(QDir(dir.path()).filePath(QStringLiteral("metrics.json")), "{\"accuracy\": 0.123}"));
        const ReportResult result = writeReport(dir.path());
        QCOMPARE(result.accuracy, coreEvaluation(expected).report.accuracy);
        const QString notes = result.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("gives accuracy 0.1230")), qPrintable(notes));
        QCOMPARE(notes.contains(QLatin1String("threshold: ")), QLatin1String(QTest::currentDataTag()) == QLatin1String("nonsense"));
        // An explicit threshold overrides the file's.
        ReportOptions options;
        options.threshold = QStringLiteral("0.9");
        QCOMPARE(writeReport(dir.path(), options).accuracy, coreEvaluation(QStringLiteral("0.9")).report.accuracy);
    }

    void missingAndUnreadableImagesGetPlaceholders()
    {
        ReportOptions options;
        options.topErrors = 1000;
        const ReportResult result = writeReport(m_eval, options);
        const QString html = readText(result.html);
        const Evaluation ev = coreEvaluation(QStringLiteral("0.5"));
        int bad = 0;
        for (const Misclassified &e : ev.errors)
            bad += e.path.contains(QLatin1String("missing_")) || e.path.contains(QLatin1String("broken"));
        QVERIFY2(bad > 0, "the fixture's missing or truncated image should be misclassified");
        QCOMPARE(int(html.count(QLatin1String("<span class=\"bad\">"))), bad);
        QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(QStringLiteral("%1 of %2 misclassified images could not be shown").arg(bad).arg(ev.errors.size())),
                 qPrintable(result.notes.join(QLatin1Char('\n'))));
    }

    void runFolderProblemsLeaveOutTheCurves()
    {
        QTemporaryDir other;
        QVERIFY(QFile::copy(m_predictions, QDir(other.path()).filePath(QStringLiteral("predictions.csv"))));
        QVERIFY(test::writeText(QDir(other.path()).filePath(QStringLiteral("evaluation.json")), "{\"run\": \"runs/gone\", \"split\": \"test\"}"));
        ReportResult result = writeReport(other.path());
        QVERIFY(!result.charts.contains(QStringLiteral("training-accuracy")) && !result.charts.contains(QStringLiteral("training-loss")));
        QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(QLatin1String("runs/gone")), qPrintable(result.notes.join(QLatin1Char('\n'))));
        QVERIFY(readText(result.html).contains(QLatin1String("runs/gone")));

        // runDir given: the curves come from there, without an evaluation.json naming it.
        ReportOptions options;
        options.runDir = m_run;
        result = writeReport(other.path(), options);
        QVERIFY(result.charts.contains(QStringLiteral("training-loss")));

        // A run folder whose metrics.csv is not a metrics file: a note naming it.
        QTemporaryDir broken;
        QVERIFY(test::writeText(QDir(broken.path()).filePath(QStringLiteral("metrics.csv")), "nothing,here\n"));
        options.runDir = broken.path();
        result = writeReport(other.path(), options);
        QVERIFY(!result.charts.contains(QStringLiteral("training-loss")));
        QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(QLatin1String("not a MaskBench metrics file")), qPrintable(result.notes.join(QLatin1Char('\n'))));
    }

    void comparisonAddsAColumn()
    {
        ReportOptions options;
        options.compareWith = {m_predictions, QDir(m_dir.path()).filePath(QStringLiteral("nowhere/predictions.csv"))};
        const ReportResult result = writeReport(m_eval, options);
        QVERIFY(readText(result.html).contains(QLatin1String("<tr><th>metric</th><th>run</th><th>run</th></tr>")));
        QVERIFY2(result.notes.join(QLatin1Char('\n')).contains(QLatin1String("comparison: ")), qPrintable(result.notes.join(QLatin1Char('\n'))));
    }

    void refusesWithoutPredictions()
    {
        QTemporaryDir empty;
        try {
            writeReport(empty.path());
            QFAIL("no predictions.csv must throw");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QDir(empty.path()).filePath(QStringLiteral("predictions.csv"))), qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(QDir(empty.path()).filePath(QStringLiteral("report.html"))));
    }

    void progressCanCancel()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_predictions, QDir(dir.path()).filePath(QStringLiteral("predictions.csv"))));
        ReportOptions options;
        QStringList stages;
        options.progress = [&](const Progress &p) {
            if (!stages.contains(p.stage))
                stages << p.stage;
            return !p.stage.startsWith(QLatin1String("Thumbnails")) || p.done < 3;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, writeReport(dir.path(), options));
        QCOMPARE(stages.size(), 3); // evaluating, charts, thumbnails
        QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("report.html"))));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
