// `maskbench-cli recipe masked-faces`: the whole masked-face study in one command.
//
// The recipe is the commands a user would type, run in order in this process on the same core
// library, each printed first so it can be repeated or changed by hand:
//   1. a seeded, group-disjoint 80/10/10 split of the unmasked photos (faces-split.csv);
//   2. the masked-face models (faces train-masked on the training split only), unless built;
//   3. augment: masks of every type on the photos, a share left unmasked; the split is kept;
//   4. train face-resnet: frozen epochs on cached features, then its last blocks fine-tuned,
//      faces found on each masked image itself (no borrowed landmarks);
//   5. evaluate the validation split, choosing the threshold there (best-acc, saved with the run);
//   6. evaluate the test split with that threshold: coverage, accuracy counting skips as errors,
//      per mask type; then recipe.json with the figures and each step's wall time.
// A second call with the same --out continues: finished steps are reused (and say so), an
// unfinished training resumes from its last checkpoint.

#include "cli/recipe_command.h"

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/common/error.h"
#include "core/common/json_file.h"
#include "core/dataset/dataset.h"
#include "core/dataset/manifest.h"
#include "core/dataset/splitter.h"
#include "core/dataset/statistics.h"
#include "core/face/masked_face_models.h"
#include "core/io/csv.h"
#include "core/train/trainer.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace maskbench::cli {

namespace {

// This file's messages: looked up under "RecipeCommand" and extracted there by lupdate.
struct RecipeCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(RecipeCommand)
};

struct RecipeArgs
{
    std::string source, out, labelColumn, holdOutMask, threads;
    int images = 0;
    int modelImages = 2000;
    int frozen = -1;   // -1: maskedFaceTrainConfig's
    int finetune = -1;
    double unmaskedShare = 0.2;
    quint64 seed = 1;
};

