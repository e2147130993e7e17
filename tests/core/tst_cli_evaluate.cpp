// `maskbench-cli evaluate` and `predict` on a tiny Levi-Hassner run trained here (2 epochs, input
// 64, 72 real UTKFace images from ../shared/data): the files evaluate writes, its metrics against
// scikit-learn on its own predictions.csv, predict's probabilities against evaluate's for the same
// 20 images, the threshold saved with the run, bad input (unreadable and missing images, unseen
// labels, no checkpoint, a checkpoint of another class list, an empty split), and Grad-CAM on
// all three backbones (ResNet50V2 and InceptionV3 after one training step on tiny inputs).

#include "core/common/error.h"
#include "core/eval/inference.h"
#include "core/eval/predictions.h"
#include "core/io/csv.h"
#include "core/train/data_pipeline.h"
#include "core/train/trainer.h"
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <cmath>

using namespace maskbench;
using namespace maskbench::test;

namespace {

// predict --csv's stdout, parsed by the project's CSV reader.
CsvTable outputCsv(const QString &text)
{
    static int n = 0;
    const QString path = QDir::temp().filePath(QStringLiteral("tst_cli_evaluate_%1_%2.csv").arg(QCoreApplication::applicationPid()).arg(++n));
    writeText(path, text.toUtf8());
    CsvTable t = readCsv(path);
    QFile::remove(path);
    return t;
}

QString cliText(const CliResult &r) { return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err); }

} // namespace

