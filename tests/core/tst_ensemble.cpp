// Ensembles and test-time flip (eval/ensemble.h, InferenceOptions::flip, `evaluate`/`predict`
// with several --run and --flip), on tiny real runs trained here in seconds on real UTKFace faces
// from ../shared/data: two Levi-Hassner runs (input 64, 2 epochs, different seeds), one face-resnet
// run (frozen, 1 epoch, dlib-aligned chips found with HOG) and one Levi-Hassner run whose classes
// are named differently. The ensemble's probabilities must be the mean of the members' own
// predictions.csv to 1e-12; an image one member skips (no face for face-resnet) is skipped and
// counted; mismatched classes are refused naming the runs; flip of a mirror-symmetric image changes
// nothing; flip of an asymmetric one is the mean of the image's and its mirrored file's
// probabilities.

#include "core/common/error.h"
#include "core/eval/ensemble.h"
#include "core/eval/inference.h"
#include "core/eval/predictions.h"
#include "core/io/csv.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace maskbench;
using namespace maskbench::test;

namespace {

QString cliText(const CliResult &r) { return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err); }

QHash<QString, double> probMale(const PredictionTable &t)
{
    QHash<QString, double> out;
    const int male = int(t.classes.indexOf(QStringLiteral("male")));
    for (const Prediction &p : t.rows)
        out.insert(p.path, p.probs[size_t(male)]);
    return out;
}

// predict --csv's rows: path -> prob_male ("" for rows without a prediction).
QHash<QString, QString> predictCsv(const QString &text, const QString &scratch)
{
    writeText(scratch, text.toUtf8());
    const CsvTable t = readCsv(scratch);
    QHash<QString, QString> out;
    const int path = t.column(QStringLiteral("path")), male = t.column(QStringLiteral("prob_male"));
    for (const auto &r : t.rows)
        out.insert(r.fields[path], r.fields[male]);
    return out;
}

} // namespace