QString quoted(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./=:,+-]"))))
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Runs one maskbench-cli command line in this process. Returns its exit status (train: 3 when
// stopped); errors propagate as maskbench::Error.
int runCommand(const QStringList &args)
{
    QStringList shown;
    for (const QString &a : args)
        shown << quoted(a);
    printOut(QStringLiteral("  $ maskbench-cli %1\n").arg(shown.join(QLatin1Char(' '))));
    CLI::App app{"", "maskbench-cli"};
    app.require_subcommand(1);
    int exitCode = 0;
    addCommands(app, &exitCode);
    std::vector<std::string> argv;
    for (auto it = args.crbegin(); it != args.crend(); ++it)
        argv.push_back(it->toStdString());
    try {
        app.parse(argv);
    } catch (const CLI::ParseError &e) {
        throw Error(RecipeCommandTr::tr("recipe step `maskbench-cli %1`: %2").arg(shown.join(QLatin1Char(' ')), QString::fromStdString(e.what())));
    }
    return exitCode;
}

struct Step
{
    QString name;
    double seconds = 0;
    bool reused = false;
};

// Data rows of a CSV file the recipe wrote or reads back (metrics.csv, skipped.csv); 0 when absent.
qint64 csvRows(const QString &path)
{
    if (!QFileInfo::exists(path))
        return 0;
    return qint64(readCsv(path).rows.size());
}

QJsonObject sliceAccuracies(const QJsonObject &metrics, const QString &attribute)
{
    QJsonObject out;
    const QJsonObject slice = metrics.value(QStringLiteral("slices")).toObject().value(attribute).toObject();
    for (const QJsonValue &g : slice.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject o = g.toObject();
        out.insert(o.value(QStringLiteral("value")).toString(),
                   QJsonObject{{QStringLiteral("accuracy"), o.value(QStringLiteral("accuracy"))},
                               {QStringLiteral("count"), o.value(QStringLiteral("count"))}});
    }
    return out;
}

void runMaskedFacesRecipe(const RecipeArgs &a)
{
    QElapsedTimer total;
    total.start();
    if (a.frozen == 0 || a.frozen < -1 || a.finetune < -1)
        throw Error(RecipeCommandTr::tr("--frozen must be at least 1 and --finetune 0 or more"));
    const TrainConfig recipeConfig = maskedFaceTrainConfig(a.frozen, a.finetune);
    const int epochs = recipeConfig.totalEpochs();
    if (a.unmaskedShare < 0 || a.unmaskedShare > 1)
        throw Error(RecipeCommandTr::tr("--unmasked-share must be between 0 and 1"));
    if (a.images < 0 || a.modelImages < 0)
        throw Error(RecipeCommandTr::tr("--images and --model-images must be 0 or more"));
    const QString source = qs(a.source);
    const QDir out(QFileInfo(qs(a.out)).absoluteFilePath());
    if (!QDir().mkpath(out.path()))
        throw Error(RecipeCommandTr::tr("Cannot create the folder %1").arg(out.path()));
    const QString facesSplit = out.filePath(QStringLiteral("faces-split.csv"));
    const QString maskedDir = out.filePath(QStringLiteral("masked"));
    const QString manifest = QDir(maskedDir).filePath(QStringLiteral("manifest.csv"));
    const QString runDir = out.filePath(QStringLiteral("run"));
    const QString seed = QString::number(a.seed);
    const QString holdOut = qs(a.holdOutMask).trimmed();
    const QString holdOutRule = holdOut.isEmpty() ? QString() : QStringLiteral("mask_type=") + holdOut; // train --hold-out
    const QString stages = stagesToString(recipeConfig.stages);
    // Every step that computes takes the recipe's --threads when given.
    auto threaded = [&a](QStringList args) {
        if (!a.threads.empty())
            args << QStringLiteral("--threads") << qs(a.threads);
        return args;
    };
    std::vector<Step> steps;
    QElapsedTimer t;
    const int stepCount = 6;
    auto begin = [&](int k, const QString &title) {
        printOut(QStringLiteral("\n[%1/%2] %3\n").arg(k).arg(stepCount).arg(title));
        t.start();
    };
    auto done = [&](const QString &name, bool reused) { steps.push_back({name, t.elapsed() / 1000.0, reused}); };

    // 1. Split the unmasked photos first: the masked copies keep their photo's split, so no face
    // is on both sides, and the face models can be built from the training photos alone.
    begin(1, RecipeCommandTr::tr("Split the photos 80/10/10 (seeded, stratified by label, group-disjoint)"));
    if (QFileInfo::exists(facesSplit)) {
        printOut(RecipeCommandTr::tr("  reusing %1 (delete it to split again)\n").arg(facesSplit));
        done(QStringLiteral("split"), true);
    } else {
        LoadOptions lo;
        lo.labelColumn = qs(a.labelColumn);
        lo.probeImages = false;
        Dataset ds = loadDataset(source, lo);
        const qint64 read = qint64(ds.items.size());
        if (ds.classes().size() < 2)
            throw Error(RecipeCommandTr::tr("%1 gives %2 class(es) (%3) read as a %4 dataset; a classifier needs two or more: give a CSV "
                           "and its label column (e.g. utkface-dev/labels.csv --label-column gender), a UTKFace folder "
                           "or a folder per class")
                            .arg(source).arg(ds.classes().size()).arg(ds.classes().join(QStringLiteral(", ")), formatName(ds.format)));
        if (a.images > 0 && qint64(ds.items.size()) > a.images) {
            QStringList paths;
            for (const DatasetItem &it : ds.items)
                paths << it.path;
            const std::vector<QString> order = seededImageOrder(paths, a.seed);
            const QSet<QString> keep(order.begin(), order.begin() + a.images);
            ds.items.erase(std::remove_if(ds.items.begin(), ds.items.end(),
                                          [&](const DatasetItem &it) { return !keep.contains(it.path); }),
                           ds.items.end());
        }
        SplitOptions so;
        so.seed = a.seed;
        SplitSummary summary;
        const Dataset split = splitDataset(ds, so, &summary, terminalProgress());
        writeManifest(split, facesSplit);
        qint64 n[3] = {0, 0, 0};
        for (const DatasetItem &it : split.items)
            ++n[it.split == QLatin1String("train") ? 0 : it.split == QLatin1String("val") ? 1 : 2];
        printOut(RecipeCommandTr::tr("  %1 of %2 photos from %3 (seed %4): %5 train, %6 val, %7 test; %8 missing left out\n  wrote %9\n")
                     .arg(formatCount(qint64(split.items.size())), formatCount(read), source, seed, formatCount(n[0]),
                          formatCount(n[1]), formatCount(n[2]), formatCount(summary.excludedMissing), facesSplit));
        done(QStringLiteral("split"), false);
    }

    // 2. The masked-face models find and align faces on masked photos (face_detector.h).
    begin(2, RecipeCommandTr::tr("Masked-face models (dlib HOG detector and 68 landmarks trained on masked faces)"));
    bool haveModels = true;
    QString modelsNote;
    try {
        const MaskedFaceModels m = readMaskedFaceModels();
        const QString builtFrom = m.info.value(QStringLiteral("source")).toString();
        modelsNote = RecipeCommandTr::tr("  using the models in %1 (built from %2%3)\n")
                         .arg(m.folder, builtFrom.isEmpty() ? RecipeCommandTr::tr("an unknown source") : builtFrom,
                              m.info.contains(QStringLiteral("source_split"))
                                  ? RecipeCommandTr::tr(", split %1").arg(m.info.value(QStringLiteral("source_split")).toString())
                                  : QString());
        if (QDir::cleanPath(builtFrom) != QDir::cleanPath(facesSplit))
            modelsNote += RecipeCommandTr::tr("  note: not built from this recipe's training photos; if they saw some of its test photos, "
                             "its coverage is optimistic (delete %1 to build them here)\n")
                              .arg(m.folder);
    } catch (const Error &) {
        haveModels = false;
    }
    if (haveModels) {
        printOut(modelsNote);
        done(QStringLiteral("face_models"), true);
    } else {
        runCommand(threaded({QStringLiteral("faces"), QStringLiteral("train-masked"), facesSplit, QStringLiteral("--split"),
                             QStringLiteral("train"), QStringLiteral("--images"), QString::number(a.modelImages),
                             QStringLiteral("--seed"), seed}));
        done(QStringLiteral("face_models"), false);
    }

    // 3. Masks of every template type; a share of the photos stays unmasked (users' cameras see both).
    begin(3, RecipeCommandTr::tr("Put masks on the photos (every mask type; %1% left unmasked)").arg(a.unmaskedShare * 100.0, 0, 'g', 3));
    {
        runCommand(threaded({QStringLiteral("augment"), facesSplit, QStringLiteral("--out"), maskedDir,
                             QStringLiteral("--keep-original-ratio"), QString::number(a.unmaskedShare),
                             QStringLiteral("--seed"), seed, QStringLiteral("--label-column"), QStringLiteral("label")}));
        done(QStringLiteral("augment"), false);
    }

    // 4. Training (maskedFaceTrainConfig). Frozen epochs train the head on cached descriptors
    // (seconds each), then the conv256 blocks are fine-tuned at a scaled-down learning rate.
    begin(4, RecipeCommandTr::tr("Train face-resnet (%1), faces found on each masked image itself").arg(stages));
    if (QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("config.json")))) {
        const QJsonObject config = readJsonObjectFile(QDir(runDir).filePath(QStringLiteral("config.json")));
        if (config.value(QStringLiteral("stages")).toString() != stages
            || config.value(QStringLiteral("hold_out")).toString() != holdOutRule)
            throw Error(RecipeCommandTr::tr("%1 holds a run with stages %2 and hold-out '%3', not this recipe's %4 and '%5': "
                           "give another --out, or delete the run folder")
                            .arg(runDir, config.value(QStringLiteral("stages")).toString(),
                                 config.value(QStringLiteral("hold_out")).toString(), stages, holdOutRule));
        if (csvRows(QDir(runDir).filePath(QStringLiteral("metrics.csv"))) >= epochs) {
            printOut(RecipeCommandTr::tr("  reusing the finished run %1\n").arg(runDir));
            done(QStringLiteral("train"), true);
        } else {
            if (runCommand({QStringLiteral("train"), QStringLiteral("--resume"), runDir, QStringLiteral("--quiet")}) != 0)
                throw Error(RecipeCommandTr::tr("training stopped; run the recipe again to resume it"));
            done(QStringLiteral("train"), false);
        }
    } else {
        const TrainConfig &c = recipeConfig;
        QStringList args{QStringLiteral("train"), QStringLiteral("--data"), manifest, QStringLiteral("--model"), c.model.name,
                         QStringLiteral("--head"), c.model.head, QStringLiteral("--stages"), stages};
        if (c.cacheFeatures)
            args << QStringLiteral("--cache-features");
        if (c.widthShift == 0 && c.heightShift == 0 && !c.horizontalFlip)
            args << QStringLiteral("--no-augment");
        args << QStringLiteral("--optimizer") << c.optimizer << QStringLiteral("--lr") << QString::number(c.learningRate, 'g', 6)
             << QStringLiteral("--backbone-lr-scale") << QString::number(c.backboneLrScale, 'g', 6) << QStringLiteral("--batch")
             << QString::number(c.batchSize) << QStringLiteral("--face-method") << c.faceMethod << QStringLiteral("--seed") << seed
             << QStringLiteral("--quiet") << QStringLiteral("--out") << runDir;
        if (!holdOutRule.isEmpty())
            args << QStringLiteral("--hold-out") << holdOutRule;
        if (runCommand(threaded(args)) != 0)
            throw Error(RecipeCommandTr::tr("training stopped; run the recipe again to resume it"));
        done(QStringLiteral("train"), false);
    }

    // 5-6. Threshold on validation, then the test split with it.
    auto evaluate = [&](const QString &split, bool chooseThreshold) {
        QStringList args{QStringLiteral("evaluate"), QStringLiteral("--run"), runDir, QStringLiteral("--data"), manifest,
                         QStringLiteral("--split"), split, QStringLiteral("--face-method"), QStringLiteral("masked")};
        if (chooseThreshold)
            args << QStringLiteral("--threshold") << QStringLiteral("best-acc") << QStringLiteral("--no-report");
        runCommand(threaded(args));
    };
    begin(5, RecipeCommandTr::tr("Evaluate the validation split and choose the threshold there (best accuracy)"));
    evaluate(QStringLiteral("val"), true);
    done(QStringLiteral("evaluate_val"), false);
    begin(6, RecipeCommandTr::tr("Evaluate the test split with that threshold (masked photos only, faces found on each)"));
    evaluate(QStringLiteral("test"), false);
    done(QStringLiteral("evaluate_test"), false);

    const QString evalDir = QDir(runDir).filePath(QStringLiteral("eval-test-best"));
    const QJsonObject evaluation = readJsonObjectFile(QDir(evalDir).filePath(QStringLiteral("evaluation.json")));
    const QJsonObject metrics = readJsonObjectFile(QDir(evalDir).filePath(QStringLiteral("metrics.json")));
    const QJsonObject coverage = evaluation.value(QStringLiteral("coverage")).toObject();
    const QJsonObject perMask = sliceAccuracies(metrics, QStringLiteral("mask_type"));
    const double seconds = total.elapsed() / 1000.0;
    // Photos augment could not mask (no face on the unmasked photo) have no masked copy to test.
    const qint64 augmentSkipped = csvRows(QDir(maskedDir).filePath(QStringLiteral("skipped.csv")));

    QJsonArray stepsJson;
    for (const Step &s : steps)
        stepsJson.append(QJsonObject{{QStringLiteral("step"), s.name},
                                     {QStringLiteral("seconds"), s.seconds},
                                     {QStringLiteral("reused"), s.reused}});
    const QJsonObject summary{
        {QStringLiteral("recipe"), QStringLiteral("masked-faces")},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("source"), QFileInfo(source).absoluteFilePath()},
        {QStringLiteral("images"), a.images},
        {QStringLiteral("seed"), seed},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("unmasked_share"), a.unmaskedShare},
        {QStringLiteral("hold_out_mask"), holdOut},
        {QStringLiteral("run"), runDir},
        {QStringLiteral("threshold"), evaluation.value(QStringLiteral("threshold"))},
        {QStringLiteral("coverage"), coverage},
        {QStringLiteral("augment_skipped"), augmentSkipped},
        {QStringLiteral("accuracy_per_mask_type"), perMask},
        {QStringLiteral("steps"), stepsJson},
        {QStringLiteral("seconds"), seconds}};
    writeJsonObjectFile(out.filePath(QStringLiteral("recipe.json")), summary);

    QString text = RecipeCommandTr::tr("\nRecipe finished in %1 min (%2)\n").arg(seconds / 60.0, 0, 'f', 1).arg(out.path());
    for (const Step &s : steps)
        text += QStringLiteral("  %1 %2 s%3\n")
                    .arg(s.name, -14)
                    .arg(s.seconds, 7, 'f', 1)
                    .arg(s.reused ? RecipeCommandTr::tr(" (reused)") : QString());
    text += RecipeCommandTr::tr("Test split (masked photos, faces found on each): coverage %1% (%2 of %3), accuracy %4 on the answered, "
               "%5 counting skipped images as errors\n")
                .arg(coverage.value(QStringLiteral("coverage")).toDouble() * 100.0, 0, 'f', 1)
                .arg(coverage.value(QStringLiteral("answered")).toInt())
                .arg(coverage.value(QStringLiteral("given")).toInt())
                .arg(coverage.value(QStringLiteral("accuracy_answered")).toDouble(), 0, 'f', 4)
                .arg(coverage.value(QStringLiteral("accuracy_counting_skips")).toDouble(), 0, 'f', 4);
    if (augmentSkipped > 0)
        text += RecipeCommandTr::tr("(%1 photos got no mask and are in no split's figures: augment found no face on them unmasked; "
                   "listed in %2)\n")
                    .arg(augmentSkipped)
                    .arg(QDir(maskedDir).filePath(QStringLiteral("skipped.csv")));
    if (!perMask.isEmpty()) {
        text += RecipeCommandTr::tr("Accuracy per mask type (answered images):\n");
        for (auto it = perMask.begin(); it != perMask.end(); ++it) {
            const QJsonObject g = it.value().toObject();
            text += QStringLiteral("  %1 %2 (%3 images)%4\n")
                        .arg(it.key(), -12)
                        .arg(g.value(QStringLiteral("accuracy")).toDouble(), 0, 'f', 4)
                        .arg(g.value(QStringLiteral("count")).toInt())
                        .arg(it.key() == holdOut ? RecipeCommandTr::tr("  held out: never seen in training") : QString());
        }
    }
    text += RecipeCommandTr::tr("Figures: %1\n").arg(out.filePath(QStringLiteral("recipe.json")));
    printOut(text);
}

} // namespace