class TestCliEvaluate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_run, m_evalCsv, m_out;
    QString m_evaluateOut; // stdout of the first evaluate
    QStringList m_testImages; // the 20 test images, absolute paths

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        // A balanced pick spread over the age-sorted labels.csv: 40 train, 12 val, 20 test.
        QByteArray train = "path,label,split,age\n", eval = "path,label,split,mask_type,age\n";
        for (const UtkFace &f : balancedUtkFaces(36, 97, 20, 6)) {
            if (f.split == QLatin1String("test")) {
                m_testImages.append(f.path);
                eval += csvLine({f.path, f.gender, f.split, f.index % 2 ? QStringLiteral("surgical") : QStringLiteral("none"), f.age}).toUtf8();
            } else {
                train += csvLine({f.path, f.gender, f.split, f.age}).toUtf8();
            }
        }
        QCOMPARE(m_testImages.size(), 20);
        // Bad rows the evaluation must count and survive: a truncated JPEG, a missing file, an unseen label.
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.jpg"));
        QVERIFY(writeTruncated(m_testImages.first(), truncated, 300));
        eval += csvLine({truncated, QStringLiteral("male"), QStringLiteral("test"), QStringLiteral("none"), QStringLiteral("30")}).toUtf8();
        eval += csvLine({m_dir.filePath(QStringLiteral("missing.jpg")), QStringLiteral("female"), QStringLiteral("test"),
                         QStringLiteral("none"), QStringLiteral("30")})
                    .toUtf8();
        const QString child = m_dir.filePath(QStringLiteral("child.jpg"));
        QVERIFY(QFile::copy(m_testImages.last(), child));
        eval += csvLine({child, QStringLiteral("child"), QStringLiteral("test"), QStringLiteral("none"), QStringLiteral("5")})
                    .toUtf8();
        const QString trainCsv = m_dir.filePath(QStringLiteral("train.csv"));
        m_evalCsv = m_dir.filePath(QStringLiteral("eval.csv"));
        QVERIFY(writeText(trainCsv, train));
        QVERIFY(writeText(m_evalCsv, eval));

        m_run = m_dir.filePath(QStringLiteral("run"));
        const CliResult t = runCli({QStringLiteral("train"), QStringLiteral("--data"), trainCsv, QStringLiteral("--model"), QStringLiteral("levi"),
                                    QStringLiteral("--input-size"), QStringLiteral("64"), QStringLiteral("--epochs"), QStringLiteral("2"),
                                    QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--optimizer"), QStringLiteral("adam"),
                                    QStringLiteral("--lr"), QStringLiteral("3e-4"), QStringLiteral("--threads"), QStringLiteral("2"),
                                    QStringLiteral("--quiet"), QStringLiteral("--out"), m_run});
        QVERIFY2(t.exitCode == 0, qPrintable(cliText(t)));
        QVERIFY(QFile::exists(m_run + QStringLiteral("/checkpoints/best.pt")));

        m_out = m_dir.filePath(QStringLiteral("eval"));
        // The report is core's: no workbench executable is needed or looked for.
        qputenv("MASKBENCH_GUI", m_dir.filePath(QStringLiteral("no-such-gui")).toUtf8());
        const CliResult e = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), m_evalCsv,
                                    QStringLiteral("--split"), QStringLiteral("test"), QStringLiteral("--out"), m_out});
        QVERIFY2(e.exitCode == 0, qPrintable(cliText(e)));
        QVERIFY2(e.out.contains(QStringLiteral("HTML report written: ") + QDir(m_out).filePath(QStringLiteral("report.html"))), qPrintable(cliText(e)));
        m_evaluateOut = e.out;
    }

    // evaluate writes the HTML report with its SVG charts itself, the workbench executable absent.
    void evaluateWritesTheReportWithoutTheWorkbench()
    {
        QVERIFY2(QFileInfo(QDir(m_out).filePath(QStringLiteral("report.html"))).size() > 1000, qPrintable(m_evaluateOut));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-gui"))));
        QFile html(QDir(m_out).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY2(page.contains(QStringLiteral("Coverage")) && page.contains(QStringLiteral("20 of 22 images answered (90.9%)")),
                 "the report states coverage next to accuracy");
        // The confusion matrix is an inline SVG heat map whose cells hold the 20 answered images.
        const QRegularExpression cell(QStringLiteral("<rect class=\"cell\" data-row=\"\\d+\" data-column=\"\\d+\" data-count=\"(\\d+)\""));
        int cells = 0;
        qint64 counted = 0;
        for (auto it = cell.globalMatch(page); it.hasNext(); ++cells)
            counted += it.next().captured(1).toLongLong();
        QVERIFY2(cells == 4 && counted == 20, qPrintable(QStringLiteral("%1 cells, %2 images").arg(cells).arg(counted)));
    }

    // --no-report writes every other file and no report.
    void evaluateWithoutReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("eval-noreport"));
        const CliResult e = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), m_evalCsv,
                                    QStringLiteral("--split"), QStringLiteral("test"), QStringLiteral("--out"), out, QStringLiteral("--no-report")});
        QVERIFY2(e.exitCode == 0, qPrintable(cliText(e)));
        for (const char *f : {"predictions.csv", "metrics.json", "comparison.csv", "comparison.txt", "evaluation.json"})
            QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(f))), f);
        QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("report.html"))));
        QVERIFY2(e.out.contains(QStringLiteral("report.html skipped: --no-report")), qPrintable(cliText(e)));
    }

    void evaluateWritesItsFiles()
    {
        for (const char *f : {"predictions.csv", "metrics.json", "comparison.csv", "comparison.txt", "evaluation.json"})
            QVERIFY2(QFile::exists(QDir(m_out).filePath(QLatin1String(f))), f);
        const PredictionTable t = readPredictions(QDir(m_out).filePath(QStringLiteral("predictions.csv")));
        QCOMPARE(t.classes, (QStringList{QStringLiteral("female"), QStringLiteral("male")}));
        QCOMPARE(int(t.rows.size()), 20); // 23 rows: truncated, missing and unseen-label ones skipped
        QVERIFY(t.attributeIndex(QStringLiteral("mask_type")) >= 0 && t.attributeIndex(QStringLiteral("age")) >= 0);
        for (const Prediction &p : t.rows) {
            QVERIFY(m_testImages.contains(p.path));
            QVERIFY(std::abs(p.probs[0] + p.probs[1] - 1.0) < 1e-12);
        }
        const QJsonObject ev = readJson(QDir(m_out).filePath(QStringLiteral("evaluation.json")));
        QCOMPARE(ev[QStringLiteral("split")].toString(), QStringLiteral("test"));
        QCOMPARE(ev[QStringLiteral("checkpoint")].toString(), QStringLiteral("best"));
        QCOMPARE(ev[QStringLiteral("model")][QStringLiteral("name")].toString(), QStringLiteral("levi-hassner"));
        QCOMPARE(ev[QStringLiteral("classes")].toArray().size(), 2);
        QVERIFY(!ev[QStringLiteral("created")].toString().isEmpty());
        QCOMPARE(ev[QStringLiteral("rows_in_split")].toInt(), 23);
        QCOMPARE(ev[QStringLiteral("unreadable")].toInt(), 2);
        QCOMPARE(ev[QStringLiteral("unseen_label_rows")].toInt(), 1);
        QCOMPARE(ev[QStringLiteral("unseen_labels")][QStringLiteral("child")].toInt(), 1);
        const QString unreadable = ev[QStringLiteral("unreadable_images")].toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(unreadable.contains(QStringLiteral("truncated.jpg")) && unreadable.contains(QStringLiteral("missing.jpg")), qPrintable(unreadable));
        // Coverage: 22 rows the model was asked about (the unseen label aside), 20 answered; the
        // two unreadable ones count as errors in the second accuracy.
        const QJsonObject cov = ev[QStringLiteral("coverage")].toObject();
        QCOMPARE(cov[QStringLiteral("given")].toInt(), 22);
        QCOMPARE(cov[QStringLiteral("answered")].toInt(), 20);
        int correct = 0;
        for (const Prediction &p : t.rows)
            correct += p.predicted == p.label ? 1 : 0;
        QCOMPARE(cov[QStringLiteral("correct")].toInt(), correct);
        QCOMPARE(cov[QStringLiteral("coverage")].toDouble(), 20.0 / 22.0);
        QCOMPARE(cov[QStringLiteral("accuracy_counting_skips")].toDouble(), correct / 22.0);
        QCOMPARE(cov[QStringLiteral("accuracy_answered")].toDouble(), correct / 20.0);
        QVERIFY2(m_evaluateOut.contains(QStringLiteral("answered 20 of 22 (90.9%)")), qPrintable(m_evaluateOut));
        QFile txt(QDir(m_out).filePath(QStringLiteral("comparison.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QVERIFY(txt.readAll().contains("run"));
    }

    void metricsEqualSklearn()
    {
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(MASKBENCH_REFERENCE_DIR "/sklearn_metrics.py"), QDir(m_out).filePath(QStringLiteral("predictions.csv"))});
        QVERIFY2(py.waitForFinished(120000), "sklearn reference did not finish");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject ref = QJsonDocument::fromJson(py.readAllStandardOutput()).array().first().toObject();
        const QJsonObject m = readJson(QDir(m_out).filePath(QStringLiteral("metrics.json")));
        int compared = 0;
        auto same = [&](const QString &what, const QJsonValue &ours, const QJsonValue &theirs) {
            ++compared;
            QVERIFY2(ours.isDouble() && theirs.isDouble() && std::abs(ours.toDouble() - theirs.toDouble()) <= 1e-9,
                     qPrintable(QStringLiteral("%1: ours %2, sklearn %3").arg(what).arg(ours.toDouble(), 0, 'g', 17).arg(theirs.toDouble(), 0, 'g', 17)));
        };
        same(QStringLiteral("accuracy"), m[QStringLiteral("accuracy")], ref[QStringLiteral("accuracy")]);
        same(QStringLiteral("balanced accuracy"), m[QStringLiteral("balanced_accuracy")], ref[QStringLiteral("balanced_accuracy")]);
        const QStringList classes{QStringLiteral("female"), QStringLiteral("male")};
        for (int i = 0; i < 2; ++i) {
            for (const char *k : {"precision", "recall", "f1"})
                same(QLatin1String(k), m[QStringLiteral("per_class")][classes[i]][QLatin1String(k)], ref[QLatin1String(k)][i]);
            for (int j = 0; j < 2; ++j)
                same(QStringLiteral("confusion"), m[QStringLiteral("confusion_matrix")][i][j], ref[QStringLiteral("confusion_matrix")][i][j]);
        }
        same(QStringLiteral("roc auc"), m[QStringLiteral("ranking")][QStringLiteral("roc_auc")], ref[QStringLiteral("roc_auc")]);
        same(QStringLiteral("average precision"), m[QStringLiteral("ranking")][QStringLiteral("average_precision")], ref[QStringLiteral("average_precision")]);
        QCOMPARE(compared, 14);
    }

    void predictAgreesWithEvaluate()
    {
        const PredictionTable t = readPredictions(QDir(m_out).filePath(QStringLiteral("predictions.csv")));
        const CliResult p = runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"),
                                               QStringLiteral("none"), QStringLiteral("--csv")}
                                   + m_testImages);
        QVERIFY2(p.exitCode == 0, qPrintable(cliText(p)));
        const CsvTable csv = outputCsv(p.out);
        QCOMPARE(int(csv.rows.size()), 20);
        const int pathCol = csv.column(QStringLiteral("path")), f = csv.column(QStringLiteral("prob_female")),
                  m = csv.column(QStringLiteral("prob_male")), status = csv.column(QStringLiteral("status"));
        double maxDiff = 0;
        int matched = 0;
        for (const auto &row : csv.rows) {
            QCOMPARE(row.fields[status], QStringLiteral("ok"));
            for (const Prediction &e : t.rows) {
                if (e.path != row.fields[pathCol])
                    continue;
                ++matched;
                maxDiff = std::max({maxDiff, std::abs(e.probs[0] - row.fields[f].toDouble()), std::abs(e.probs[1] - row.fields[m].toDouble())});
            }
        }
        QCOMPARE(matched, 20);
        qInfo("predict vs evaluate: largest probability difference %.3g over 20 images", maxDiff);
        QVERIFY2(maxDiff <= 1e-6, qPrintable(QString::number(maxDiff)));
    }

    void thresholdIsSavedAndUsedByPredict()
    {
        const QString out = m_dir.filePath(QStringLiteral("eval-threshold"));
        const CliResult e = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), m_evalCsv,
                                    QStringLiteral("--threshold"), QStringLiteral("0.9"), QStringLiteral("--no-report"), QStringLiteral("--out"), out});
        QVERIFY2(e.exitCode == 0, qPrintable(cliText(e)));
        const QJsonObject saved = readJson(QDir(m_run).filePath(QStringLiteral("threshold.json")));
        QCOMPARE(saved[QStringLiteral("threshold")].toDouble(), 0.9);
        QCOMPARE(readJson(QDir(out).filePath(QStringLiteral("evaluation.json")))[QStringLiteral("threshold")][QStringLiteral("value")].toDouble(), 0.9);
        // Every prediction in the table follows the threshold.
        const PredictionTable t = readPredictions(QDir(out).filePath(QStringLiteral("predictions.csv")));
        for (const Prediction &p : t.rows)
            QCOMPARE(p.predicted, p.probs[1] >= 0.9 ? 1 : 0);
        const CliResult p = runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"),
                                               QStringLiteral("none"), QStringLiteral("--csv")}
                                   + m_testImages.mid(0, 5));
        QVERIFY2(p.exitCode == 0, qPrintable(cliText(p)));
        const CsvTable csv = outputCsv(p.out);
        for (const auto &row : csv.rows)
            QCOMPARE(row.fields[csv.column(QStringLiteral("predicted"))],
                     row.fields[csv.column(QStringLiteral("prob_male"))].toDouble() >= 0.9 ? QStringLiteral("male") : QStringLiteral("female"));
        QVERIFY(QFile::remove(QDir(m_run).filePath(QStringLiteral("threshold.json"))));
    }

    // Issue 15: a checkpoint with one flipped byte inside a tensor is never used. The sidecar's
    // file hash catches it; without the sidecar, the tensor checksum inside the checkpoint does;
    // the message names the file and the intact copies; resume refuses a damaged last.pt.
    void damagedCheckpointsAreRefused()
    {
        const QString run = m_dir.filePath(QStringLiteral("run-damaged"));
        QVERIFY(QDir().mkpath(run + QStringLiteral("/checkpoints")));
        for (const QString &f : QDir(m_run).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(m_run).filePath(f), QDir(run).filePath(f)));
        for (const QString &f : QDir(m_run + QStringLiteral("/checkpoints")).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_run + QStringLiteral("/checkpoints/") + f, run + QStringLiteral("/checkpoints/") + f));
        const QString best = run + QStringLiteral("/checkpoints/best.pt"), last = run + QStringLiteral("/checkpoints/last.pt");
        QVERIFY(QFileInfo::exists(best + QStringLiteral(".sha256")));
        QVERIFY(QFileInfo::exists(last + QStringLiteral(".sha256")));
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/checkpoints/last.previous.pt"))); // 2 epochs: epoch 1's last kept

        // Flip one byte in the middle of the largest tensor's data (its zip entry, found with Python's zipfile).
        auto flip = [](const QString &path) {
            QProcess py;
            py.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                QStringLiteral("import zipfile,struct,sys\n"
                               "z=zipfile.ZipFile(sys.argv[1]); i=max(z.infolist(), key=lambda i: i.file_size)\n"
                               "f=open(sys.argv[1],'rb'); f.seek(i.header_offset); h=f.read(30)\n"
                               "n,e=struct.unpack('<HH', h[26:30]); print(i.header_offset+30+n+e+i.file_size//2)"), path});
            if (!py.waitForFinished(60000) || py.exitCode() != 0)
                return false;
            const qint64 at = QString::fromLatin1(py.readAllStandardOutput()).trimmed().toLongLong();
            QFile f(path);
            if (at <= 0 || !f.open(QIODevice::ReadWrite) || !f.seek(at))
                return false;
            char c = 0;
            f.getChar(&c);
            f.seek(at);
            return f.putChar(char(c ^ 0x10));
        };
        QVERIFY(flip(best));
        const QStringList eval{QStringLiteral("evaluate"), QStringLiteral("--run"), run, QStringLiteral("--data"), m_evalCsv,
                               QStringLiteral("--no-report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("eval-damaged"))};
        CliResult r = runCli(eval);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("best.pt is damaged")) && r.err.contains(QStringLiteral("SHA-256")), qPrintable(cliText(r)));
        QVERIFY2(r.err.contains(QStringLiteral("Intact copies")) && r.err.contains(QStringLiteral("last.pt (epoch 2)")), qPrintable(cliText(r)));
        qInfo().noquote() << r.err.trimmed();
        // Two damaged copies, both with sidecars: each is named as damaged, never as intact (the
        // listing of intact copies checks without messages, so it does not recurse between them).
        QVERIFY(flip(last));
        r = runCli(eval);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("best.pt is damaged")) && r.err.contains(QStringLiteral("last.previous.pt (epoch 1)"))
                     && !r.err.contains(QStringLiteral("last.pt (epoch")),
                 qPrintable(cliText(r)));
        // Copied without its sidecar: the tensor checksum inside the checkpoint still catches it.
        QVERIFY(QFile::remove(best + QStringLiteral(".sha256")));
        r = runCli(eval);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("model tensors hash")), qPrintable(cliText(r)));
        // Resume from the damaged last.pt: refused before any training, best.pt named as not intact.
        r = runCli({QStringLiteral("train"), QStringLiteral("--resume"), run, QStringLiteral("--quiet")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("last.pt is damaged")) && r.err.contains(QStringLiteral("last.previous.pt (epoch 1)"))
                     && !r.err.contains(QStringLiteral("best.pt (epoch")),
                 qPrintable(cliText(r)));
        // The intact copy works.
        QVERIFY(QFile::remove(last) && QFile::remove(last + QStringLiteral(".sha256")));
        QVERIFY(QFile::copy(run + QStringLiteral("/checkpoints/last.previous.pt"), last));
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), run, QStringLiteral("--checkpoint"), QStringLiteral("last"),
                    QStringLiteral("--data"), m_evalCsv, QStringLiteral("--no-report"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("eval-previous"))});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
    }

    // Issue 15: an --out folder whose predictions.csv is the --data file itself is refused before
    // the inference, and the file is left as it was.
    void evaluateNeverReplacesItsData()
    {
        const QString out = m_dir.filePath(QStringLiteral("eval-over-data"));
        QVERIFY(QDir().mkpath(out));
        const QString data = QDir(out).filePath(QStringLiteral("predictions.csv"));
        QVERIFY(QFile::copy(m_evalCsv, data));
        QFile f(data);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), data,
                                    QStringLiteral("--no-report"), QStringLiteral("--out"), out});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("would replace")) && r.err.contains(QStringLiteral("predictions.csv")), qPrintable(cliText(r)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("evaluation.json"))));
    }

    void badInput()
    {
        // A run folder without checkpoints.
        const QString empty = m_dir.filePath(QStringLiteral("run-without-checkpoint"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(QFile::copy(QDir(m_run).filePath(QStringLiteral("config.json")), QDir(empty).filePath(QStringLiteral("config.json"))));
        CliResult r = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), empty, QStringLiteral("--data"), m_evalCsv, QStringLiteral("--no-report")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no checkpoint")) && r.err.contains(QStringLiteral("no checkpoints")), qPrintable(cliText(r)));

        // A checkpoint made for another class list: the run's config says three classes.
        const QString other = m_dir.filePath(QStringLiteral("run-other-classes"));
        QVERIFY(QDir().mkpath(other + QStringLiteral("/checkpoints")));
        QVERIFY(QFile::copy(QDir(m_run).filePath(QStringLiteral("checkpoints/best.pt")), QDir(other).filePath(QStringLiteral("checkpoints/best.pt"))));
        QJsonObject config = readJson(QDir(m_run).filePath(QStringLiteral("config.json")));
        config[QStringLiteral("classes")] = QJsonArray{QStringLiteral("child"), QStringLiteral("female"), QStringLiteral("male")};
        QJsonObject model = config[QStringLiteral("model")].toObject();
        model[QStringLiteral("classes")] = 3;
        config[QStringLiteral("model")] = model;
        QVERIFY(writeText(QDir(other).filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson()));
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), other, QStringLiteral("--data"), m_evalCsv, QStringLiteral("--no-report")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another model or class list")), qPrintable(cliText(r)));

        // A split the data does not have.
        r = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), m_evalCsv, QStringLiteral("--split"),
                    QStringLiteral("val"), QStringLiteral("--no-report"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("eval-val"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no rows in split 'val'")) && r.err.contains(QStringLiteral("test 23")), qPrintable(cliText(r)));

        // predict: an unreadable image and a missing one are listed and counted; the rest predicts.
        r = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"), QStringLiteral("none"),
                    m_testImages[0], m_dir.filePath(QStringLiteral("truncated.jpg")), m_dir.filePath(QStringLiteral("nothing.jpg"))});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY2(r.out.contains(QStringLiteral("truncated.jpg: cannot be read as an image")), qPrintable(cliText(r)));
        QVERIFY2(r.out.contains(QStringLiteral("2 image(s): 1 predicted (coverage 50.0%), 0 without a usable face, 1 unreadable; 1 input(s) not found")),
                 qPrintable(cliText(r)));
        QVERIFY2(r.err.contains(QStringLiteral("nothing.jpg: does not exist")), qPrintable(cliText(r)));
    }

    void predictFindsNoFace()
    {
        // A flat grey picture has no face: --crop face says so instead of predicting.
        const QString grey = m_dir.filePath(QStringLiteral("grey.png"));
        QVERIFY(cv::imwrite(grey.toStdString(), cv::Mat(120, 120, CV_8UC3, cv::Scalar(128, 128, 128))));
        const CliResult r = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"), QStringLiteral("face"),
                                    grey, m_testImages[1]});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY2(r.out.contains(QStringLiteral("grey.png: no face found")), qPrintable(cliText(r)));
        QVERIFY2(r.out.contains(QStringLiteral("[face crop]")) || r.out.contains(QStringLiteral("[already a face crop]")), qPrintable(cliText(r)));
        QVERIFY(QFile::exists(QDir(m_run).filePath(QStringLiteral("input_preparation.json"))));
        QVERIFY(readJson(QDir(m_run).filePath(QStringLiteral("input_preparation.json")))[QStringLiteral("face_crops")].toBool());
    }

    void preprocessingMatchesTraining()
    {
        std::unique_ptr<RunModel> model = RunModel::open(m_run, QStringLiteral("best"), 2);
        PipelineOptions o;
        o.width = o.height = model->input().size;
        o.scale = model->input().scale;
        o.interpolation = model->input().interpolation;
        for (const QString &path : m_testImages.mid(0, 3)) {
            const std::vector<float> ours = preprocessImage(cv::imread(path.toStdString(), cv::IMREAD_COLOR), model->input());
            QVERIFY(ours == loadImageTensor(path, o, 0, false));
        }
    }

    void gradCam()
    {
        std::unique_ptr<RunModel> model = RunModel::open(m_run, QStringLiteral("best"), 2);
        const cv::Mat image = cv::imread(m_testImages[2].toStdString(), cv::IMREAD_COLOR);
        const GradCamResult c0 = model->gradCam(image, 0);
        const GradCamResult c1 = model->gradCam(image, 1);
        QCOMPARE(c0.layer, QStringLiteral("conv3"));
        for (const GradCamResult *g : {&c0, &c1}) {
            QCOMPARE(g->heat.type(), CV_32F);
            QCOMPARE(g->heat.rows, image.rows);
            QCOMPARE(g->heat.cols, image.cols);
            QVERIFY(cv::checkRange(g->heat, true, nullptr, 0.0, 1.0 + 1e-6));
            QVERIFY(cv::checkRange(g->raw));
            QVERIFY(g->raw.rows > 1 && g->raw.cols > 1);
        }
        // The class changes the map (for one sigmoid output, class 0's gradient is class 1's negated).
        QVERIFY(cv::norm(c0.raw, c1.raw, cv::NORM_INF) > 0);
        // Grad-CAM's own forward pass (conv3 before its pooling) gives the model's probabilities.
        const std::vector<double> p = model->predict(image);
        QVERIFY(std::abs(p[1] - c0.probs[1]) < 1e-6);
        const GradCamResult predicted = model->gradCam(image);
        QCOMPARE(predicted.targetClass, p[1] >= 0.5 ? 1 : 0);
        QVERIFY_THROWS_EXCEPTION(maskbench::Error, model->gradCam(image, 5));
        const cv::Mat overlay = overlayHeatMap(image, c1.heat);
        QCOMPARE(overlay.size(), image.size());

        // predict --gradcam writes overlays.
        const QString dir = m_dir.filePath(QStringLiteral("gradcam"));
        const CliResult r = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_run, QStringLiteral("--crop"), QStringLiteral("none"),
                                    QStringLiteral("--gradcam"), dir, m_testImages[2]});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(!cv::imread(QDir(dir).filePath(QFileInfo(m_testImages[2]).completeBaseName() + QStringLiteral("_gradcam.png")).toStdString()).empty());
    }

    void gradCamOtherModels_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("input");
        QTest::addColumn<QString>("layer");
        QTest::newRow("resnet50v2") << QStringLiteral("resnet50v2") << 64 << QStringLiteral("post_bn");
        QTest::newRow("inceptionv3") << QStringLiteral("inceptionv3") << 75 << QStringLiteral("mixed10");
    }

    // The other backbones' last stage: one training step makes a checkpoint to open.
    void gradCamOtherModels()
    {
        QFETCH(QString, model);
        QFETCH(int, input);
        QFETCH(QString, layer);
        TrainConfig c;
        c.data = m_dir.filePath(QStringLiteral("train.csv"));
        c.model.name = model;
        c.model.inputSize = input;
        c.model.head = QStringLiteral("gap");
        c.model.hiddenUnits = 16;
        c.stages = {{QStringLiteral("full"), 1}};
        c.batchSize = 16;
        c.threads = 2;
        c.limitTrain = 16;
        c.limitVal = 4;
        c.outDir = m_dir.filePath(QStringLiteral("run-") + model);
        runTraining(c);
        std::unique_ptr<RunModel> net = RunModel::open(c.outDir, QStringLiteral("last"), 2);
        const cv::Mat image = cv::imread(m_testImages[3].toStdString(), cv::IMREAD_COLOR);
        const GradCamResult c0 = net->gradCam(image, 0);
        const GradCamResult c1 = net->gradCam(image, 1);
        QCOMPARE(c1.layer, layer);
        QCOMPARE(c1.heat.size(), image.size());
        QVERIFY(cv::checkRange(c0.heat) && cv::checkRange(c1.heat));
        QVERIFY(cv::norm(c0.raw, c1.raw, cv::NORM_INF) > 0);
        const std::vector<double> p = net->predict(image);
        QVERIFY(std::abs(p[1] - c1.probs[1]) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
