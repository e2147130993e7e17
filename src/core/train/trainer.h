#pragma once
// The training engine, in plain value types (no torch headers; STYLE rule 11).
//
// runTraining() trains a classifier on the train split of a manifest (or any source loadDataset
// reads) and evaluates on its val split after every epoch, through a schedule of stages such as
// frozen:10,finetune:10 (each stage starts a fresh optimizer, as Keras' recompile after changing
// `trainable`). The run folder receives:
//   config.json        everything needed to reproduce the run (written before the first epoch)
//   metrics.csv        one row per epoch, like Keras' CSVLogger
//   events.jsonl       one JSON object per batch and per epoch
//   train.log          the human-readable log
//   checkpoints/last.pt, checkpoints/best.pt (by validation accuracy, as the study)
// Checkpoints hold model, optimizer, epoch, RNG state and the config; each is written to a
// temporary file, synced, then renamed over the old one: a crash or a full disk leaves the
// previous checkpoint intact.
//
// Determinism: data order and augmentation depend on (seed, epoch, position); torch's generator
// is reseeded from (seed, epoch) at each epoch; so 2 epochs + resume + 2 epochs equals 4 epochs
// straight, bit for bit, on the CPU with the same thread count.
//
// Errors: bad configuration, unreadable data, a single-class or empty split, a corrupt or
// mismatched checkpoint on resume, an unwritable run folder, a NaN/Inf loss: all throw
// maskbench::Error with a message for a person. Unreadable images met while training are skipped,
// counted and listed in the result and the log.

#include "core/model/model_config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace maskbench {

struct StageSpec
{
    QString policy; // frozen, finetune, full, from:STAGE (model_config.h)
    int epochs = 1;
};
// "frozen:10,finetune:10" -> stages; throws Error when malformed.
std::vector<StageSpec> parseStages(const QString &text);

// The backbone learning-rate scale a model gets when TrainConfig::backboneLrScale is negative:
// 1 (one learning rate), except face-resnet (see TrainConfig::backboneLrScale).
double defaultBackboneLrScale(const QString &modelName);
QString stagesToString(const std::vector<StageSpec> &stages);

struct TrainConfig
{
    QString data;                 // manifest / dataset source
    QString labelColumn;          // empty: "label"
    ModelConfig model;            // classes are filled from the data
    // Pretrained weights (model/pretrained.h) loaded into the new model before the first stage;
    // strict for the backbone. config.json records the path and the file's SHA-256. Not reloaded
    // on resume (the checkpoint holds the weights). "imagenet": Keras Applications' ImageNet file
    // for the model (resnet50v2, inceptionv3; with the 1000-class top when the head is keras-top),
    // downloaded into the cache the first time (net/keras_weights.h) and used from there after.
    QString weights;
    std::vector<StageSpec> stages{{QStringLiteral("full"), 10}};
    int batchSize = 32;
    QString optimizer = QStringLiteral("rmsprop"); // rmsprop, adam, sgd
    double learningRate = 1e-4;
    double momentum = 0.9;        // sgd
    double weightDecay = 0.0;
    // Learning rate of the unfrozen backbone parameters = learningRate * backboneLrScale (the head
    // keeps learningRate): one optimizer, two parameter groups. Negative means "the model's
    // default" (kAutoBackboneLrScale), resolved when the run starts; config.json records the value
    // used. face-resnet needs a small scale: dlib's conv weights are 1e-3 .. 1e-7 (its affine
    // layers carry the magnitude), and Adam/RMSprop move every weight by about lr per step.
    double backboneLrScale = -1.0;
    quint64 seed = 42;
    int threads = 0;              // 0: one per core (effectiveThreads())
    int workers = 0;              // data threads; 0: 1 per 4 cores, at least 1
    int prefetch = 4;
    QString device;                          // auto, cpu, cuda, cuda:N; empty = the Settings device
    bool deterministic = true;
    double widthShift = 0.1;      // the study's augmentation
    double heightShift = 0.1;
    bool horizontalFlip = false;
    QString interpolation = QStringLiteral("nearest");
    double scale = 1.0 / 255.0;
    // With a "frozen" stage and no augmentation, compute the backbone's features once and train
    // the head on them: the same batches, order and dropout draws, so the same result (up to
    // float rounding of batched convolutions), in a fraction of the time.
    bool cacheFeatures = false;
    // Mixed precision on CUDA: "off" (or empty), "fp16" (autocast to half, with a dynamic loss
    // scale: the scaled loss is backpropagated, gradients unscaled before the step, a step with
    // inf/NaN gradients skipped and the scale halved) or "bf16" (autocast to bfloat16, no scale).
    // Refused on the CPU. The weights, the optimizer state and the checkpoints stay float32.
    QString mixedPrecision;
    // On-the-fly masking of training images (data_pipeline.h): probability 0..1 and a comma list
    // of mask types (empty: all). Validation images are never masked. Landmarks come from the
    // landmark cache (landmarkCache, empty: the default file), detected and stored on a miss.
    double maskProbability = 0.0;
    QString maskTypes;
    QString landmarkCache;
    // face-resnet only: train on dlib-style aligned 150x150 face chips (face/face_chip.h), made
    // once from the 68 landmarks (cached) into faceChipFolder (empty: cacheDirectory()/face-chips).
    bool alignFaces = true;
    QString faceChipFolder;
    // Where the chips' landmarks come from. faceMethod: how faces are found on each image itself
    // ("auto", "hog", "masked", "crop"; face_detector.h faceOptionsFor). borrowLandmarks: train and
    // validation images that are masked copies take their unmasked original's landmarks (augment's
    // "source" column) instead, which no real masked photo has; the test split never borrows.
    // Runs from before these keys existed borrowed everywhere (config.json says which).
    QString faceMethod = QStringLiteral("auto");
    bool borrowLandmarks = false;
    // After the last epoch, predict the manifest's test split with the best checkpoint and write
    // test_predictions.csv (eval/predictions.h format, for `maskbench-cli metrics`).
    bool evaluateTest = false;
    int limitTrain = 0;           // use at most this many training images (0: all), a seeded sample
    int limitVal = 0;
    // "COLUMN=VALUE" (e.g. "mask_type=cloth"): training and validation items with that attribute
    // are left out, so the model never sees them; test items keep them (leave-one-out studies).
    QString holdOut;
    QString outDir;