void addRecipeCommand(CLI::App &app, int *exitCode)
{
    CLI::App *recipe = app.add_subcommand("recipe", "Whole studies in one command, each step printed as the command it runs");
    recipe->require_subcommand(1);
    auto a = std::make_shared<RecipeArgs>();
    CLI::App *masked = recipe->add_subcommand(
        "masked-faces",
        "Best masked-face model: split the photos, build the masked-face models if needed, mask the photos, train "
        "face-resnet (frozen, then fine-tuned), choose the threshold on val, evaluate test; resumable");
    masked->add_option("source", a->source, "Unmasked face photos with labels (a UTKFace folder, a folder per class, a CSV)")->required();
    masked->add_option("--out", a->out, "Recipe folder (created; a second call continues in it)")->required();
    masked->add_option("--label-column", a->labelColumn, "Column or field that holds the label (UTKFace: gender by default)");
    masked->add_option("--images", a->images, "Seeded subset of the photos (0: all)")->capture_default_str();
    masked->add_option("--model-images", a->modelImages, "Training photos that build the masked-face models when they are not built yet")
        ->capture_default_str();
    const TrainConfig defaults = maskedFaceTrainConfig();
    masked->add_option("--frozen", a->frozen,
                       QStringLiteral("Epochs of the head on the frozen backbone, cached features (default %1)")
                           .arg(defaults.stages.front().epochs).toStdString());
    masked->add_option("--finetune", a->finetune,
                       QStringLiteral("Epochs with the last blocks fine-tuned (default %1)")
                           .arg(defaults.stages.size() > 1 ? defaults.stages[1].epochs : 0).toStdString());
    masked->add_option("--unmasked-share", a->unmaskedShare, "Share of photos left unmasked")->capture_default_str();
    masked->add_option("--hold-out-mask", a->holdOutMask,
                       "A mask type (surgical, cloth, n95, kn95, patterned) left out of training and validation: the test "
                       "split shows how the model does on a mask it never saw");
    masked->add_option("--seed", a->seed, "Random seed (split, masks, training)")->capture_default_str();
    masked->add_option("--threads", a->threads, "Threads for every step (default: the setting, or one per core)");
    masked->callback([a, exitCode] {
        runMaskedFacesRecipe(*a);
        *exitCode = 0;
    });
}

} // namespace maskbench::cli
