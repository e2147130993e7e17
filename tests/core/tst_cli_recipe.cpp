// `maskbench-cli recipe masked-faces` end to end on real UTKFace photos (../shared/data), in a
// cache folder of its own so the recipe builds its masked-face models from its training photos:
// split -> models -> augment -> train (frozen, fine-tuned) -> threshold on val -> test. Then a
// second call that reuses every finished step, a leave-one-mask-out run whose training never
// sees the held-out mask, and the messages for inputs that cannot work.

#include "core/io/csv.h"
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace maskbench;

namespace {

constexpr int kImages = 160;

// Rows of a CSV manifest as column -> value maps (io/csv's reader).
QList<QMap<QString, QString>> readRows(const QString &path)
{
    QList<QMap<QString, QString>> rows;
    if (!QFileInfo::exists(path))
        return rows;
    const CsvTable table = readCsv(path);
    for (const auto &r : table.rows) {
        QMap<QString, QString> row;
        for (int i = 0; i < table.header.size() && i < r.fields.size(); ++i)
            row.insert(table.header[i], r.fields[i]);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestCliRecipe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_env;
    QString m_labels;

    test::CliResult recipe(const QString &out, const QStringList &extra = {})
    {
        QStringList args{QStringLiteral("recipe"), QStringLiteral("masked-faces"), m_labels, QStringLiteral("--label-column"),
                         QStringLiteral("gender"), QStringLiteral("--out"), out, QStringLiteral("--images"),
                         QString::number(kImages), QStringLiteral("--model-images"), QStringLiteral("100"),
                         QStringLiteral("--frozen"), QStringLiteral("2"), QStringLiteral("--finetune"), QStringLiteral("1"),
                         QStringLiteral("--seed"), QStringLiteral("3")};
        return test::runCli(args + extra, m_env, 900000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::sharedDataProblem().isEmpty(), qPrintable(test::sharedDataProblem()));
        QVERIFY(m_dir.isValid());
        m_labels = test::sharedDataDir() + QStringLiteral("/utkface-dev/labels.csv");
        // Its own cache: no masked-face models yet, so the recipe must build them.
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    }

    void wholeRecipeOnRealPhotos()
    {
        const QString out = m_dir.filePath(QStringLiteral("recipe"));
        const test::CliResult r = recipe(out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000) + r.err));
        // Each step is printed as the command it runs, so a user can repeat or change it.
        for (const char *command : {"$ maskbench-cli faces train-masked", "$ maskbench-cli augment", "$ maskbench-cli train",
                                    "--threshold best-acc", "--split test"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);

        // 1. The photos' split; the masked copies keep it (no photo on two sides).
        const auto photos = readRows(QDir(out).filePath(QStringLiteral("faces-split.csv")));
        QCOMPARE(photos.size(), kImages);
        QMap<QString, QString> splitOf;
        for (const auto &row : photos)
            splitOf.insert(QFileInfo(row.value(QStringLiteral("path"))).fileName(), row.value(QStringLiteral("split")));
        const auto masked = readRows(QDir(out).filePath(QStringLiteral("masked/manifest.csv")));
        QVERIFY(masked.size() > kImages * 9 / 10);
        QSet<QString> types;
        for (const auto &row : masked) {
            QCOMPARE(row.value(QStringLiteral("split")), splitOf.value(QFileInfo(row.value(QStringLiteral("source"))).fileName()));
            types.insert(row.value(QStringLiteral("mask_type")));
        }
        QVERIFY2(types.contains(QStringLiteral("none")) && types.size() >= 5, qPrintable(QStringList(types.values()).join(',')));

        // 2. The models were built here, from the training photos only.
        const QJsonObject models = test::readJson(m_dir.filePath(QStringLiteral("cache/maskbench/face-models/masked/model.json")));
        QCOMPARE(models.value(QStringLiteral("source_split")).toString(), QStringLiteral("train"));

        // 4. Faces found on each masked image itself, no borrowed landmarks.
        const QJsonObject config = test::readJson(QDir(out).filePath(QStringLiteral("run/config.json")));
        QCOMPARE(config.value(QStringLiteral("face_method")).toString(), QStringLiteral("masked"));
        QCOMPARE(config.value(QStringLiteral("borrow_landmarks")).toBool(true), false);
        QCOMPARE(config.value(QStringLiteral("stages")).toString(), QStringLiteral("frozen:2,finetune:1"));

        // 5-6. Threshold chosen on val, used on test; the figures in recipe.json match evaluate's.
        const QJsonObject threshold = test::readJson(QDir(out).filePath(QStringLiteral("run/threshold.json")));
        QCOMPARE(threshold.value(QStringLiteral("split")).toString(), QStringLiteral("val"));
        const QJsonObject evaluation = test::readJson(QDir(out).filePath(QStringLiteral("run/eval-test-best/evaluation.json")));
        const QJsonObject summary = test::readJson(QDir(out).filePath(QStringLiteral("recipe.json")));
        QCOMPARE(summary.value(QStringLiteral("coverage")).toObject(), evaluation.value(QStringLiteral("coverage")).toObject());
        const QJsonObject coverage = summary.value(QStringLiteral("coverage")).toObject();
        qsizetype testRows = 0;
        for (const auto &row : masked)
            testRows += row.value(QStringLiteral("split")) == QLatin1String("test");
        QCOMPARE(coverage.value(QStringLiteral("given")).toInteger(), qint64(testRows));
        QVERIFY(coverage.value(QStringLiteral("answered")).toInteger() <= testRows);
        QVERIFY2(coverage.value(QStringLiteral("coverage")).toDouble() >= 0.9, qPrintable(r.out.right(1500)));
        QCOMPARE(evaluation.value(QStringLiteral("threshold")).toObject().value(QStringLiteral("value")).toDouble(),
                 threshold.value(QStringLiteral("threshold")).toDouble());
        QVERIFY(!summary.value(QStringLiteral("accuracy_per_mask_type")).toObject().isEmpty());
        QCOMPARE(summary.value(QStringLiteral("steps")).toArray().size(), 6);
        QVERIFY2(r.out.contains(QStringLiteral("counting skipped images as errors")), qPrintable(r.out.right(1500)));

        // A second call reuses every finished step and gives the same figures.
        const test::CliResult again = recipe(out);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out.right(3000) + again.err));
        QVERIFY(again.out.contains(QStringLiteral("reusing ")));
        QVERIFY(again.out.contains(QStringLiteral("reusing the finished run")));
        QVERIFY(!again.out.contains(QStringLiteral("$ maskbench-cli faces train-masked")));
        QCOMPARE(test::readJson(QDir(out).filePath(QStringLiteral("recipe.json"))).value(QStringLiteral("coverage")).toObject(),
                 coverage);
    }

    // Leave one mask out: the model never trains or validates on cloth masks; the test split keeps them.
    void holdsOneMaskTypeOut()
    {
        const QString out = m_dir.filePath(QStringLiteral("hold-out"));
        const test::CliResult r = recipe(out, {QStringLiteral("--hold-out-mask"), QStringLiteral("cloth")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000) + r.err));
        const auto masked = readRows(QDir(out).filePath(QStringLiteral("masked/manifest.csv")));
        qint64 clothTrainVal = 0, trainVal = 0;
        for (const auto &row : masked) {
            if (row.value(QStringLiteral("split")) == QLatin1String("test"))
                continue;
            ++trainVal;
            clothTrainVal += row.value(QStringLiteral("mask_type")) == QLatin1String("cloth");
        }
        QVERIFY(clothTrainVal > 0);
        const QJsonObject config = test::readJson(QDir(out).filePath(QStringLiteral("run/config.json")));
        QCOMPARE(config.value(QStringLiteral("hold_out")).toString(), QStringLiteral("mask_type=cloth"));
        QCOMPARE(config.value(QStringLiteral("held_out_images")).toInteger(), clothTrainVal);
        QCOMPARE(config.value(QStringLiteral("train_images")).toInteger() + config.value(QStringLiteral("val_images")).toInteger(),
                 trainVal - clothTrainVal);
        QVERIFY2(r.out.contains(QStringLiteral("held out: never seen in training")), qPrintable(r.out.right(1500)));
    }

    void clearMessagesForInputsThatCannotWork()
    {
        // A folder whose only subfolder holds the images reads as one class.
        const test::CliResult folder = test::runCli({QStringLiteral("recipe"), QStringLiteral("masked-faces"),
                                                     test::sharedDataDir() + QStringLiteral("/utkface-dev"), QStringLiteral("--out"),
                                                     m_dir.filePath(QStringLiteral("one-class"))},
                                                    m_env);
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains(QStringLiteral("1 class(es)")) && folder.err.contains(QStringLiteral("--label-column gender")),
                 qPrintable(folder.err));

        // Hold-out values that do not exist are named with the ones that do.
        const QString manifest = m_dir.filePath(QStringLiteral("recipe/masked/manifest.csv"));
        QVERIFY(QFileInfo::exists(manifest));
        const test::CliResult value = test::runCli({QStringLiteral("train"), QStringLiteral("--data"), manifest, QStringLiteral("--hold-out"),
                                                    QStringLiteral("mask_type=scarf"), QStringLiteral("--out"),
                                                    m_dir.filePath(QStringLiteral("never1"))},
                                                   m_env);
        QCOMPARE(value.exitCode, 1);
        QVERIFY2(value.err.contains(QStringLiteral("scarf")) && value.err.contains(QStringLiteral("cloth"))
                     && value.err.contains(QStringLiteral("surgical")),
                 qPrintable(value.err));
        const test::CliResult column = test::runCli({QStringLiteral("train"), QStringLiteral("--data"), manifest, QStringLiteral("--hold-out"),
                                                     QStringLiteral("colour_name=red"), QStringLiteral("--out"),
                                                     m_dir.filePath(QStringLiteral("never2"))},
                                                    m_env);
        QCOMPARE(column.exitCode, 1);
        QVERIFY2(column.err.contains(QStringLiteral("colour_name")) && column.err.contains(QStringLiteral("mask_type")), qPrintable(column.err));
        const test::CliResult shape = test::runCli({QStringLiteral("train"), QStringLiteral("--data"), manifest, QStringLiteral("--hold-out"),
                                                    QStringLiteral("cloth"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never3"))},
                                                   m_env);
        QCOMPARE(shape.exitCode, 1);
        QVERIFY2(shape.err.contains(QStringLiteral("COLUMN=VALUE")), qPrintable(shape.err));
        for (const char *run : {"never1/checkpoints", "never2/checkpoints", "never3/checkpoints"})
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(QLatin1String(run))), run); // nothing left behind to block a retry
    }
};

QTEST_GUILESS_MAIN(TestCliRecipe)
#include "tst_cli_recipe.moc"