    QJsonObject toJson() const;
    static TrainConfig fromJson(const QJsonObject &o);
    int totalEpochs() const;
};

struct TrainEvent
{
    enum Kind { Batch, Epoch, StageStart, Log };
    Kind kind = Log;
    int epoch = 0;        // 1-based, over all stages
    int totalEpochs = 0;
    int batch = 0;        // 1-based within the epoch
    int batches = 0;
    QString stage;
    double loss = 0, accuracy = 0;       // running train means (Batch) or epoch means (Epoch)
    double valLoss = -1, valAccuracy = -1; // Epoch only
    double learningRate = 0;
    double imagesPerSecond = 0;
    double dataWaitSeconds = 0;  // this epoch so far
    double seconds = 0;          // this epoch so far
    double etaSeconds = -1;      // whole run
    qint64 trainable = 0, frozen = 0; // StageStart
    QString message;             // Log
    // Log: Info lines are the run's diary (train.log); Notice lines are what a person watching
    // must see (resumed, restarted, stopped, downloading); Warning lines report a problem the run
    // survived (skipped images, mismatched input ranges). The CLI prints Notice and Warning.
    enum Level { Info, Notice, Warning };
    Level level = Info;
};

// Flags the GUI (or a signal handler) sets from another thread; checked between batches.
struct TrainControl
{
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
};

using TrainCallback = std::function<void(const TrainEvent &)>;

struct TrainResult
{
    QString runDir;
    int epochsDone = 0;           // over the whole run, including before a resume
    bool stopped = false;         // the stop flag ended it early
    double bestValAccuracy = -1;
    int bestEpoch = 0;
    double lastValAccuracy = -1;
    double lastTrainAccuracy = -1;
    qint64 skippedImages = 0;
    QStringList skipped;          // paths, at most 1000
    // On-the-fly masking, summed over the epochs of this process (a resume counts from there).
    qint64 maskedImages = 0;      // images trained on with a mask
    qint64 noFaceImages = 0;      // drawn for masking, no face found: trained on unmasked
    qint64 maskFailedImages = 0;  // drawn for masking, mask did not fit: trained on unmasked
    QStringList noFace;           // distinct paths without a face, at most 1000
    double maskSeconds = 0;       // worker time spent on landmarks and masks
    double seconds = 0;
    double dataWaitSeconds = 0;
    // evaluateTest: the best checkpoint on the test split through the evaluator every other
    // prediction uses (eval/inference.h runInference), so test_predictions.csv has evaluate's
    // columns and a face-chip run finds faces on the test photos themselves.
    double testAccuracy = -1;     // on the answered test images (-1: not run)
    qint64 testImages = 0;        // answered
    qint64 testGiven = 0;         // asked about (test rows with a label the model knows)
};

// The "best masked-face model" (`maskbench-cli recipe masked-faces` and the Training panel's
// preset share it): face-resnet on aligned chips whose faces the masked method finds on each
// image itself, frozen epochs on cached descriptors, then its conv256 blocks fine-tuned; no
// shifts (they would move the aligned chips). Figures: README, "The masked-face recipe".
// Epochs below 0: the recipe's own numbers.
TrainConfig maskedFaceTrainConfig(int frozenEpochs = -1, int finetuneEpochs = -1);

// The schedule a model trains with when none is given: full:10 for Levi-Hassner (no pretrained
// backbone), frozen:10,finetune:10 otherwise (the study's two phases). The CLI and the Training
// panel both use it.
QString defaultStages(const QString &modelName);

// The Training panel's presets, one place for their numbers: a quick Levi-Hassner run, the study's
// four configurations (ImageNet weights, Flatten head, RMSprop 1e-4, batch 256, 10% shifts) and
// the best masked-face model, each with seed 42. `keep` gives what a preset never changes: data,
// label column, device (the run folder is left empty: automatic).
enum class TrainPreset { LeviQuick, InceptionFrozen, InceptionFineTuned, ResNetFrozen, ResNetFineTuned, BestMaskedFace };
TrainConfig trainPresetConfig(TrainPreset preset, const TrainConfig &keep);

// Starts a new run in config.outDir (which must not hold a run yet).
TrainResult runTraining(const TrainConfig &config, TrainControl *control = nullptr, const TrainCallback &callback = {});
// Continues the run in runDir from its last checkpoint, with the config saved there.
TrainResult resumeTraining(const QString &runDir, TrainControl *control = nullptr, const TrainCallback &callback = {});

struct CheckpointInfo
{
    int epoch = 0;           // epochs completed
    int stageIndex = 0;
    double bestValAccuracy = -1;
    QJsonObject config;
    qint64 tensors = 0;
};
// Reads a checkpoint's metadata and checks that every model tensor is present; throws Error.
CheckpointInfo readCheckpoint(const QString &path);
// Largest absolute difference between the model tensors of two checkpoints (inf if the keys differ),
// over the tensors whose name starts with prefix (e.g. "backbone." or "head."; empty: all).
double maxWeightDifference(const QString &a, const QString &b, const QString &prefix = {});

} // namespace maskbench