class TestEnsemble : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_levA, m_levB, m_face, m_other, m_evalCsv, m_faceless;
    QStringList m_testImages;
    QString m_faceApiDir;

    QString trainLevi(const QString &trainCsv, const QString &name, const QString &seed)
    {
        const QString out = m_dir.filePath(name);
        const CliResult t = runCli({QStringLiteral("train"), QStringLiteral("--data"), trainCsv, QStringLiteral("--model"), QStringLiteral("levi"),
                                    QStringLiteral("--input-size"), QStringLiteral("64"), QStringLiteral("--epochs"), QStringLiteral("2"),
                                    QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--optimizer"), QStringLiteral("adam"),
                                    QStringLiteral("--lr"), QStringLiteral("3e-4"), QStringLiteral("--seed"), seed, QStringLiteral("--threads"),
                                    QStringLiteral("2"), QStringLiteral("--quiet"), QStringLiteral("--out"), out});
        if (t.exitCode != 0)
            qWarning("%s", qPrintable(cliText(t)));
        return t.exitCode == 0 ? out : QString();
    }

    InferenceOptions testSplit() const
    {
        InferenceOptions o;
        o.data = m_evalCsv;
        o.split = QStringLiteral("test");
        o.threads = 2;
        o.batchSize = 8;
        o.faceMethod = QStringLiteral("hog");
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        m_faceApiDir = qEnvironmentVariable("MASKBENCH_FACEAPI_DIR");
        // 20 train, 6 val, 10 test per gender, spread over the age-sorted labels.csv.
        QByteArray train = "path,label,split\n", renamed = "path,label,split\n", eval = "path,label,split\n";
        for (const UtkFace &f : balancedUtkFaces(36, 97, 20, 6)) {
            if (f.split == QLatin1String("test")) {
                m_testImages.append(f.path);
                eval += csvLine({f.path, f.gender, f.split}).toUtf8();
            } else {
                train += csvLine({f.path, f.gender, f.split}).toUtf8();
                renamed += csvLine({f.path, f.gender == QLatin1String("male") ? QStringLiteral("man") : QStringLiteral("woman"), f.split}).toUtf8();
            }
        }
        QCOMPARE(m_testImages.size(), 20);
        // No face here: face-resnet skips it, Levi-Hassner (whole images) answers it.
        m_faceless = m_dir.filePath(QStringLiteral("pattern.png"));
        QVERIFY(writeImage(m_faceless, 160, 160, 3));
        eval += csvLine({m_faceless, QStringLiteral("male"), QStringLiteral("test")}).toUtf8();
        const QString trainCsv = m_dir.filePath(QStringLiteral("train.csv"));
        const QString renamedCsv = m_dir.filePath(QStringLiteral("renamed.csv"));
        m_evalCsv = m_dir.filePath(QStringLiteral("eval.csv"));
        QVERIFY(writeText(trainCsv, train));
        QVERIFY(writeText(renamedCsv, renamed));
        QVERIFY(writeText(m_evalCsv, eval));

        m_levA = trainLevi(trainCsv, QStringLiteral("levi-a"), QStringLiteral("1"));
        m_levB = trainLevi(trainCsv, QStringLiteral("levi-b"), QStringLiteral("2"));
        m_other = trainLevi(renamedCsv, QStringLiteral("levi-renamed"), QStringLiteral("3"));
        QVERIFY(!m_levA.isEmpty() && !m_levB.isEmpty() && !m_other.isEmpty());

        if (QFileInfo::exists(m_faceApiDir + QStringLiteral("/node_modules/@vladmandic/face-api/model/face_recognition_model.bin"))) {
            m_face = m_dir.filePath(QStringLiteral("face"));
            const CliResult t = runCli({QStringLiteral("train"), QStringLiteral("--data"), trainCsv, QStringLiteral("--model"),
                                        QStringLiteral("face-resnet"), QStringLiteral("--stages"), QStringLiteral("frozen:1"),
                                        QStringLiteral("--hidden"), QStringLiteral("16"), QStringLiteral("--batch"), QStringLiteral("8"),
                                        QStringLiteral("--optimizer"), QStringLiteral("adam"), QStringLiteral("--lr"), QStringLiteral("1e-3"),
                                        QStringLiteral("--face-method"), QStringLiteral("hog"), QStringLiteral("--landmark-cache"),
                                        m_dir.filePath(QStringLiteral("landmarks.sqlite")), QStringLiteral("--face-chips"),
                                        m_dir.filePath(QStringLiteral("chips")), QStringLiteral("--threads"), QStringLiteral("2"),
                                        QStringLiteral("--quiet"), QStringLiteral("--out"), m_face});
            QVERIFY2(t.exitCode == 0, qPrintable(cliText(t)));
        }
    }

    // The arithmetic on tables: mean per class, rows every member answered, partial ones listed.
    void meanOfTablesIsPerClassMean()
    {
        PredictionTable a, b;
        a.classes = b.classes = QStringList{QStringLiteral("female"), QStringLiteral("male")};
        auto row = [](const char *path, int label, double male) {
            Prediction p;
            p.path = QString::fromLatin1(path);
            p.label = label;
            p.probs = {1.0 - male, male};
            return p;
        };
        a.rows = {row("x", 1, 0.9), row("y", 0, 0.2), row("only-a", 1, 0.7)};
        b.rows = {row("y", 0, 0.7), row("x", 1, 0.3)};
        QStringList partial;
        const PredictionTable m = meanPredictions({a, b}, {QStringLiteral("A"), QStringLiteral("B")}, &partial);
        QCOMPARE(int(m.rows.size()), 2);
        QCOMPARE(m.rows[0].path, QStringLiteral("x"));
        QVERIFY(std::abs(m.rows[0].probs[1] - 0.6) < 1e-15 && std::abs(m.rows[0].probs[0] - 0.4) < 1e-15);
        QCOMPARE(m.rows[0].predicted, 1);
        QVERIFY(std::abs(m.rows[1].probs[1] - 0.45) < 1e-15);
        QCOMPARE(m.rows[1].predicted, 0); // 0.55 female: the mean flips B's answer
        QCOMPARE(partial, QStringList{QStringLiteral("only-a: not answered by B")});
        b.classes = QStringList{QStringLiteral("woman"), QStringLiteral("man")};
        try {
            meanPredictions({a, b}, {QStringLiteral("A"), QStringLiteral("B")});
            QFAIL("tables with other classes were averaged");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("woman,man")) && e.message().contains(QStringLiteral("female,male")), qPrintable(e.message()));
        }
    }

    // evaluate --run A --run B: its predictions.csv is the mean of evaluate --run A's and --run B's.
    void ensembleIsTheMeanOfTheMembersPredictions()
    {
        QHash<QString, double> member[2];
        const QString runs[2] = {m_levA, m_levB};
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(QStringLiteral("eval-%1").arg(i));
            const CliResult e = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), runs[i], QStringLiteral("--data"), m_evalCsv,
                                        QStringLiteral("--out"), out, QStringLiteral("--no-report")});
            QVERIFY2(e.exitCode == 0, qPrintable(cliText(e)));
            member[i] = probMale(readPredictions(QDir(out).filePath(QStringLiteral("predictions.csv"))));
            QCOMPARE(member[i].size(), 21);
        }
        const QString out = m_dir.filePath(QStringLiteral("eval-ab"));
        const CliResult e = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_levA, QStringLiteral("--run"), m_levB,
                                    QStringLiteral("--data"), m_evalCsv, QStringLiteral("--out"), out, QStringLiteral("--no-report")});
        QVERIFY2(e.exitCode == 0, qPrintable(cliText(e)));
        for (const char *f : {"predictions.csv", "metrics.json", "comparison.csv", "evaluation.json"})
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(QString::fromLatin1(f))), f);
        const PredictionTable ens = readPredictions(QDir(out).filePath(QStringLiteral("predictions.csv")));
        QCOMPARE(int(ens.rows.size()), 21);
        double largestGap = 0; // the members must differ, or the mean proves nothing
        for (const Prediction &p : ens.rows) {
            QVERIFY2(member[0].contains(p.path) && member[1].contains(p.path), qPrintable(p.path));
            const double a = member[0].value(p.path), b = member[1].value(p.path);
            largestGap = std::max(largestGap, std::abs(a - b));
            QVERIFY2(std::abs(p.probs[1] - (a + b) / 2) < 1e-12,
                     qPrintable(QStringLiteral("%1: ensemble %2, members %3 %4").arg(p.path).arg(p.probs[1], 0, 'g', 17).arg(a).arg(b)));
            QVERIFY(std::abs(p.probs[0] + p.probs[1] - 1.0) < 1e-12);
        }
        QVERIFY2(largestGap > 1e-4, qPrintable(QString::number(largestGap)));
        const QJsonObject ev = readJson(QDir(out).filePath(QStringLiteral("evaluation.json")));
        QCOMPARE(ev.value(QStringLiteral("ensemble")).toBool(), true);
        const QJsonArray members = ev.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].toObject().value(QStringLiteral("run")).toString(), QFileInfo(m_levA).absoluteFilePath());
        QCOMPARE(members[1].toObject().value(QStringLiteral("run")).toString(), QFileInfo(m_levB).absoluteFilePath());
        QCOMPARE(ev.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("answered")).toInt(), 21);
        QVERIFY2(e.out.contains(QStringLiteral("Ensemble of 2 runs")), qPrintable(e.out));

        // predict --run A --run B: the mean of the single-run predictions, to the printed 17 digits.
        const QStringList images = m_testImages.mid(0, 4);
        const QString scratch = m_dir.filePath(QStringLiteral("predict.csv"));
        QHash<QString, QString> single[2];
        for (int i = 0; i < 2; ++i) {
            const CliResult p = runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--run"), runs[i], QStringLiteral("--crop"),
                                                   QStringLiteral("none"), QStringLiteral("--csv")} + images);
            QVERIFY2(p.exitCode == 0, qPrintable(cliText(p)));
            single[i] = predictCsv(p.out, scratch);
        }
        const CliResult p = runCli(QStringList{QStringLiteral("predict"), QStringLiteral("--run"), m_levA, QStringLiteral("--run"), m_levB,
                                               QStringLiteral("--crop"), QStringLiteral("none"), QStringLiteral("--csv")} + images);
        QVERIFY2(p.exitCode == 0, qPrintable(cliText(p)));
        const QHash<QString, QString> both = predictCsv(p.out, scratch);
        QCOMPARE(both.size(), 4);
        for (const QString &img : images) {
            const double a = single[0].value(img).toDouble(), b = single[1].value(img).toDouble();
            QVERIFY2(std::abs(both.value(img).toDouble() - (a + b) / 2) < 1e-12, qPrintable(img));
        }
    }

    // face-resnet finds no face on the pattern image: the ensemble skips it and counts it.
    void imageSkippedByOneMemberIsSkipped()
    {
        if (m_face.isEmpty())
            QSKIP(qPrintable(QStringLiteral("face-api is not in %1: run scripts/fetch-face-api.sh").arg(m_faceApiDir)));
        InferenceOptions o = testSplit();
        o.runDir = m_face;
        const InferenceResult face = runInference(o);
        QVERIFY(face.noFacePaths.contains(m_faceless));
        const EnsembleResult e = runEnsemble({m_levA, m_face}, o);
        QCOMPARE(int(e.members.size()), 2);
        QCOMPARE(int(e.members[0].result.table.rows.size()), 21); // Levi-Hassner answers everything
        const InferenceResult &c = e.combined;
        QCOMPARE(c.given(), qint64(21));
        QCOMPARE(qint64(c.table.rows.size()), qint64(face.table.rows.size()));
        QCOMPARE(e.partial, 21 - qint64(face.table.rows.size()));
        QCOMPARE(c.noFace, e.partial);
        QVERIFY(c.coverage() < 1.0);
        QVERIFY(std::abs(c.coverage() - double(face.table.rows.size()) / 21.0) < 1e-12);
        for (const Prediction &p : c.table.rows)
            QVERIFY(p.path != m_faceless);
        QVERIFY2(e.partialPaths.join(' ').contains(m_faceless + QStringLiteral(": not answered by")), qPrintable(e.partialPaths.join('\n')));
        // Each member's own preprocessing: the mean of the members' runInference tables.
        const QHash<QString, double> lev = probMale(e.members[0].result.table), fr = probMale(face.table);
        for (const Prediction &p : c.table.rows)
            QVERIFY(std::abs(p.probs[1] - (lev.value(p.path) + fr.value(p.path)) / 2) < 1e-12);

        const QString out = m_dir.filePath(QStringLiteral("eval-face"));
        const CliResult cli = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_levA, QStringLiteral("--run"), m_face,
                                      QStringLiteral("--data"), m_evalCsv, QStringLiteral("--face-method"), QStringLiteral("hog"),
                                      QStringLiteral("--out"), out, QStringLiteral("--no-report")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cliText(cli)));
        const QJsonObject ev = readJson(QDir(out).filePath(QStringLiteral("evaluation.json")));
        QCOMPARE(ev.value(QStringLiteral("skipped_by_some_runs")).toInt(), int(e.partial));
        QCOMPARE(ev.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("given")).toInt(), 21);
        QCOMPARE(ev.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("answered")).toInt(), int(c.table.rows.size()));
        QVERIFY(ev.value(QStringLiteral("no_face_images")).toArray().contains(QJsonValue(m_faceless)));

        const CliResult p = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_levA, QStringLiteral("--run"), m_face,
                                    QStringLiteral("--face-method"), QStringLiteral("hog"), QStringLiteral("--crop"), QStringLiteral("none"),
                                    QStringLiteral("--csv"), m_faceless, c.table.rows.front().path});
        QVERIFY2(p.exitCode == 0, qPrintable(cliText(p)));
        QVERIFY2(p.out.contains(m_faceless + QStringLiteral(",no_face,")), qPrintable(p.out));
        QVERIFY2(p.err.contains(QStringLiteral("1 predicted")), qPrintable(p.err));
    }

    void mismatchedClassesAreRefused()
    {
        InferenceOptions o = testSplit();
        try {
            runEnsemble({m_levA, m_other}, o);
            QFAIL("an ensemble of runs with other class names ran");
        } catch (const Error &e) {
            for (const QString &s : {QFileInfo(m_levA).fileName(), QFileInfo(m_other).fileName(), QStringLiteral("female,male"),
                                     QStringLiteral("man,woman")})
                QVERIFY2(e.message().contains(s), qPrintable(e.message() + QStringLiteral(" lacks ") + s));
        }
        const CliResult cli = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_levA, QStringLiteral("--run"), m_other,
                                      QStringLiteral("--data"), m_evalCsv, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never")),
                                      QStringLiteral("--no-report")});
        QVERIFY(cli.exitCode != 0);
        QVERIFY2(cli.err.contains(QStringLiteral("same classes")), qPrintable(cliText(cli)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never/predictions.csv"))));
    }

    // A mirror-symmetric image at the input size: its mirror is the same input, flip changes nothing.
    void flipOfASymmetricImageChangesNothing()
    {
        cv::Mat face = cv::imread(m_testImages[0].toStdString(), cv::IMREAD_COLOR);
        QVERIFY(!face.empty());
        cv::resize(face, face, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
        cv::Mat left = face(cv::Rect(0, 0, 32, 64)).clone(), right;
        cv::flip(left, right, 1);
        cv::Mat symmetric;
        cv::hconcat(left, right, symmetric);
        cv::Mat mirrored;
        cv::flip(symmetric, mirrored, 1);
        QCOMPARE(cv::norm(symmetric, mirrored, cv::NORM_INF), 0.0);
        const QString path = m_dir.filePath(QStringLiteral("symmetric.png"));
        QVERIFY(cv::imwrite(path.toStdString(), symmetric));
        // With an asymmetric neighbour in the same batch, so the flip really runs.
        const QString csv = m_dir.filePath(QStringLiteral("symmetric.csv"));
        QVERIFY(writeText(csv, "path,label,split\n" + csvLine({path, QStringLiteral("female"), QStringLiteral("test")}).toUtf8() +
                                   csvLine({m_testImages[1], QStringLiteral("male"), QStringLiteral("test")}).toUtf8()));
        InferenceOptions o = testSplit();
        o.runDir = m_levA;
        o.data = csv;
        const InferenceResult plain = runInference(o);
        o.flip = true;
        const InferenceResult flipped = runInference(o);
        QCOMPARE(plain.table.rows[0].path, path);
        QVERIFY2(std::abs(plain.table.rows[0].probs[1] - flipped.table.rows[0].probs[1]) < 1e-12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(plain.table.rows[0].probs[1], 0, 'g', 17).arg(flipped.table.rows[0].probs[1], 0, 'g', 17)));
        QVERIFY2(std::abs(plain.table.rows[1].probs[1] - flipped.table.rows[1].probs[1]) > 1e-7, "flip changed nothing on a real face");
    }

    // Asymmetric images: flip gives the mean of the image's and its mirrored file's probabilities.
    void flipIsTheMeanOfImageAndMirror()
    {
        QByteArray originals = "path,label,split\n", mirrors = "path,label,split\n";
        QStringList mirrorPaths;
        for (int i = 0; i < 6; ++i) {
            const cv::Mat img = cv::imread(m_testImages[i].toStdString(), cv::IMREAD_COLOR);
            cv::Mat m;
            cv::flip(img, m, 1);
            const QString path = m_dir.filePath(QStringLiteral("mirror-%1.png").arg(i)); // lossless: the exact mirrored pixels
            QVERIFY(cv::imwrite(path.toStdString(), m));
            mirrorPaths.append(path);
            originals += csvLine({m_testImages[i], QStringLiteral("male"), QStringLiteral("test")}).toUtf8();
            mirrors += csvLine({path, QStringLiteral("male"), QStringLiteral("test")}).toUtf8();
        }
        const QString origCsv = m_dir.filePath(QStringLiteral("originals.csv")), mirrorCsv = m_dir.filePath(QStringLiteral("mirrors.csv"));
        QVERIFY(writeText(origCsv, originals));
        QVERIFY(writeText(mirrorCsv, mirrors));
        for (const QString &run : {m_levA, m_levB}) {
            InferenceOptions o = testSplit();
            o.runDir = run;
            o.data = origCsv;
            const InferenceResult plain = runInference(o);
            o.flip = true;
            const InferenceResult flipped = runInference(o);
            o.flip = false;
            o.data = mirrorCsv;
            const InferenceResult mirrored = runInference(o);
            QCOMPARE(int(flipped.table.rows.size()), 6);
            double largestGap = 0;
            for (int i = 0; i < 6; ++i) {
                const double a = plain.table.rows[size_t(i)].probs[1], b = mirrored.table.rows[size_t(i)].probs[1];
                largestGap = std::max(largestGap, std::abs(a - b));
                QVERIFY2(std::abs(flipped.table.rows[size_t(i)].probs[1] - (a + b) / 2) < 1e-12,
                         qPrintable(QStringLiteral("%1: flip %2, image %3, mirror %4").arg(m_testImages[i]).arg(flipped.table.rows[size_t(i)].probs[1], 0, 'g', 17).arg(a).arg(b)));
            }
            QVERIFY2(largestGap > 1e-5, qPrintable(QString::number(largestGap))); // the mirrors are other inputs
        }
        // predict --flip: the mean of predict on the file and on the mirrored file.
        const QString scratch = m_dir.filePath(QStringLiteral("predict-flip.csv"));
        const CliResult f = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_levA, QStringLiteral("--crop"), QStringLiteral("none"),
                                    QStringLiteral("--flip"), QStringLiteral("--csv"), m_testImages[0]});
        const CliResult a = runCli({QStringLiteral("predict"), QStringLiteral("--run"), m_levA, QStringLiteral("--crop"), QStringLiteral("none"),
                                    QStringLiteral("--csv"), m_testImages[0], mirrorPaths[0]});
        QVERIFY2(f.exitCode == 0 && a.exitCode == 0, qPrintable(cliText(f) + cliText(a)));
        const QHash<QString, QString> fp = predictCsv(f.out, scratch), ap = predictCsv(a.out, scratch);
        const double expected = (ap.value(m_testImages[0]).toDouble() + ap.value(mirrorPaths[0]).toDouble()) / 2;
        QVERIFY2(std::abs(fp.value(m_testImages[0]).toDouble() - expected) < 1e-12, qPrintable(f.out + a.out));

        // Flip with face chips: the mirrored chip. The flipped ensemble stays the mean of flipped members.
        if (m_face.isEmpty())
            return;
        InferenceOptions o = testSplit();
        o.flip = true;
        const EnsembleResult e = runEnsemble({m_levA, m_face}, o);
        const QHash<QString, double> lev = probMale(e.members[0].result.table), fr = probMale(e.members[1].result.table);
        o.flip = false;
        o.runDir = m_face;
        const QHash<QString, double> frPlain = probMale(runInference(o).table);
        double chipGap = 0;
        for (const Prediction &p : e.combined.table.rows) {
            QVERIFY(std::abs(p.probs[1] - (lev.value(p.path) + fr.value(p.path)) / 2) < 1e-12);
            chipGap = std::max(chipGap, std::abs(fr.value(p.path) - frPlain.value(p.path)));
        }
        QVERIFY2(chipGap > 1e-7, "flip changed nothing for face-resnet");
    }
};

QTEST_GUILESS_MAIN(TestEnsemble)
#include "tst_ensemble.moc"
